import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CastBallotsResponse, MotionView, MotionsResponse } from '@shared/api/voting';
import { ballotChoices } from '@shared/rules/ballots';
import type { BallotChoice } from '@shared/schemas/ballot';
import type { BallotReceipt, CastBallotsInput, Motion } from '@shared/schemas/voting';
import { FormFailure, onSubmit, useSubmission } from '../../ui/form';
import { lazySchema, usePreloadedSchema } from '../../ui/lazySchema';
import { castBallots } from './api';
import { BallotMembers } from './BallotMembers';
import { refusalText } from '../../ui/refusalText';
import { SecretCastProgress } from './secret/SecretCastProgress';
import { EncryptionFailed, useSecretCast } from './secret/useSecretCast';
import { motionPath } from './secret/api';
import { motionAnswer } from '@shared/belenios/choices';

interface Props {
  assemblyId: string;
  motion: Motion;
  castable: MotionsResponse['castable'];
  /** Members that already voted in this secret ballot (final). */
  alreadySecret: ReadonlySet<number>;
  /** Members whose proxy the person holds that voted themselves (their own vote counts). */
  votedItself: ReadonlySet<number>;
  /** The ballots already cast for this person's members (after a reload, the button says so). */
  cast: MotionView['myBallots'];
  onCast: (receipts: BallotReceipt[]) => void;
}

/** What was cast already for every member listed: how many, and the choice when all alike (null when split). */
function castBefore(
  members: MotionsResponse['castable'],
  cast: MotionView['myBallots'],
): { count: number; choice: BallotChoice | null } | null {
  const byMember = new Map(cast.map((ballot) => [ballot.memberNo, ballot.choice]));
  if (members.length === 0 || !members.every((member) => byMember.has(member.memberNo))) return null;
  const choices = new Set(members.map((member) => byMember.get(member.memberNo)));
  const [only] = [...choices];
  return { count: members.length, choice: choices.size === 1 && only ? only : null };
}

const castBallotsInput = lazySchema(() =>
  import('@shared/schemas/voting').then((schemas) => schemas.castBallotsInputSchema),
);

/**
 * R.7: a representative votes for each member it represents and each proxy it holds, all alike in
 * one action or split member by member, and sees exactly for whom.
 */
