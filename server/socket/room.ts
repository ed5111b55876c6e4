import type { Server } from 'socket.io';
import type { Attendance, ClientToServerEvents, PresentPerson, ServerToClientEvents, SocketData } from '@shared/events';
import { messageForReader } from '@shared/rules/discussion';
import { requiredQuorum } from '@shared/rules/quorum';
import type { RoomEvent } from '@shared/schemas/room';
import { loadActor } from '../auth/actor';
import { readCookie } from '../auth/cookies';
import { sessionCookie } from '../http/identity';
import { storeUnavailable } from '../http/errors';
import { Refusal } from '../commands/refusal';
import { isRedisUnavailable } from '../redis/connection';
import { isCrossSite } from '../http/crossSite';
import type { Context, LiveEvent } from '../context';
import { presenceCounts } from '../queries/presence';
import { acknowledged, refusedConnection } from './acknowledge';
import { roomEvents, type RoomConnection, type RoomEventSpec, type RoomSocket } from './roomEvents';

export type RoomServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

const roomOf = (assemblyId: string) => `assembly:${assemblyId}`;
const tableRoomOf = (assemblyId: string) => `assembly:${assemblyId}:table`;
const personRoomOf = (personId: string) => `person:${personId}`;

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
    if (isCrossSite(socket.request.headers, ctx.baseUrl)) return next(refusedConnection(new Refusal('cross_site', {})));
    const sessionId = readCookie(socket.request, sessionCookie);
    const session = sessionId ? await sessionWhenReachable(ctx, socket, sessionId).catch(() => undefined) : null;
    if (session === undefined) return next(refusedConnection(storeUnavailable()));
    if (!session || !sessionId) return next(refusedConnection(new Refusal('sign_in_required', { context: 'room' })));
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

  /**
   * Sends a change to the room: members see hidden words removed, the Table sees them. To every web
   * process's sockets, or (`local`) to this process's only, when each process is told on its own.
   */
  const broadcast = (event: RoomEvent, local = false) => {
    const assemblyId = event.message.assemblyId;
    const to = local ? io.local : io;
    to.to(roomOf(assemblyId))
      .except(tableRoomOf(assemblyId))
      .emit('room:event', { ...event, message: messageForReader(event.message, { table: false }) });
    to.to(tableRoomOf(assemblyId)).emit('room:event', {
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

  io.on('connection', (socket: RoomSocket) => {
    if (socket.data.personId) void socket.join(personRoomOf(socket.data.personId));
    const joined = new Set<string>();
    const connection: RoomConnection = {
      ctx,
      socket,
      actor: () => actorOf(socket),
      enter: async (assemblyId, table) => {
        await socket.join(table ? [roomOf(assemblyId), tableRoomOf(assemblyId)] : [roomOf(assemblyId)]);
        joined.add(assemblyId);
      },
      broadcast,
      announcePresence,
      presentHere: (assemblyId) => presentIn(assemblyId, 'here'),
      attendance: attendanceOf,
    };
    for (const [event, spec] of Object.entries(roomEvents) as Array<[keyof ClientToServerEvents, RoomEventSpec<never>]>)
      socket.on(
        event,
        acknowledged(spec.schema, (input: never) => spec.handle(connection, input)),
      );
    socket.on('disconnect', () => {
      for (const assemblyId of joined) announcePresence(assemblyId);
    });
  });

  // What the worker and the other web processes announce: every process acts on its own sockets.
  ctx.live.listen(subscriber, (event) => {
    // Redis unreachable for a moment: this notice is lost, clients read the state again when they reconnect.
    tellSockets(event).catch(() => {});
  });
  const tellSockets = async (event: LiveEvent) => {
    if (event.type === 'assembly.phase')
      io.local.to(roomOf(event.assemblyId)).emit('room:phase', {
        assemblyId: event.assemblyId,
        phase: event.phase,
        seq: event.seq,
        serverNow: ctx.now().toISOString(),
      });
    if (event.type === 'motions.changed')
      io.local.to(roomOf(event.assemblyId)).emit('room:motions', { assemblyId: event.assemblyId });
    if (event.type === 'votes.opened' && event.personIds.length > 0)
      io.local
        .to(event.personIds.map(personRoomOf))
        .emit('room:voteOpened', { assemblyId: event.assemblyId, title: event.title });
    if (event.type === 'message.posted') {
      const message = await ctx.room.get(event.assemblyId, event.messageId);
      if (message) broadcast({ cursor: message.id, message }, true);
    }
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
