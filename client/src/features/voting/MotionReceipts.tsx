import { useTranslation } from 'react-i18next';
import type { BallotReceipt } from '@shared/schemas/voting';

/** A CSV of the receipts, one line per member, to keep outside the browser. */
function receiptsFile(
  receipts: readonly BallotReceipt[],
  names: ReadonlyMap<number, string>,
  header: string,
  byProxy: string,
): string {
  const cell = (value: string) => `"${value.replace(/"/g, '""')}"`;
  const lines = receipts.map((receipt) =>
    [
      cell(names.get(receipt.memberNo) ?? `#${receipt.memberNo}`),
      cell(receipt.castAs === 'proxy' ? byProxy : ''),
      cell(receipt.receipt),
    ].join(','),
  );
  return `${[header, ...lines].join('\r\n')}\r\n`;
}

/**
 * This person's receipts for one motion, open, with what they are for (named: checked against the
 * list published at the close; secret: the trackers of the ballots in the vote's archive), and a
 * file to download.
 */
export function MotionReceipts({
  motionId,
  receipts,
  names,
  secret,
}: {
  motionId: string;
  receipts: readonly BallotReceipt[];
  names: ReadonlyMap<number, string>;
  secret: boolean;
}) {
  const { t } = useTranslation();
  const file = receiptsFile(receipts, names, t('votes.receiptColumns'), t('votes.byProxy'));
  const title = secret
    ? t('secretBallots.trackers', { count: receipts.length })
    : t('votes.receipts', { count: receipts.length });
  const href = `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${file}`)}`;
  return (
    <section className="motion__receipts" data-testid="receipts" aria-label={title}>
      <h6>{title}</h6>
      <p className="hint">
        {secret ? t('secretBallots.trackersHint') : `${t('votes.receiptsHint')} ${t('votes.receiptsKeptNamed')}`}
      </p>
      <ul className="plain-list receipts">
        {receipts.map((receipt) => (
          <li key={receipt.memberNo}>
            {names.get(receipt.memberNo) ?? `#${receipt.memberNo}`}: <code>{receipt.receipt}</code>
          </li>
        ))}
      </ul>
      <p>
        <a className="button button--secondary" href={href} download={`${t('votes.receiptsFile')}-${motionId}.csv`}>
          {secret ? t('secretBallots.download') : t('votes.download')}
        </a>
      </p>
    </section>
  );
}
