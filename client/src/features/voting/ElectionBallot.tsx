import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ElectionsResponse } from '@shared/api/voting';
import type { BallotReceipt } from '@shared/schemas/voting';
import { FormFailure, onSubmit, useSubmission } from '../../ui/form';
import { lazySchema, usePreloadedSchema } from '../../ui/lazySchema';
import { SecretCastProgress } from './secret/SecretCastProgress';
import { roundPath } from './secret/api';
import { EncryptionFailed, useSecretCast } from './secret/useSecretCast';

type Entry = ElectionsResponse['elections'][number];

const castElectionBallotsInput = lazySchema(() =>
  import('@shared/schemas/election').then((schemas) => schemas.castElectionBallotsInputSchema),
);

/**
 * The ballot of an election round, for every member the person may vote for: one candidate (or
 * blank) for all, encrypted in this browser; only the encrypted ballots are posted, each answered
 * with its tracker.
 */
export function ElectionBallot({
  assemblyId,
  entry,
  castable,
  onCast,
}: {
  assemblyId: string;
  entry: Entry;
  castable: ElectionsResponse['castable'];
  onCast: (trackers: BallotReceipt[]) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const submission = useSubmission(formRef, []);
  usePreloadedSchema(castElectionBallotsInput, formRef);
  const secret = useSecretCast(roundPath(assemblyId, entry.election.id, entry.round));
  const [choice, setChoice] = useState<string>('');
  const [done, setDone] = useState<number | null>(null);
  const [trouble, setTrouble] = useState<{ failed: string | null; skipped: number }>({ failed: null, skipped: 0 });
  if (castable.length === 0)
    return (
      <p className="notice notice--ok" role="status">
        {done !== null ? t('secretBallots.cast', { count: done }) : t('votes.allCast')}
      </p>
    );

  const castSecretly = async (ballots: Array<{ memberNo: number; candidateMemberNo: number | null }>) => {
    try {
      const answer = await secret.cast(
        ballots.map(({ memberNo, candidateMemberNo }) => ({
          memberNo,
          answer: candidateMemberNo === null ? null : String(candidateMemberNo),
        })),
      );
      setTrouble({ failed: null, skipped: answer.skipped });
      return answer;
    } catch (error) {
      if (!(error instanceof EncryptionFailed)) throw error;
      setTrouble({ failed: error.message, skipped: 0 });
      return null;
    }
  };
  const send = async () => {
    const candidateMemberNo = choice === 'blank' ? null : Number(choice);
    const ballots = choice === '' ? [] : castable.map((member) => ({ memberNo: member.memberNo, candidateMemberNo }));
    setTrouble({ failed: null, skipped: 0 });
    const answer = await submission.submit(
      castElectionBallotsInput.safeParse({ round: entry.round, ballots }),
      (input) => castSecretly(input.ballots),
    );
    if (answer) {
      setDone(answer.receipts.length);
      onCast(answer.receipts);
    }
  };
  return (
    <form ref={formRef} className="ballot" noValidate onSubmit={onSubmit(() => void send())} data-testid="ballot">
      {/* While the ballots are encrypted and sent, the choice stays as it is. */}
      <fieldset className="choices" disabled={secret.stage !== null}>
        <legend>
          {castable.length > 1
            ? t('votes.alikeLegend', { count: castable.length })
            : t('votes.oneLegend', { name: castable[0]!.organisation })}
        </legend>
        {entry.candidates.map((candidate) => (
          <label key={candidate.memberNo} className="choice">
            <input
              type="radio"
              name={`${id}-choice`}
              value={candidate.memberNo}
              checked={choice === String(candidate.memberNo)}
              onChange={() => setChoice(String(candidate.memberNo))}
            />{' '}
            {candidate.organisation}
          </label>
        ))}
        <label className="choice">
          <input
            type="radio"
            name={`${id}-choice`}
            value="blank"
            checked={choice === 'blank'}
            onChange={() => setChoice('blank')}
          />{' '}
          {t('elections.blankChoice')}
        </label>
      </fieldset>
      <p className="hint">{t('secretBallots.encryptedHere')}</p>
      {secret.stage && <SecretCastProgress stage={secret.stage} onCancel={secret.cancel} />}
      {trouble.failed !== null && (
        <p className="notice notice--error" role="alert">
          {t('secretBallots.encryptionFailed', { reason: trouble.failed })}
        </p>
      )}
      {trouble.skipped > 0 && (
        <p className="notice notice--warning" role="alert">
          {t('secretBallots.notNow', { count: trouble.skipped })}
        </p>
      )}
      <FormFailure failure={submission.failure} message={submission.formMessage} />
      {/* Not disabled while the votes go: a disabled button would drop the keyboard focus. */}
      <button type="submit" className="button" aria-disabled={submission.pending || undefined}>
        {submission.pending
          ? secret.stage?.stage === 'sending'
            ? t('form.sending')
            : t('secretBallots.working')
          : t('votes.submitSecret', { count: castable.length })}
      </button>
    </form>
  );
}
