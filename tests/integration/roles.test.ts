import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError } from '@shared/api/errors';
import { startPlatform, TestClient } from './support';

/** Each privileged action, as a request, and the role it needs. */
const actions = [
  { name: 'read the register', method: 'GET', path: '/api/members', body: undefined, needs: 'signed_in' },
  { name: 'read a member page', method: 'GET', path: '/api/members/1', body: undefined, needs: 'signed_in' },
  { name: 'read the bodies', method: 'GET', path: '/api/bodies', body: undefined, needs: 'signed_in' },
  {
    name: 'correct a member',
    method: 'PATCH',
    path: '/api/members/1',
    body: { territory: "Braine-l'Alleud" },
    needs: 'secretariat',
  },
  {
    name: 'designate a representative',
    method: 'POST',
    path: '/api/members/2/representative',
    body: { personId: 'p001' },
    needs: 'secretariat',
  },
  { name: 'list people', method: 'GET', path: '/api/people', body: undefined, needs: 'secretariat' },
  {
    name: 'correct a person',
    method: 'PATCH',
    path: '/api/people/p001',
    body: { timeZone: 'Europe/Brussels' },
    needs: 'secretariat',
  },
  { name: 'export the register', method: 'GET', path: '/api/register/export', body: undefined, needs: 'secretariat' },
  { name: 'read the dues', method: 'GET', path: '/api/dues', body: undefined, needs: 'secretariat' },
  { name: 'read the audit trail', method: 'GET', path: '/api/audit', body: undefined, needs: 'secretariat' },
  {
    name: 'decide an admission',
    method: 'POST',
    path: '/api/admissions/999/decision',
    body: { approve: true, reason: 'Criteria of S.2 met.' },
    needs: 'direction',
  },
  {
    name: 'propose an exclusion',
    method: 'POST',
    path: '/api/exclusions',
    body: { memberNo: 9999, ground: 'unmet_obligations', reasons: 'No dues paid since 2019, despite three reminders.' },
    needs: 'direction',
  },
] as const;

/** People of the demo register, one per role. */
const roles = {
  anonymous: null,
  representative: 'ekaterina.smoroda@example.org',
  table: 'giusto.maniscalchi@example.org',
  secretariat: 'secretariat@example.org',
  direction: 'florian.riegert@example.org',
} as const;
type Role = keyof typeof roles;

/** Who passes each requirement. */
const allowed: Record<(typeof actions)[number]['needs'], Role[]> = {
  signed_in: ['representative', 'table', 'secretariat', 'direction'],
  secretariat: ['secretariat'],
  direction: ['direction'],
};

describe('who may do what', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  const clients = {} as Record<Role, TestClient>;

  beforeAll(async () => {
    platform = await startPlatform();
    for (const [role, email] of Object.entries(roles) as Array<[Role, string | null]>) {
      clients[role] = email ? await platform.client().signIn(email) : platform.client();
    }
  });
  afterAll(() => platform?.close());

  const cases = actions.flatMap((action) =>
    (Object.keys(roles) as Role[]).map((role) => [action.name, role, action] as const),
  );

  it.each(cases)('%s, as %s', async (_name, role, action) => {
    const response = await clients[role].request(action.method, action.path, action.body);
    if (allowed[action.needs].includes(role)) {
      expect([200, 201, 404], `${response.status} ${await response.clone().text()}`).toContain(response.status);
      return;
    }
    const refusal = ((await response.json()) as ApiError).error;
    if (role === 'anonymous') {
      expect(response.status).toBe(401);
      expect(refusal).toMatchObject({ code: 'sign_in_required', missing: 'signed_in' });
    } else {
      expect(response.status).toBe(403);
      expect(refusal.missing).toBe(action.needs);
      expect(refusal.message).toMatch(/^Only .* may do this, and you are signed in as .*, who is not\.$/);
    }
  });
});
