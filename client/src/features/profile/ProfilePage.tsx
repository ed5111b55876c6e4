import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MemberView } from '@shared/api/register';
import type { MeResponse } from '@shared/api/session';
import { isUiLanguage } from '@shared/i18n/languages';
import { profileUpdateSchema } from '@shared/schemas/auth';
import { defaultRoomMail, roomMailChoices, type RoomMail } from '@shared/schemas/person';
import { roomDigestHours } from '@shared/vocabulary';
import { paths } from '../../app/paths';
import { fetchMembers } from '../../api/endpoints';
import { useApiQuery } from '../../api/useApiQuery';
import { chooseLanguage } from '../../i18n/setup';
import { Fieldset, TextField } from '../../ui/field';
import { FormButtons, FormFailure, onSubmit, useSubmission } from '../../ui/form';
import { LanguageField, TimeZoneField } from '../../ui/personFields';
import { RequirePermission } from '../../ui/RequirePermission';
import { usePageTitle } from '../../ui/usePageTitle';
import { updateProfile } from '../auth/api';
import { useSession } from '../auth/session';
import { SignOutEverywhere } from './SignOutEverywhere';

/** "My profile": name, language, time zone; what the person represents and the seats they hold. */
export function ProfilePage() {
  const { t } = useTranslation();
  usePageTitle(t('profile.title'));
  const { me } = useSession();
  return (
    <div className="page page--narrow">
      <h1>{t('profile.title')}</h1>
      <RequirePermission action="profile.edit">
        {me && (
          <>
            <p className="page__intro">{t('profile.intro', { email: me.person.email })}</p>
            <ProfileForm me={me} />
            <Representation me={me} />
            <SignOutEverywhere />
          </>
        )}
      </RequirePermission>
    </div>
  );
}

function ProfileForm({ me }: { me: MeResponse }) {
  const { t } = useTranslation();
  const id = useId();
  const { update } = useSession();
  const formRef = useRef<HTMLFormElement>(null);
  const [name, setName] = useState(me.person.name);
  const [language, setLanguage] = useState<string>(me.person.language);
  const [timeZone, setTimeZone] = useState(me.person.timeZone);
  const [plainTextMail, setPlainTextMail] = useState(me.person.plainTextMail === true);
  const [roomMail, setRoomMail] = useState<RoomMail>(me.person.roomMail ?? defaultRoomMail);
  const [saved, setSaved] = useState(false);
  const submission = useSubmission(formRef, ['name', 'language', 'timeZone', 'plainTextMail', 'roomMail']);

  const save = async () => {
    setSaved(false);
    const answer = await submission.submit(
      profileUpdateSchema.safeParse({ name, language, timeZone, plainTextMail, roomMail }),
      updateProfile,
    );
    if (!answer) return;
    update(answer);
    if (isUiLanguage(answer.person.language)) await chooseLanguage(answer.person.language);
    setSaved(true);
  };

  return (
    <form
      ref={formRef}
      className="form panel"
      noValidate
      onSubmit={onSubmit(() => void save())}
      onChange={() => setSaved(false)}
    >
      <h2 className="panel__title">{t('profile.formTitle')}</h2>
      <TextField
        id={`${id}-name`}
        label={t('person.name')}
        error={submission.fieldErrors.name}
        autoComplete="name"
        value={name}
        onChange={setName}
      />
      <LanguageField
        id={`${id}-language`}
        value={language}
        onChange={setLanguage}
        error={submission.fieldErrors.language}
        hint={t('profile.languageHint')}
      />
      <TimeZoneField
        id={`${id}-zone`}
        value={timeZone}
        onChange={setTimeZone}
        error={submission.fieldErrors.timeZone}
        hint={t('profile.timeZoneHint')}
      />
      <div className="field">
        <label className="choice">
          <input
            type="checkbox"
            name="plainTextMail"
            checked={plainTextMail}
            onChange={(event) => setPlainTextMail(event.target.checked)}
            aria-describedby={`${id}-plain-hint`}
          />
          <span>
            <strong>{t('profile.plainTextMail')}</strong>
            <span id={`${id}-plain-hint`} className="choice__hint facts__block">
              {t('profile.plainTextMailHint')}
            </span>
          </span>
        </label>
      </div>
      <Fieldset
        id={`${id}-roomMail`}
        legend={t('profile.roomMailLegend')}
        hint={t('profile.roomMailHint')}
        error={submission.fieldErrors.roomMail}
      >
        <div className="choices">
          {roomMailChoices.map((choice) => (
            <label key={choice} className="choice choice--described">
              <input
                type="radio"
                name={`${id}-roomMail`}
                value={choice}
                checked={roomMail === choice}
                onChange={() => setRoomMail(choice)}
              />
              <span>
                <strong>{t(`profile.roomMail.${choice}`, { hours: roomDigestHours })}</strong>
                <span className="choice__hint">{t(`profile.roomMail.${choice}Hint`)}</span>
              </span>
            </label>
          ))}
        </div>
      </Fieldset>
      <FormFailure failure={submission.failure} message={submission.formMessage} />
      <FormButtons
        pending={submission.pending}
        label={t('form.save')}
        saving
        saved={saved ? t('profile.saved') : null}
      />
    </form>
  );
}

/** The members this person represents (links to each) and the seats those members hold. */
function Representation({ me }: { me: MeResponse }) {
  const { t } = useTranslation();
  const { represents, seats } = me.actor;
  const members = useApiQuery('members', fetchMembers);
  const byNo = new Map<number, MemberView>(
    members.state.status === 'ready' ? members.state.data.members.map((member) => [member.memberNo, member]) : [],
  );
  const nameOf = (memberNo: number) => byNo.get(memberNo)?.organisation ?? t('register.memberNo', { memberNo });

  return (
    <section aria-labelledby="profile-represents">
      <h2 id="profile-represents">{t('profile.representsTitle')}</h2>
      {represents.length === 0 ? (
        <p className="muted">{t('profile.representsNone')}</p>
      ) : (
        <ul className="plain-list">
          {represents.map((member) => (
            <li key={member.memberNo}>
              <Link to={paths.member(member.memberNo)}>{nameOf(member.memberNo)}</Link>{' '}
              <span className="hint">
                {t('register.memberNo', { memberNo: member.memberNo })} · {t(`college.${member.college}`)} ·{' '}
                {t(`memberStatus.${member.status}`)}
              </span>
            </li>
          ))}
        </ul>
      )}
      <h2>{t('profile.seatsTitle')}</h2>
      {seats.length === 0 ? (
        <p className="muted">{t('profile.seatsNone')}</p>
      ) : (
        <ul className="plain-list">
          {seats.map((seat) => (
            <li key={`${seat.body}-${seat.office}`}>
              <strong>
                {t(`bodies.office.${seat.office}`)}, {t(`bodies.body.${seat.body}`)}
              </strong>{' '}
              <span className="hint">{t('profile.seatFor', { organisation: nameOf(seat.memberNo) })}</span>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to={paths.bodies}>{t('profile.allBodies')}</Link>
      </p>
    </section>
  );
}
