import type { ProxiesResponse, ProxyView } from '@shared/api';
import { votingMembers } from '@shared/rules/members';
import { permission, type Actor } from '@shared/rules/permissions';
import { validateProxyGrant } from '@shared/rules/proxies';
import type { Context } from '../context';
import { Refusal } from '../commands/refusal';
import { proxyForRules, type StoredProxy } from '../store/proxies';
import { presentProxy } from '../presenters/proxy';
import { visibleAssembly } from './visibleAssembly';

type Deps = Pick<Context, 'assemblies' | 'register' | 'proxies' | 'statutes'>;

/** The Table keeps the register of proxies; a member sees those it gave or holds. */
function mayRead(actor: Actor, scope: string | null, proxy: StoredProxy): boolean {
  const mine = new Set(actor.represents.map((member) => member.memberNo));
  const table = scope === null && permission(actor, 'assembly.run').allowed;
  return table || mine.has(proxy.grantorMemberNo) || mine.has(proxy.holderMemberNo);
}

/**
 * R.7: the proxies of an assembly a person may read, every voting member, and for each member of
 * this person the ones that may hold its proxy now.
 */
export async function readProxies(
  ctx: Deps,
  actor: Actor,
  scope: string | null,
  assemblyId: string,
): Promise<ProxiesResponse> {
  await visibleAssembly(ctx, actor, scope, assemblyId);
  const register = await ctx.register.snapshot();
  const { proxies } = await ctx.proxies.list(assemblyId);
  const holders = votingMembers(register.members, ctx.statutes).map((member) => ({
    memberNo: member.memberNo,
    organisation: member.organisation,
    continent: member.continent,
    representative:
      register.people.find((person) => person.id === register.representatives.get(member.memberNo))?.name ?? null,
  }));
  // For each member of this person: the holders the rules allow now (R.7: same continent, voting, no chains).
  const members = new Map(register.members.map((member) => [member.memberNo, member]));
  const grants = proxies.map(proxyForRules);
  const holdersFor = actor.represents.map(({ memberNo: grantorMemberNo }) => ({
    grantorMemberNo,
    holderMemberNos: holders
      .filter(
        (holder) =>
          validateProxyGrant(
            { assemblyId, grantorMemberNo, holderMemberNo: holder.memberNo },
            members,
            grants,
            ctx.statutes,
          ).ok,
      )
      .map((holder) => holder.memberNo),
  }));
  return {
    proxies: proxies.filter((proxy) => mayRead(actor, scope, proxy)).map((proxy) => presentProxy(register, proxy)),
    holders,
    holdersFor,
  };
}

/** A proxy as people read it, after a change. */
export async function readProxy(ctx: Pick<Context, 'register'>, proxy: StoredProxy): Promise<ProxyView> {
  return presentProxy(await ctx.register.snapshot(), proxy);
}

/** The signed mandate of a proxy, for the Table and the two members concerned only. */
export async function readMandate(ctx: Deps, actor: Actor, scope: string | null, assemblyId: string, proxyId: string) {
  await visibleAssembly(ctx, actor, scope, assemblyId);
  const { proxies } = await ctx.proxies.list(assemblyId);
  const proxy = proxies.find((candidate) => candidate.id === proxyId);
  const content = proxy?.mandate && mayRead(actor, scope, proxy) ? await ctx.proxies.mandate(proxy.id) : null;
  if (!proxy?.mandate || !content) throw new Refusal('mandate_not_found', {});
  return { mandate: proxy.mandate, content };
}
