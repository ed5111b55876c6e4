import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MotionView, MotionsResponse } from '@shared/api/voting';
import type { BallotReceipt } from '@shared/schemas/voting';
import { BallotForm } from './BallotForm';
import { MotionResult } from './MotionResult';
import { receiptStore } from './receipts';
import { closeMotion } from './api';
import { FormFailure } from '../../ui/form';
import { useRequest } from '../../ui/useRequest';

interface Props {
  assemblyId: string;
  table: boolean;
  entry: MotionView;
  castable: MotionsResponse['castable'];
  live: boolean;
  onCast: () => void;
}

/** One motion: its text, this person's votes and receipts, the ballot while open, the result after the close. */
export function MotionCard({ assemblyId, table, entry, castable, live, onCast }: Props) {
  const { t } = useTranslation();
  const { motion, myBallots, tally } = entry;
  const [receipts, setReceipts] = useState<BallotReceipt[]>(() => receiptStore.read(motion.id));
  const names = new Map(castable.map((member) => [member.memberNo, member.organisation]));
  const closing = useRequest();
  const cardRef = useRef<HTMLElement>(null);
  const close = () =>
    closing.run(async () => {
      await closeMotion(assemblyId, motion.id);
      onCast();
      // The button goes with the open vote: the focus moves to the motion, where its result shows.
      cardRef.current?.focus();
    });

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
      {!tally && <p className="hint">{motion.secret ? t('votes.secretHint') : t('votes.namedHint')}</p>}

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

      {tally ? (
        <MotionResult motionId={motion.id} tally={tally} receipts={receipts} />
      ) : (
        live &&
        castable.length > 0 && (
          <BallotForm
            assemblyId={assemblyId}
            motion={motion}
            castable={castable}
            alreadySecret={motion.secret ? new Set(myBallots.map((ballot) => ballot.memberNo)) : new Set()}
            onCast={(cast) => {
              setReceipts(receiptStore.add(motion.id, cast));
              onCast();
            }}
          />
        )
      )}

      {table && live && !tally && (
        <p>
          <button
            type="button"
            className="button button--secondary"
            aria-disabled={closing.pending || undefined}
            onClick={() => void close()}
          >
            {t('votes.closeNow')}
          </button>
        </p>
      )}
      {closing.failure && <FormFailure failure={closing.failure} />}
      {!tally && receipts.length > 0 && (
        <details className="motion__receipts" data-testid="receipts">
          <summary>{t('votes.receipts', { count: receipts.length })}</summary>
          <p className="hint">{t('votes.receiptsHint')}</p>
          <ul className="plain-list receipts">
            {receipts.map((receipt) => (
              <li key={receipt.memberNo}>
                {names.get(receipt.memberNo) ?? `n° ${receipt.memberNo}`}: <code>{receipt.receipt}</code>
              </li>
            ))}
          </ul>
        </details>
      )}
    </article>
  );
}
