import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ElectionsResponse } from '@shared/api/voting';
import { renderElectionReason } from '@shared/rules/messages';
import type { ElectionRoundTally } from '@shared/schemas/election';
import type { BallotReceipt } from '@shared/schemas/voting';
import { useLanguage } from '../../i18n/useLanguage';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ElectionBallot } from './ElectionBallot';
import { MotionReceipts } from './MotionReceipts';
import { SecretCount } from './secret/SecretCount';

type Entry = ElectionsResponse['elections'][number];

/**
 * One office's election: each counted round with its figures and its archive; the current round's
 * encrypted ballot while open, then, once closed, the trustees' shares it waits for; this person's
 * trackers round by round.
 */
export function ElectionCard({
  assemblyId,
  entry,
  names,
  castable,
  live,
  table,
  onChanged,
  onClose,
}: {
  assemblyId: string;
  entry: Entry;
  /** The organisation of each candidate that stood, by member number. */
  names: ReadonlyMap<number, string>;
  castable: ElectionsResponse['castable'];
  live: boolean;
  table: boolean;
  onChanged: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { election } = entry;
  const [asking, setAsking] = useState(false);
  // The trackers just cast, shown until the server's list has them.
  const [cast, setCast] = useState<Array<BallotReceipt & { round: 1 | 2 }>>([]);
  const outcome = (result: ElectionRoundTally['result']) =>
    renderElectionReason(language, result, (memberNo) => names.get(memberNo));
  const organisations = new Map(castable.map((member) => [member.memberNo, member.organisation]));
  const trackersOf = (round: 1 | 2) => {
    const byMember = new Map<number, BallotReceipt>();
    for (const receipt of [...cast, ...entry.myReceipts])
      if (receipt.round === round) byMember.set(receipt.memberNo, receipt);
    return [...byMember.values()].sort((a, b) => a.memberNo - b.memberNo);
  };
  const countOf = (round: 1 | 2) => entry.secretCounts.find((count) => count.round === round) ?? null;
  const trackers = (round: 1 | 2) => {
    const list = trackersOf(round);
    return (
      list.length > 0 && (
        <MotionReceipts motionId={`${election.id}-${round}`} receipts={list} names={organisations} secret />
      )
    );
  };
  const current = entry.finished ? null : entry.round;
  const currentCount = current === null ? null : countOf(current);

  return (
    <article className="motion" data-testid="election">
      <header className="motion__head">
        <h5>
          {t('elections.of', {
            office: t(`bodies.office.${election.office}`),
            body: t(`bodies.body.${election.body}`),
          })}
        </h5>
        <span className="badge">{t('votes.secret')}</span>
        {current !== null && <span className="badge badge--role">{t('elections.round', { round: current })}</span>}
      </header>
      {entry.rounds.map((round) => {
        const count = countOf(round.round);
        const mine = trackersOf(round.round);
        // A round's published trackers are its counted ballots': each of this person's must be there.
        const found = mine.every((tracker) => round.receipts.includes(tracker.receipt));
        return (
          <div key={round.round} data-testid="election-round">
            <div className={`result result--${round.result.outcome === 'elected' ? 'adopted' : 'not_decided'}`}>
              <p className="result__outcome">
                <strong>{t('elections.round', { round: round.round })}</strong> — {outcome(round.result)}
              </p>
              <ul className="plain-list">
                {round.result.counts.candidates.map((candidate) => (
                  <li key={candidate.memberNo}>
                    {t('elections.candidateVotes', {
                      name: names.get(candidate.memberNo) ?? String(candidate.memberNo),
                      votes: candidate.votes,
                    })}
                  </li>
                ))}
                <li className="muted">{t('elections.blank', { count: round.result.counts.blank })}</li>
              </ul>
            </div>
            {count && <SecretCount count={count} trackers={mine} />}
            {mine.length > 0 && (
              <p className={`notice ${found ? 'notice--ok' : 'notice--error'}`} data-testid="receipts-verdict">
                {found ? t('secretBallots.verified') : t('secretBallots.notVerified')}
              </p>
            )}
            {trackers(round.round)}
          </div>
        );
      })}
      {current !== null && (live || currentCount) && (
        <>
          <p>
            {t('elections.candidates', {
              names: entry.candidates.map((candidate) => `${candidate.organisation} (${candidate.person})`).join(', '),
            })}
          </p>
          {currentCount ? (
            <SecretCount count={currentCount} trackers={trackersOf(current)} />
          ) : (
            <ElectionBallot
              assemblyId={assemblyId}
              entry={entry}
              castable={castable.filter((member) => !entry.voted.includes(member.memberNo))}
              onCast={(receipts) => {
                setCast((shown) => [...shown, ...receipts.map((receipt) => ({ ...receipt, round: current }))]);
                onChanged();
              }}
            />
          )}
          {trackers(current)}
          {table && live && !currentCount && (
            <>
              <p>
                <button type="button" className="button button--secondary" onClick={() => setAsking(true)}>
                  {t('elections.closeRound', { round: current })}
                </button>
              </p>
              <ConfirmDialog
                open={asking}
                title={t('confirm.closeRound.title', { round: current })}
                confirmLabel={t('confirm.closeRound.yes')}
                cancelLabel={t('confirm.closeRound.keep')}
                onCancel={() => setAsking(false)}
                onConfirm={() => {
                  setAsking(false);
                  onClose();
                }}
              >
                <p className="confirm-dialog__motion">
                  {t('elections.of', {
                    office: t(`bodies.office.${election.office}`),
                    body: t(`bodies.body.${election.body}`),
                  })}
                </p>
                <p>{t('confirm.closeRound.final')}</p>
              </ConfirmDialog>
            </>
          )}
        </>
      )}
    </article>
  );
}
