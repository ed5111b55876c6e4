import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { messageMaxLength } from '@shared/rules/discussion';
import type { RoomMessage } from '@shared/schemas/room';

interface Props {
  threadTitle: string;
  replyTo: RoomMessage | null;
  onCancelReply: () => void;
  onSend: (body: string) => void;
}

/** Where a representative writes: sent at once when connected, kept and sent later when not. */
export function Composer({ threadTitle, replyTo, onCancelReply, onSend }: Props) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const field = useRef<HTMLTextAreaElement>(null);
  const left = messageMaxLength - body.length;

  // "Reply" takes the person to where the reply is written (the thread may be long).
  useEffect(() => {
    if (replyTo) field.current?.focus();
  }, [replyTo]);

  const send = (event?: FormEvent) => {
    event?.preventDefault();
    if (body.trim() === '') {
      field.current?.focus();
      return;
    }
    onSend(body.trim());
    setBody('');
    field.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) send();
  };

  return (
    <form className="composer" onSubmit={send}>
      {replyTo && (
        <p className="composer__reply">
          <span id="composer-reply">{t('liveRoom.replyingTo', { name: replyTo.author.name })}</span>{' '}
          <button
            type="button"
            className="message__action"
            onClick={() => {
              onCancelReply();
              field.current?.focus();
            }}
          >
            {t('liveRoom.cancelReply')}
          </button>
        </p>
      )}
      <label className="field">
        <span className="field__label">{t('liveRoom.composeLabel', { thread: threadTitle })}</span>
        <textarea
          ref={field}
          name="message"
          rows={3}
          value={body}
          maxLength={messageMaxLength}
          onChange={(event) => setBody(event.target.value)}
          onKeyDown={onKeyDown}
          aria-describedby={replyTo ? 'composer-reply composer-hint' : 'composer-hint'}
        />
      </label>
      <div className="composer__foot">
        <span id="composer-hint" className="hint">
          {left < 500 ? t('liveRoom.charactersLeft', { count: left }) : t('liveRoom.composeHint')}
        </span>
        <button type="submit" className="button">
          {t('liveRoom.send')}
        </button>
      </div>
    </form>
  );
}
