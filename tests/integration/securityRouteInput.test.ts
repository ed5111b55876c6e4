import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { MeResponse } from '@shared/api/session';
import { badInputs, expectRefusal, unreadableBodies } from './securitySupport';
import { routeTable } from '../../server/http/routes';
import { routeExamples } from './routeExamples';
import { assemblyUnderFuzz } from './securityInputSupport';

/** Every route of the table that takes a JSON body, with a body it would accept. */
const jsonRoutes = routeTable
  .filter((route) => route.body)
  .map((route) => ({
    route,
    key: `${route.method} ${route.path}`,
    example: routeExamples[`${route.method} ${route.path}`],
  }));

describe('malformed, oversized and disguised input', () => {
  const { people, ids, store, raw } = assemblyUnderFuzz();

  it('has a body it would accept for every route of the table that takes JSON', () => {
    expect(jsonRoutes.filter(({ example }) => !example).map(({ key }) => key)).toEqual([]);
    for (const { route, example } of jsonRoutes) {
      const address = new RegExp(`^${route.path.replace(/:\w+/g, '[^/]+')}$`);
      expect(example?.path(ids), route.path).toMatch(address);
    }
  });

  it.each(jsonRoutes.map(({ route, example }, index) => [example?.name ?? route.path, route, index] as const))(
    'refuses every malformed body when %s, with a sentence, storing nothing',
    async (_name, route, index) => {
      const example = routeExamples[`${route.method} ${route.path}`]!;
      const path = example.path(ids);
      const client = people[example.who];
      const segments = path.split('/');
      const params = Object.fromEntries(
        route.path
          .split('/')
          .flatMap((segment, at) => (segment.startsWith(':') ? [[segment.slice(1), segments[at] ?? '']] : [])),
      );
      const adds = route.body?.fromPath?.(params) ?? {};
      const shape = (body: unknown) => ({ ...(body as object), ...adds });
      // Two huge texts together stay under the 256 KB a body may have, so each case reaches the schema.
      const cases = badInputs(route.body!.schema, example.valid(ids), {
        seed: 1000 + index,
        count: 36,
        hugeTextLength: 50_000,
        shape,
      });
      expect(cases.length).toBeGreaterThan(10);
      const before = await store.snapshot();
      for (const input of cases) {
        const response = await client.request(route.method, path, input.body);
        const error = await expectRefusal(response, `${example.name}, ${input.what}`);
        expect([response.status, error.code], `${example.name}, ${input.what}`).toEqual([422, 'invalid_input']);
        expect(error.issues?.length, input.what).toBeGreaterThan(0);
      }
      const acceptsEmpty = route.body!.schema.safeParse(shape({})).success;
      for (const bad of unreadableBodies()) {
        if (acceptsEmpty && bad.code === 'invalid_input') continue;
        const response = await raw(route.method, path, { 'content-type': 'application/json' }, bad.text, example.who);
        const error = await expectRefusal(response, `${example.name}, ${bad.what}`);
        expect([response.status, error.code], `${example.name}, ${bad.what}`).toEqual([bad.status, bad.code]);
      }
      expect(await store.snapshot()).toEqual(before);
    },
  );

  it('drops the fields a route does not take: a person cannot give itself another address or a role', async () => {
    const response = await people.member.request('PATCH', '/api/me', {
      name: 'Ekaterina Smoroda',
      email: 'attacker@example.org',
      secretariat: true,
      personId: 'secretariat',
      represents: [{ memberNo: 1 }],
    });
    expect(response.status).toBe(200);
    const me = (await response.json()) as MeResponse;
    expect(me.person).toMatchObject({ name: 'Ekaterina Smoroda', email: 'ekaterina.smoroda@example.org' });
    expect(me.actor.secretariat).toBe(false);
    expect(me.actor.represents.map((member) => member.memberNo)).not.toContain(1);
    expect(me.permissions['register.edit']).toBe(false);
  });

  it('explains a body it cannot read: unknown compression, damaged gzip, another character set, a bare value', async () => {
    const before = await store.snapshot();
    const body = JSON.stringify({ name: 'Somebody else' });
    const cases: Array<[string, Record<string, string>, string | Buffer, number, string, string]> = [
      [
        'an unknown compression',
        { 'content-type': 'application/json', 'content-encoding': 'xz' },
        body,
        415,
        'bad_encoding',
        'The request body is compressed in a way Agora does not read: send it as it is, or with gzip, deflate or br.',
      ],
      [
        'damaged gzip',
        { 'content-type': 'application/json', 'content-encoding': 'gzip' },
        body,
        400,
        'bad_request',
        'The request could not be read (its body is damaged or incomplete); nothing was done.',
      ],
      [
        'gzip of a body over the limit',
        { 'content-type': 'application/json', 'content-encoding': 'gzip' },
        gzipSync(JSON.stringify({ name: 'x'.repeat(400_000) })),
        413,
        'too_large',
        'The request is too large: Agora takes at most 256 KB here.',
      ],
      [
        'a character set it does not read',
        { 'content-type': 'application/json; charset=iso-8859-1' },
        body,
        415,
        'bad_charset',
        'The request body is in a character set Agora does not read: send it in UTF-8.',
      ],
      [
        'a bare string',
        { 'content-type': 'application/json' },
        '"Somebody else"',
        400,
        'bad_json',
        'The request body must be a JSON object.',
      ],
    ];
    for (const [what, headers, content, status, code, message] of cases) {
      const response = await raw('PATCH', '/api/me', headers, content, 'member');
      expect(response.status, what).toBe(status);
      expect(await expectRefusal(response, what), what).toEqual({ code, message });
    }
    expect(await store.snapshot()).toEqual(before);
  });

  it('answers a damaged address or query with a 4xx and a sentence', async () => {
    const cases: Array<[string, string, number, string]> = [
      ['a damaged escape in the path', '/api/assemblies/%E0%A4%A', 400, 'bad_address'],
      ['a lone percent sign', '/api/members/%', 400, 'bad_address'],
      ['a member number that is not one', '/api/members/12abc', 404, 'not_found'],
      ['an enormous member number', `/api/members/${'9'.repeat(400)}`, 404, 'not_found'],
      ['an assembly id of 5,000 characters', `/api/assemblies/${'a'.repeat(5000)}`, 404, 'assembly_not_found'],
      ['a text that does not exist', '/api/texts/constitution/-1', 404, 'text_version_not_found'],
      ['a search given twice', '/api/archive?q=budget&q=accounts', 422, 'invalid_input'],
      ['a search of 5,000 characters', `/api/archive?q=${'budget '.repeat(700)}`, 422, 'invalid_input'],
    ];
    for (const [what, path, status, code] of cases) {
      const response = await raw('GET', path, {});
      expect(response.status, what).toBe(status);
      expect((await expectRefusal(response, what)).code, what).toBe(code);
    }
  });
});
