import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditResponse } from '@shared/api/audit';
import type { DuesResponse, MemberDetailResponse } from '@shared/api/membership';
import type { ImportRefusal, ImportSummary, MembersResponse } from '@shared/api/register';
import type { MeResponse } from '@shared/api/session';
import { parse } from 'csv-parse/sync';
import { startPlatform, TestClient } from './support';

describe('the register kept by the secretariat', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let secretariat: TestClient;

  beforeAll(async () => {
    platform = await startPlatform();
    secretariat = await platform.client().signIn('secretariat@example.org');
  });
  afterAll(() => platform?.close());

  const importCsv = (client: TestClient, csv: string) =>
    fetch(`${platform.base}/api/register/import`, {
      method: 'POST',
      headers: { cookie: client.cookie, 'content-type': 'text/csv' },
      body: csv,
    });
  const exportCsv = async () => (await secretariat.get('/api/register/export')).text();

  it('exports the register with e-mails, and importing the same file again changes nothing', async () => {
    const csv = await exportCsv();
    expect(csv.split('\r\n')[0]).toBe(
      'member_no,territory_no,college,continent,country,territory,organisation,platform_type,representative,representative_email,population',
    );
    expect(csv).toContain(
      '57,47,effective,Africa,Cape Verde,CRP Brava,Commission Régionale de Partenaires — CRP Brava,CRP,Samuel Thirion,samuel.thirion@example.org,',
    );
    expect(csv).toContain('samuel.thirion@example.org');
    const version = (await secretariat.json<MembersResponse>('/api/members')).members;
    const response = await importCsv(secretariat, csv);
    expect(response.status).toBe(200);
    expect((await response.json()) as ImportSummary).toEqual({
      membersCreated: 0,
      membersUpdated: 0,
      membersUnchanged: 108,
      peopleCreated: 0,
      representativesChanged: 0,
    });
    expect((await secretariat.json<MembersResponse>('/api/members')).members).toEqual(version);
  });

  it('exports a name a spreadsheet would run as a formula as text, and imports it back unchanged', async () => {
    const formula = '=HYPERLINK("https://evil.example","Open")';
    expect((await secretariat.request('PATCH', '/api/members/61', { organisation: formula })).status).toBe(200);
    const csv = await exportCsv();
    const line = csv.split('\r\n').find((row) => row.startsWith('61,'))!;
    expect(line).toContain(`"'=HYPERLINK(""https://evil.example"",""Open"")"`);
    const response = await importCsv(secretariat, csv);
    expect(response.status).toBe(200);
    expect(((await response.json()) as ImportSummary).membersUnchanged).toBe(108);
    expect((await secretariat.json<MemberDetailResponse>('/api/members/61')).member.organisation).toBe(formula);
  });

  it('imports a new representative: the new person signs in and sees its member, the former one no longer does', async () => {
    const samuelBefore = await (
      await platform.client().signIn('samuel.thirion@example.org')
    ).json<MeResponse>('/api/me');
    expect(samuelBefore.actor.represents.map((member) => member.memberNo)).toContain(57);

    const csv = (await exportCsv()).replace(
      /^(57,.*),Samuel Thirion,samuel\.thirion@example\.org,/m,
      '$1,Maria Lopes,maria.lopes@example.org,',
    );
    const response = await importCsv(secretariat, csv);
    expect((await response.json()) as ImportSummary).toMatchObject({
      membersUnchanged: 108,
      peopleCreated: 1,
      representativesChanged: 1,
    });

    const maria = await (await platform.client().signIn('maria.lopes@example.org')).json<MeResponse>('/api/me');
    expect(maria.person.language).toBe('fr');
    expect(maria.person.timeZone).toBe('Atlantic/Cape_Verde');
    expect(maria.actor.represents.map((member) => member.memberNo)).toEqual([57]);
    const samuelAfter = await (
      await platform.client().signIn('samuel.thirion@example.org')
    ).json<MeResponse>('/api/me');
    expect(samuelAfter.actor.represents.map((member) => member.memberNo)).not.toContain(57);
    expect(samuelAfter.actor.represents).toHaveLength(samuelBefore.actor.represents.length - 1);

    const detail = await secretariat.json<MemberDetailResponse>('/api/members/57');
    expect(detail.designations.map((designation) => designation.person?.name)).toEqual([
      'Samuel Thirion',
      'Maria Lopes',
    ]);
    expect(detail.designations[1]?.setBy).toBe('Secrétariat TOGETHER (import)');
  });

  it('refuses a file with bad rows, naming each by line and column, and stores nothing', async () => {
    const lines = (await exportCsv()).split('\r\n');
    lines[3] = lines[3]!.replace(',effective,', ',honorary,');
    lines[6] = lines[6]!.replace(/^\d+,/, 'six,');
    lines[9] = lines[9]!.replace('Belgium', 'Belgique').replace(/,[^,]*@example\.org,/, ',not-an-address,');
    const before = await exportCsv();
    const response = await importCsv(secretariat, lines.join('\r\n'));
    expect(response.status).toBe(422);
    const refusal = (await response.json()) as ImportRefusal;
    expect(refusal.error.message).toContain('nothing was stored');
    expect(refusal.problems.map(({ line, column, code, params }) => ({ line, column, code, params }))).toEqual([
      { line: 4, column: 'college', code: 'not_one_of', params: { allowed: 'effective, de_jure, associate' } },
      { line: 7, column: 'member_no', code: 'not_whole_number', params: {} },
      { line: 10, column: 'representative_email', code: 'not_email', params: {} },
    ]);
    expect(refusal.problems[0]).toMatchObject({
      value: 'honorary',
      message: 'Write one of: effective, de_jure, associate.',
    });
    expect(refusal.problems[1]?.value).toBe('six');
    expect(refusal.problems[2]?.value).toBe('not-an-address');
    // Each problem names the organisation of its line, so the secretariat finds the member.
    for (const [index, line] of [3, 6, 9].entries())
      expect(lines[line]).toContain(refusal.problems[index]!.organisation!);
    expect(await exportCsv()).toBe(before);
  });

  it('reads a file a French spreadsheet saves: semicolons, a byte order mark, thousands written with spaces', async () => {
    const semicolons = (parse(await exportCsv()) as string[][]).map((cells) =>
      cells.map((cell) => (/[;"]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(';'),
    );
    const row = semicolons.findIndex((line) => line.startsWith('59;'));
    semicolons[row] = semicolons[row]!.replace(/;$/, ';12 500');
    const response = await importCsv(secretariat, `\uFEFF${semicolons.join('\r\n')}\r\n`);
    expect(response.status).toBe(200);
    expect(((await response.json()) as ImportSummary).membersUpdated).toBe(1);
    expect((await secretariat.json<MemberDetailResponse>('/api/members/59')).member.population).toBe(12_500);

    const bad = [...semicolons];
    bad[row] = bad[row]!.replace(';effective;', ';efective;');
    const refused = await importCsv(secretariat, `\uFEFF${bad.join('\r\n')}`);
    expect(refused.status).toBe(422);
    const { problems } = (await refused.json()) as ImportRefusal;
    expect(problems).toEqual([
      expect.objectContaining({
        line: row + 1,
        column: 'college',
        value: 'efective',
        organisation: expect.stringMatching(/\S/),
        code: 'not_one_of',
      }),
    ]);
    expect(bad[row]).toContain(`;${problems[0]!.organisation};`);

    const headerless = await importCsv(secretariat, '\uFEFFmember_no;college\r\n1;effective\r\n');
    expect(((await headerless.json()) as ImportRefusal).problems[0]).toMatchObject({
      line: 1,
      code: 'missing_columns',
      params: { columns: 'territory_no, continent, country, territory, organisation, platform_type, representative' },
    });
  });

  it('records a new representative designated by the secretariat, with who did it and when', async () => {
    const response = await secretariat.post('/api/members/58/representative', {
      newPerson: {
        name: 'João Fonseca',
        email: 'joao.fonseca@example.org',
        language: 'en',
        timeZone: 'Atlantic/Cape_Verde',
      },
    });
    expect(response.status).toBe(200);
    const detail = (await response.json()) as MemberDetailResponse;
    expect(detail.member.representative?.name).toBe('João Fonseca');
    expect(detail.representativeEmail).toBe('joao.fonseca@example.org');
    expect(detail.designations.at(-1)).toMatchObject({
      person: { name: 'João Fonseca' },
      setBy: 'Secrétariat TOGETHER',
    });

    const { entries } = await secretariat.json<AuditResponse>('/api/audit?subject=member:58');
    expect(entries[0]).toMatchObject({
      action: 'member.representative_designated',
      by: { name: 'Secrétariat TOGETHER' },
      after: { name: 'João Fonseca' },
    });
  });

  it('refuses to give a new person an address someone already has', async () => {
    const response = await secretariat.post('/api/members/59/representative', {
      newPerson: {
        name: 'Someone',
        email: 'samuel.thirion@example.org',
        language: 'en',
        timeZone: 'Atlantic/Cape_Verde',
      },
    });
    expect(response.status).toBe(409);
    expect(((await response.json()) as ImportRefusal).error.message).toBe(
      'samuel.thirion@example.org already belongs to Samuel Thirion: choose that person instead.',
    );
  });

  it('computes each territory minimum dues once the population is known (R.9)', async () => {
    const patched = await secretariat.request('PATCH', '/api/members/59', { population: 50_000 });
    expect(patched.status).toBe(200);
    expect(((await patched.json()) as MemberDetailResponse).dues).toMatchObject({
      ok: true,
      amount: 18,
      factor: 0.365,
    });
    const { territories } = await secretariat.json<DuesResponse>('/api/dues');
    const maio = territories.find((territory) => territory.territory === 'CRP Maio');
    expect(maio?.dues).toMatchObject({ ok: true, amount: 18 });
    expect(territories.find((territory) => territory.territory === 'CRP Fogo')?.dues).toMatchObject({
      ok: false,
      reason: 'dues_population_unknown',
    });
  });

  it('refuses a correction that breaks the rules of a member, field by field', async () => {
    const response = await secretariat.request('PATCH', '/api/members/59', { population: -3, college: 'honorary' });
    expect(response.status).toBe(422);
    const body = (await response.json()) as ImportRefusal;
    expect(body.error.issues?.map((issue) => issue.path).sort()).toEqual(['college', 'population']);
  });
});
