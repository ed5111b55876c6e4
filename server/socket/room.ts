import type { Server, Socket } from 'socket.io';
import type { ZodType } from 'zod';
import type {
  Attendance,
  ClientToServerEvents,
  PresentPerson,
  Result,
  RoomSnapshot,
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
} from '@shared/schemas/room';
import type { RoomEvent } from '@shared/schemas/room';
import { loadActor } from '../auth/actor';
import { readCookie } from '../auth/cookies';
import { sessionCookie } from '../http/identity';
import { storeUnavailable } from '../http/errors';
import { isRedisUnavailable } from '../redis/connection';
import { isCrossSite } from '../http/crossSite';
import type { Context, LiveEvent } from '../context';
import { Refusal } from '../commands/refusal';
import { refusalAnswer } from '../http/refusalStatus';
import { isTable, postingVerdict, roomAssembly, RoomRefusal, speaksFor } from '../commands/room/roomAccess';
import { postMessage } from '../commands/room/postMessage';
import { editMessage, hideMessage, pinMessage, withdrawMessage } from '../commands/room/changeMessage';
import { recordAttendance } from '../commands/room/recordAttendance';
import { presenceCounts } from '../queries/presence';
import { requiredQuorum } from '@shared/rules/quorum';

export type RoomServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
type RoomSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

const roomOf = (assemblyId: string) => `assembly:${assemblyId}`;
const tableRoomOf = (assemblyId: string) => `assembly:${assemblyId}:table`;
const personRoomOf = (personId: string) => `person:${personId}`;

/** Runs a handler with its input parsed by the shared schema; every outcome is acknowledged. */
function handle<I, T>(schema: ZodType<I>, run: (input: I) => Promise<T>) {
  return async (...args: unknown[]) => {
    // The acknowledgement is always the last argument: an event sent without its input still gets its refusal.
    const ack = args.at(-1);
    const raw = args.length > 1 || typeof ack !== 'function' ? args[0] : undefined;
    const reply = typeof ack === 'function' ? (ack as (result: Result<T>) => void) : () => {};
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      reply({
        ok: false,
        error: { code: 'invalid_input', message: parsed.error.issues.map((issue) => issue.message).join('; ') },
      });
      return;
    }
    try {
      reply({ ok: true, value: await run(parsed.data) });
    } catch (error) {
      if (error instanceof RoomRefusal) reply({ ok: false, error: { code: error.code, message: error.message } });
      else if (error instanceof Refusal) {
        const { code, params, message } = refusalAnswer(error).body.error;
        reply({ ok: false, error: { code, params, message } });
      }
      // Redis unreachable for a moment: 'internal' is what browsers retry by themselves.
      else if (isRedisUnavailable(error))
        reply({ ok: false, error: { code: 'internal', message: storeUnavailable.message } });
      else {
        console.error('web: room handler failed', error);
        reply({
          ok: false,
          error: {
            code: 'internal',
            message: 'Something went wrong on the server; your message was not stored. Try again.',
          },
        });
      }
    }
  };
}

/**
 * The session of a connecting browser. While Redis cannot be reached the handshake waits for it
 * rather than refusing (a refused browser stops trying; a slow handshake is retried by the browser).
 */
