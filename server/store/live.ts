import type { Redis } from 'ioredis';
import type { RedisKeys } from './keys';

/** What the worker and the web processes tell each other through Redis pub/sub. */
export type LiveEvent =
  | { type: 'person.changed'; personId: string }
  | { type: 'assembly.phase'; assemblyId: string }
  | { type: 'motions.changed'; assemblyId: string }
  /** The agenda changed on the day: clients read the assembly again. */
  | { type: 'assembly.changed'; assemblyId: string }
  /** A person signed out (here or everywhere): the room connections of those sessions close. */
  | { type: 'sessions.ended'; personId: string; sessionIds: string[] };

/** The channel every process of an install listens on, and whether Redis answers at all. */
export function liveStore(redis: Redis, keys: RedisKeys) {
  return {
    /** Tells every web process something changed (a room opened, a person's representation). */
    async publish(event: LiveEvent): Promise<void> {
      await redis.publish(keys.liveChannel, JSON.stringify(event));
    },
    /** Hears every event on a connection of its own (a subscribed connection does nothing else). */
    listen(subscriber: Redis, onEvent: (event: LiveEvent) => void): void {
      void subscriber.subscribe(keys.liveChannel);
      subscriber.on('message', (_channel: string, payload: string) => onEvent(JSON.parse(payload) as LiveEvent));
    },
    /** Resolves when Redis answers; rejects with its error otherwise. */
    async ping(): Promise<void> {
      await redis.ping();
    },
  };
}

export type LiveStore = ReturnType<typeof liveStore>;
