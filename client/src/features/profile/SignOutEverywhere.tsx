import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { withFlash } from '../../app/flash';
import { paths } from '../../app/paths';
import { FormFailure } from '../../ui/form';
import { useRequest } from '../../ui/useRequest';
import { signOutEverywhere } from '../auth/api';
import { useSession } from '../auth/session';

/** Ends every session of the person (a lost phone, a shared computer), after asking to confirm. */
export function SignOutEverywhere() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { refresh } = useSession();
  const [confirming, setConfirming] = useState(false);
  const { pending, failure, run, clear } = useRequest();
  const confirmRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);

  const ask = () => {
    setConfirming(true);
    requestAnimationFrame(() => confirmRef.current?.focus());
  };
  const cancel = () => {
    setConfirming(false);
    clear();
    requestAnimationFrame(() => openRef.current?.focus());
  };
  const confirm = () =>
    run(async () => {
      await signOutEverywhere();
      await refresh(); // answers 401 now: the header shows "Sign in"
      void navigate(paths.home, { state: withFlash('signedOutEverywhere') });
    });

  return (
    <section className="panel panel--danger" aria-labelledby="sign-out-everywhere">
      <h2 id="sign-out-everywhere" className="panel__title">
        {t('profile.everywhereTitle')}
      </h2>
      <p>{t('profile.everywhereText')}</p>
      {!confirming ? (
        <button ref={openRef} type="button" className="button button--secondary" onClick={ask}>
          {t('profile.everywhereButton')}
        </button>
      ) : (
        <div className="confirm" role="group" aria-labelledby="sign-out-everywhere-confirm">
          <p id="sign-out-everywhere-confirm">
            <strong>{t('profile.everywhereConfirm')}</strong>
          </p>
          <FormFailure failure={failure} />
          <div className="form__actions">
            <button
              ref={confirmRef}
              type="button"
              className="button button--danger"
              onClick={() => void confirm()}
              disabled={pending}
            >
              {pending ? t('auth.signingOut') : t('profile.everywhereYes')}
            </button>
            <button type="button" className="button button--secondary" onClick={cancel} disabled={pending}>
              {t('form.cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