export function BallotForm({ assemblyId, motion, castable, alreadySecret, votedItself, cast, onCast }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const submission = useSubmission(formRef, []);
  usePreloadedSchema(castBallotsInput, formRef);
  // Exactly the members the person can vote for now: not one whose proxy it gave (unless taken
  // back, after asking), not one whose proxy it holds that voted itself, not one voted secretly.
  const [takenBack, setTakenBack] = useState<ReadonlySet<number>>(new Set());
  const open = castable.filter((member) => !alreadySecret.has(member.memberNo));
  const given = open.filter((member) => member.proxyGivenTo !== null && !takenBack.has(member.memberNo));
  const itself = open.filter((member) => member.castAs === 'proxy' && votedItself.has(member.memberNo));
  const members = open.filter((member) => !given.includes(member) && !itself.includes(member));
  const [split, setSplit] = useState(false);
  const [alike, setAlike] = useState<BallotChoice | ''>('');
  const [choices, setChoices] = useState<Record<number, BallotChoice | ''>>({});
  const [done, setDone] = useState<{ count: number; choice: BallotChoice | null } | null>(null);
  const [refused, setRefused] = useState<CastBallotsResponse['refused']>([]);
  const [changedSince, setChangedSince] = useState(false);
  const allCastRef = useRef<HTMLParagraphElement>(null);
  // A secret vote is encrypted in this browser: only the encrypted ballots are posted.
  const secret = useSecretCast(motionPath(assemblyId, motion.id));
  const [secretTrouble, setSecretTrouble] = useState<{ failed: string | null; skipped: number }>({
    failed: null,
    skipped: 0,
  });
  const allCast = members.length === 0 && given.length === 0;
  // The last secret votes replace the form by this sentence: the focus goes to it, not to the page.
  useEffect(() => {
    if (allCast && done !== null) allCastRef.current?.focus();
  }, [allCast, done]);

  if (allCast) {
    return (
      <p ref={allCastRef} tabIndex={-1} className="notice notice--ok">
        {t('votes.allCast')}
      </p>
    );
  }

  const send = async () => {
    const ballots = split
      ? members.flatMap((member) =>
          choices[member.memberNo] ? [{ memberNo: member.memberNo, choice: choices[member.memberNo] }] : [],
        )
      : alike
        ? members.map((member) => ({ memberNo: member.memberNo, choice: alike }))
        : [];
    setSecretTrouble({ failed: null, skipped: 0 });
    const castSecretly = async (input: CastBallotsInput) => {
      try {
        const answer = await secret.cast(
          input.ballots.map(({ memberNo, choice }) => ({ memberNo, answer: motionAnswer(choice) })),
        );
        setSecretTrouble({ failed: null, skipped: answer.skipped });
        return answer;
      } catch (error) {
        if (!(error instanceof EncryptionFailed)) throw error;
        setSecretTrouble({ failed: error.message, skipped: 0 });
        return null;
      }
    };
    const answer = await submission.submit(castBallotsInput.safeParse({ ballots }), (input) =>
      motion.secret ? castSecretly(input) : castBallots(assemblyId, motion.id, input),
    );
    if (answer) {
      setDone({ count: answer.receipts.length, choice: split ? null : alike || null });
      setRefused(answer.refused);
      onCast(answer.receipts);
    }
  };
  // What was done, on the button, until the person changes a choice: just now, or before (a reload).
  const changed = () => {
    setDone(null);
    setChangedSince(true);
  };
  const before = castBefore(members, cast);
  const shown = done ?? (changedSince ? null : before);
  const language = i18n.resolvedLanguage ?? 'en';

  return (
    <form ref={formRef} className="ballot" noValidate onSubmit={onSubmit(() => void send())} data-testid="ballot">
      {/* While the ballots are encrypted and sent, the choices stay as they are. */}
      <fieldset className="ballot__body" disabled={secret.stage !== null}>
        <BallotMembers
          members={members}
          votedItself={itself}
          given={given}
          onTakeBack={(memberNo) => setTakenBack(new Set([...takenBack, memberNo]))}
        />
        {members.length > 1 && (
          <label className="checkbox">
            <input type="checkbox" checked={split} onChange={(event) => setSplit(event.target.checked)} />{' '}
            {t('votes.split')}
          </label>
        )}
        {!split ? (
          <fieldset className="choices">
            <legend>
              {members.length > 1
                ? t('votes.alikeLegend', { count: members.length })
                : t('votes.oneLegend', { name: members[0]!.organisation })}
            </legend>
            {ballotChoices.map((choice) => (
              <label key={choice} className="choice">
                <input
                  type="radio"
                  name={`${id}-alike`}
                  value={choice}
                  checked={alike === choice}
                  onChange={() => {
                    setAlike(choice);
                    changed();
                  }}
                />{' '}
                {t(`votes.choice.${choice}`)}
              </label>
            ))}
          </fieldset>
        ) : (
          <table className="ballot__split">
            <caption className="visually-hidden">{t('votes.split')}</caption>
            <tbody>
              {members.map((member) => (
                <tr key={member.memberNo}>
                  <th scope="row">
                    <label htmlFor={`${id}-${member.memberNo}`}>{member.organisation}</label>
                  </th>
                  <td>
                    <select
                      id={`${id}-${member.memberNo}`}
                      value={choices[member.memberNo] ?? ''}
                      onChange={(event) => {
                        setChoices({ ...choices, [member.memberNo]: event.target.value as BallotChoice | '' });
                        changed();
                      }}
                    >
                      <option value="">{t('votes.noChoice')}</option>
                      {ballotChoices.map((choice) => (
                        <option key={choice} value={choice}>
                          {t(`votes.choice.${choice}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </fieldset>
      {motion.secret && <p className="hint">{t('secretBallots.encryptedHere')}</p>}
      {secret.stage && <SecretCastProgress stage={secret.stage} onCancel={secret.cancel} />}
      {secretTrouble.failed !== null && (
        <p className="notice notice--error" role="alert">
          {t('secretBallots.encryptionFailed', { reason: secretTrouble.failed })}
        </p>
      )}
      {secretTrouble.skipped > 0 && (
        <p className="notice notice--warning" role="alert">
          {t('secretBallots.notNow', { count: secretTrouble.skipped })}
        </p>
      )}
      <FormFailure failure={submission.failure} message={submission.formMessage} />
      {done !== null && !submission.failure && (
        <p className="notice notice--ok" role="status">
          {motion.secret ? t('secretBallots.cast', { count: done.count }) : t('votes.cast', { count: done.count })}
        </p>
      )}
      {refused.length > 0 && !submission.failure && (
        <div className="notice notice--warning" role="alert" data-testid="ballot-refused">
          <p>{t('votes.refused', { count: refused.length })}</p>
          <ul>
            {refused.map((refusal, index) => (
              <li key={index}>
                {refusalText({ code: refusal.code, params: refusal.params, message: '' }, t, language)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {/* Not disabled while the votes go: a disabled button would drop the keyboard focus. */}
      <button type="submit" className="button" aria-disabled={submission.pending || undefined}>
        {submission.pending
          ? motion.secret && secret.stage?.stage !== 'sending'
            ? t('secretBallots.working')
            : t('form.sending')
          : shown !== null
            ? shown.choice
              ? t('votes.done', { count: shown.count, choice: t(`votes.choice.${shown.choice}`).toLowerCase() })
              : t('votes.doneSplit', { count: shown.count })
            : motion.secret
              ? t('votes.submitSecret', { count: members.length })
              : t('votes.submit', { count: split ? Object.values(choices).filter(Boolean).length : members.length })}
      </button>
    </form>
  );
}
