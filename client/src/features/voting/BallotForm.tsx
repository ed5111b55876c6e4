import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MotionsResponse } from '@shared/api/voting';
import { ballotChoices } from '@shared/rules/ballots';
import type { BallotChoice } from '@shared/schemas/ballot';
import type { BallotReceipt, Motion } from '@shared/schemas/voting';
import { FormFailure, onSubmit, useSubmission } from '../../ui/form';
import { lazySchema, usePreloadedSchema } from '../../ui/lazySchema';
import { castBallots } from './api';

interface Props {
  assemblyId: string;
  motion: Motion;
  castable: MotionsResponse['castable'];
  /** Members that already voted in this secret ballot (final). */
  alreadySecret: ReadonlySet<number>;
  onCast: (receipts: BallotReceipt[]) => void;
}

const castBallotsInput = lazySchema(() =>
  import('@shared/schemas/voting').then((schemas) => schemas.castBallotsInputSchema),
);

/**
 * R.7: a representative votes for each member it represents and each proxy it holds, all alike in
 * one action or split member by member, and sees exactly for whom.
 */
export function BallotForm({ assemblyId, motion, castable, alreadySecret, onCast }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const submission = useSubmission(formRef, []);
  usePreloadedSchema(castBallotsInput, formRef);
  const members = castable.filter((member) => !alreadySecret.has(member.memberNo));
  const [split, setSplit] = useState(false);
  const [alike, setAlike] = useState<BallotChoice | ''>('');
  const [choices, setChoices] = useState<Record<number, BallotChoice | ''>>({});
  const [done, setDone] = useState<number | null>(null);
  const allCastRef = useRef<HTMLParagraphElement>(null);
  const allCast = members.length === 0;
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
    const answer = await submission.submit(castBallotsInput.safeParse({ ballots }), (input) =>
      castBallots(assemblyId, motion.id, input),
    );
    if (answer) {
      setDone(answer.receipts.length);
      onCast(answer.receipts);
    }
  };

  return (
    <form ref={formRef} className="ballot" noValidate onSubmit={onSubmit(() => void send())} data-testid="ballot">
      <details className="ballot__for">
        <summary>{t('votes.votingFor', { count: members.length })}</summary>
        <ul className="plain-list">
          {members.map((member) => (
            <li key={member.memberNo}>
              {member.organisation}{' '}
              <span className="muted">
                (n° {member.memberNo}
                {member.castAs === 'proxy' ? `, ${t('votes.byProxy')}` : ''})
              </span>
            </li>
          ))}
        </ul>
      </details>
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
                onChange={() => setAlike(choice)}
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
                    onChange={(event) =>
                      setChoices({ ...choices, [member.memberNo]: event.target.value as BallotChoice | '' })
                    }
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
      <FormFailure failure={submission.failure} message={submission.formMessage} />
      {done !== null && !submission.failure && (
        <p className="notice notice--ok" role="status">
          {t('votes.cast', { count: done })}
        </p>
      )}
      {/* Not disabled while the votes go: a disabled button would drop the keyboard focus. */}
      <button type="submit" className="button" aria-disabled={submission.pending || undefined}>
        {submission.pending
          ? t('form.sending')
          : motion.secret
            ? t('votes.submitSecret', { count: members.length })
            : t('votes.submit', { count: split ? Object.values(choices).filter(Boolean).length : members.length })}
      </button>
    </form>
  );
}
