import { describe, expect, it } from 'vitest';
import { assembleMinutes } from '@shared/rules/minutes';
import {
  canonicalJson,
  currentApprovals,
  currentMinutesVersion,
  minutesDigestInput,
  minutesStatuses,
  publishVerdict,
  signingOffice,
} from '@shared/rules/minutesApproval';
import type { MinutesApproval } from '@shared/schemas/minutesApproval';
import type { Office } from '@shared/schemas/body';
import { closesAt, day, sources } from './support/minutesSources';

describe('what a signature approves', () => {
  it('is the same text whatever the order of the keys', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: null }] })).toBe(canonicalJson({ a: [{ c: null, d: 2 }], b: 1 }));
    expect(canonicalJson({ b: 1, a: 'x' })).toBe('{"a":"x","b":1}');
  });

  it('changes with the statement', () => {
    const content = assembleMinutes(sources);
    expect(minutesDigestInput(content, 'Approved.')).not.toBe(minutesDigestInput(content, 'Approved!'));
    expect(minutesDigestInput(JSON.parse(JSON.stringify(content)), 'Approved.')).toBe(
      minutesDigestInput(content, 'Approved.'),
    );
  });
});

describe('R.5: who signs and when the minutes can be published', () => {
  it.each([
    { role: 'president' as const, offices: ['president'] as Office[], office: 'president' },
    { role: 'president' as const, offices: ['vice_president'] as Office[], office: 'vice_president' },
    { role: 'president' as const, offices: ['vice_president', 'president'] as Office[], office: 'president' },
    { role: 'president' as const, offices: ['secretary'] as Office[], office: null },
    { role: 'secretary' as const, offices: ['secretary'] as Office[], office: 'secretary' },
    { role: 'secretary' as const, offices: ['president'] as Office[], office: null },
    { role: 'secretary' as const, offices: [] as Office[], office: null },
  ])('$role with seats $offices signs as $office', ({ role, offices, office }) => {
    expect(signingOffice(role, offices)).toBe(office);
  });

  const digest = 'd'.repeat(64);
  const approval = (role: MinutesApproval['role'], approved = digest): MinutesApproval => ({
    role,
    office: role,
    memberNo: role === 'president' ? 3 : 98,
    personId: role,
    name: role,
    at: closesAt,
    digest: approved,
  });
  it.each([
    { why: 'nobody signed', approvals: [], publishedAt: null, reason: 'minutes_not_signed' },
    {
      why: 'only the secretary signed',
      approvals: [approval('secretary')],
      publishedAt: null,
      reason: 'minutes_president_missing',
    },
    {
      why: 'only the president signed',
      approvals: [approval('president')],
      publishedAt: null,
      reason: 'minutes_secretary_missing',
    },
    {
      why: 'the president signed an earlier text',
      approvals: [approval('president', 'e'.repeat(64)), approval('secretary')],
      publishedAt: null,
      reason: 'minutes_president_missing',
    },
    {
      why: 'both signed this text',
      approvals: [approval('president'), approval('secretary')],
      publishedAt: null,
      reason: 'minutes_publishable',
    },
    {
      why: 'it is published already',
      approvals: [approval('president'), approval('secretary')],
      publishedAt: closesAt,
      reason: 'minutes_published_already',
    },
  ])('$why: $reason', ({ approvals, publishedAt, reason }) => {
    expect(publishVerdict({ digest, approvals, publishedAt })).toEqual({
      ok: reason === 'minutes_publishable',
      reason,
    });
  });

  it('keeps only the signatures of the present text', () => {
    const stale = approval('president', 'e'.repeat(64));
    expect(currentApprovals({ digest, approvals: [stale, approval('secretary')] }).map((entry) => entry.role)).toEqual([
      'secretary',
    ]);
  });
});

describe('which version is the minutes', () => {
  it.each([
    { versions: [], current: null, statuses: [] },
    { versions: [{ version: 1, publishedAt: null }], current: null, statuses: ['draft'] },
    { versions: [{ version: 1, publishedAt: closesAt }], current: 1, statuses: ['published'] },
    {
      versions: [
        { version: 1, publishedAt: closesAt },
        { version: 2, publishedAt: null },
      ],
      current: 1,
      statuses: ['published', 'draft'],
    },
    {
      versions: [
        { version: 1, publishedAt: closesAt },
        { version: 2, publishedAt: new Date(Date.parse(closesAt) + day).toISOString() },
      ],
      current: 2,
      statuses: ['superseded', 'published'],
    },
  ])('$statuses: the minutes are version $current', ({ versions, current, statuses }) => {
    expect(currentMinutesVersion(versions)).toBe(current);
    expect([...minutesStatuses(versions).values()]).toEqual(statuses);
  });
});
