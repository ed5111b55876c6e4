import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AssemblyView } from '@shared/api/assemblies';
import type { PresentPerson } from '@shared/events';
import type { RoomMessage, SpeaksFor } from '@shared/schemas/room';
import { signInPath, paths } from '../../app/paths';
import { ItemElections } from '../voting/ItemElections';
import { ItemVotes } from '../voting/ItemVotes';
import { ClosedRoom } from './ClosedRoom';
import { useWaitingVotes } from '../voting/waitingVotes';
import { WaitingVotesBanner } from '../voting/WaitingVotesBanner';
import { Composer } from './Composer';
import { ThreadTabs } from './ThreadTabs';
import { PendingList } from './PendingList';
import { useRefusalText } from './refusalText';
import { MembersFor } from './MembersFor';
import { MessageItem, type ChangeMessage } from './MessageItem';
import { threadCounts, threadOf } from './timeline';
import type { Connection } from './roomState';
import { useRoom } from './useRoom';

interface Props {
  view: AssemblyView;
  personId: string;
  /** The members this person speaks for (S.2), as the header of the room reminds it. */
  speaksFor: SpeaksFor[];
  /** The agenda changed on the day: the page reads the assembly again. */
  onAgendaChanged?: () => void;
}

/**
 * The assembly room (R.6): one thread per agenda item and a general one, who is here, what this
 * person may write, and the state of the connection, said plainly.
 */
