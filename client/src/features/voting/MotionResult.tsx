import { useEffect, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Language } from '@shared/schemas/person';
import { renderReason } from '@shared/rules/messages';
import type { BallotReceipt, MotionTally } from '@shared/schemas/voting';
import { useLanguage } from '../../i18n/useLanguage';
import { ReceiptHashes } from './ReceiptHashes';
import { receiptHash } from './receipts';

/** The result as one sentence: "Adopted: 54 for, 3 against, 2 abstentions; 59 of 104 voting members took part." */
export function resultLine(
  result: Pick<MotionTally['result'], 'counts' | 'reason'> & {
    quorum: Pick<MotionTally['result']['quorum'], 'votingMembers'>;
  },
  t: TFunction,
  language: Language,
): string {
  const { counts, quorum, reason } = result;
  if (reason !== 'majority_for' && reason !== 'majority_against' && reason !== 'tie' && reason !== 'no_votes')
    return renderReason(language, result);
  return t(`votes.result.${reason}`, {
    for: counts.for,
    against: counts.against,
    abstentions: t('votes.result.abstentions', { count: counts.abstain }),
    turnout: t('votes.result.turnout', { count: counts.cast, voting: quorum.votingMembers }),
  });
}

/** The result at the close with every figure, and each of this voter's receipts checked against the published list. */
export function MotionResult({
  motionId,
  tally,
  receipts,
  trackers = false,
}: {
  motionId: string;
  tally: MotionTally;
  receipts: BallotReceipt[];
  /** A secret vote's receipts are its ballots' trackers, published as they are (they are in its archive). */
  trackers?: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { result } = tally;
  const [checked, setChecked] = useState<Array<{ receipt: BallotReceipt; counted: boolean | null }>>([]);
  useEffect(() => {
    let current = true;
    const published = new Set(tally.receipts);
    void Promise.all(
      receipts.map(async (receipt) => {
        const hash = trackers ? receipt.receipt : await receiptHash(motionId, receipt.receipt);
        return { receipt, counted: hash === null ? null : published.has(hash) };
      }),
    ).then((list) => current && setChecked(list));
    return () => {
      current = false;
    };
  }, [motionId, tally.receipts, receipts, trackers]);

  return (
    <div className={`result result--${result.outcome}`} data-testid="result">
      <p className="result__outcome">
        <strong>{resultLine(result, t, language)}</strong>
      </p>
      <dl className="result__counts">
        <div>
          <dt>{t('votes.choice.for')}</dt>
          <dd>{result.counts.for}</dd>
        </div>
        <div>
          <dt>{t('votes.choice.against')}</dt>
          <dd>{result.counts.against}</dd>
        </div>
        <div>
          <dt>{t('votes.choice.abstain')}</dt>
          <dd>{result.counts.abstain}</dd>
        </div>
        {result.quorum.applies && (
          <div>
            <dt>{t('votes.quorumShort')}</dt>
            <dd>
              {result.quorum.presentOrRepresented} / {result.quorum.required}
            </dd>
          </div>
        )}
      </dl>
      {checked.length > 0 && checked.every(({ counted }) => counted !== null) && (
        <p
          className={`notice ${checked.every(({ counted }) => counted) ? 'notice--ok' : 'notice--error'}`}
          data-testid="receipts-verdict"
        >
          {checked.every(({ counted }) => counted)
            ? t(trackers ? 'secretBallots.verified' : 'votes.receiptsVerified')
            : t(trackers ? 'secretBallots.notVerified' : 'votes.receiptsNotVerified')}
        </p>
      )}
      {checked.length > 0 && (
        <ul className="plain-list">
          {checked.map(({ receipt, counted }) => (
            <li key={receipt.memberNo} data-testid="receipt-check">
              <code>{receipt.receipt}</code>:{' '}
              {counted === null
                ? t('votes.receiptUnchecked')
                : counted
                  ? t('votes.receiptCounted')
                  : t('votes.receiptMissing')}
            </li>
          ))}
        </ul>
      )}
      <details>
        <summary>
          {t(trackers ? 'secretBallots.published' : 'votes.published', { count: tally.receipts.length })}
        </summary>
        <p className="hint">{t('votes.chainHead', { head: tally.chainHead })}</p>
        <ReceiptHashes hashes={tally.receipts} />
      </details>
    </div>
  );
}
