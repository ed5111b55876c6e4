import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssemblyView } from '@shared/api/assemblies';
import { startPlatform, type TestClient } from './support';

const pdf = readFileSync(new URL('../fixtures/accounts-2026.pdf', import.meta.url));
const opensAt = Date.parse('2027-03-10T09:00:00Z');

describe('a draft assembly, and what belongs to it', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let table: TestClient;
  let member: TestClient;
  let paths: string[];

  beforeAll(async () => {
    platform = await startPlatform({ now: () => new Date(opensAt - 40 * 86_400_000) });
    table = await platform.client().signIn('giusto.maniscalchi@example.org');
    member = await platform.client().signIn('ekaterina.smoroda@example.org');
    const created = await table.post('/api/assemblies', {
      kind: 'ordinary',
      title: 'Not yet convened',
      opensAt: new Date(opensAt).toISOString(),
    });
    const id = ((await created.json()) as AssemblyView).assembly.id;
    const withItem = await table.post(`/api/assemblies/${id}/agenda`, { kind: 'information', title: 'News' });
    const itemId = ((await withItem.json()) as AssemblyView).assembly.agenda[0]!.id;
    const upload = await fetch(`${platform.base}/api/assemblies/${id}/agenda/${itemId}/documents?name=Accounts.pdf`, {
      method: 'POST',
      headers: { cookie: table.cookie, 'content-type': 'application/pdf' },
      body: pdf,
    });
    expect(upload.status).toBe(201);
    const documentId = ((await upload.json()) as { id: string }).id;
    paths = [
      `/api/assemblies/${id}`,
      `/api/assemblies/${id}/motions`,
      `/api/assemblies/${id}/elections`,
      `/api/assemblies/${id}/proxies`,
      `/api/assemblies/${id}/minutes`,
      `/api/assemblies/${id}/documents/${documentId}`,
    ];
  });
  afterAll(async () => {
    await platform?.close();
  });

  it('is the Table’s only: a member reads none of it, as if it did not exist', async () => {
    for (const path of paths) {
      const response = await member.get(path);
      expect(response.status, path).toBe(404);
      expect(((await response.json()) as { error: { code: string } }).error.code, path).toBe('assembly_not_found');
    }
  });

  it('is read by the Table, signed in fully', async () => {
    for (const path of paths) expect((await table.get(path)).status, path).toBe(200);
  });
});
