import type { Attendance, PresentPerson, RoomSnapshot } from '@shared/events';
import type { AssemblyPhase } from '@shared/rules/assemblies';
import type { RoomEvent, RoomMessage } from '@shared/schemas/room';
import type { RefusalSaid } from '../../ui/refusalText';
import type { PendingMessage } from './pending';
import { emptyTimeline, withMessages, type Timeline } from './timeline';

export type Connection = 'connecting' | 'online' | 'reconnecting' | 'offline' | 'refused';
export type Refusal = RefusalSaid;

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
  /** The votes the Table opened while this person was here, waiting for it, until it dismisses the notice. */
  votesOpened: string[];
}

export type RoomAction =
  | { type: 'connection'; connection: Connection }
  | { type: 'joined'; snapshot: RoomSnapshot }
  | { type: 'events'; events: RoomEvent[] }
  | { type: 'presence'; present: PresentPerson[]; attendance: Attendance }
  | { type: 'phase'; phase: AssemblyPhase; seq: number; serverNow: string }
  | { type: 'motions' }
  | { type: 'voteOpened'; title: string }
  | { type: 'votesOpenedSeen' }
  | { type: 'refused'; refusal: Refusal }
  | { type: 'queue'; message: PendingMessage }
  | { type: 'acked'; clientId: string | null; message: RoomMessage }
  | { type: 'pendingRefused'; clientId: string; refusal: Refusal }
  | { type: 'retry'; clientId: string }
  | { type: 'discard'; clientId: string };

/**
 * Whether an announced phase is news: the room was joined and it saw no change numbered as high
 * (a retried announcement, or one older than the join's answer, changes nothing).
 */
export function isNewPhase(
  state: RoomState,
  seq: number,
): state is RoomState & { room: NonNullable<RoomState['room']> } {
  return state.room !== null && seq > state.room.phaseSeq;
}

/** What the room knows after one more thing happened: the server said something, or the person wrote. */
export function reduceRoom(state: RoomState, action: RoomAction): RoomState {
  switch (action.type) {
    case 'connection':
      return state.connection === action.connection || state.connection === 'refused'
        ? state
        : { ...state, connection: action.connection };
    case 'joined': {
      const { messages, cursor, present, attendance, partial: _partial, ...joined } = action.snapshot;
      // An answer read before a phase change this room was told of keeps that change.
      const seen = state.room && state.room.phaseSeq > joined.phaseSeq ? state.room : null;
      const room = seen ? { ...joined, phase: seen.phase, phaseSeq: seen.phaseSeq } : joined;
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
      return isNewPhase(state, action.seq)
        ? { ...state, room: { ...state.room!, phase: action.phase, phaseSeq: action.seq, serverNow: action.serverNow } }
        : state;
    case 'motions':
      return { ...state, motionsVersion: state.motionsVersion + 1 };
    case 'voteOpened':
      return { ...state, votesOpened: [...state.votesOpened.filter((title) => title !== action.title), action.title] };
    case 'votesOpenedSeen':
      return { ...state, votesOpened: [] };
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

/** The room before the server answered: only the messages still waiting from an earlier visit. */
export function initialRoomState(pending: PendingMessage[]): RoomState {
  return {
    connection: 'connecting',
    room: null,
    clockOffsetMs: 0,
    timeline: emptyTimeline,
    present: [],
    attendance: null,
    pending,
    refusal: null,
    motionsVersion: 0,
    votesOpened: [],
  };
}
