import { describe, expect, it } from 'vitest';
import { proxyRevocation, validateProxyGrant, type ProxyMember } from '@shared/rules/proxies';
import type { MemberStatus } from '@shared/schemas/member';
import { togetherStatutes, type Statutes } from '@shared/statutes';
import { loadFoundingRegister } from './support/foundingRegister';
import { grant } from './support/grants';

// Founding register: 1-4 Belgium, 34-36 Russia (Europe), 68-69 Morocco (Africa), 105 an associate.
const register = new Map<number, ProxyMember>(loadFoundingRegister().map(({ member }) => [member.memberNo, member]));
const withStatus = (memberNo: number, status: MemberStatus) => {
  const copy = new Map(register);
  const member = register.get(memberNo);
  if (member !== undefined) copy.set(memberNo, { ...member, status });
  return copy;
};

describe('R.7 (Reading): a proxy goes from a voting member to a voting member of its continent', () => {
  it.each([
    { grantor: 34, holder: 1, members: register, reason: 'proxy_valid', why: 'Russia to Belgium, both Europe' },
    { grantor: 68, holder: 69, members: register, reason: 'proxy_valid', why: 'Morocco to Morocco' },
    {
      grantor: 34,
      holder: 68,
      members: register,
      reason: 'proxy_cross_continent',
      why: 'a Russian member to a Moroccan member',
    },
    {
      grantor: 68,
      holder: 3,
      members: register,
      reason: 'proxy_cross_continent',
      why: 'a Moroccan member to a Belgian member',
    },
    { grantor: 34, holder: 34, members: register, reason: 'proxy_to_self', why: 'to itself' },
    { grantor: 999, holder: 1, members: register, reason: 'proxy_unknown_member', why: 'an unknown grantor' },
    {
      grantor: 105,
      holder: 1,
      members: register,
      reason: 'proxy_grantor_not_voting',
      why: 'an associate has no vote to give',
    },
    {
      grantor: 1,
      holder: 105,
      members: register,
      reason: 'proxy_holder_not_voting',
      why: 'an associate cannot hold one',
    },
    {
      grantor: 1,
      holder: 3,
      members: withStatus(3, 'pending_validation'),
      reason: 'proxy_holder_not_voting',
      why: 'holder pending validation',
    },
    {
      grantor: 1,
      holder: 3,
      members: withStatus(3, 'excluded'),
      reason: 'proxy_holder_not_voting',
      why: 'holder excluded',
    },
    {
      grantor: 1,
      holder: 3,
      members: withStatus(1, 'pending_validation'),
      reason: 'proxy_grantor_not_voting',
      why: 'grantor pending validation',
    },
    {
      grantor: 1,
      holder: 3,
      members: withStatus(3, 'exclusion_proposed'),
      reason: 'proxy_valid',
      why: 'a proposed exclusion does not suspend the vote',
    },
  ])('$why: $reason', ({ grantor, holder, members, reason }) => {
    const verdict = validateProxyGrant(
      { assemblyId: 'ega', grantorMemberNo: grantor, holderMemberNo: holder },
      members,
      [],
    );
    expect(verdict.reason).toBe(reason);
    expect(verdict.ok).toBe(reason === 'proxy_valid');
  });

  it('gives the figures of a cross-continent refusal', () => {
    expect(
      validateProxyGrant({ assemblyId: 'ega', grantorMemberNo: 34, holderMemberNo: 68 }, register, []),
    ).toMatchObject({
      grantorContinent: 'Europe',
      holderContinent: 'Africa',
      holderCount: 0,
      holderLimit: 0,
    });
  });
});

