import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError } from '@shared/api/errors';
import type {
  AdmissionsResponse,
  ExclusionView,
  ExclusionsResponse,
  MemberDetailResponse,
} from '@shared/api/membership';
import { startPlatform, TestClient } from './support';

describe('joining and leaving the network (S.11)', () => {
  const now = new Date('2026-11-21T10:00:00Z');
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let direction: TestClient;

  beforeAll(async () => {
    platform = await startPlatform({ now: () => now });
    direction = await platform.client().signIn('florian.riegert@example.org');
  });
  afterAll(() => platform?.close());

  it('takes a candidate request, lets the Direction approve it, and lists the member as pending validation', async () => {
    const candidate = platform.client();
    const submitted = await candidate.post('/api/admissions', {
      college: 'effective',
      organisation: 'Plateforme multi-acteurs de Dakar-Plateau',
      country: 'Senegal',
      continent: 'Africa',
      territory: 'Dakar-Plateau',
      platformType: 'Plateforme multi-acteurs',
      population: 40_000,
      proposedByMemberNo: null,
      criteria:
        'A multi-actor platform of public, private and citizen actors of the territory, meeting monthly since 2024.',
      contact: { name: 'Awa Ndiaye', email: 'awa.ndiaye@example.org', language: 'fr', timeZone: 'Africa/Dakar' },
    });
    expect(submitted.status).toBe(201);
    const { memberNo } = (await submitted.json()) as { memberNo: number };
    expect(memberNo).toBe(109);

    const queue = await direction.json<AdmissionsResponse>('/api/admissions');
    expect(queue.requested.map((view) => view.member.organisation)).toEqual([
      'Plateforme multi-acteurs de Dakar-Plateau',
    ]);

    const before = await direction.outboxCount();
    const decided = await direction.post(`/api/admissions/${memberNo}/decision`, {
      approve: true,
      reason: 'The platform meets the criteria of article 2.',
    });
    expect(decided.status).toBe(200);
    const mail = await direction.mailTo('awa.ndiaye@example.org', before);
    expect(mail.subject).toBe('TOGETHER : adhésion de Plateforme multi-acteurs de Dakar-Plateau approuvée');
    expect(mail.text).toContain('La prochaine assemblée générale ordinaire la validera');

    const after = await direction.json<AdmissionsResponse>('/api/admissions');
    expect(after.requested).toEqual([]);
    expect(after.pendingValidation[0]?.member).toMatchObject({ memberNo, status: 'pending_validation', voting: false });

    const again = await direction.post(`/api/admissions/${memberNo}/decision`, {
      approve: false,
      reason: 'Changed our mind.',
    });
    expect(again.status).toBe(409);
  });

  it('e-mails the member the grounds of a proposed exclusion at once, with the earliest date of decision', async () => {
    const before = await direction.outboxCount();
    const proposed = await direction.post('/api/exclusions', {
      memberNo: 31,
      ground: 'unmet_obligations',
      reasons: 'No dues paid and no answer to the secretariat since 2022, despite three reminders.',
    });
    expect(proposed.status).toBe(201);
    const view = (await proposed.json()) as ExclusionView;
    expect(view.earliestDecisionAt).toBe('2026-12-21T10:00:00.000Z');

    const mail = await direction.mailTo('aura.hazota@example.org', before);
    expect(mail.subject).toBe(`TOGETHER: the Direction proposes to exclude ${view.organisation}`);
    expect(mail.text).toContain('No dues paid and no answer to the secretariat since 2022');
    expect(mail.text).toContain('21 December 2026 at 12:00, Eastern European Time (UTC+2)');

    const { exclusions } = await direction.json<ExclusionsResponse>('/api/exclusions');
    expect(exclusions.map((exclusion) => exclusion.memberNo)).toEqual([31]);
    const member = await direction.json<MemberDetailResponse>('/api/members/31');
    expect(member.member).toMatchObject({ status: 'exclusion_proposed', voting: true });

    const twice = await direction.post('/api/exclusions', {
      memberNo: 31,
      ground: 'deliberate_harm',
      reasons: 'Another ground, the same member again.',
    });
    expect(twice.status).toBe(409);
    expect(((await twice.json()) as ApiError).error.message).toBe('An exclusion of member 31 is already proposed.');
  });

  it('refuses an exclusion without reasons the member could answer', async () => {
    const response = await direction.post('/api/exclusions', {
      memberNo: 30,
      ground: 'deliberate_harm',
      reasons: 'Bad.',
    });
    expect(response.status).toBe(422);
    expect(((await response.json()) as ApiError).error.issues?.[0]).toEqual({
      path: 'reasons',
      message: 'Write the reasons the member will receive (at least 20 characters)',
    });
  });
});
