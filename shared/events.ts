import type {
  RoomEvent,
  RoomMessage,
  MessageInput,
  MessageEdit,
  MessageRef,
  MessageHide,
  MessagePin,
} from './schemas/room';
import type { AssemblyPhase } from './rules/assemblies';

/** Every acknowledgement: the result, or a refusal a person can read. */
export type Result<T> =
  { ok: true; value: T } | { ok: false; error: { code: string; params?: Record<string, unknown>; message: string } };

/** Who is in the room now. */
export interface PresentPerson {
  personId: string;
  name: string;
  /** The members this person speaks for. */
  memberNos: number[];
}

/** The live quorum meter's figures (R.7): voting members present and represented, and the two thirds required. */
export interface Attendance {
  votingMembers: number;
  present: number;
  represented: number;
  required: number;
}

/** What a person receives on joining an assembly's room. */
export interface RoomSnapshot {
  assemblyId: string;
  /** The phase now, read from the clock (so a person joining after the opening reads "open" at once). */
  phase: AssemblyPhase;
  /** The sequence number of the last phase change announced: announcements at or below it are old news. */
  phaseSeq: number;
  opensAt: string;
  closesAt: string;
  /** Server time, so a client can correct its clock for the countdown. */
  serverNow: string;
  /** Every message, or when joining `after` a cursor, those changed since (`partial`). */
  messages: RoomMessage[];
  partial: boolean;
  /** The newest change included: ask for changes after it when reconnecting. */
  cursor: string;
  present: PresentPerson[];
  attendance: Attendance;
  /** Whether this person may post now, and why not. */
  canPost: { ok: boolean; reason: string };
  /** A member of the Table: may hide and pin. */
  table: boolean;
}

export interface ServerToClientEvents {
  /** A message was posted or changed (edited, withdrawn, hidden, pinned). */
  'room:event': (event: RoomEvent) => void;
  'room:presence': (payload: { assemblyId: string; present: PresentPerson[]; attendance: Attendance }) => void;
  /**
   * The room opened or closed, or its minutes came (the server's clock decides). `seq` grows with
   * each change announced: a client ignores one at or below the last it saw (a join says which).
   */
  'room:phase': (payload: { assemblyId: string; phase: AssemblyPhase; seq: number; serverNow: string }) => void;
  /** A vote was opened, ballots were cast, or results came: fetch the motions again. */
  'room:motions': (payload: { assemblyId: string }) => void;
  /** The Table opened a vote that waits for this person (some member it can vote for has not voted). */
  'room:voteOpened': (payload: { assemblyId: string; title: string }) => void;
  /** The agenda changed on the day (an adopted agenda change): read the assembly again. */
  'room:agenda': (payload: { assemblyId: string }) => void;
  /** This connection may no longer take part (the person no longer represents a member). */
  'room:removed': (payload: { reason: string }) => void;
}

export interface ClientToServerEvents {
  'room:join': (input: { assemblyId: string; after?: string }, ack: (result: Result<RoomSnapshot>) => void) => void;
  'room:history': (input: { assemblyId: string; after: string }, ack: (result: Result<RoomEvent[]>) => void) => void;
  'message:post': (input: MessageInput, ack: (result: Result<RoomEvent>) => void) => void;
  'message:edit': (input: MessageEdit, ack: (result: Result<RoomEvent>) => void) => void;
  'message:withdraw': (input: MessageRef, ack: (result: Result<RoomEvent>) => void) => void;
  'message:hide': (input: MessageHide, ack: (result: Result<RoomEvent>) => void) => void;
  'message:pin': (input: MessagePin, ack: (result: Result<RoomEvent>) => void) => void;
}

/** What the server keeps on each connection. */
export interface SocketData {
  personId: string | null;
  scope: string | null;
  /** The session the connection was opened with: once it ends (sign-out), the connection acts no more. */
  sessionId: string | null;
}
