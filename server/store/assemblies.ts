import type { Redis } from 'ioredis';
import type { Assembly, AssemblyDocument } from '@shared/schemas/assembly';
import type { RedisKeys } from './keys';

type Stored = Assembly & { version: number };

export class AssemblyConflict extends Error {
  override name = 'AssemblyConflict';
}

/** The only code that knows how assemblies and their documents are laid out in Redis. */
export function assemblyStore(redis: Redis, keys: RedisKeys) {
  const store = {
    async get(id: string): Promise<Assembly | null> {
      const json = await redis.hget(keys.assemblies, id);
      if (!json) return null;
      const { version: _version, ...assembly } = JSON.parse(json) as Stored;
      return assembly;
    },

    async all(): Promise<Assembly[]> {
      const values = await redis.hvals(keys.assemblies);
      return values
        .map((json) => {
          const { version: _version, ...assembly } = JSON.parse(json) as Stored;
          return assembly;
        })
        .sort((a, b) => b.opensAt.localeCompare(a.opensAt));
    },

    async create(assembly: Assembly): Promise<void> {
      const created = await redis.hsetnx(keys.assemblies, assembly.id, JSON.stringify({ ...assembly, version: 1 }));
      if (created !== 1) throw new AssemblyConflict(`An assembly ${assembly.id} exists already.`);
    },

    /**
     * Reads an assembly, lets `change` return its new state, and saves it if nobody changed it in
     * between (otherwise reads and tries again). `change` returning null saves nothing.
     */
    async update<T>(
      id: string,
      change: (assembly: Assembly) => { assembly: Assembly; result: T } | null,
    ): Promise<T | null> {
      for (let attempt = 1; ; attempt++) {
        const json = await redis.hget(keys.assemblies, id);
        if (!json) return null;
        const { version, ...assembly } = JSON.parse(json) as Stored;
        const changed = change(assembly);
        if (!changed) return null;
        const saved = await redis.saveAssemblyIfVersion(
          keys.assemblies,
          id,
          String(version),
          JSON.stringify({ ...changed.assembly, version: version + 1 }),
        );
        if (saved === 1) return changed.result;
        if (attempt >= 5) throw new AssemblyConflict('The assembly is being changed by someone else; try again.');
      }
    },

    async addDocument(document: AssemblyDocument, content: Buffer): Promise<void> {
      await redis
        .multi()
        .set(keys.documentContent(document.id), content)
        .hset(keys.documents(document.assemblyId), document.id, JSON.stringify(document))
        .exec();
    },

    async removeDocument(assemblyId: string, documentId: string): Promise<void> {
      await redis.multi().del(keys.documentContent(documentId)).hdel(keys.documents(assemblyId), documentId).exec();
    },

    async documents(assemblyId: string): Promise<AssemblyDocument[]> {
      return (await redis.hvals(keys.documents(assemblyId))).map((json) => JSON.parse(json) as AssemblyDocument);
    },

    async document(
      assemblyId: string,
      documentId: string,
    ): Promise<{ meta: AssemblyDocument; content: Buffer } | null> {
      const [meta, content] = await Promise.all([
        redis.hget(keys.documents(assemblyId), documentId),
        redis.getBuffer(keys.documentContent(documentId)),
      ]);
      return meta && content ? { meta: JSON.parse(meta) as AssemblyDocument, content } : null;
    },
  };
  return store;
}
export type AssemblyStore = ReturnType<typeof assemblyStore>;
