import { createHash, randomBytes } from 'node:crypto';
import { assemblyPhase } from '@shared/rules/assemblies';
import type { Actor } from '@shared/rules/permissions';
import { proxyRevocation, validateProxyGrant } from '@shared/rules/proxies';
import type { GrantProxyInput } from '@shared/schemas/proxy';
import { enqueue } from '../queue/queues';
import { personalLink } from '../auth/personalLink';
import { signature } from '../auth/actor';
import { Refusal } from './refusal';
import { proxyForRules, type StoredProxy } from '../store/proxies';
import type { Context } from '../context';
import { assemblyOr404 } from './editAssembly';
import { checkUpload, storedName } from './uploadDocument';
import { addressedTo } from '../mail/render';
import { durable } from './durable';

/** Proxies are given and revoked before the close only (R.7: for one assembly). */
async function openAssembly(ctx: Pick<Context, 'assemblies' | 'now'>, assemblyId: string) {
  const assembly = await assemblyOr404(ctx, assemblyId);
  const phase = assemblyPhase(assembly, ctx.now());
  if (phase !== 'convened' && phase !== 'open') {
    throw new Refusal('assembly_not_open_for_proxies', { phase });
  }
  return assembly;
}

function representsOr403(actor: Actor, memberNo: number): void {
  if (!actor.represents.some((member) => member.memberNo === memberNo)) {
    throw new Refusal('not_representative', { memberNo, context: 'proxy' }, { missing: 'representative' });
  }
}

/**
 * R.7: a voting member's representative gives its proxy to another voting member of the same
 * continent, for one assembly, before or during the window; no chains, one per grantor. The
 * holder's representative is told by e-mail.
 */
export async function grantProxy(
  ctx: Pick<
    Context,
    'assemblies' | 'baseUrl' | 'links' | 'now' | 'proxies' | 'queues' | 'register' | 'replication' | 'statutes'
  >,
  actor: Actor,
  input: GrantProxyInput,
): Promise<StoredProxy> {
  const assembly = await openAssembly(ctx, input.assemblyId);
  representsOr403(actor, input.grantorMemberNo);
  const register = await ctx.register.snapshot();
  const members = new Map(register.members.map((member) => [member.memberNo, member]));
  for (let attempt = 1; attempt <= 5; attempt++) {
    const { version, proxies } = await ctx.proxies.list(assembly.id);
    const verdict = validateProxyGrant(input, members, proxies.map(proxyForRules), ctx.statutes);
    if (!verdict.ok) throw new Refusal(verdict.reason, { ...verdict }, { details: verdict });
    const proxy: StoredProxy = {
      id: `x${randomBytes(6).toString('hex')}`,
      assemblyId: assembly.id,
      grantorMemberNo: input.grantorMemberNo,
      holderMemberNo: input.holderMemberNo,
      grantedAt: ctx.now().toISOString(),
      grantedBy: actor.name,
      revokedAt: null,
    };
    if (
      !(await ctx.proxies.save(assembly.id, version, proxy, {
        at: proxy.grantedAt,
        by: signature(actor),
        action: 'proxy.granted',
        subject: `assembly:${assembly.id}`,
        before: null,
        after: proxy,
      }))
    )
      continue;
    const holderPerson = register.people.find(
      (person) => person.id === register.representatives.get(input.holderMemberNo),
    );
    if (holderPerson) {
      await enqueue(ctx.queues, 'mail.send', {
        ...addressedTo(holderPerson),
        template: 'proxyReceived',
        data: {
          name: holderPerson.name,
          grantor: members.get(input.grantorMemberNo)?.organisation ?? '',
          grantorMemberNo: input.grantorMemberNo,
          holder: members.get(input.holderMemberNo)?.organisation ?? '',
          title: assembly.title,
          opensAt: assembly.opensAt,
          closesAt: assembly.closesAt,
          timeZone: holderPerson.timeZone,
          link: await personalLink(ctx, assembly, holderPerson.id),
          networkName: ctx.statutes.networkName,
        },
      });
    }
    await durable(ctx);
    return proxy;
  }
  throw new Refusal('proxies_busy', {});
}