async function sessionWhenReachable(ctx: Context, socket: RoomSocket, sessionId: string) {
  for (;;) {
    try {
      return await ctx.sessions.get(sessionId);
    } catch (error) {
      if (!isRedisUnavailable(error) || socket.conn.readyState !== 'open') throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

/**
 * The live rooms of the assemblies: the same session as the HTTP API (cookie), one Socket.IO room
 * per assembly shared by every web process through Redis, messages stored before they are
 * acknowledged or broadcast, presence, and the attendance register.
 */
export function attachRooms(io: RoomServer, ctx: Context, subscriber: import('ioredis').Redis): { close(): void } {
  io.use(async (socket, next) => {
    // A page of another site opening a room with the person's cookie (cross-site WebSocket hijacking).
    if (isCrossSite(socket.request.headers, ctx.baseUrl)) return next(new Error('cross_site'));
    const sessionId = readCookie(socket.request, sessionCookie);
    const session = sessionId ? await sessionWhenReachable(ctx, socket, sessionId).catch(() => undefined) : null;
    if (session === undefined) return next(new Error(storeUnavailable.code));
    if (!session || !sessionId) return next(new Error('sign_in_required'));
    socket.data.personId = session.personId;
    socket.data.scope = session.scope;
    socket.data.sessionId = sessionId;
    next();
  });

  /** Who acts through a connection, while its session lasts (a signed-out session acts no more). */
  const actorOf = async (socket: RoomSocket) => {
    const { personId, sessionId } = socket.data;
    if (!personId || !sessionId) return null;
    // Both asked at once: checking the session costs a message no extra round trip.
    const [session, actor] = await Promise.all([ctx.sessions.get(sessionId), loadActor(ctx, personId)]);
    return session ? actor : null;
  };

  /** Sends a change to the room: members see hidden words removed, the Table sees them. */
  const broadcast = (event: RoomEvent) => {
    const assemblyId = event.message.assemblyId;
    io.to(roomOf(assemblyId))
      .except(tableRoomOf(assemblyId))
      .emit('room:event', { ...event, message: messageForReader(event.message, { table: false }) });
    io.to(tableRoomOf(assemblyId)).emit('room:event', {
      ...event,
      message: messageForReader(event.message, { table: true }),
    });
  };

  /**
   * Who is in the room: across every web process for the (throttled) announcements, or only this
   * process's sockets when answering a join, so that a thousand joins at once do not each ask every
   * other process for its whole room (the announcement that follows completes the picture).
   */
  const presentIn = async (
    assemblyId: string,
    where: 'everywhere' | 'here' = 'everywhere',
  ): Promise<PresentPerson[]> => {
    const sockets = await (where === 'here' ? io.local : io).in(roomOf(assemblyId)).fetchSockets();
    const people = new Map<string, PresentPerson>();
    for (const socket of sockets) {
      const presence = (socket.data as SocketData & { presence?: PresentPerson }).presence;
      if (presence) people.set(presence.personId, presence);
    }
    return [...people.values()].sort((a, b) => a.name.localeCompare(b.name));
  };

  const attendanceOf = async (assemblyId: string): Promise<Attendance> => {
    const { votingMembers, present, represented } = await presenceCounts(ctx, assemblyId);
    return { votingMembers, present, represented, required: requiredQuorum(votingMembers, ctx.statutes) };
  };

  // One presence broadcast per room at most every half second, however many join at once.
  const pendingPresence = new Map<string, NodeJS.Timeout>();
  const announcePresence = (assemblyId: string) => {
    if (pendingPresence.has(assemblyId)) return;
    pendingPresence.set(
      assemblyId,
      setTimeout(async () => {
        pendingPresence.delete(assemblyId);
        try {
          const [present, attendance] = await Promise.all([presentIn(assemblyId), attendanceOf(assemblyId)]);
          io.local.to(roomOf(assemblyId)).emit('room:presence', { assemblyId, present, attendance });
        } catch {
          // Redis unreachable for a moment: the next join or leave announces presence again.
        }
      }, 500),
    );
  };

  /** The latest state of each message changed after `cursor` (a client coming back after a while). */
  const changedSince = async (assemblyId: string, cursor: string) => {
    const events = await ctx.room.after(assemblyId, cursor, Number.MAX_SAFE_INTEGER);
    const latest = new Map(events.map((event) => [event.message.id, event.message]));
    return { messages: [...latest.values()], cursor: events.at(-1)?.cursor ?? cursor };
  };

  io.on('connection', (socket: RoomSocket) => {
    if (socket.data.personId) void socket.join(personRoomOf(socket.data.personId));
    const joined = new Set<string>();

    socket.on(
      'room:join',
      handle(roomJoinSchema, async ({ assemblyId, after }): Promise<RoomSnapshot> => {
        const actor = await actorOf(socket);
        const assembly = await roomAssembly(ctx, actor, socket.data.scope, assemblyId);
        const person = actor as Actor;
        const now = ctx.now();
        const table = isTable(person, socket.data.scope);
        const speaking = speaksFor(person);
        (socket.data as SocketData & { presence?: PresentPerson }).presence = {
          personId: person.personId,
          name: person.name,
          memberNos: speaking.map((member) => member.memberNo),
        };
        await socket.join(table ? [roomOf(assemblyId), tableRoomOf(assemblyId)] : [roomOf(assemblyId)]);
        joined.add(assemblyId);
        await recordAttendance(ctx, assembly, person, now);
        const { messages, cursor } = after ? await changedSince(assemblyId, after) : await ctx.room.all(assemblyId);
        const canPost = postingVerdict(assembly, speaking, now);
        announcePresence(assemblyId);
        return {
          assemblyId,
          phase: assemblyPhase(assembly, now),
          opensAt: assembly.opensAt,
          closesAt: assembly.closesAt,
          serverNow: now.toISOString(),
          messages: messages.map((message) => messageForReader(message, { table })),
          partial: after !== undefined,
          cursor,
          present: await presentIn(assemblyId, 'here'),
          attendance: await attendanceOf(assemblyId),
          canPost: { ok: canPost.ok, reason: canPost.code },
          table,
        };
      }),
    );

    socket.on(
      'room:history',
      handle(roomHistorySchema, async ({ assemblyId, after }) => {
        const actor = await actorOf(socket);
        await roomAssembly(ctx, actor, socket.data.scope, assemblyId);
        const table = isTable(actor as Actor, socket.data.scope);
        return (await ctx.room.after(assemblyId, after)).map((event) => ({
          ...event,
          message: messageForReader(event.message, { table }),
        }));
      }),
    );

    socket.on(
      'message:post',
      handle(messageInputSchema, async (input) => {
        const { event, created } = await postMessage(ctx, await actorOf(socket), socket.data.scope, input);
        if (created) broadcast(event);
        return event;
      }),
    );
    const changeHandler = <I>(
      schema: ZodType<I>,
      run: (actor: Actor | null, scope: string | null, input: I) => Promise<RoomEvent>,
    ) =>
      handle(schema, async (input: I) => {
        const event = await run(await actorOf(socket), socket.data.scope, input);
        broadcast(event);
        return event;
      });
    socket.on(
      'message:edit',
      changeHandler(messageEditSchema, (actor, scope, input) => editMessage(ctx, actor, scope, input)),
    );
    socket.on(
      'message:withdraw',
      changeHandler(messageRefSchema, (actor, scope, input) => withdrawMessage(ctx, actor, scope, input)),
    );
    socket.on(
      'message:hide',
      changeHandler(messageHideSchema, (actor, scope, input) => hideMessage(ctx, actor, scope, input)),
    );
    socket.on(
      'message:pin',
      changeHandler(messagePinSchema, (actor, scope, input) => pinMessage(ctx, actor, scope, input)),
    );

    socket.on('disconnect', () => {
      for (const assemblyId of joined) announcePresence(assemblyId);
    });
  });

  // What the worker and the other web processes announce: every process acts on its own sockets.
  void subscriber.subscribe(ctx.keys.liveChannel);
  subscriber.on('message', (_channel: string, payload: string) => {
    // Redis unreachable for a moment: this notice is lost, clients read the state again when they reconnect.
    tellSockets(JSON.parse(payload) as LiveEvent).catch(() => {});
  });
  const tellSockets = async (event: LiveEvent) => {
    if (event.type === 'assembly.phase') {
      const assembly = await ctx.assemblies.get(event.assemblyId);
      if (!assembly) return;
      const now = ctx.now();
      io.local.to(roomOf(assembly.id)).emit('room:phase', {
        assemblyId: assembly.id,
        phase: assemblyPhase(assembly, now),
        serverNow: now.toISOString(),
      });
    }
    if (event.type === 'motions.changed')
      io.local.to(roomOf(event.assemblyId)).emit('room:motions', { assemblyId: event.assemblyId });
    if (event.type === 'assembly.changed')
      io.local.to(roomOf(event.assemblyId)).emit('room:agenda', { assemblyId: event.assemblyId });
    if (event.type === 'sessions.ended') {
      const ended = new Set(event.sessionIds);
      for (const socket of await io.local.in(personRoomOf(event.personId)).fetchSockets()) {
        if (!socket.data.sessionId || !ended.has(socket.data.sessionId)) continue;
        // Sent on this process only, so that it leaves before the connection closes.
        io.local
          .to(socket.id)
          .emit('room:removed', { reason: 'You signed out. Sign in again to come back to the room.' });
        io.local.in(socket.id).disconnectSockets(true);
      }
    }
    if (event.type === 'person.changed') {
      const actor = await loadActor(ctx, event.personId);
      if (actor && (actor.represents.length > 0 || actor.secretariat || actor.seats.length > 0)) return;
      io.local
        .to(personRoomOf(event.personId))
        .emit('room:removed', { reason: 'You no longer represent any member of the network.' });
      io.local.in(personRoomOf(event.personId)).disconnectSockets(true);
    }
  };

  return {
    close() {
      for (const timer of pendingPresence.values()) clearTimeout(timer);
      pendingPresence.clear();
    },
  };
}
