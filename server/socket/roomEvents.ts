import type { Socket } from 'socket.io';
import type { ZodType } from 'zod';
import type {
  Attendance,
  ClientToServerEvents,
  PresentPerson,
  Result,
  ServerToClientEvents,
  SocketData,
} from '@shared/events';
import { assemblyPhase } from '@shared/rules/assemblies';
import { messageForReader } from '@shared/rules/discussion';
import type { Actor } from '@shared/rules/permissions';
import {
  messageEditSchema,
  messageHideSchema,
  messageInputSchema,
  messagePinSchema,
  messageRefSchema,
  roomHistorySchema,
  roomJoinSchema,
  type RoomEvent,
} from '@shared/schemas/room';
import type { Context } from '../context';
import { isTable, postingRefusal, roomAssembly, speaksFor } from '../commands/room/roomAccess';
import { postMessage } from '../commands/room/postMessage';
import { editMessage, hideMessage, pinMessage, withdrawMessage } from '../commands/room/changeMessage';
import { recordAttendance } from '../commands/room/recordAttendance';

export type RoomSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

/** What an event's handler works with: the person's connection and what it shares with the room. */
export interface RoomConnection {
  ctx: Context;
  socket: RoomSocket;
  /** Who acts through this connection, while its session lasts (a signed-out session acts no more). */
  actor(): Promise<Actor | null>;
  /** Enters an assembly's room (and the Table's side of it). */
  enter(assemblyId: string, table: boolean): Promise<void>;
  /** Sends a change to the room: members see hidden words removed, the Table sees them. */
  broadcast(event: RoomEvent): void;
  announcePresence(assemblyId: string): void;
  /** Who is in the room on this web process (the announcement that follows gives the whole room). */
  presentHere(assemblyId: string): Promise<PresentPerson[]>;
  attendance(assemblyId: string): Promise<Attendance>;
}

type Input<E extends keyof ClientToServerEvents> = Parameters<ClientToServerEvents[E]>[0];
type Answer<E extends keyof ClientToServerEvents> = Parameters<ClientToServerEvents[E]>[1] extends (
  result: Result<infer T>,
) => void
  ? T
  : never;

/** One event a browser may send: the shared schema of its input, and what answers it. */
export interface RoomEventSpec<E extends keyof ClientToServerEvents> {
  schema: ZodType<Input<E>>;
  handle: (room: RoomConnection, input: Input<E>) => Promise<Answer<E>>;
}

/** A change to a message by its author or the Table, told to the whole room. */
const change =
  (run: (ctx: Context, actor: Actor | null, scope: string | null, input: never) => Promise<RoomEvent>) =>
  async (room: RoomConnection, input: unknown) => {
    const event = await run(room.ctx, await room.actor(), room.socket.data.scope, input as never);
    room.broadcast(event);
    return event;
  };

/**
 * Every event a browser may send the live room, with its schema and handler: the room is built from
 * this table and the input tests walk it, so every event is parsed and answered by construction.
 */
export const roomEvents: { [E in keyof ClientToServerEvents]: RoomEventSpec<E> } = {
  'room:join': {
    schema: roomJoinSchema,
    handle: async (room, { assemblyId, after }) => {
      const { ctx, socket } = room;
      // The sequence is read before the assembly and the clock: a phase announced after it has a greater number.
      const [actor, phaseSeq] = await Promise.all([room.actor(), ctx.live.phaseSequence(assemblyId)]);
      const person = actor as Actor;
      const assembly = await roomAssembly(ctx, person, socket.data.scope, assemblyId);
      const now = ctx.now();
      const table = isTable(person, socket.data.scope);
      const speaking = speaksFor(person);
      (socket.data as SocketData & { presence?: PresentPerson }).presence = {
        personId: person.personId,
        name: person.name,
        memberNos: speaking.map((member) => member.memberNo),
      };
      await room.enter(assemblyId, table);
      await recordAttendance(ctx, assembly, person, now);
      const { messages, cursor } = after ? await changedSince(ctx, assemblyId, after) : await ctx.room.all(assemblyId);
      const cannotPost = postingRefusal(assembly, speaking, now);
      room.announcePresence(assemblyId);
      return {
        assemblyId,
        phase: assemblyPhase(assembly, now),
        phaseSeq,
        opensAt: assembly.opensAt,
        closesAt: assembly.closesAt,
        serverNow: now.toISOString(),
        messages: messages.map((message) => messageForReader(message, { table })),
        partial: after !== undefined,
        cursor,
        present: await room.presentHere(assemblyId),
        attendance: await room.attendance(assemblyId),
        canPost: { ok: !cannotPost, reason: cannotPost?.code ?? 'ok' },
        table,
      };
    },
  },
  'room:history': {
    schema: roomHistorySchema,
    handle: async (room, { assemblyId, after }) => {
      const actor = await room.actor();
      await roomAssembly(room.ctx, actor, room.socket.data.scope, assemblyId);
      const table = isTable(actor as Actor, room.socket.data.scope);
      return (await room.ctx.room.after(assemblyId, after)).map((event) => ({
        ...event,
        message: messageForReader(event.message, { table }),
      }));
    },
  },
  'message:post': {
    schema: messageInputSchema,
    handle: async (room, input) => {
      const { event, created } = await postMessage(room.ctx, await room.actor(), room.socket.data.scope, input);
      if (created) room.broadcast(event);
      return event;
    },
  },
  'message:edit': { schema: messageEditSchema, handle: change(editMessage) },
  'message:withdraw': { schema: messageRefSchema, handle: change(withdrawMessage) },
  'message:hide': { schema: messageHideSchema, handle: change(hideMessage) },
  'message:pin': { schema: messagePinSchema, handle: change(pinMessage) },
};

/** The latest state of each message changed after `cursor` (a client coming back after a while). */
async function changedSince(ctx: Context, assemblyId: string, cursor: string) {
  const events = await ctx.room.after(assemblyId, cursor, Number.MAX_SAFE_INTEGER);
  const latest = new Map(events.map((event) => [event.message.id, event.message]));
  return { messages: [...latest.values()], cursor: events.at(-1)?.cursor ?? cursor };
}
