import { useTranslation } from 'react-i18next';
import type { PendingMessage } from './pending';
import { useRefusalText } from './refusalText';
import type { Connection } from './roomState';

/** Messages typed but not yet stored: waiting for the line, or refused with why, to retry or discard. */
export function PendingList({
  pending,
  connection,
  onRetry,
  onDiscard,
}: {
  pending: PendingMessage[];
  connection: Connection;
  onRetry: (id: string) => void;
  onDiscard: (id: string) => void;
}) {
  const { t } = useTranslation();
  const refusalText = useRefusalText();
  return (
    <section className="pending" aria-label={t('liveRoom.pendingTitle')}>
      <ol className="messages">
        {pending.map((message) => (
          <li key={message.clientId} className="message message--pending" data-testid="pending-message">
            <p className="message__body">{message.body}</p>
            {message.refusal ? (
              <div role="alert">
                <p className="notice notice--error">
                  {t('liveRoom.pendingRefused', { reason: refusalText(message.refusal) })}
                </p>
                <div className="message__actions">
                  <button type="button" className="message__action" onClick={() => onRetry(message.clientId)}>
                    {t('liveRoom.retry')}
                  </button>
                  <button type="button" className="message__action" onClick={() => onDiscard(message.clientId)}>
                    {t('liveRoom.discard')}
                  </button>
                </div>
              </div>
            ) : (
              <p className="hint" role="status">
                {connection === 'online' ? t('liveRoom.pendingSending') : t('liveRoom.pendingWaiting')}
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
