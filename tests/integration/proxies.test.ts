import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError } from '@shared/api/errors';
import type { ProxiesResponse, ProxyView } from '@shared/api/voting';
import { startPlatform, TestClient } from './support';

describe('proxies (R.7)', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let assemblyId: string;
  let samuel: TestClient;
  let table: TestClient;

  beforeAll(async () => {
    platform = await startPlatform();
    table = await platform.client().signIn('giusto.maniscalchi@example.org');
    assemblyId = (await table.convenedAssembly('Spring assembly', Date.now() + 16 * 86_400_000)).assembly.id;
    samuel = await platform.client().signIn('samuel.thirion@example.org');
  });
  afterAll(() => platform?.close());

  it('accepts a Cape Verde member proxy to a Moroccan member, and tells the holder', async () => {
    const before = await samuel.outboxCount();
    const granted = await samuel.post(`/api/assemblies/${assemblyId}/proxies`, {
      grantorMemberNo: 57,
      holderMemberNo: 68,
    });
    expect(granted.status).toBe(201);
    expect(await granted.json()).toMatchObject({
      grantor: { memberNo: 57, continent: 'Africa' },
      holder: { memberNo: 68, representative: 'Lhoussaine Aitbrahim' },
      revokedAt: null,
    });
    const mail = await samuel.mailTo('lhoussaine.aitbrahim@example.org', before, /procuration/);
    expect(mail.text).toContain('CRP Brava (membre n° 57) a donné sa procuration');
  });

  it('keeps the signed mandate with the proxy, for the grantor, the holder and the Table only', async () => {
    const { proxies } = await samuel.json<ProxiesResponse>(`/api/assemblies/${assemblyId}/proxies`);
    const proxy = proxies.find((candidate) => candidate.grantor.memberNo === 57 && !candidate.revokedAt)!;
    const upload = (client: TestClient, content: Buffer, name: string) =>
      fetch(
        `${platform.base}/api/assemblies/${assemblyId}/proxies/${proxy.id}/mandate?name=${encodeURIComponent(name)}`,
        {
          method: 'POST',
          headers: { cookie: client.cookie, 'content-type': 'application/octet-stream' },
          body: new Uint8Array(content),
        },
      );
    // A page of HTML named like a PDF is refused by its content.
    const lying = await upload(samuel, Buffer.from('<html><script>alert(1)</script></html>'), 'mandat.pdf');
    expect(lying.status).toBe(415);
    const pdf = readFileSync(new URL('../fixtures/accounts-2026.pdf', import.meta.url));
    const attached = await upload(samuel, pdf, 'Mandat signé CRP Brava.pdf');
    expect(attached.status).toBe(201);
    expect(((await attached.json()) as ProxyView).mandate).toEqual({
      name: 'Mandat signé CRP Brava.pdf',
      size: pdf.length,
    });
    const lhoussaine = await platform.client().signIn('lhoussaine.aitbrahim@example.org');
    for (const reader of [lhoussaine, table]) {
      const download = await reader.get(`/api/assemblies/${assemblyId}/proxies/${proxy.id}/mandate`);
      expect(download.status).toBe(200);
      expect(Buffer.from(await download.arrayBuffer()).equals(pdf)).toBe(true);
    }
    const stranger = await platform.client().signIn('ekaterina.smoroda@example.org');
    expect((await stranger.get(`/api/assemblies/${assemblyId}/proxies/${proxy.id}/mandate`)).status).toBe(404);
    expect((await upload(stranger, pdf, 'mandat.pdf')).status).toBe(403);
  });

  it('refuses a proxy from Cape Verde to a Russian member, with the reason', async () => {
    const refused = await samuel.post(`/api/assemblies/${assemblyId}/proxies`, {
      grantorMemberNo: 58,
      holderMemberNo: 34,
    });
    expect(refused.status).toBe(422);
    const error = ((await refused.json()) as ApiError).error;
    expect(error.code).toBe('proxy_cross_continent');
    expect(error.message).toBe(
      'Coordination Group — Ulyanovsk-city cannot hold the proxy of Commission Régionale de Partenaires — CRP Fogo: they are on different continents, and a member represents members of its own continent only.',
    );
  });

  it('refuses a chain: the holder cannot pass on a proxy, nor give its own', async () => {
    const lhoussaine = await platform.client().signIn('lhoussaine.aitbrahim@example.org');
    const chain = await lhoussaine.post(`/api/assemblies/${assemblyId}/proxies`, {
      grantorMemberNo: 68,
      holderMemberNo: 87,
    });
    expect(((await chain.json()) as ApiError).error.code).toBe('proxy_chain_grantor_holds');
    const twice = await samuel.post(`/api/assemblies/${assemblyId}/proxies`, {
      grantorMemberNo: 57,
      holderMemberNo: 69,
    });
    expect(((await twice.json()) as ApiError).error.code).toBe('proxy_already_granted');
  });

  it('lets only the grantor representative give or revoke its proxy', async () => {
    const ekaterina = await platform.client().signIn('ekaterina.smoroda@example.org');
    const foreign = await ekaterina.post(`/api/assemblies/${assemblyId}/proxies`, {
      grantorMemberNo: 59,
      holderMemberNo: 68,
    });
    expect(foreign.status).toBe(403);
    expect(((await foreign.json()) as ApiError).error.message).toBe(
      'Only the representative of member 59 can give or revoke its proxy.',
    );
    const { proxies } = await ekaterina.json<ProxiesResponse>(`/api/assemblies/${assemblyId}/proxies`);
    expect(proxies).toEqual([]);
    const register = await table.json<ProxiesResponse>(`/api/assemblies/${assemblyId}/proxies`);
    expect(register.proxies.map((proxy) => proxy.grantor.memberNo)).toEqual([57]);
  });

  it('revokes a proxy not yet used, after which the member may give it again', async () => {
    const { proxies } = await samuel.json<ProxiesResponse>(`/api/assemblies/${assemblyId}/proxies`);
    const revoked = await samuel.post(`/api/assemblies/${assemblyId}/proxies/${proxies[0]!.id}/revoke`);
    expect(revoked.status).toBe(200);
    expect(((await revoked.json()) as ProxyView).revokedAt).not.toBeNull();
    const again = await samuel.post(`/api/assemblies/${assemblyId}/proxies/${proxies[0]!.id}/revoke`);
    expect(((await again.json()) as ApiError).error.code).toBe('proxy_already_revoked');
    expect(
      (await samuel.post(`/api/assemblies/${assemblyId}/proxies`, { grantorMemberNo: 57, holderMemberNo: 69 })).status,
    ).toBe(201);
  });
});
