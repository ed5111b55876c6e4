import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SecretCount as SecretCountView } from '@shared/api/secretBallots';
import type { MotionView, MotionsResponse } from '@shared/api/voting';
import type { Attendance } from '@shared/events';
import type { BallotReceipt } from '@shared/schemas/voting';
import { BallotForm } from './BallotForm';
import { MotionReceipts } from './MotionReceipts';
import { MotionResult } from './MotionResult';
import { receiptStore } from './receipts';
import { CloseVoteButton } from './CloseVoteButton';
import { SecretCount } from './secret/SecretCount';

interface Props {
  assemblyId: string;
  table: boolean;
  /** A secret vote after its close also says how its decryption stands (`secretCount`). */
  entry: MotionView & { secretCount?: SecretCountView | null };
  castable: MotionsResponse['castable'];
  live: boolean;
  /** The room's presence, for the Table's confirmation before closing a vote early. */
  presence: Attendance;
  onCast: () => void;
}

/** The receipts to show: the server's (they replace this browser's), and those just cast not yet read back. */
function mergeReceipts(server: readonly BallotReceipt[], local: readonly BallotReceipt[]): BallotReceipt[] {
  const byMember = new Map(local.map((receipt) => [receipt.memberNo, receipt]));
  for (const receipt of server) byMember.set(receipt.memberNo, receipt);
  return [...byMember.values()].sort((a, b) => a.memberNo - b.memberNo);
}

/** Members whose proxy the person holds that voted themselves on this motion: their own vote counts (R.7). */
function votedItself(entry: MotionView, castable: MotionsResponse['castable']): Set<number> {
  const byProxy = new Set(castable.filter((member) => member.castAs === 'proxy').map((member) => member.memberNo));
  return new Set(
    entry.myBallots
      .filter((ballot) => byProxy.has(ballot.memberNo) && ballot.castAs === 'own')
      .map((ballot) => ballot.memberNo),
  );
}

/** One motion: its text, this person's votes and receipts, the ballot while open, the result after the close. */
export function MotionCard({ assemblyId, table, entry, castable, live, presence, onCast }: Props) {
  const { t } = useTranslation();
  const { motion, myBallots, myReceipts, tally } = entry;
  const secretCount = motion.secret ? (entry.secretCount ?? null) : null;
  // The server keeps the receipts (named) and the trackers (secret) of this person's ballots, for
  // any of its devices; this browser keeps a named ballot's receipt too, never a secret one's.
  const [local, setLocal] = useState<BallotReceipt[]>(() => (motion.secret ? [] : receiptStore.read(motion.id)));
  // A secret vote closed stays uncounted while its trustees decrypt it: no more ballots then.
  const closed = tally !== null || Boolean(motion.closedAt);
  const receipts = mergeReceipts(myReceipts, local);
  const names = new Map(castable.map((member) => [member.memberNo, member.organisation]));
  const cardRef = useRef<HTMLElement>(null);

  return (
    <article
      ref={cardRef}
      tabIndex={-1}
      className="motion"
      data-testid="motion"
      aria-labelledby={`motion-${motion.id}`}
    >
      <header className="motion__head">
        <h5 id={`motion-${motion.id}`}>{motion.title}</h5>
        <span className="badge">{t(`motionKind.${motion.kind}`)}</span>
        <span className="badge">{motion.secret ? t('votes.secret') : t('votes.named')}</span>
      </header>
      <p className="prose-text">{motion.text}</p>
      {motion.amendedText && (
        <details className="motion__amended">
          <summary>{t('texts.proposedText')}</summary>
          <p className="prose-text" lang="fr">
            {motion.amendedText}
          </p>
        </details>
      )}
      {!closed && <p className="hint">{motion.secret ? t('votes.secretHint') : t('votes.namedHint')}</p>}

      {myBallots.length > 0 && (
        <details className="motion__mine">
          <summary>{t('votes.mine', { count: myBallots.length })}</summary>
          <ul className="plain-list">
            {myBallots.map((ballot) => (
              <li key={ballot.memberNo}>
                {names.get(ballot.memberNo) ?? `n° ${ballot.memberNo}`}:{' '}
                {ballot.choice ? t(`votes.choice.${ballot.choice}`) : t('votes.secretCast')}
                {ballot.castAs === 'proxy' && <span className="muted"> ({t('votes.byProxy')})</span>}
              </li>
            ))}
          </ul>
        </details>
      )}

      {tally && <MotionResult motionId={motion.id} tally={tally} receipts={receipts} trackers={motion.secret} />}
      {secretCount && <SecretCount count={secretCount} trackers={receipts} />}
      {!closed && live && castable.length > 0 && (
        <BallotForm
          assemblyId={assemblyId}
          motion={motion}
          castable={castable}
          alreadySecret={motion.secret ? new Set(myBallots.map((ballot) => ballot.memberNo)) : new Set()}
          votedItself={votedItself(entry, castable)}
          cast={myBallots}
          onCast={(cast) => {
            setLocal(motion.secret ? (shown) => mergeReceipts(cast, shown) : receiptStore.add(motion.id, cast));
            onCast();
          }}
        />
      )}

      {table && live && !closed && (
        <CloseVoteButton
          assemblyId={assemblyId}
          entry={entry}
          presence={presence}
          onClosed={() => {
            onCast();
            // The button goes with the open vote: the focus moves to the motion, where its result shows.
            cardRef.current?.focus();
          }}
        />
      )}
      {receipts.length > 0 && (
        <MotionReceipts motionId={motion.id} receipts={receipts} names={names} secret={motion.secret} />
      )}
    </article>
  );
}
