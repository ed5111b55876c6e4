import type { Redis } from 'ioredis';
import type { Delivery } from '@shared/api/assemblies';
import type { RedisKeys } from './keys';

/** Where each member's convocation stands: written by the convening command and the mail worker. */
export function deliveryStore(redis: Redis, keys: RedisKeys) {
  const store = {
    /** Writes several members' deliveries in one step (those of one sending, or of one person's e-mail). */
    async putAll(assemblyId: string, deliveries: Delivery[]): Promise<void> {
      if (deliveries.length === 0) return;
      await redis.hset(
        keys.deliveries(assemblyId),
        Object.fromEntries(deliveries.map((delivery) => [String(delivery.memberNo), JSON.stringify(delivery)])),
      );
    },

    async get(assemblyId: string, memberNo: number): Promise<Delivery | null> {
      const json = await redis.hget(keys.deliveries(assemblyId), String(memberNo));
      return json ? (JSON.parse(json) as Delivery) : null;
    },

    async list(assemblyId: string): Promise<Delivery[]> {
      return (await redis.hvals(keys.deliveries(assemblyId)))
        .map((json) => JSON.parse(json) as Delivery)
        .sort((a, b) => a.memberNo - b.memberNo);
    },

    async put(assemblyId: string, delivery: Delivery): Promise<void> {
      await redis.hset(keys.deliveries(assemblyId), String(delivery.memberNo), JSON.stringify(delivery));
    },

    async update(
      assemblyId: string,
      memberNo: number,
      change: (delivery: Delivery) => Delivery,
    ): Promise<Delivery | null> {
      const current = await store.get(assemblyId, memberNo);
      if (!current) return null;
      const next = change(current);
      await redis.hset(keys.deliveries(assemblyId), String(memberNo), JSON.stringify(next));
      return next;
    },
  };
  return store;
}
export type DeliveryStore = ReturnType<typeof deliveryStore>;
