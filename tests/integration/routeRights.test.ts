import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError } from '@shared/api/errors';
import type { MeResponse } from '@shared/api/session';
import { actionRequirements, permission, type Action, type Actor, type Requirement } from '@shared/rules/permissions';
import { routeTable } from '../../server/http/routes';
import { startPlatform, type TestClient } from './support';

/**
 * Who may call each route, written out: the policy a reviewer reads. A route added, or given
 * another permission, fails the first test until this list says so too.
 */
const policy: Record<string, Requirement | 'anyone'> = {
  'GET /api/health': 'anyone',
  'POST /api/auth/sign-in': 'anyone',
  'POST /api/auth/sign-in/complete': 'anyone',
  'POST /api/auth/assembly-link': 'anyone',
  'POST /api/auth/sign-out': 'anyone',
  'POST /api/auth/sign-out-everywhere': 'signed_in',
  'GET /api/me': 'signed_in',
  'PATCH /api/me': 'signed_in',
  'GET /api/home': 'signed_in',
  'GET /api/members': 'signed_in',
  'GET /api/members/:memberNo': 'signed_in',
  'PATCH /api/members/:memberNo': 'secretariat',
  'POST /api/members/:memberNo/representative': 'secretariat',
  'GET /api/people': 'secretariat',
  'PATCH /api/people/:personId': 'secretariat',
  'POST /api/register/import': 'secretariat',
  'GET /api/register/export': 'secretariat',
  'GET /api/dues': 'secretariat',
  'GET /api/dues/export': 'secretariat',
  'POST /api/dues/payments': 'secretariat',
  'DELETE /api/dues/payments/:paymentId': 'secretariat',
  'GET /api/audit': 'secretariat',
  'GET /api/bodies': 'signed_in',
  'POST /api/admissions': 'anyone',
  'GET /api/admissions': 'signed_in',
  'POST /api/admissions/:memberNo/decision': 'direction',
  'GET /api/exclusions': 'signed_in',
  'POST /api/exclusions': 'direction',
  'GET /api/assemblies': 'signed_in',
  'POST /api/assemblies': 'table',
  'GET /api/assemblies/:id': 'signed_in',
  'PATCH /api/assemblies/:id': 'table',
  'POST /api/assemblies/:id/agenda': 'table',
  'DELETE /api/assemblies/:id/agenda/:itemId': 'table',
  'POST /api/assemblies/:id/agenda/:itemId/move': 'table',
  'POST /api/assemblies/:id/agenda/:itemId/documents': 'table',
  'GET /api/assemblies/:id/documents/:documentId': 'signed_in',
  'POST /api/assemblies/:id/convene': 'table',
  'POST /api/assemblies/:id/cancel': 'table',
  'GET /api/assemblies/:id/deliveries': 'table',
  'POST /api/assemblies/:id/deliveries/:memberNo/resend': 'table',
  'GET /api/assemblies/:id/convocations.pdf': 'table',
  'GET /api/calendar': 'signed_in',
  'GET /api/assemblies/:id/proxies': 'signed_in',
  'POST /api/assemblies/:id/proxies': 'signed_in',
  'POST /api/assemblies/:id/proxies/:proxyId/revoke': 'signed_in',
  'POST /api/assemblies/:id/proxies/:proxyId/mandate': 'signed_in',
  'GET /api/assemblies/:id/proxies/:proxyId/mandate': 'signed_in',
  'GET /api/assemblies/:id/motions': 'signed_in',
  'POST /api/assemblies/:id/motions': 'table',
  'POST /api/assemblies/:id/motions/:motionId/close': 'table',
  'POST /api/assemblies/:id/motions/:motionId/ballots': 'signed_in',
  'GET /api/assemblies/:id/elections': 'signed_in',
  'POST /api/assemblies/:id/candidacies': 'signed_in',
  'POST /api/assemblies/:id/candidacies/:candidacyId/withdraw': 'signed_in',
  'POST /api/assemblies/:id/elections': 'table',
  'POST /api/assemblies/:id/elections/:electionId/close-round': 'table',
  'GET /api/assemblies/:id/trustees': 'signed_in',
  'PUT /api/assemblies/:id/trustees': 'table',
  'POST /api/assemblies/:id/trustees/steps': 'signed_in',
  'GET /api/assemblies/:id/motions/:motionId/election': 'signed_in',
  'POST /api/assemblies/:id/motions/:motionId/encrypted-ballots': 'signed_in',
  'POST /api/assemblies/:id/motions/:motionId/partial-decryption': 'signed_in',
  'GET /api/assemblies/:id/motions/:motionId/archive': 'signed_in',
  'GET /api/assemblies/:id/elections/:electionId/rounds/:round/election': 'signed_in',
  'POST /api/assemblies/:id/elections/:electionId/rounds/:round/encrypted-ballots': 'signed_in',
  'POST /api/assemblies/:id/elections/:electionId/rounds/:round/partial-decryption': 'signed_in',
  'GET /api/assemblies/:id/elections/:electionId/rounds/:round/archive': 'signed_in',
  'GET /api/assemblies/:id/minutes': 'signed_in',
  'GET /api/assemblies/:id/minutes/:version.pdf': 'signed_in',
  'GET /api/assemblies/:id/minutes/:version': 'signed_in',
  'POST /api/assemblies/:id/minutes': 'table',
  'POST /api/assemblies/:id/minutes/corrections': 'table',
  'PUT /api/assemblies/:id/minutes/:version/statement': 'table',
  'POST /api/assemblies/:id/minutes/:version/signatures': 'table',
  'POST /api/assemblies/:id/minutes/:version/publish': 'table',
  'GET /api/archive': 'signed_in',
  'GET /api/texts': 'signed_in',
  'GET /api/texts/:text/:version': 'signed_in',
  'GET /api/outbox': 'anyone',
  'GET /api/outbox/:id': 'anyone',
};

