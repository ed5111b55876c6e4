import { useCallback, useEffect, useReducer, useRef } from 'react';
import { io, type Socket } from 'socket.io-client';
import type {
  Attendance,
  ClientToServerEvents,
  PresentPerson,
  Result,
  RoomSnapshot,
  ServerToClientEvents,
} from '@shared/events';
import type { AssemblyPhase } from '@shared/rules/assemblies';
import type { RoomEvent, RoomMessage } from '@shared/schemas/room';
import { newClientId, pendingStore, type PendingMessage } from './pending';
import { emptyTimeline, withMessages, type Timeline } from './timeline';

type RoomSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** How long an acknowledgement may take on a slow line before the client tries again. */
const ACK_TIMEOUT_MS = 15_000;
/** When the server asked to wait (too many messages, a failure), the next attempt comes after this. */
const RETRY_MS = 10_000;
/** Refusals that pass: the message stays queued and is sent again. */
const passing = new Set(['internal', 'too_many_messages']);

export type Connection = 'connecting' | 'online' | 'reconnecting' | 'offline' | 'refused';
export type Refusal = { code: string; message: string };

export interface RoomState {
  connection: Connection;
  /** The server's answer to joining (null until it came). */
  room: Omit<RoomSnapshot, 'messages' | 'cursor' | 'present' | 'partial' | 'attendance'> | null;
  /** Milliseconds to add to the local clock to read the server's. */
  clockOffsetMs: number;
  timeline: Timeline;
  present: PresentPerson[];
  /** The quorum meter's figures, live. */
  attendance: Attendance | null;
  pending: PendingMessage[];
  /** Why this person cannot be in the room (not signed in, link of another assembly, removed). */
  refusal: Refusal | null;
  /** Changes each time the votes changed: the voting panel reads them again. */
  motionsVersion: number;
}

type Action =
  | { type: 'connection'; connection: Connection }
  | { type: 'joined'; snapshot: RoomSnapshot }
  | { type: 'events'; events: RoomEvent[] }
  | { type: 'presence'; present: PresentPerson[]; attendance: Attendance }
  | { type: 'phase'; phase: AssemblyPhase; serverNow: string }
  | { type: 'motions' }
  | { type: 'refused'; refusal: Refusal }
  | { type: 'queue'; message: PendingMessage }
  | { type: 'acked'; clientId: string | null; message: RoomMessage }
  | { type: 'pendingRefused'; clientId: string; refusal: Refusal }
  | { type: 'retry'; clientId: string }
  | { type: 'discard'; clientId: string };

function reduce(state: RoomState, action: Action): RoomState {
  switch (action.type) {
    case 'connection':
      return state.connection === action.connection || state.connection === 'refused'
        ? state
        : { ...state, connection: action.connection };
    case 'joined': {
      const { messages, cursor, present, attendance, partial: _partial, ...room } = action.snapshot;
      return {
        ...state,
        connection: 'online',
        room,
        clockOffsetMs: Date.parse(room.serverNow) - Date.now(),
        timeline: withMessages(state.timeline, messages, cursor),
        present,
        attendance,
        refusal: null,
      };
    }
    case 'events': {
      let timeline = state.timeline;
      for (const event of action.events) timeline = withMessages(timeline, [event.message], event.cursor);
      return timeline === state.timeline ? state : { ...state, timeline };
    }
    case 'presence':
      return { ...state, present: action.present, attendance: action.attendance };
    case 'phase':
      return state.room
        ? { ...state, room: { ...state.room, phase: action.phase, serverNow: action.serverNow } }
        : state;
    case 'motions':
      return { ...state, motionsVersion: state.motionsVersion + 1 };
    case 'refused':
      return { ...state, connection: 'refused', refusal: action.refusal };
    case 'queue':
      return { ...state, pending: [...state.pending, action.message] };
    case 'acked':
      return {
        ...state,
        timeline: withMessages(state.timeline, [action.message]),
        pending: state.pending.filter((message) => message.clientId !== action.clientId),
      };
    case 'pendingRefused':
      return {
        ...state,
        pending: state.pending.map((message) =>
          message.clientId === action.clientId ? { ...message, refusal: action.refusal } : message,
        ),
      };
    case 'retry':
      return {
        ...state,
        pending: state.pending.map((message) =>
          message.clientId === action.clientId ? { ...message, refusal: null } : message,
        ),
      };
    case 'discard':
      return { ...state, pending: state.pending.filter((message) => message.clientId !== action.clientId) };
  }
}

type Emit = <E extends keyof ClientToServerEvents>(
  event: E,
  input: Parameters<ClientToServerEvents[E]>[0],
) => Promise<Parameters<Parameters<ClientToServerEvents[E]>[1]>[0]>;

