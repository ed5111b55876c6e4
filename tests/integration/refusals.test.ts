import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError } from '@shared/api';
import { startPlatform, TestClient } from './support';

/** A refused request answers its code, the parameters the client words it with, and the English sentence. */
describe('refusals over HTTP', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let assemblyId: string;
  let table: TestClient;
  let samuel: TestClient;

  beforeAll(async () => {
    platform = await startPlatform();
    table = await platform.client().signIn('giusto.maniscalchi@example.org');
    assemblyId = (await table.convenedAssembly('Spring assembly', Date.now() + 16 * 86_400_000)).assembly.id;
    samuel = await platform.client().signIn('samuel.thirion@example.org');
  });
  afterAll(() => platform?.close());

  it.each([
    {
      what: 'a page of the register asked for by nobody signed in (401)',
      send: () => platform.client().get('/api/members'),
      status: 401,
      error: {
        code: 'sign_in_required',
        params: {},
        message: 'Please sign in first: ask for a sign-in link with your e-mail address.',
        missing: 'signed_in',
      },
    },
    {
      what: "the secretariat's work asked for by a representative (403)",
      send: () => samuel.get('/api/people'),
      status: 403,
      error: {
        code: 'forbidden',
        params: { context: 'secretariat', name: 'Samuel Thirion' },
        message: 'Only the secretariat may do this, and you are signed in as Samuel Thirion, who is not.',
        missing: 'secretariat',
      },
    },
    {
      what: 'a member number that is no number (404)',
      send: () => samuel.get('/api/members/twelve'),
      status: 404,
      error: {
        code: 'not_found',
        params: { context: 'member_number', value: 'twelve' },
        message: 'There is no member number "twelve".',
      },
    },
    {
      what: 'an address that leads nowhere (404)',
      send: () => samuel.get('/api/nowhere?at=all'),
      status: 404,
      error: {
        code: 'not_found',
        params: { context: 'route', method: 'GET', path: '/api/nowhere' },
        message: 'There is nothing at GET /api/nowhere.',
      },
    },
    {
      what: 'a proxy given for a member one does not represent (403)',
      send: () => samuel.post(`/api/assemblies/${assemblyId}/proxies`, { grantorMemberNo: 34, holderMemberNo: 22 }),
      status: 403,
      error: {
        code: 'not_representative',
        params: { memberNo: 34, context: 'proxy' },
        message: 'Only the representative of member 34 can give or revoke its proxy.',
      },
    },
    {
      what: 'a convocation resent to a member never convened (404)',
      send: () => table.post(`/api/assemblies/${assemblyId}/deliveries/9999/resend`),
      status: 404,
      error: {
        code: 'delivery_not_found',
        params: { memberNo: 9999 },
        message: 'Member 9999 was not convened to this assembly.',
      },
    },
    {
      what: 'an assembly cancelled twice, refused by its phase (409)',
      send: async () => {
        await table.post(`/api/assemblies/${assemblyId}/cancel`, { reason: 'The venue is not available.' });
        return table.post(`/api/assemblies/${assemblyId}/cancel`, { reason: 'The venue is not available.' });
      },
      status: 409,
      error: {
        code: 'assembly_not_cancellable',
        params: { phase: 'cancelled' },
        message: 'This assembly is cancelled: it can no longer be cancelled.',
      },
    },
  ])('$what', async ({ send, status, error }) => {
    const response = await send();
    expect(response.status).toBe(status);
    expect(((await response.json()) as ApiError).error).toMatchObject(error);
  });
});
