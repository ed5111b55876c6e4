import { createHash } from 'node:crypto';
import { expect } from 'vitest';
import type { Redis } from 'ioredis';
import type { ZodType } from 'zod';
import type { ApiError } from '@shared/api/errors';
import type { OutboxMessage, OutboxResponse } from '@shared/api/service';
import type { Config } from '../../server/config';
import { connectRedis } from '../../server/redis/connection';
import { seeded } from '../seeded';
import { eventually, type TestClient } from './support';

/**
 * Keys that change without anything being stored for people: rate-limit counters, the job queues,
 * sessions, the outbox, the live-room adapter and the worker's mail check.
 */
const traffic = /^(jobs(:|$)|rate:|session:|person:[^:]+:sessions$|outbox|socket\.io|status:)/;

/** Watches what an install stores, to show that a refused request changed nothing. */
export class StoreWatch {
  private readonly redis: Redis;
  constructor(private readonly config: Config & { REDIS_URL: string }) {
    this.redis = connectRedis(config.REDIS_URL);
  }

  /** Every stored key of the install (traffic aside) with a digest of its exact value. */
  async snapshot(): Promise<Record<string, string>> {
    const prefix = `${this.config.REDIS_PREFIX}:`;
    const keys: string[] = [];
    let cursor = '0';
    do {
      const [next, found] = await this.redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
      cursor = next;
      keys.push(...found.filter((key) => !traffic.test(key.slice(prefix.length))));
    } while (cursor !== '0');
    const digests: Record<string, string> = {};
    for (const key of keys.sort())
      digests[key.slice(prefix.length)] = createHash('sha256')
        .update(await this.content(key))
        .digest('hex');
    return digests;
  }

  /** A key's value in a fixed order (a hash table's own order changes as Redis rehashes it). */
  private async content(key: string): Promise<Buffer> {
    const parts = (items: Buffer[]) =>
      Buffer.concat(items.flatMap((item) => [Buffer.from(String(item.length)), Buffer.from(':'), item]));
    const sorted = (items: Buffer[]) => parts([...items].sort(Buffer.compare));
    switch (await this.redis.type(key)) {
      case 'string':
        return (await this.redis.getBuffer(key)) ?? Buffer.alloc(0);
      case 'hash': {
        const entries = await this.redis.hgetallBuffer(key);
        return sorted(Object.entries(entries).map(([field, value]) => parts([Buffer.from(field), value])));
      }
      case 'set':
        return sorted(await this.redis.smembersBuffer(key));
      case 'zset':
        return parts(await this.redis.zrangeBuffer(key, '0', '-1', 'WITHSCORES'));
      case 'list':
        return parts(await this.redis.lrangeBuffer(key, 0, -1));
      case 'stream':
        return Buffer.from(JSON.stringify(await this.redis.xrange(key, '-', '+')));
      default:
        return Buffer.from('none');
    }
  }

  close(): void {
    this.redis.disconnect();
  }
}

/** An object `depth` levels deep: {"a":{"a":...}}. */
export function deepObject(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let level = 0; level < depth; level++) value = { a: value };
  return value;
}

/** The values an attacker tries in a field: wrong types, edge numbers, huge or hostile text, deep nesting. */
export function hostileValues(hugeTextLength: number): Array<[string, unknown]> {
  return [
    ['empty text', ''],
    ['blank text', '   '],
    ['huge text', 'Ω'.repeat(hugeTextLength)],
    ['control characters', '\u0000\u0007\u001b[2J'],
    ['markup', '<script>alert(1)</script>'],
    ['numeric text', '42'],
    ['impossible date', '2027-13-45T25:61:00Z'],
    ['negative number', -1],
    ['zero', 0],
    ['fraction', 2.5],
    ['unsafe integer', 2 ** 53 + 2],
    ['huge number', 1e308],
    ['true', true],
    ['null', null],
    ['empty list', []],
    ['list of text', ['a', 'b']],
    ['empty object', {}],
    ['deep object', deepObject(2000)],
    ['prototype key', JSON.parse('{"__proto__":{"polluted":true}}')],
  ];
}

type Path = Array<string | number>;

/** Every field of a valid input, nested ones included (lists by their first element). */
function pathsOf(value: unknown, at: Path = []): Path[] {
  if (Array.isArray(value)) return value.length > 0 ? [[...at, 0], ...pathsOf(value[0], [...at, 0])] : [];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, field]) => [[...at, key], ...pathsOf(field, [...at, key])]);
}