const offline: Refusal = { code: 'offline', message: 'offline' };

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
  const [state, dispatch] = useReducer(reduce, undefined, () => ({
    connection: 'connecting' as Connection,
    room: null,
    clockOffsetMs: 0,
    timeline: emptyTimeline,
    present: [],
    attendance: null,
    pending: pendingStore.read(assemblyId, personId),
    refusal: null,
    motionsVersion: 0,
  }));
  const socketRef = useRef<RoomSocket | null>(null);
  const stateRef = useRef(state);
  stateRef.current = state;
  const joinedRef = useRef(false);
  const flushingRef = useRef(false);
  const retryTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const agendaChanged = useRef(onAgendaChanged);
  agendaChanged.current = onAgendaChanged;

  const emit: Emit = useCallback(async (event, input) => {
    const socket = socketRef.current;
    if (!socket?.connected) return { ok: false, error: offline } as never;
    try {
      const timed = socket.timeout(ACK_TIMEOUT_MS) as unknown as {
        emitWithAck(event: string, input: unknown): Promise<never>;
      };
      return await timed.emitWithAck(event, input);
    } catch {
      return { ok: false, error: { code: 'timeout', message: 'timeout' } } as never;
    }
  }, []);

  /** Sends the queued messages, oldest first, while connected. */
  const flush = useCallback(async () => {
    if (flushingRef.current || !joinedRef.current) return;
    flushingRef.current = true;
    try {
      for (;;) {
        const next = stateRef.current.pending.find((message) => !message.refusal);
        if (!next || !socketRef.current?.connected) return;
        const result = await emit('message:post', {
          assemblyId,
          thread: next.thread,
          body: next.body,
          replyTo: next.replyTo,
          clientId: next.clientId,
        });
        if (result.ok) {
          dispatch({ type: 'acked', clientId: next.clientId, message: result.value.message });
          stateRef.current = {
            ...stateRef.current,
            pending: stateRef.current.pending.filter((message) => message.clientId !== next.clientId),
          };
        } else if (result.error.code === 'offline') {
          return;
        } else if (result.error.code === 'timeout' || passing.has(result.error.code)) {
          clearTimeout(retryTimer.current);
          retryTimer.current = setTimeout(() => void flush(), RETRY_MS);
          return;
        } else {
          dispatch({ type: 'pendingRefused', clientId: next.clientId, refusal: result.error });
          stateRef.current = {
            ...stateRef.current,
            pending: stateRef.current.pending.map((message) =>
              message.clientId === next.clientId ? { ...message, refusal: result.error } : message,
            ),
          };
        }
      }
    } finally {
      flushingRef.current = false;
    }
  }, [assemblyId, emit]);

  const join = useCallback(async () => {
    const after = joinedRef.current ? stateRef.current.timeline.cursor : undefined;
    const result = await emit('room:join', after ? { assemblyId, after } : { assemblyId });
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
  }, [assemblyId, emit, flush]);

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
      if (!socket.active) dispatch({ type: 'refused', refusal: { code: error.message, message: error.message } });
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
      if (payload.assemblyId !== assemblyId) return;
      dispatch({ type: 'phase', phase: payload.phase, serverNow: payload.serverNow });
      void join(); // whether this person may post follows the phase
    });
    socket.on('room:motions', (payload) => payload.assemblyId === assemblyId && dispatch({ type: 'motions' }));
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
  }, [assemblyId, join, flush]);

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
      dispatch({ type: 'queue', message });
      stateRef.current = { ...stateRef.current, pending: [...stateRef.current.pending, message] };
      void flush();
    },
    [flush],
  );
  const retry = useCallback(
    (clientId: string) => {
      dispatch({ type: 'retry', clientId });
      stateRef.current = {
        ...stateRef.current,
        pending: stateRef.current.pending.map((message) =>
          message.clientId === clientId ? { ...message, refusal: null } : message,
        ),
      };
      void flush();
    },
    [flush],
  );
  const discard = useCallback((clientId: string) => dispatch({ type: 'discard', clientId }), []);

  /** A change of a message (edit, withdraw, hide, pin): applied as the server acknowledges it. */
  const change = useCallback(
    async <E extends 'message:edit' | 'message:withdraw' | 'message:hide' | 'message:pin'>(
      event: E,
      input: Parameters<ClientToServerEvents[E]>[0],
    ): Promise<Result<RoomEvent>> => {
      const result = (await emit(event, input)) as Result<RoomEvent>;
      // The change itself, not the cursor: changes of others before it may still be on their way.
      if (result.ok) dispatch({ type: 'acked', clientId: null, message: result.value.message });
      return result;
    },
    [emit],
  );

  return { state, post, retry, discard, change };
}
