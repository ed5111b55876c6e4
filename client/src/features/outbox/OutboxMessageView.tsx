import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import type { OutboxMessage } from '@shared/api/service';
import { paths } from '../../app/paths';
import { fetchOutboxMessage } from '../../api/endpoints';
import { useApiQuery } from '../../api/useApiQuery';
import { formatDateTime } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { BackLink } from '../../ui/BackLink';
import { LoadError, Loading } from '../../ui/QueryStatus';
import { linkify } from './linkify';
import { MessageHtml } from './MessageHtml';

/** One e-mail of the outbox: who, when, its text with working links, and its HTML version. */
export function OutboxMessageView() {
  const { t } = useTranslation();
  const { messageId = '' } = useParams();
  const { state, reload } = useApiQuery(`outbox/${messageId}`, (signal) => fetchOutboxMessage(messageId, signal));

  return (
    <article className="message">
      <BackLink to={paths.outbox} label={t('outbox.back')} className="message__back" />
      {state.status === 'loading' && <Loading slow={state.slow} />}
      {state.status === 'error' && <LoadError failure={state.failure} onRetry={reload} />}
      {state.status === 'ready' && <MessageBody message={state.data} />}
    </article>
  );
}

function MessageBody({ message }: { message: OutboxMessage }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const subject = message.subject || t('outbox.noSubject');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const location = useLocation();

  // Opened from the list: take the focus there, so the reader (and a screen reader) starts at
  // the e-mail. Not on a page opened directly from its address ('default' location).
  useEffect(() => {
    if (location.key !== 'default') headingRef.current?.focus();
  }, [message.id, location.key]);

  return (
    <>
      <h2 className="message__subject" ref={headingRef} tabIndex={-1}>
        {subject}
      </h2>
      <dl className="message__meta">
        <div>
          <dt>{t('outbox.from')}</dt>
          <dd>{message.from}</dd>
        </div>
        <div>
          <dt>{t('outbox.to')}</dt>
          <dd>{message.to.join(', ')}</dd>
        </div>
        <div>
          <dt>{t('outbox.receivedAt')}</dt>
          <dd>
            <time dateTime={message.receivedAt}>{formatDateTime(message.receivedAt, language)}</time>
          </dd>
        </div>
      </dl>
      <section className="message__part" aria-labelledby="message-text-title">
        <h3 id="message-text-title">{t('outbox.textVersion')}</h3>
        <div className="message__text">{linkify(message.text)}</div>
      </section>
      {message.html && (
        <section className="message__part" aria-labelledby="message-html-title">
          <h3 id="message-html-title">{t('outbox.htmlVersion')}</h3>
          <p className="hint">{t('outbox.htmlHint')}</p>
          <MessageHtml html={message.html} title={t('outbox.htmlFrameTitle', { subject })} />
        </section>
      )}
    </>
  );
}