/** Every route of the table that checks who calls, with an address its path pattern accepts. */
const guarded = routeTable
  .filter((route) => route.who !== 'anyone')
  // Signing out everywhere would end the very session the next routes are asked with.
  .filter((route) => route.path !== '/api/auth/sign-out-everywhere')
  .map((route) => ({
    route,
    name: `${route.method} ${route.path}`,
    address: route.path.replace(/:(\w+)/g, (_, name: string) => (/No$|version/.test(name) ? '1' : 'x000000')),
  }));

describe('who may call each route of the table', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  const people: Array<{ who: string; client: TestClient; actor: Actor }> = [];

  beforeAll(async () => {
    platform = await startPlatform();
    for (const [who, email] of [
      ['a representative', 'ekaterina.smoroda@example.org'],
      ['the Table', 'giusto.maniscalchi@example.org'],
      ['the secretariat', 'secretariat@example.org'],
      ['the Direction', 'florian.riegert@example.org'],
    ] as const) {
      const client = await platform.client().signIn(email);
      people.push({ who, client, actor: (await client.json<MeResponse>('/api/me')).actor });
    }
  });
  afterAll(async () => {
    await platform?.close();
  });

  it('gives each route of the table the permission the policy says', () => {
    const actual = Object.fromEntries(
      routeTable.map((route) => [
        `${route.method} ${route.path}`,
        route.who === 'anyone'
          ? 'anyone'
          : typeof route.who === 'function'
            ? 'signed_in'
            : actionRequirements[route.who],
      ]),
    );
    expect(actual).toEqual(policy);
  });

  it('asks nobody signed in to sign in, on every route that checks who calls', async () => {
    const anonymous = platform.client();
    for (const { route, name, address } of guarded) {
      const response = await anonymous.request(route.method, address, route.method === 'GET' ? undefined : {});
      const { error } = (await response.json()) as ApiError;
      expect([response.status, error.code], name).toEqual([401, 'sign_in_required']);
    }
  });

  it('refuses each person exactly the routes the permission rules refuse them, saying what is missing', async () => {
    expect(guarded.length).toBeGreaterThan(50);
    for (const { who, client, actor } of people) {
      for (const { route, name, address } of guarded) {
        // A route whose permission depends on its target (a document of the archive or of an assembly) asks the stricter one.
        const action: Action = typeof route.who === 'function' ? 'assembly.view' : (route.who as Action);
        const verdict = permission(actor, action);
        const response = await client.request(route.method, address, route.method === 'GET' ? undefined : {});
        const body = (await response.json().catch(() => null)) as ApiError | null;
        if (verdict.allowed) {
          expect(response.status, `${who}: ${name}`).not.toBe(401);
          expect(body?.error?.code, `${who}: ${name}`).not.toBe('forbidden');
        } else {
          expect([response.status, body?.error.code, body?.error.missing], `${who}: ${name}`).toEqual([
            403,
            'forbidden',
            verdict.missing,
          ]);
        }
      }
    }
  });
});
