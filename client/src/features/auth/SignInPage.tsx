import { useEffect, useId, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { signInRequestSchema } from '@shared/schemas/auth';
import { isLocalPath, paths } from '../../app/paths';
import { fetchOutbox } from '../../api/endpoints';
import type { ApiFailure } from '../../api/http';
import { TextField } from '../../ui/field';
import { FormButtons, FormFailure, onSubmit, useSubmission } from '../../ui/form';
import { usePageTitle } from '../../ui/usePageTitle';
import { useLanguage } from '../../i18n/useLanguage';
import { requestSignInLink } from './api';
import { saveReturnPath } from './returnPath';
import { useSession } from './session';

/** Sign in by e-mail: the person gives their address and receives a link that works once. */
export function SignInPage() {
  const { t } = useTranslation();
  usePageTitle(t('signIn.title'));
  const [searchParams] = useSearchParams();
  const next = searchParams.get('next');
  const returnTo = next && isLocalPath(next) ? next : null;
  const { me } = useSession();
  const [sentTo, setSentTo] = useState<string | null>(null);

  return (
    <div className="page page--narrow">
      <h1>{t('signIn.title')}</h1>
      {me && (
        <div className="notice notice--info">
          <p>{t('signIn.alreadySignedIn', { name: me.person.name })}</p>
          <Link className="button button--secondary" to={returnTo ?? paths.home}>
            {t('signIn.continue')}
          </Link>
        </div>
      )}
      {sentTo === null ? (
        <SignInForm returnTo={returnTo} onSent={setSentTo} />
      ) : (
        <LinkSent email={sentTo} onAgain={() => setSentTo(null)} />
      )}
    </div>
  );
}

function SignInForm({ returnTo, onSent }: { returnTo: string | null; onSent: (email: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [email, setEmail] = useState('');
  const language = useLanguage();
  const submission = useSubmission(formRef, ['email']);

  const send = async () => {
    // Also when there is nowhere to come back to: a page saved by an earlier, unfinished sign-in must not win.
    saveReturnPath(returnTo ?? paths.home);
    const answer = await submission.submit(signInRequestSchema.safeParse({ email, language }), requestSignInLink);
    if (answer) onSent(email.trim());
  };

  return (
    <form ref={formRef} className="form" noValidate onSubmit={onSubmit(() => void send())}>
      <p className="page__intro">{t('signIn.intro')}</p>
      <TextField
        id={`${id}-email`}
        label={t('signIn.email')}
        hint={t('signIn.emailHint')}
        error={submission.fieldErrors.email}
        type="email"
        inputMode="email"
        autoComplete="email"
        spellCheck={false}
        value={email}
        onChange={setEmail}
      />
      <FormFailure
        failure={submission.failure}
        message={rateLimitMessage(submission.failure, t) ?? submission.formMessage}
      />
      <FormButtons pending={submission.pending} label={t('signIn.send')} />
    </form>
  );
}

/** A 429 in the reader's language, with how long to wait. */
function rateLimitMessage(failure: ApiFailure | null, t: TFunction): string | null {
  if (failure?.status !== 429) return null;
  const seconds = failure.apiError?.error.retryAfter;
  if (!seconds) return t('signIn.rateLimitedNoDelay');
  return t('signIn.rateLimited', { count: Math.max(1, Math.ceil(seconds / 60)) });
}

/** The neutral answer: the same whether or not the address is known (nobody learns who is in the register). */
function LinkSent({ email, onAgain }: { email: string; onAgain: () => void }) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const outboxReadable = useOutboxReadable();
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <section className="panel panel--ok" aria-labelledby="sign-in-sent">
      <h2 id="sign-in-sent" ref={headingRef} tabIndex={-1}>
        {t('signIn.sentTitle')}
      </h2>
      <p>{t('signIn.sentText', { email })}</p>
      <p>{t('signIn.sentOnce')}</p>
      {outboxReadable && (
        <p>
          {t('signIn.outboxText')} <Link to={paths.outbox}>{t('signIn.outboxLink')}</Link>
        </p>
      )}
      <p className="hint">{t('signIn.notReceived')}</p>
      <button type="button" className="button button--secondary" onClick={onAgain}>
        {t('signIn.again')}
      </button>
    </section>
  );
}

/** Whether this visitor may read the built-in outbox (only on the machine running Agora, or in a demo). */
function useOutboxReadable(): boolean {
  const [readable, setReadable] = useState(false);
  useEffect(() => {
    const controller = new AbortController();
    fetchOutbox({ q: '', before: null, limit: 1 }, controller.signal).then(
      () => setReadable(true),
      () => setReadable(false),
    );
    return () => controller.abort();
  }, []);
  return readable;
}
