import type { Redis } from 'ioredis';
import type { RedisKeys } from './keys';
import { exportedKeys, ImportRefused, type ExportSummary } from './portable';
import { readExport, type Write } from './portableRead';

/**
 * Restores an export file (see portable.ts) into an empty store under `keys.prefix`. The whole
 * file is read and checked first; only then is it written, in pipelined MULTI batches. A write
 * that fails midway removes the keys written, so the store is empty again.
 */
export async function importStore(redis: Redis, keys: RedisKeys, file: string): Promise<ExportSummary> {
  await refuseUnlessEmpty(redis, keys);
  const names: Buffer[] = [];
  await readExport(file, (record) => {
    if (record.opens) names.push(record.name);
  });
  await refuseUnlessEmpty(redis, keys);

  const prefix = Buffer.from(`${keys.prefix}:`);
  const writer = batchWriter(redis);
  try {
    const summary = await readExport(file, (record) => writer.add(record.writes(Buffer.concat([prefix, record.name]))));
    await writer.finish();
    return summary;
  } catch (error) {
    await writer.finish().catch(() => {});
    const removed = await (async () => {
      for (let start = 0; start < names.length; start += 1000)
        await redis.unlink(...names.slice(start, start + 1000).map((name) => Buffer.concat([prefix, name])));
    })().then(
      () => 'the keys it had written were removed',
      () => `the store under the prefix "${keys.prefix}" may hold part of the file: empty it before importing again`,
    );
    throw new Error(`The import stopped while writing (${(error as Error).message}); ${removed}.`);
  }
}

async function refuseUnlessEmpty(redis: Redis, keys: RedisKeys): Promise<void> {
  const [found] = await exportedKeys(redis, keys, { first: true });
  if (found) {
    throw new ImportRefused(
      `The store under the prefix "${keys.prefix}" already holds data (for instance the key ${keys.prefix}:${found.name.toString()}): an export is imported only into an empty store.`,
    );
  }
}

/** Sends writes in MULTI batches, several batches in flight at once. */
function batchWriter(redis: Redis) {
  let batch = redis.multi();
  let queued = 0;
  let bytes = 0;
  let failure: Error | null = null;
  const inFlight: Array<Promise<void>> = [];
  const send = () => {
    if (queued === 0) return;
    inFlight.push(
      batch.exec().then(
        (replies) => {
          const failed = replies?.find(([error]) => error);
          if (!replies || failed) failure ??= failed?.[0] ?? new Error('a batch of writes was discarded');
        },
        (error: Error) => void (failure ??= error),
      ),
    );
    batch = redis.multi();
    queued = 0;
    bytes = 0;
  };
  const settle = async () => {
    await Promise.all(inFlight.splice(0));
    if (failure) throw failure;
  };
  return {
    async add(writes: Write[]): Promise<void> {
      for (const [command, ...args] of writes) {
        batch.call(command, ...args);
        queued++;
        for (const arg of args) bytes += arg.length;
      }
      if (queued >= 1000 || bytes >= 8 * 1024 * 1024) send();
      if (inFlight.length >= 8) await settle();
    },
    async finish(): Promise<void> {
      send();
      await settle();
    },
  };
}
