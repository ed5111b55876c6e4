import type { Redis } from 'ioredis';
import type { AssemblyPhase } from '@shared/rules/assemblies';
import type { RedisKeys } from './keys';

/** What the worker and the web processes tell each other through Redis pub/sub. */
export type LiveEvent =
  | { type: 'person.changed'; personId: string }
  /** A room opened or closed, or its minutes came: `seq` grows by one with each phase announced. */
  | { type: 'assembly.phase'; assemblyId: string; phase: AssemblyPhase; seq: number }
  | { type: 'motions.changed'; assemblyId: string }
  /** The Table opened a vote: the people it waits for are told in the room. */
  | { type: 'votes.opened'; assemblyId: string; title: string; personIds: string[] }
  /** The agenda changed on the day: clients read the assembly again. */
  | { type: 'assembly.changed'; assemblyId: string }
  /** A message was posted elsewhere than through a room connection (a reply by e-mail): rooms show it. */
  | { type: 'message.posted'; assemblyId: string; messageId: string }
  /** A person signed out (here or everywhere): the room connections of those sessions close. */
  | { type: 'sessions.ended'; personId: string; sessionIds: string[] };

/** The channel every process of an install listens on, and whether Redis answers at all. */
export function liveStore(redis: Redis, keys: RedisKeys) {
  return {
    /** Tells every web process something changed (the motions, a person's representation). */
    async publish(event: Exclude<LiveEvent, { type: 'assembly.phase' }>): Promise<void> {
      await redis.publish(keys.liveChannel, JSON.stringify(event));
    },
    /**
     * Tells every web process an assembly's phase changed, once per phase of its window (`opensAt`):
     * the mark, the next sequence number and the publication are one step. Returns the sequence
     * number, or 0 when this phase was announced already.
     */
    async announcePhase(assembly: { id: string; opensAt: string }, phase: AssemblyPhase): Promise<number> {
      const event: Omit<Extract<LiveEvent, { type: 'assembly.phase' }>, 'seq'> = {
        type: 'assembly.phase',
        assemblyId: assembly.id,
        phase,
      };
      return redis.announcePhaseOnce(
        keys.phaseAnnounced(assembly.id, assembly.opensAt, phase),
        keys.phaseSequence(assembly.id),
        keys.liveChannel,
        JSON.stringify(event),
      );
    },
    /** How many phase changes of an assembly were announced: a joining client starts from it. */
    async phaseSequence(assemblyId: string): Promise<number> {
      return Number((await redis.get(keys.phaseSequence(assemblyId))) ?? 0);
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
