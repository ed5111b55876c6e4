import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { Server } from 'socket.io';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import type { Statutes } from '@shared/statutes';
import { publicUrl, type Config } from './config';
import {
  connectRedis,
  connectRedisForRequests,
  connectSentinels,
  checkRedisServer,
  requireRedisTarget,
} from './redis/connection';
import { closeQueues } from './queue/queues';
import { redisKeys } from './store/keys';
import { createContext } from './context';
import { createApp } from './app';
import { attachRooms, type RoomServer } from './socket/room';

export const defaultClientDir = fileURLToPath(new URL('../dist/client', import.meta.url));

export interface RunningWeb {
  port: number;
  io: RoomServer;
  close(): Promise<void>;
}

/** Starts one web process: the HTTP API, the built client and Socket.IO, all state in Redis. */
export async function startWeb(
  config: Config,
  options: { now?: () => Date; statutes?: Statutes; clientDir?: string } = {},
): Promise<RunningWeb> {
  // Requests fail at once while Redis is unreachable (503); the live rooms' streams wait for it to come back.
  const target = requireRedisTarget(config, 'web process');
  const redis = await connectRedisForRequests(target);
  const live = connectRedis(target);
  for (const warning of await checkRedisServer(redis, target)) console.warn(`web: ${warning}`);
  const sentinels = connectSentinels(target);
  const ctx = createContext(redis, config, { now: options.now, statutes: options.statutes, sentinels });
  // R.12: the founding statutes and internal rules are version 0, there from the first start.
  await ctx.texts.ensureFounding();
  const { queues } = ctx;
  // The Socket.IO adapter's keys live beside Agora's, under the install's prefix.
  const keys = redisKeys(config.REDIS_PREFIX);
  const app = createApp(ctx, options.clientDir ?? defaultClientDir);
  const httpServer = createServer(app);
  const io: RoomServer = new Server(httpServer, {
    adapter: createAdapter(live, {
      streamName: keys.socketStream,
      channelPrefix: keys.socketChannels,
      sessionKeyPrefix: keys.socketSessions,
    }),
    // A phone that loses its signal for up to two minutes gets back its rooms and what it missed.
    connectionStateRecovery: { maxDisconnectionDuration: 2 * 60_000, skipMiddlewares: false },
    maxHttpBufferSize: 64 * 1024,
    serveClient: false,
  });
  const subscriber = live.duplicate();
  subscriber.on('error', () => {});
  const rooms = attachRooms(io, ctx, subscriber);

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.PORT, config.HOST, () => resolve());
  });
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  ctx.baseUrl = publicUrl(config, port);

  return {
    port,
    io,
    async close() {
      rooms.close();
      await new Promise<void>((resolve) => {
        io.close(() => resolve()); // closes the HTTP server too
        httpServer.closeAllConnections();
      });
      await closeQueues(queues);
      subscriber.disconnect();
      for (const sentinel of sentinels) sentinel.disconnect();
      live.disconnect();
      redis.disconnect();
    },
  };
}
