import type { ProxiesResponse, ProxyView } from '@shared/api';
import { votingMembers } from '@shared/rules/members';
import { permission, type Actor } from '@shared/rules/permissions';
import type { Context } from '../context';
import { Refusal } from '../commands/refusal';
import type { StoredProxy } from '../store/proxies';
import { presentProxy } from '../presenters/proxy';
import { visibleAssembly } from './visibleAssembly';

type Deps = Pick<Context, 'assemblies' | 'register' | 'proxies' | 'statutes'>;

/** The Table keeps the register of proxies; a member sees those it gave or holds. */
function mayRead(actor: Actor, scope: string | null, proxy: StoredProxy): boolean {
  const mine = new Set(actor.represents.map((member) => member.memberNo));
  const table = scope === null && permission(actor, 'assembly.run').allowed;
  return table || mine.has(proxy.grantorMemberNo) || mine.has(proxy.holderMemberNo);
}

/** R.7: the proxies of an assembly a person may read, and every voting member who may hold one. */
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
  return {
    proxies: proxies.filter((proxy) => mayRead(actor, scope, proxy)).map((proxy) => presentProxy(register, proxy)),
    holders,
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
