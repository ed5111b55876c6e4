import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedRedis } from '../../server/redis/embeddedRedis';

declare module 'vitest' {
  export interface ProvidedContext {
    redisUrl: string;
  }
}

/** One throw-away redis-server for the integration run; each test works under its own key prefix. */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'agora-test-redis-'));
  const redis = await startEmbeddedRedis({ dir, persistent: false });
  project.provide('redisUrl', redis.url);
  return async () => {
    await redis.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
