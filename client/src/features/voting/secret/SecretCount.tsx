import { useTranslation } from 'react-i18next';
import type { SecretCount as SecretCountView } from '@shared/api/secretBallots';
import { trackerHex } from '@shared/belenios/base64';
import type { BallotReceipt } from '@shared/schemas/voting';
import { formattingLocale } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/useLanguage';

/** A file's size as a person reads it: "182 kB", "1.4 MB". */
function fileSize(bytes: number, locale: string): string {
  const [value, unit] = bytes < 1_000_000 ? [bytes / 1000, 'kilobyte'] : [bytes / 1_000_000, 'megabyte'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: value < 10 ? 1 : 0 }).format(
    value,
  );
}

/**
 * A secret vote after its close: while the trustees decrypt, whose share is awaited; once counted,
 * the Belenios archive with its SHA-256 and how anyone checks it, with the voter's trackers in the
 * form belenios-tool prints them.
 */
export function SecretCount({ count, trackers }: { count: SecretCountView; trackers: readonly BallotReceipt[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { archive } = count;
  if (!archive) {
    return (
      <div className="secret-count" role="status" data-testid="secret-count">
        <p>{t('secretBallots.counting', { shares: count.shares, count: count.needed })}</p>
        <progress value={count.shares} max={count.needed} aria-hidden="true" />
        {count.waitingFor.length > 0 && (
          <p className="hint">
            {t('secretBallots.awaited', {
              count: Math.max(count.needed - count.shares, 1),
              names: count.waitingFor.map((trustee) => trustee.name).join(', '),
            })}
          </p>
        )}
      </div>
    );
  }
  const file = `${count.uuid}.bel`;
  return (
    <section className="secret-count" aria-labelledby={`archive-${count.uuid}`} data-testid="secret-archive">
      <h6 id={`archive-${count.uuid}`}>{t('secretBallots.archiveTitle')}</h6>
      <p>
        <a href={archive.url} download={file}>
          {file}
        </a>{' '}
        <span className="muted">
          ({fileSize(archive.bytes, formattingLocale(language))},{' '}
          {t('secretBallots.ballots', { count: archive.ballots })})
        </span>
      </p>
      <p className="secret-count__hash">
        {t('secretBallots.sha256')} <code>{archive.sha256}</code>
      </p>
      <details className="secret-count__check">
        <summary>{t('secretBallots.howToCheck')}</summary>
        <p>{t('secretBallots.checkIntro')}</p>
        <ol>
          <li>{t('secretBallots.checkFolder', { file })}</li>
          <li>
            {t('secretBallots.checkHash')}
            <pre>
              <code>sha256sum {file}</code>
            </pre>
          </li>
          <li>
            {t('secretBallots.checkVerify')}
            <pre>
              <code>belenios-tool election verify --dir {t('secretBallots.folder')}</code>
            </pre>
          </li>
          <li>
            {trackers.length > 0 ? t('secretBallots.checkYourTrackers') : t('secretBallots.checkTrackers')}
            <pre>
              <code>belenios-tool election compute-ballot-summary --dir {t('secretBallots.folder')}</code>
            </pre>
            {trackers.length > 0 && (
              <ul className="plain-list receipts" data-testid="trackers-hex">
                {trackers.map((tracker) => (
                  <li key={tracker.memberNo}>
                    <code>{trackerHex(tracker.receipt)}</code>
                  </li>
                ))}
              </ul>
            )}
          </li>
        </ol>
      </details>
    </section>
  );
}
