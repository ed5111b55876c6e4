import { readFileSync } from 'node:fs';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssemblyView, DeliveriesResponse } from '@shared/api/assemblies';
import type { ApiError } from '@shared/api/errors';
import type { OutboxMessage, OutboxResponse } from '@shared/api/service';
import type { MeResponse } from '@shared/api/session';
import { startPlatform, TestClient, eventually } from './support';

const day = 86_400_000;
const pdf = readFileSync(new URL('../fixtures/accounts-2026.pdf', import.meta.url));

/** An instant as a Table member in Brussels would type it, with its offset. */
const inDays = (days: number) => new Date(Math.ceil((Date.now() + days * day) / 60_000) * 60_000).toISOString();

describe('convening an assembly (R.6, R.7)', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let table: TestClient;
  let assembly: AssemblyView;

  const convocations = async () => {
    const { messages } = await table.json<OutboxResponse>('/api/outbox');
    return messages.filter((message) =>
      /^(Convocation|Convocation mise à jour|Updated convocation)\b/.test(message.subject),
    );
  };

  beforeAll(async () => {
    platform = await startPlatform();
    table = await platform.client().signIn('giusto.maniscalchi@example.org');
  });
  afterAll(() => platform?.close());

  it('lets the Table draft an ordinary assembly with two items and a PDF', async () => {
    const created = await table.post('/api/assemblies', {
      kind: 'ordinary',
      title: 'Spring ordinary assembly',
      opensAt: inDays(14),
    });
    expect(created.status).toBe(201);
    assembly = (await created.json()) as AssemblyView;
    expect(Date.parse(assembly.assembly.closesAt) - Date.parse(assembly.assembly.opensAt)).toBe(86_400_000);
    expect(assembly.phase).toBe('draft');

    for (const title of ['Report of the Direction and accounts of 2025', 'Action plan of the working groups']) {
      expect(
        (await table.post(`/api/assemblies/${assembly.assembly.id}/agenda`, { kind: 'ordinary_decision', title }))
          .status,
      ).toBe(201);
    }
    const item = (await table.json<AssemblyView>(`/api/assemblies/${assembly.assembly.id}`)).assembly.agenda[0]!;
    const upload = await fetch(
      `${platform.base}/api/assemblies/${assembly.assembly.id}/agenda/${item.id}/documents?name=Comptes%202025.pdf`,
      {
        method: 'POST',
        headers: { cookie: table.cookie, 'content-type': 'application/pdf' },
        body: pdf,
      },
    );
    expect(upload.status).toBe(201);
    expect(await upload.json()).toMatchObject({ name: 'Comptes 2025.pdf', mimeType: 'application/pdf' });
  });

  it('refuses a file whose content is not a document, whatever its name', async () => {
    const item = (await table.json<AssemblyView>(`/api/assemblies/${assembly.assembly.id}`)).assembly.agenda[1]!;
    const upload = await fetch(
      `${platform.base}/api/assemblies/${assembly.assembly.id}/agenda/${item.id}/documents?name=budget.pdf`,
      {
        method: 'POST',
        headers: { cookie: table.cookie, 'content-type': 'application/pdf' },
        body: '#!/bin/sh\nrm -rf /\n',
      },
    );
    expect(upload.status).toBe(415);
    expect(((await upload.json()) as ApiError).error.message).toContain('not a document Agora accepts');
  });

  it('refuses to convene 14 days ahead, with the dates, and convenes once moved', async () => {
    const early = await table.post(`/api/assemblies/${assembly.assembly.id}/convene`);
    expect(early.status).toBe(422);
    const refusal = ((await early.json()) as ApiError).error;
    expect(refusal.code).toBe('convocation_notice_too_short');
    expect(refusal.message).toMatch(
      /^Not enough notice: sent now, the convocation allows an opening on .* at the earliest\. To open on .*, it had to go by .*\./,
    );
    const details = refusal.details as { earliestOpensAt: string; latestDispatchAt: string };
    expect(Date.parse(details.earliestOpensAt) - Date.now()).toBeGreaterThan(15 * day - 60_000);
    expect(Date.parse(details.latestDispatchAt)).toBe(Date.parse(assembly.assembly.opensAt) - 15 * day);
    expect(await convocations()).toEqual([]);

    const moved = await table.request('PATCH', `/api/assemblies/${assembly.assembly.id}`, {
      kind: 'ordinary',
      title: 'Spring ordinary assembly',
      opensAt: inDays(16),
    });
    expect(moved.status).toBe(200);
    expect(((await moved.json()) as AssemblyView).convocation).toMatchObject({ ok: true, reason: 'convocation_ready' });

    const [first, second] = await Promise.all([
      table.post(`/api/assemblies/${assembly.assembly.id}/convene`),
      table.post(`/api/assemblies/${assembly.assembly.id}/convene`),
    ]);
    const bodies = (await Promise.all([first.json(), second.json()])) as Array<{ sent: boolean; dispatchNo: number }>;
    expect(bodies.map((body) => body.sent).sort()).toEqual([false, true]);
    expect(bodies.map((body) => body.dispatchNo)).toEqual([1, 1]);
  });

  it('sends one convocation per person, 26 for the 108 members, naming every member each represents, with the times of each reader', async () => {
    const all = await eventually(
      async () => {
        const found = await convocations();
        return found.length >= 26 ? found : undefined;
      },
      '26 convocations',
      20_000,
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await convocations()).toHaveLength(26);
    expect(new Set(all.flatMap((summary) => summary.to)).size).toBe(26);

    const texts = await Promise.all(all.map((summary) => table.json<OutboxMessage>(`/api/outbox/${summary.id}`)));
    const memberNos = texts.flatMap((message) =>
      [...message.text.matchAll(/\((?:member no\.|membre n°) (\d+)\)/g)].map((match) => Number(match[1])),
    );
    // Every member named once, in its representative's one e-mail.
    expect(memberNos).toHaveLength(108);
    expect(new Set(memberNos).size).toBe(108);

    const toEkaterina = texts.find((message) => message.to.includes('ekaterina.smoroda@example.org'))!;
    expect(toEkaterina.text).toMatch(/Pour les 24 membres que vous représentez|For the 24 members you represent/);
    expect(toEkaterina.text.match(/\((?:member no\.|membre n°) \d+\)/g)).toHaveLength(24);
    // One personal link, whatever the number of members.
    expect(new Set(toEkaterina.text.match(/\/join#token=[A-Za-z0-9_.-]+/g)).size).toBe(1);

    const toCapeVerde = texts.find((message) => message.to.includes('samuel.thirion@example.org'))!;
    expect(toCapeVerde.subject).toBe('Convocation : Spring ordinary assembly — TOGETHER');
    expect(toCapeVerde.text).toContain('Pour les 9 membres que vous représentez');
    expect(toCapeVerde.text).toContain('heure normale du Cap-Vert (UTC−1)');
    expect(toCapeVerde.text).toContain('heure d’Europe centrale (UTC');
    expect(toCapeVerde.text).not.toMatch(/Atlantic\/|Europe\//);
    expect(toCapeVerde.text).toContain('Comptes 2025.pdf');

    // The Table still sees each member convened.
    const deliveries = await table.json<DeliveriesResponse>(`/api/assemblies/${assembly.assembly.id}/deliveries`);
    expect(deliveries.counts).toEqual({ queued: 0, sent: 108, failed: 0 });
    expect(deliveries.deliveries.filter((delivery) => delivery.email === 'ekaterina.smoroda@example.org')).toHaveLength(
      24,
    );
  });

  it('opens the assembly, signed in as the representative, from the personal link, and nothing else', async () => {
    const summary = (await convocations()).find((message) => message.to.includes('ekaterina.smoroda@example.org'))!;
    const message = await table.json<OutboxMessage>(`/api/outbox/${summary.id}`);
    const token = /\/assemblies\/[^/]+\/join#token=([A-Za-z0-9_.-]+)/.exec(message.text)?.[1] ?? '';

    const member = platform.client();
    const opened = await member.post('/api/auth/assembly-link', { token });
    expect(opened.status).toBe(200);
    // The answer says which assembly opened and who the browser now is, the same as /api/me.
    const answer = (await opened.json()) as { assemblyId: string; me: MeResponse };
    expect(answer).toMatchObject({
      assemblyId: assembly.assembly.id,
      me: { person: { name: 'Ekaterina Smoroda' }, scope: assembly.assembly.id },
    });
    const me = await member.json<MeResponse>('/api/me');
    expect(me).toEqual(answer.me);
    // The one link opens the room for every member she represents.
    expect(me.actor.represents).toHaveLength(24);
    const page = await member.json<AssemblyView>(`/api/assemblies/${assembly.assembly.id}`);
    expect(page.assembly.agenda.map((item) => item.title)).toEqual([
      'Report of the Direction and accounts of 2025',
      'Action plan of the working groups',
    ]);
    expect(page.deliveries).toBeNull();

    const document = await member.get(`/api/assemblies/${assembly.assembly.id}/documents/${page.documents[0]!.id}`);
    expect(document.status).toBe(200);
    expect(document.headers.get('content-type')).toBe('application/pdf');
    expect(document.headers.get('content-disposition')).toContain('attachment');
    expect(Buffer.from(await document.arrayBuffer()).equals(pdf)).toBe(true);

    const register = await member.get('/api/members');
    expect(register.status).toBe(403);
    expect(((await register.json()) as ApiError).error.code).toBe('link_scope');
    expect(
      (await platform.client().get(`/api/assemblies/${assembly.assembly.id}/documents/${page.documents[0]!.id}`))
        .status,
    ).toBe(401);

    // One character changed inside the signature (the last character of base64url text may carry only padding bits).
    const at = token.lastIndexOf('.') + 2;
    const tampered = await platform.client().post('/api/auth/assembly-link', {
      token: `${token.slice(0, at)}${token[at] === 'A' ? 'B' : 'A'}${token.slice(at + 1)}`,
    });
    expect(tampered.status).toBe(400);
  });

  it('keeps the agenda closed to anyone but the Table', async () => {
    const member = await platform.client().signIn('samuel.thirion@example.org');
    const response = await member.post(`/api/assemblies/${assembly.assembly.id}/agenda`, {
      kind: 'information',
      title: 'My own item',
    });
    expect(response.status).toBe(403);
    expect(((await response.json()) as ApiError).error.missing).toBe('table');
  });
});

describe('the printable convocation', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  beforeAll(async () => {
    platform = await startPlatform();
  });
  afterAll(() => platform?.close());

  it('prints one letter per member, with Cyrillic names, for the Table only', async () => {
    const table = await platform.client().signIn('giusto.maniscalchi@example.org');
    const created = (await (
      await table.post('/api/assemblies', { kind: 'ordinary', title: 'Printed assembly', opensAt: inDays(18) })
    ).json()) as AssemblyView;
    await table.post(`/api/assemblies/${created.assembly.id}/agenda`, { kind: 'information', title: 'News' });
    expect((await table.get(`/api/assemblies/${created.assembly.id}/convocations.pdf`)).status).toBe(409);
    await table.post(`/api/assemblies/${created.assembly.id}/convene`);

    const one = await table.get(`/api/assemblies/${created.assembly.id}/convocations.pdf?member=42`);
    expect(one.status).toBe(200);
    expect(one.headers.get('content-type')).toBe('application/pdf');
    // A name the Table recognises: the network, AGO for an ordinary assembly, the day it opens in Brussels.
    const day = DateTime.fromISO(created.assembly.opensAt, { zone: 'Europe/Brussels' }).toFormat('yyyy-MM-dd');
    expect(one.headers.get('content-disposition')).toBe(
      `attachment; filename="TOGETHER-AGO-${day}-convocation-42.pdf"; filename*=UTF-8''TOGETHER-AGO-${day}-convocation-42.pdf`,
    );
    const single = Buffer.from(await one.arrayBuffer());
    expect(single.subarray(0, 5).toString()).toBe('%PDF-');
    expect(single.toString('latin1').match(/\/Type \/Page\b/g)).toHaveLength(1);

    const allResponse = await table.get(`/api/assemblies/${created.assembly.id}/convocations.pdf`);
    expect(allResponse.headers.get('content-disposition')).toContain(`filename="TOGETHER-AGO-${day}-convocations.pdf"`);
    const all = Buffer.from(await allResponse.arrayBuffer());
    expect(all.toString('latin1').match(/\/Type \/Page\b/g)?.length).toBeGreaterThanOrEqual(108);

    const member = await platform.client().signIn('samuel.thirion@example.org');
    expect((await member.get(`/api/assemblies/${created.assembly.id}/convocations.pdf`)).status).toBe(403);
  });
});

describe('cancelling a convened assembly', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  beforeAll(async () => {
    platform = await startPlatform();
  });
  afterAll(() => platform?.close());

  it('tells each person once, with the reason, and drops the assembly from the room', async () => {
    const table = await platform.client().signIn('giusto.maniscalchi@example.org');
    const created = (await (
      await table.post('/api/assemblies', { kind: 'ordinary', title: 'Assembly to cancel', opensAt: inDays(20) })
    ).json()) as AssemblyView;
    await table.post(`/api/assemblies/${created.assembly.id}/agenda`, { kind: 'information', title: 'News' });
    await table.post(`/api/assemblies/${created.assembly.id}/convene`);
    await table.convocationsSent(created.assembly.id);
    const before = await table.outboxCount();

    const cancelled = await table.post(`/api/assemblies/${created.assembly.id}/cancel`, {
      reason: 'The International Meeting moved to June.',
    });
    expect(cancelled.status).toBe(200);
    expect(((await cancelled.json()) as AssemblyView).phase).toBe('cancelled');

    const mail = await table.mailTo('ekaterina.smoroda@example.org', before, /cancelled|annulée/);
    expect(mail.text).toContain('The International Meeting moved to June.');
    await new Promise((resolve) => setTimeout(resolve, 500));
    const { messages } = await table.json<OutboxResponse>('/api/outbox');
    const notices = messages
      .slice(0, messages.length - before)
      .filter((message) => /cancelled|annulée/.test(message.subject));
    expect(notices.filter((message) => message.to.includes('ekaterina.smoroda@example.org'))).toHaveLength(1);
    expect(new Set(notices.map((message) => message.to[0])).size).toBe(notices.length);

    const again = await table.post(`/api/assemblies/${created.assembly.id}/cancel`, { reason: 'Twice.' });
    expect(again.status).toBe(409);
  });
});
