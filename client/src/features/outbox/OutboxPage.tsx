import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useMatch } from 'react-router';
import type { OutboxSummary } from '@shared/api/service';
import { paths } from '../../app/paths';
import { fetchOutbox } from '../../api/endpoints';
import { useApiQuery } from '../../api/useApiQuery';
import { formatDateTime } from '../../i18n/format';
import { useLanguage } from '../../i18n/useLanguage';
import { LoadError, Loading, RefreshFailed } from '../../ui/QueryStatus';
import { usePageTitle } from '../../ui/usePageTitle';

/** How many e-mails a page of the list shows. */
const pageSize = 50;

/**
 * The built-in outbox: the e-mails Agora sent when it has no mail server. The list on the left,
 * the open e-mail on the right; on a phone, one or the other.
 */
export function OutboxPage() {
  const { t } = useTranslation();
  usePageTitle(t('outbox.title'));
  const id = useId();
  const reading = useMatch(`${paths.outbox}/:messageId`) !== null;
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  // The pages seen so far: the cursor of each, the first being the newest e-mails.
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const before = cursors.at(-1) ?? null;
  const { state, reload } = useApiQuery(`outbox?q=${q}&before=${before ?? ''}`, (signal) =>
    fetchOutbox({ q, before, limit: pageSize }, signal),
  );
  const busy = state.status === 'loading' || (state.status === 'ready' && state.refreshing);

  return (
    <div className={reading ? 'page outbox outbox--reading' : 'page outbox'}>
      <div className="page__head">
        <h1>{t('outbox.title')}</h1>
        <button type="button" className="button button--secondary" onClick={reload} disabled={busy}>
          {state.status === 'ready' && state.refreshing ? t('common.refreshing') : t('common.refresh')}
        </button>
      </div>
      <p className="page__intro outbox__intro">{t('outbox.intro')}</p>
      <div className="outbox__panes">
        <section className="outbox__list" aria-labelledby="outbox-list-title">
          <h2 id="outbox-list-title" className="outbox__list-title">
            {t('outbox.listLabel')}
            {state.status === 'ready' && (
              <span className="outbox__count"> · {t('outbox.count', { count: state.data.total })}</span>
            )}
          </h2>
          <form
            className="outbox__search"
            role="search"
            onSubmit={(event) => {
              event.preventDefault();
              // The same search again asks again: new e-mails may have arrived since.
              if (typed.trim() === q && cursors.length === 1) reload();
              setQ(typed.trim());
              setCursors([null]);
            }}
          >
            <label htmlFor={`${id}-q`} className="outbox__search-label">
              {t('outbox.searchLabel')}
            </label>
            <div className="outbox__search-row">
              <input
                id={`${id}-q`}
                className="input"
                type="search"
                value={typed}
                maxLength={200}
                placeholder={t('outbox.searchPlaceholder')}
                onChange={(event) => setTyped(event.target.value)}
              />
              <button type="submit" className="button button--secondary">
                {t('outbox.search')}
              </button>
            </div>
          </form>
          {state.status === 'loading' && <Loading slow={state.slow} />}
          {state.status === 'error' && <LoadError failure={state.failure} onRetry={reload} />}
          {state.status === 'ready' && (
            <>
              {state.refreshFailure && <RefreshFailed failure={state.refreshFailure} onRetry={reload} />}
              <OutboxList messages={state.data.messages} searching={q !== ''} />
              <nav className="outbox__pages" aria-label={t('outbox.pagesLabel')}>
                {cursors.length > 1 && (
                  <button
                    type="button"
                    className="button button--secondary"
                    onClick={() => setCursors((seen) => seen.slice(0, -1))}
                  >
                    {t('outbox.newer')}
                  </button>
                )}
                {state.data.next !== null && (
                  <button
                    type="button"
                    className="button button--secondary"
                    onClick={() => setCursors((seen) => [...seen, state.data.next])}
                  >
                    {t('outbox.older')}
                  </button>
                )}
              </nav>
            </>
          )}
        </section>
        <div className="outbox__reader">
          <Outlet />
        </div>
      </div>
    </div>
  );
}

function OutboxList({ messages, searching }: { messages: OutboxSummary[]; searching: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (messages.length === 0) return <p className="empty">{searching ? t('outbox.noMatch') : t('outbox.empty')}</p>;
  const newestFirst = [...messages].sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
  return (
    <ol className="outbox-list">
      {newestFirst.map((message) => (
        <li key={message.id}>
          <NavLink to={paths.outboxMessage(message.id)} className="outbox-item" data-testid="outbox-item">
            <span className="outbox-item__subject">{message.subject || t('outbox.noSubject')}</span>
            <span className="outbox-item__to">{t('outbox.toLine', { to: message.to.join(', ') })}</span>
            <time className="outbox-item__date" dateTime={message.receivedAt}>
              {formatDateTime(message.receivedAt, language)}
            </time>
          </NavLink>
        </li>
      ))}
    </ol>
  );
}

/** What the reading pane shows before an e-mail is chosen (wide screens only). */
export function OutboxPlaceholder() {
  const { t } = useTranslation();
  return <p className="outbox__placeholder">{t('outbox.choose')}</p>;
}