/** Every ballot cast for a member at an assembly (named or secret), to know whether its proxy was used. */
async function ballotsOf(
  ctx: Pick<Context, 'votes'>,
  assemblyId: string,
  memberNo: number,
): Promise<Array<{ memberNo: number; castAs: 'own' | 'proxy' }>> {
  const found: Array<{ memberNo: number; castAs: 'own' | 'proxy' }> = [];
  for (const motion of await ctx.votes.motions(assemblyId)) {
    const cast = motion.secret ? await ctx.votes.secretVoters(motion.id) : await ctx.votes.namedBallots(motion.id);
    found.push(...cast.filter((ballot) => ballot.memberNo === memberNo));
  }
  return found;
}

/** R.7 Reading: the grantor's representative revokes its proxy until the holder uses it. */
export async function revokeProxy(
  ctx: Pick<Context, 'assemblies' | 'now' | 'proxies' | 'replication' | 'votes'>,
  actor: Actor,
  assemblyId: string,
  proxyId: string,
): Promise<StoredProxy> {
  await openAssembly(ctx, assemblyId);
  for (let attempt = 1; attempt <= 5; attempt++) {
    const { version, proxies } = await ctx.proxies.list(assemblyId);
    const proxy = proxies.find((candidate) => candidate.id === proxyId);
    if (!proxy) throw new Refusal('proxy_not_found', {});
    representsOr403(actor, proxy.grantorMemberNo);
    const verdict = proxyRevocation(proxyForRules(proxy), await ballotsOf(ctx, assemblyId, proxy.grantorMemberNo));
    if (!verdict.ok) throw new Refusal(verdict.reason, { ...verdict });
    const revoked = { ...proxy, revokedAt: ctx.now().toISOString() };
    // The holder's ballot may land at the same instant: the store refuses the revocation if one did.
    const outcome = await ctx.proxies.revoke(assemblyId, version, revoked, {
      at: revoked.revokedAt,
      by: signature(actor),
      action: 'proxy.revoked',
      subject: `assembly:${assemblyId}`,
      before: proxy,
      after: revoked,
    });
    if (outcome === 'used') {
      const used = proxyRevocation(proxyForRules(proxy), [{ memberNo: proxy.grantorMemberNo, castAs: 'proxy' }]);
      throw new Refusal(used.reason, { ...used });
    }
    if (outcome === 'moved') continue;
    await durable(ctx);
    return revoked;
  }
  throw new Refusal('proxies_busy', {});
}

/**
 * R.7: the grantor's representative keeps the signed mandate with the proxy (a PDF or an image,
 * checked by its content); a new one replaces the earlier one.
 */
export async function attachMandate(
  ctx: Pick<Context, 'assemblies' | 'now' | 'proxies'>,
  actor: Actor,
  assemblyId: string,
  proxyId: string,
  name: string,
  content: Buffer,
  declaredType?: string,
): Promise<StoredProxy> {
  await assemblyOr404(ctx, assemblyId);
  const { mime } = await checkUpload(content, (type) => type === 'application/pdf' || type.startsWith('image/'), {
    name,
    declaredType,
  });
  for (let attempt = 1; attempt <= 5; attempt++) {
    const { version, proxies } = await ctx.proxies.list(assemblyId);
    const proxy = proxies.find((candidate) => candidate.id === proxyId);
    if (!proxy || proxy.revokedAt) throw new Refusal('proxy_not_found', { context: 'in_force' });
    representsOr403(actor, proxy.grantorMemberNo);
    await ctx.proxies.saveMandate(proxy.id, content);
    const mandate = {
      name: storedName(name, mime),
      mimeType: mime,
      size: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
      uploadedAt: ctx.now().toISOString(),
    };
    const updated = { ...proxy, mandate };
    if (
      !(await ctx.proxies.save(assemblyId, version, updated, {
        at: mandate.uploadedAt,
        by: signature(actor),
        action: 'proxy.mandate_attached',
        subject: `assembly:${assemblyId}`,
        before: proxy.mandate ?? null,
        after: mandate,
      }))
    )
      continue;
    return updated;
  }
  throw new Refusal('proxies_busy', { context: 'changing' });
}
