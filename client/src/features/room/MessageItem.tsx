import { memo, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '@shared/events';
import { messageChange, messageMaxLength } from '@shared/rules/discussion';
import type { RoomEvent, RoomMessage } from '@shared/schemas/room';
import { useLanguage } from '../../i18n/useLanguage';
import { formatInstant } from '../../i18n/format';
import { useViewerZone } from '../assemblies/When';
import { Markdown } from './Markdown';
import { MembersFor } from './MembersFor';
import { useRefusalText } from './refusalText';

export type ChangeMessage = {
  edit(messageId: string, body: string): Promise<Result<RoomEvent>>;
  withdraw(messageId: string): Promise<Result<RoomEvent>>;
  hide(messageId: string, reason: string): Promise<Result<RoomEvent>>;
  pin(messageId: string, pinned: boolean): Promise<Result<RoomEvent>>;
};

interface Props {
  message: RoomMessage;
  replies: RoomMessage[];
  personId: string;
  table: boolean;
  /** The room is open: replies and changes are possible. */
  live: boolean;
  serverNow: () => Date;
  onReply: ((message: RoomMessage) => void) | null;
  changes: ChangeMessage;
}

type Mode = { kind: 'idle' } | { kind: 'edit' } | { kind: 'withdraw' } | { kind: 'hide' };

/** One message of a thread, with what its author (edit, withdraw) or the Table (hide, pin) may do. */
export const MessageItem = memo(function MessageItem({
  message,
  replies,
  personId,
  table,
  live,
  serverNow,
  onReply,
  changes,
}: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const zone = useViewerZone();
  const refusalText = useRefusalText();
  const [mode, setMode] = useState<Mode>({ kind: 'idle' });
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirmId = useId();
  const itemRef = useRef<HTMLLIElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const openedBy = useRef<Mode['kind'] | null>(null);

  // The keyboard focus follows the form: into it when it opens; back to the action that opened
  // it (or to the message, when that action is gone) when it closes, never dropped on the page.
  useEffect(() => {
    if (mode.kind !== 'idle') {
      openedBy.current = mode.kind;
      formRef.current?.querySelector<HTMLElement>('textarea, input, button[type=submit]')?.focus();
      return;
    }
    const kind = openedBy.current;
    if (!kind) return;
    openedBy.current = null;
    const item = itemRef.current;
    (item?.querySelector<HTMLElement>(`:scope > .message__actions [data-action=${kind}]`) ?? item)?.focus();
  }, [mode.kind]);

  const mayChange = live && messageChange(message, personId, serverNow()).ok;
  const run = async (action: () => Promise<Result<RoomEvent>>) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    const result = await action();
    setBusy(false);
    if (result.ok) setMode({ kind: 'idle' });
    else setError(refusalText(result.error));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (mode.kind === 'edit') void run(() => changes.edit(message.id, text));
    if (mode.kind === 'hide') void run(() => changes.hide(message.id, text));
    if (mode.kind === 'withdraw') void run(() => changes.withdraw(message.id));
  };
  const open = (kind: Mode['kind'], initial = '') => {
    setText(initial);
    setError(null);
    setMode({ kind } as Mode);
  };

  const gone = message.withdrawnAt !== null;
  return (
    <li
      className={`message${message.pinned ? ' message--pinned' : ''}${gone || message.hidden ? ' message--muted' : ''}`}
      data-testid="message"
      id={`m-${message.id}`}
      ref={itemRef}
      tabIndex={-1}
    >
      <div className="message__head">
        <span className="message__author">{message.author.name}</span>
        <MembersFor
          members={message.author.speaksFor}
          few={2}
          className="message__for"
          names={(names) => t('liveRoom.speaksFor', { names })}
          many={(count) => t('liveRoom.speaksForMany', { count })}
        />
        <time className="message__time" dateTime={message.postedAt}>
          {formatInstant(message.postedAt, language, zone)}
        </time>
        {message.via === 'email' && (
          <span className="message__via" title={t('liveRoom.byEmailTitle')}>
            {t('liveRoom.byEmail')}
          </span>
        )}
        {message.pinned && <span className="badge badge--role">{t('liveRoom.pinned')}</span>}
      </div>
      {gone ? (
        <p className="message__gone">{t('liveRoom.withdrawn')}</p>
      ) : message.hidden ? (
        <div className="message__gone">
          <p>{t('liveRoom.hidden', { reason: message.hidden.reason })}</p>
          {table && message.body && (
            <div className="message__body message__body--hidden">
              <Markdown source={message.body} />
            </div>
          )}
        </div>
      ) : (
        <div className="message__body">
          <Markdown source={message.body} />
        </div>
      )}
      {!gone && message.versions.length > 0 && (
        <details className="message__versions">
          <summary>{t('liveRoom.edited', { count: message.versions.length })}</summary>
          <ol>
            {message.versions.map((version) => (
              <li key={version.replacedAt}>
                <span className="muted">
                  {t('liveRoom.replacedAt', { date: formatInstant(version.replacedAt, language, zone) })}
                </span>
                <div className="message__body">
                  <Markdown source={version.body} />
                </div>
              </li>
            ))}
          </ol>
        </details>
      )}

      {mode.kind === 'idle' && !gone && (
        <div className="message__actions">
          {onReply && !message.hidden && (
            <button type="button" className="message__action" onClick={() => onReply(message)}>
              {t('liveRoom.reply')}
            </button>
          )}
          {mayChange && (
            <>
              <button
                type="button"
                className="message__action"
                data-action="edit"
                onClick={() => open('edit', message.body)}
              >
                {t('liveRoom.edit')}
              </button>
              <button type="button" className="message__action" data-action="withdraw" onClick={() => open('withdraw')}>
                {t('liveRoom.withdraw')}
              </button>
            </>
          )}
          {table && live && (
            <>
              {!message.hidden && (
                <button type="button" className="message__action" data-action="hide" onClick={() => open('hide')}>
                  {t('liveRoom.hide')}
                </button>
              )}
              <button
                type="button"
                className="message__action"
                aria-disabled={busy || undefined}
                onClick={() => void run(() => changes.pin(message.id, !message.pinned))}
              >
                {message.pinned ? t('liveRoom.unpin') : t('liveRoom.pin')}
              </button>
            </>
          )}
        </div>
      )}

      {mode.kind !== 'idle' && (
        <form ref={formRef} className="message__form" onSubmit={submit}>
          {mode.kind === 'edit' && (
            <label className="field">
              <span className="field__label">{t('liveRoom.editLabel')}</span>
              <textarea
                value={text}
                maxLength={messageMaxLength}
                rows={4}
                onChange={(event) => setText(event.target.value)}
                required
              />
            </label>
          )}
          {mode.kind === 'hide' && (
            <label className="field">
              <span className="field__label">{t('liveRoom.hideReason')}</span>
              <input
                value={text}
                maxLength={500}
                minLength={3}
                onChange={(event) => setText(event.target.value)}
                required
              />
            </label>
          )}
          {mode.kind === 'withdraw' && <p id={confirmId}>{t('liveRoom.withdrawConfirm')}</p>}
          <div className="toolbar">
            <button
              type="submit"
              className="button"
              aria-disabled={busy || undefined}
              aria-describedby={mode.kind === 'withdraw' ? confirmId : undefined}
            >
              {mode.kind === 'edit'
                ? t('liveRoom.save')
                : mode.kind === 'hide'
                  ? t('liveRoom.hideConfirm')
                  : t('liveRoom.withdraw')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setMode({ kind: 'idle' })}>
              {t('form.cancel')}
            </button>
          </div>
        </form>
      )}
      {error && (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      )}

      {replies.length > 0 && (
        <ol className="message__replies">
          {replies.map((reply) => (
            <MessageItem
              key={reply.id}
              message={reply}
              replies={[]}
              personId={personId}
              table={table}
              live={live}
              serverNow={serverNow}
              onReply={null}
              changes={changes}
            />
          ))}
        </ol>
      )}
    </li>
  );
});