export default function LiveRoom({ view, personId, speaksFor, onAgendaChanged }: Props) {
  const { t } = useTranslation();
  const { assembly } = view;
  const { state, post, retry, discard, change, dismissVotesOpened } = useRoom(
    assembly.id,
    personId,
    view.phase,
    onAgendaChanged,
  );
  const refusalText = useRefusalText();
  const [thread, setThread] = useState<string>(assembly.agenda[0]?.id ?? 'general');
  const [replyTo, setReplyTo] = useState<RoomMessage | null>(null);
  // Votes waiting for this person: read again when the room says votes changed, or when it votes.
  const [voted, setVoted] = useState(0);
  const waiting = useWaitingVotes(
    assembly.id,
    state.motionsVersion + voted,
    state.room?.phase === 'open',
    (itemId) => assembly.agenda.find((item) => item.id === itemId)?.title ?? '',
  );
  const waitingItems = new Set(waiting.map((vote) => vote.itemId));
  const onVoted = useCallback(() => setVoted((count) => count + 1), []);

  const threads = useMemo(
    () => [
      ...assembly.agenda.map((item, index) => ({
        id: item.id,
        title: t('liveRoom.itemThread', { no: index + 1, title: item.title }),
      })),
      { id: 'general', title: t('liveRoom.general') },
    ],
    [assembly.agenda, t],
  );
  const counts = useMemo(() => threadCounts(state.timeline), [state.timeline]);
  const current = threads.find((candidate) => candidate.id === thread) ?? threads[0]!;
  const { pinned, messages } = useMemo(() => threadOf(state.timeline, current.id), [state.timeline, current.id]);
  const offset = state.clockOffsetMs;
  const serverNow = useCallback(() => new Date(Date.now() + offset), [offset]);
  const changes: ChangeMessage = useMemo(
    () => ({
      edit: (messageId, body) => change('message:edit', { assemblyId: assembly.id, messageId, body }),
      withdraw: (messageId) => change('message:withdraw', { assemblyId: assembly.id, messageId }),
      hide: (messageId, reason) => change('message:hide', { assemblyId: assembly.id, messageId, reason }),
      pin: (messageId, pinned) => change('message:pin', { assemblyId: assembly.id, messageId, pinned }),
    }),
    [assembly.id, change],
  );

  const isElectionItem = (itemId: string) => assembly.agenda.find((item) => item.id === itemId)?.kind === 'election';
  const room = state.room;
  const live = room?.phase === 'open';
  // A closed room is read, not joined: its results and minutes, not who is connected.
  const closed = view.phase === 'closed' || view.phase === 'minutes_published';
  const canPost = room?.canPost.ok ?? false;
  const pending = state.pending.filter((message) => message.thread === current.id);
  const onReply = useCallback((message: RoomMessage) => setReplyTo(message), []);

  if (state.refusal) {
    return (
      <section className="live-room" aria-labelledby="live-room-title">
        <h2 id="live-room-title">{t('liveRoom.title')}</h2>
        <div className="status status--error" role="alert">
          <p>{t('liveRoom.refused', { reason: refusalText(state.refusal) })}</p>
          {(state.refusal.code === 'sign_in_required' || state.refusal.code === 'link_scope') && (
            <Link className="button" to={signInPath(paths.assembly(assembly.id))}>
              {t('liveRoom.signIn')}
            </Link>
          )}
        </div>
      </section>
    );
  }

  return (
    <section
      className={`live-room live-room--${room?.phase ?? 'loading'}`}
      aria-labelledby="live-room-title"
      data-testid="live-room"
    >
      <header className="live-room__head">
        <h2 id="live-room-title">{t('liveRoom.title')}</h2>
        {!closed && <ConnectionState connection={state.connection} />}
      </header>
      {closed ? (
        <ClosedRoom view={view} />
      ) : (
        <>
          <div className="you-speak-for">
            <MembersFor
              members={speaksFor}
              few={3}
              className="you-speak-for__members"
              names={(names) => t('liveRoom.youSpeakFor', { names })}
              many={(count) => t('liveRoom.youSpeakForMany', { count })}
            />
          </div>
          {state.votesOpened.length > 0 && (
            <div className="notice notice--info" role="status" data-testid="vote-opened">
              <p>
                {t('liveRoom.voteOpened', { count: state.votesOpened.length, titles: state.votesOpened.join(', ') })}
              </p>
              <button type="button" className="button button--secondary button--small" onClick={dismissVotesOpened}>
                {t('liveRoom.voteOpenedSeen')}
              </button>
            </div>
          )}
          <WaitingVotesBanner
            waiting={waiting}
            onGo={(itemId) => {
              setThread(itemId);
              setReplyTo(null);
              document.getElementById('thread-title')?.scrollIntoView({ block: 'start' });
            }}
          />
          <Presence present={state.present} />
        </>
      )}

      <ThreadTabs
        threads={threads}
        current={current.id}
        counts={counts}
        waiting={waitingItems}
        onPick={(id) => {
          setThread(id);
          setReplyTo(null);
        }}
      />

      <section className="thread" aria-labelledby="thread-title">
        <h3 id="thread-title" className="thread__title">
          {current.title}
        </h3>
        {current.id !== 'general' && room && isElectionItem(current.id) && (
          <ItemElections
            assemblyId={assembly.id}
            itemId={current.id}
            motionsVersion={state.motionsVersion}
            live={live}
            table={room.table}
            onVoted={onVoted}
          />
        )}
        {current.id !== 'general' && room && !isElectionItem(current.id) && (
          <ItemVotes
            view={view}
            itemId={current.id}
            motionsVersion={state.motionsVersion}
            live={live}
            table={room.table}
            attendance={state.attendance}
            onVoted={onVoted}
          />
        )}
        {pinned.length > 0 && (
          <section className="thread__pinned" aria-label={t('liveRoom.pinnedTitle')}>
            <h4>{t('liveRoom.pinnedTitle')}</h4>
            <ul className="plain-list">
              {pinned.map((message) => (
                <li key={message.id}>
                  <a href={`#m-${message.id}`}>
                    {message.author.name}: {message.body.slice(0, 140)}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        )}
        {room && messages.length === 0 && pending.length === 0 && <p className="hint">{t('liveRoom.empty')}</p>}
        <ol className="messages" aria-live="polite" aria-relevant="additions">
          {messages.map(({ message, replies }) => (
            <MessageItem
              key={message.id}
              message={message}
              replies={replies}
              personId={personId}
              table={room?.table ?? false}
              live={live}
              serverNow={serverNow}
              onReply={live && canPost ? onReply : null}
              changes={changes}
            />
          ))}
        </ol>
        {pending.length > 0 && (
          <PendingList pending={pending} connection={state.connection} onRetry={retry} onDiscard={discard} />
        )}
        {room && !canPost && room.canPost.reason in cannotPostKeys && (
          <p className="notice notice--info notice--block" data-testid="cannot-post">
            {t(`liveRoom.cannotPost.${room.canPost.reason as keyof typeof cannotPostKeys}`)}
          </p>
        )}
        {room && canPost && (
          <Composer
            threadTitle={current.title}
            replyTo={replyTo}
            onCancelReply={() => setReplyTo(null)}
            onSend={(body) => {
              post(current.id, body, replyTo?.id ?? null);
              setReplyTo(null);
            }}
          />
        )}
      </section>
    </section>
  );
}

const cannotPostKeys = {
  window_not_yet_open: 1,
  window_closed: 1,
  not_a_representative: 1,
  assembly_cancelled: 1,
} as const;

function ConnectionState({ connection }: { connection: Connection }) {
  const { t } = useTranslation();
  const text = connection === 'refused' ? '' : t(`liveRoom.${connection}`);
  return (
    <p
      className={`connection connection--${connection}`}
      role="status"
      data-testid="connection"
      data-state={connection}
    >
      {text}
    </p>
  );
}

function Presence({ present }: { present: PresentPerson[] }) {
  const { t } = useTranslation();
  return (
    <details className="presence">
      <summary>{t('liveRoom.present', { count: present.length })}</summary>
      <ul className="plain-list">
        {present.map((person) => (
          <li key={person.personId}>
            {person.name} <span className="muted">{t('liveRoom.presentFor', { count: person.memberNos.length })}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
