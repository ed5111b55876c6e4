import { readFileSync } from 'node:fs';
import type { ClientContext, Redis, RedisKey, Result } from 'ioredis';

/**
 * The stores' Lua scripts, one file each in ./scripts (read from the source tree: the server runs
 * its TypeScript as is). They are defined once per connection as ioredis commands, so each call
 * sends EVALSHA and ioredis sends the script again only when Redis answers NOSCRIPT (a restart,
 * SCRIPT FLUSH).
 */
const scriptsDirectory = new URL('./scripts/', import.meta.url);

/** How many of each script's arguments are keys (the rest are ARGV); each header says which. */
const keyCounts = {
  appendAuditEntry: 2,
  writeAudited: 2,
  applyIfVersion: 1,
  draftMinutesOnce: 3,
  addMinutesCorrection: 3,
  replaceMinutesDraft: 3,
  foundTextOnce: 3,
  storeNextTextVersion: 4,
  fileCandidacyOnce: 2,
  saveAssemblyIfVersion: 1,
  memberAndRepresentative: 3,
  postMessageOnce: 5,
  changeMessageIfVersion: 4,
  markPresentOnce: 3,
  presentStandings: 2,
  castEncryptedBallots: 7,
  putTrusteePiece: 3,
  castNamedBallots: 7,
  revokeProxyUnlessUsed: 5,
  saveTallyIfUnchanged: 4,
  announcePhaseOnce: 2,
} as const;

export type StoreScriptName = keyof typeof keyCounts;

/** Replaces each `--- @include "name"` line by scripts/includes/name.lua, as BullMQ's loader does. */
function readScript(file: URL): string {
  return readFileSync(file, 'utf8').replace(/^--- @include "([\w-]+)"$/gm, (_line, name: string) =>
    readScript(new URL(`includes/${name}.lua`, scriptsDirectory)),
  );
}

/** Every script, as ioredis's `scripts` option and `defineCommand` take them. */
export const storeScripts: Record<StoreScriptName, { lua: string; numberOfKeys: number }> = Object.fromEntries(
  Object.entries(keyCounts).map(([name, numberOfKeys]) => [
    name,
    { lua: readScript(new URL(`${name}.lua`, scriptsDirectory)), numberOfKeys },
  ]),
) as Record<StoreScriptName, { lua: string; numberOfKeys: number }>;

/**
 * Defines the scripts as commands on a connection that lacks them (connectRedis defines them from
 * the start, and its duplicates inherit them); returns the connection.
 */
export function defineStoreScripts(redis: Redis): Redis {
  for (const [name, definition] of Object.entries(storeScripts)) {
    if (typeof (redis as unknown as Record<string, unknown>)[name] !== 'function')
      redis.defineCommand(name, definition);
  }
  return redis;
}

type K = RedisKey;
type A = string;

// The commands' signatures: keys first, then arguments, in each script's header order.
declare module 'ioredis' {
  interface RedisCommander<Context extends ClientContext = { type: 'default' }> {
    appendAuditEntry(audit: K, auditHead: K, entry: A): Result<string, Context>;
    writeAudited(audit: K, auditHead: K, operations: A, entry: A): Result<string, Context>;
    applyIfVersion(versionKey: K, version: A, operations: A): Result<number, Context>;
    draftMinutesOnce(minutes: K, audit: K, auditHead: K, json: A, entry: A): Result<number, Context>;
    addMinutesCorrection(minutes: K, audit: K, auditHead: K, version: A, json: A, entry: A): Result<number, Context>;
    replaceMinutesDraft(
      minutes: K,
      audit: K,
      auditHead: K,
      version: A,
      revision: A,
      json: A,
      entry: A,
    ): Result<number, Context>;
    foundTextOnce(textVersions: K, audit: K, auditHead: K, json: A, entry: A): Result<number, Context>;
    storeNextTextVersion(
      textVersions: K,
      textAdoptions: K,
      audit: K,
      auditHead: K,
      motionId: A,
      number: A,
      json: A,
      made: A,
      entry: A,
    ): Result<[status: number, made: string], Context>;
    fileCandidacyOnce(seats: K, candidacies: K, seat: A, candidacyId: A, json: A): Result<number, Context>;
    saveAssemblyIfVersion(assemblies: K, id: A, version: A, json: A): Result<number, Context>;
    memberAndRepresentative(
      members: K,
      representatives: K,
      people: K,
      memberNo: A,
    ): Result<[member: string | null, person: string | null], Context>;
    postMessageOnce(
      log: K,
      messages: K,
      clientIds: K,
      audit: K,
      auditHead: K,
      clientId: A,
      json: A,
      entry: A,
    ): Result<[created: number, id: string], Context>;
    changeMessageIfVersion(
      log: K,
      messages: K,
      audit: K,
      auditHead: K,
      id: A,
      version: A,
      json: A,
      entry: A,
    ): Result<string | number, Context>;
    markPresentOnce(attendance: K, audit: K, auditHead: K, rows: A, entry: A): Result<number, Context>;
    presentStandings(attendance: K, standings: K): Result<Array<string | number>, Context>;
    putTrusteePiece(
      trustees: K,
      audit: K,
      auditHead: K,
      field: A,
      value: A,
      mode: A,
      entry: A,
    ): Result<number, Context>;
    castEncryptedBallots(
      voters: K,
      ballots: K,
      audit: K,
      auditHead: K,
      count: K,
      proxies: K,
      proxiesUsed: K,
      rows: A,
      entry: A,
    ): Result<Array<string | number>, Context>;
    castNamedBallots(
      tally: K,
      ballots: K,
      history: K,
      audit: K,
      auditHead: K,
      proxies: K,
      proxiesUsed: K,
      rows: A,
      entry: A,
    ): Result<Array<string | number>, Context>;
    revokeProxyUnlessUsed(
      proxiesVersion: K,
      proxies: K,
      proxiesUsed: K,
      audit: K,
      auditHead: K,
      version: A,
      grantId: A,
      json: A,
      entry: A,
    ): Result<number, Context>;
    saveTallyIfUnchanged(
      tally: K,
      audit: K,
      auditHead: K,
      box: K,
      json: A,
      entry: A,
      sizeCommand: 'HLEN' | 'LLEN',
      size: A,
    ): Result<number, Context>;
    announcePhaseOnce(announced: K, sequence: K, channel: A, event: A): Result<number, Context>;
  }
}