function changed(valid: unknown, path: Path, change: { remove: true } | { value: unknown }): unknown {
  const copy = structuredClone(valid) as Record<string | number, unknown>;
  let parent = copy;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if ('remove' in change) {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else parent[last] = change.value;
  return copy;
}

export interface BadInput {
  what: string;
  body: unknown;
}

/**
 * Inputs the shared schema refuses, made from a valid one: each field removed, or set to each
 * hostile value, then seeded pairs of such changes. Only what the schema itself refuses is kept
 * (`shape` adds what the route adds, such as the assembly of the path), so the server must
 * refuse every one; a seeded sample of `count` keeps the run short and the same every time.
 */
export function badInputs(
  schema: ZodType,
  valid: object,
  options: { seed: number; count: number; hugeTextLength?: number; shape?: (body: unknown) => unknown },
): BadInput[] {
  const shape = options.shape ?? ((body: unknown) => body);
  const random = seeded(options.seed);
  const hostile = hostileValues(options.hugeTextLength ?? 100_000);
  const paths = pathsOf(valid);
  const single: BadInput[] = paths.flatMap((path) => [
    { what: `${path.join('.')} missing`, body: changed(valid, path, { remove: true }) },
    ...hostile.map(([name, value]) => ({ what: `${path.join('.')}: ${name}`, body: changed(valid, path, { value }) })),
  ]);
  const refused = (input: BadInput) => !schema.safeParse(shape(input.body)).success;
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]!;
  const pairs: BadInput[] = [];
  for (let attempt = 0; attempt < options.count * 4 && pairs.length < options.count / 2; attempt++) {
    const [first, second] = [pick(paths), pick(paths)];
    const [firstValue, secondValue] = [pick(hostile), pick(hostile)];
    const once = changed(valid, first, { value: firstValue[1] });
    try {
      const body = changed(once, second, { value: secondValue[1] });
      const input = { what: `${first.join('.')}: ${firstValue[0]} and ${second.join('.')}: ${secondValue[0]}`, body };
      if (refused(input)) pairs.push(input);
    } catch {
      // the first change removed the place of the second one
    }
  }
  const candidates = single.filter(refused);
  const sample: BadInput[] = [];
  while (sample.length < options.count - pairs.length && candidates.length > 0)
    sample.push(candidates.splice(Math.floor(random() * candidates.length), 1)[0]!);
  return [...sample, ...pairs];
}

/** Bodies no route takes, whatever its schema: not JSON, not an object, too deep, too large. */
export function unreadableBodies(): Array<{ what: string; text: string; status: number; code: string }> {
  return [
    { what: 'cut JSON', text: '{"title": "Budget', status: 400, code: 'bad_json' },
    { what: 'single quotes', text: "{'title': 'Budget'}", status: 400, code: 'bad_json' },
    { what: 'trailing comma', text: '{"a": 1,}', status: 400, code: 'bad_json' },
    { what: 'a bare string', text: '"Budget"', status: 400, code: 'bad_json' },
    { what: 'a bare number', text: '42', status: 400, code: 'bad_json' },
    { what: 'null', text: 'null', status: 400, code: 'bad_json' },
    { what: 'NaN', text: '{"a": NaN}', status: 400, code: 'bad_json' },
    {
      what: 'a list 100,000 deep',
      text: '['.repeat(100_000) + ']'.repeat(100_000),
      status: 422,
      code: 'invalid_input',
    },
    {
      what: 'an object 30,000 deep',
      text: '{"a":'.repeat(30_000) + '1' + '}'.repeat(30_000),
      status: 422,
      code: 'invalid_input',
    },
    {
      what: 'a body over 256 KB',
      text: JSON.stringify({ title: 'x'.repeat(300_000) }),
      status: 413,
      code: 'too_large',
    },
  ];
}

/** A refusal as a person sees it: a 4xx (never a 5xx), in JSON, with a code and a short sentence. */
export async function expectRefusal(response: Response, what: string): Promise<ApiError['error']> {
  const text = await response.text();
  expect(response.status, `${what}: ${text.slice(0, 300)}`).toBeGreaterThanOrEqual(400);
  expect(response.status, `${what}: ${text.slice(0, 300)}`).toBeLessThan(500);
  expect(response.headers.get('content-type'), what).toMatch(/^application\/json/);
  const { error } = JSON.parse(text) as ApiError;
  expect(error.code, what).toMatch(/^[a-z_]+$/);
  expect(error.message.length, `${what}: ${error.message}`).toBeGreaterThan(10);
  expect(error.message.length, `${what}: the message repeats the input`).toBeLessThan(2000);
  expect(error.message, what).not.toMatch(/\[object |\n\s+at /);
  // A command's refusal carries its parameters too (the client words it from them); the
  // assertions here are on the code and the English sentence.
  const { params, ...said } = error;
  expect(params === undefined || typeof params === 'object', what).toBe(true);
  return said;
}

const streamOrder = (id: string) => id.split('-').map((part) => BigInt(part)) as [bigint, bigint];
const isAfter = (id: string, than: string) => {
  const [ms, seq] = streamOrder(id);
  const [thanMs, thanSeq] = streamOrder(than);
  return ms > thanMs || (ms === thanMs && seq > thanSeq);
};

/** The id of the newest e-mail of the outbox ("0-0" when empty): later e-mails have larger ids. */
export async function lastMailId(client: TestClient): Promise<string> {
  return (await client.json<OutboxResponse>('/api/outbox')).messages[0]?.id ?? '0-0';
}

/** The first e-mail to `to` (with a matching subject) that arrived after the e-mail `afterId`. */
export async function mailAfter(
  client: TestClient,
  to: string,
  afterId: string,
  subject: RegExp = /./,
): Promise<OutboxMessage> {
  const summary = await eventually(async () => {
    const { messages } = await client.json<OutboxResponse>('/api/outbox');
    return messages
      .filter((message) => isAfter(message.id, afterId) && message.to.includes(to) && subject.test(message.subject))
      .at(-1);
  }, `an e-mail to ${to}`);
  return client.json(`/api/outbox/${summary.id}`);
}