describe('R.7 (Reading): one proxy per grantor and assembly, no chains', () => {
  const existing = grant(35, 1); // Russian member 35 gave its proxy to Belgian member 1.
  it.each([
    {
      grantor: 1,
      holder: 3,
      reason: 'proxy_chain_grantor_holds',
      why: 'member 1 holds a proxy, so cannot give its own',
    },
    {
      grantor: 36,
      holder: 35,
      reason: 'proxy_chain_holder_grants',
      why: 'member 35 gave its proxy, so cannot hold one',
    },
    { grantor: 35, holder: 3, reason: 'proxy_already_granted', why: 'member 35 already gave its proxy' },
    { grantor: 36, holder: 1, reason: 'proxy_valid', why: 'a holder may hold any number from its continent' },
  ])('$why: $reason', ({ grantor, holder, reason }) => {
    const verdict = validateProxyGrant(
      { assemblyId: 'ega', grantorMemberNo: grantor, holderMemberNo: holder },
      register,
      [existing],
    );
    expect(verdict.reason).toBe(reason);
    if (reason !== 'proxy_valid') expect(verdict.conflictingGrantId).toBe(existing.id);
  });

  it('counts only the proxies of the same assembly', () => {
    const otherAssembly = { ...grant(35, 1), assemblyId: 'ago-2026' };
    expect(
      validateProxyGrant({ assemblyId: 'ega', grantorMemberNo: 35, holderMemberNo: 3 }, register, [otherAssembly])
        .reason,
    ).toBe('proxy_valid');
    expect(
      validateProxyGrant({ assemblyId: 'ago-2026', grantorMemberNo: 35, holderMemberNo: 3 }, register, [otherAssembly])
        .reason,
    ).toBe('proxy_already_granted');
  });

  it('forgets revoked proxies', () => {
    const revoked = grant(35, 1, new Date('2026-10-02T10:00:00Z'));
    expect(
      validateProxyGrant({ assemblyId: 'ega', grantorMemberNo: 35, holderMemberNo: 3 }, register, [revoked]).reason,
    ).toBe('proxy_valid');
    expect(
      validateProxyGrant({ assemblyId: 'ega', grantorMemberNo: 1, holderMemberNo: 3 }, register, [revoked]).reason,
    ).toBe('proxy_valid');
  });
});

describe('a sister network may allow proxies across continents, or cap them', () => {
  const sister: Statutes = { ...togetherStatutes, proxies: { sameContinentPerHolder: 2, crossContinentPerHolder: 1 } };
  it.each([
    { grants: [], grantor: 34, holder: 68, reason: 'proxy_valid', holderCount: 0 },
    { grants: [grant(35, 68)], grantor: 34, holder: 68, reason: 'proxy_cross_continent', holderCount: 1 },
    {
      grants: [grant(69, 68), grant(70, 68)],
      grantor: 71,
      holder: 68,
      reason: 'proxy_holder_limit_reached',
      holderCount: 2,
    },
    { grants: [grant(69, 68), grant(35, 68)], grantor: 71, holder: 68, reason: 'proxy_valid', holderCount: 1 },
  ])(
    'holder 68 already holding $holderCount of the kind, from $grantor: $reason',
    ({ grants, grantor, holder, reason, holderCount }) => {
      const verdict = validateProxyGrant(
        { assemblyId: 'ega', grantorMemberNo: grantor, holderMemberNo: holder },
        register,
        grants,
        sister,
      );
      expect(verdict).toMatchObject({ reason, holderCount });
    },
  );
});

describe('R.7 (Reading): a proxy is revocable until the holder uses it', () => {
  const given = grant(35, 1);
  it.each([
    { ballots: [], reason: 'proxy_revocable' },
    { ballots: [{ memberNo: 35, castAs: 'own' as const }], reason: 'proxy_revocable' },
    { ballots: [{ memberNo: 36, castAs: 'proxy' as const }], reason: 'proxy_revocable' },
    { ballots: [{ memberNo: 35, castAs: 'proxy' as const }], reason: 'proxy_already_used' },
  ])('with ballots $ballots: $reason', ({ ballots, reason }) => {
    expect(proxyRevocation(given, ballots)).toMatchObject({
      reason,
      ok: reason === 'proxy_revocable',
      grantId: given.id,
    });
  });

  it('cannot be revoked twice', () => {
    expect(proxyRevocation(grant(35, 1, new Date('2026-10-02T10:00:00Z')), []).reason).toBe('proxy_already_revoked');
  });
});
