import { useCallback, useEffect, useReducer, useRef } from 'react';
import { io } from 'socket.io-client';
import type { ClientToServerEvents, Result } from '@shared/events';
import type { AssemblyPhase } from '@shared/rules/assemblies';
import type { RoomEvent } from '@shared/schemas/room';
import { newClientId, pendingStore, type PendingMessage } from './pending';
import { initialRoomState, isNewPhase, reduceRoom, type RoomAction } from './roomState';
import { emitWithAck, type RoomSocket } from './roomSocket';
import type { RefusalSaid } from '../../ui/refusalText';

/** When the server asked to wait (too many messages, a failure), the next attempt comes after this. */
const RETRY_MS = 10_000;
/** Refusals that pass: the message stays queued and is sent again. */
const passing = new Set(['internal', 'too_many_messages', 'store_unconfirmed']);

/**
 * An assembly's live room: joins it over Socket.IO with the person's session, keeps the discussion
 * up to date, catches up after any absence (recovered connection, or "what changed after the last
 * change I saw"), and sends what the person writes once connected, each message once.
 */
export function useRoom(
  assemblyId: string,
  personId: string,
  serverPhase: AssemblyPhase,
  onAgendaChanged?: () => void,
) {
  const [state, dispatch] = useReducer(reduceRoom, undefined, () =>
    initialRoomState(pendingStore.read(assemblyId, personId)),
  );
  const socketRef = useRef<RoomSocket | null>(null);
  const stateRef = useRef(state);
  stateRef.current = state;
  const joinedRef = useRef(false);
  const flushingRef = useRef(false);
  const retryTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const agendaChanged = useRef(onAgendaChanged);
  agendaChanged.current = onAgendaChanged;

  /** A change of the outbox is seen at once by a `flush` under way, before React renders it. */
  const applyNow = useCallback((action: RoomAction) => {
    dispatch(action);
    stateRef.current = reduceRoom(stateRef.current, action);
  }, []);

  /** Sends the queued messages, oldest first, while connected. */
  const flush = useCallback(async () => {
    if (flushingRef.current || !joinedRef.current) return;
    flushingRef.current = true;
    try {
      for (;;) {
        const next = stateRef.current.pending.find((message) => !message.refusal);
        if (!next || !socketRef.current?.connected) return;
        const result = await emitWithAck(socketRef.current, 'message:post', {
          assemblyId,
          thread: next.thread,
          body: next.body,
          replyTo: next.replyTo,
          clientId: next.clientId,
        });
        if (result.ok) {
          applyNow({ type: 'acked', clientId: next.clientId, message: result.value.message });
        } else if (result.error.code === 'offline') {
          return;
        } else if (result.error.code === 'timeout' || passing.has(result.error.code)) {
          clearTimeout(retryTimer.current);
          retryTimer.current = setTimeout(() => void flush(), RETRY_MS);
          return;
        } else {
          applyNow({ type: 'pendingRefused', clientId: next.clientId, refusal: result.error });
        }
      }
    } finally {
      flushingRef.current = false;
    }
  }, [assemblyId, applyNow]);

  const join = useCallback(async () => {
    const after = joinedRef.current ? stateRef.current.timeline.cursor : undefined;
    const result = await emitWithAck(socketRef.current, 'room:join', after ? { assemblyId, after } : { assemblyId });
    if (result.ok) {
      joinedRef.current = true;
      dispatch({ type: 'joined', snapshot: result.value });
      void flush();
    } else if (result.error.code === 'timeout' || result.error.code === 'internal') {
      clearTimeout(retryTimer.current);
      retryTimer.current = setTimeout(() => void join(), RETRY_MS);
    } else if (result.error.code !== 'offline') {
      dispatch({ type: 'refused', refusal: result.error });
    }
  }, [assemblyId, flush]);

  useEffect(() => {
    // Long-polling first, then WebSocket when the network allows it: the room works behind any proxy.
    const socket: RoomSocket = io({ withCredentials: true });
    socketRef.current = socket;
    socket.on('connect', () => {
      dispatch({ type: 'connection', connection: 'online' });
      // A recovered connection is still in its rooms and got what it missed; otherwise join again.
      if (socket.recovered && joinedRef.current) void flush();
      else void join();
    });
    socket.on('disconnect', (reason) => {
      dispatch({ type: 'connection', connection: navigator.onLine ? 'reconnecting' : 'offline' });
      if (reason === 'io server disconnect' && !stateRef.current.refusal) socket.connect();
    });
    socket.on('connect_error', (error) => {
      // The server's refusal comes in `data`; an error of the transport has only its message.
      const refusal = (error as Error & { data?: RefusalSaid }).data;
      if (!socket.active)
        dispatch({ type: 'refused', refusal: refusal ?? { code: error.message, message: error.message } });
      else dispatch({ type: 'connection', connection: navigator.onLine ? 'reconnecting' : 'offline' });
    });
    socket.on(
      'room:event',
      (event) => event.message.assemblyId === assemblyId && dispatch({ type: 'events', events: [event] }),
    );
    socket.on(
      'room:presence',
      (payload) =>
        payload.assemblyId === assemblyId &&
        dispatch({ type: 'presence', present: payload.present, attendance: payload.attendance }),
    );
    socket.on('room:phase', (payload) => {
      // Seen already (an announcement repeated, or older than the join's answer): nothing changes.
      if (payload.assemblyId !== assemblyId || !isNewPhase(stateRef.current, payload.seq)) return;
      applyNow({ type: 'phase', phase: payload.phase, seq: payload.seq, serverNow: payload.serverNow });
      void join(); // whether this person may post follows the phase
    });
    socket.on('room:motions', (payload) => payload.assemblyId === assemblyId && dispatch({ type: 'motions' }));
    socket.on(
      'room:voteOpened',
      (payload) => payload.assemblyId === assemblyId && dispatch({ type: 'voteOpened', title: payload.title }),
    );
    socket.on('room:agenda', (payload) => payload.assemblyId === assemblyId && agendaChanged.current?.());
    socket.on('room:removed', (payload) =>
      dispatch({ type: 'refused', refusal: { code: 'removed', message: payload.reason } }),
    );

    const wentOffline = () => dispatch({ type: 'connection', connection: 'offline' });
    const cameBack = () => {
      if (!socket.connected) socket.connect();
    };
    window.addEventListener('offline', wentOffline);
    window.addEventListener('online', cameBack);
    return () => {
      clearTimeout(retryTimer.current);
      window.removeEventListener('offline', wentOffline);
      window.removeEventListener('online', cameBack);
      socket.disconnect();
      socketRef.current = null;
      joinedRef.current = false;
    };
  }, [assemblyId, join, flush, applyNow]);

  // The page learnt of a new phase (its own check at the opening or the closing): ask the room again.
  useEffect(() => {
    if (joinedRef.current) void join();
  }, [serverPhase, join]);

  useEffect(() => pendingStore.write(assemblyId, personId, state.pending), [assemblyId, personId, state.pending]);

  const post = useCallback(
    (thread: string, body: string, replyTo: string | null) => {
      const message: PendingMessage = {
        clientId: newClientId(),
        thread,
        body,
        replyTo,
        writtenAt: new Date().toISOString(),
        refusal: null,
      };
      applyNow({ type: 'queue', message });
      void flush();
    },
    [applyNow, flush],
  );
  const retry = useCallback(
    (clientId: string) => {
      applyNow({ type: 'retry', clientId });
      void flush();
    },
    [applyNow, flush],
  );
  const discard = useCallback((clientId: string) => dispatch({ type: 'discard', clientId }), []);

  /** A change of a message (edit, withdraw, hide, pin): applied as the server acknowledges it. */
  const change = useCallback(
    async <E extends 'message:edit' | 'message:withdraw' | 'message:hide' | 'message:pin'>(
      event: E,
      input: Parameters<ClientToServerEvents[E]>[0],
    ): Promise<Result<RoomEvent>> => {
      const result = (await emitWithAck(socketRef.current, event, input)) as Result<RoomEvent>;
      // The change itself, not the cursor: changes of others before it may still be on their way.
      if (result.ok) dispatch({ type: 'acked', clientId: null, message: result.value.message });
      return result;
    },
    [],
  );

  const dismissVotesOpened = useCallback(() => dispatch({ type: 'votesOpenedSeen' }), []);

  return { state, post, retry, discard, change, dismissVotesOpened };
}
