import express, { Router } from 'express';
import type { ProxiesResponse, ProxyView } from '@shared/api/voting';
import { votingMembers } from '@shared/rules/members';
import { permission } from '@shared/rules/permissions';
import { grantProxyInputSchema } from '@shared/schemas/proxy';
import type { Context } from '../context';
import type { RegisterSnapshot } from '../store/register';
import type { StoredProxy } from '../store/proxies';
import { attachMandate, grantProxy, revokeProxy } from '../commands/grantProxy';
import { documentMaxBytes } from '../commands/uploadDocument';
import { HttpError } from './errors';
import { parseInput } from './errors';
import { authorize } from './identity';

function present(register: RegisterSnapshot, proxy: StoredProxy): ProxyView {
  const member = (memberNo: number) => register.members.find((candidate) => candidate.memberNo === memberNo);
  const grantor = member(proxy.grantorMemberNo);
  const holder = member(proxy.holderMemberNo);
  const holderPerson = register.people.find(
    (person) => person.id === register.representatives.get(proxy.holderMemberNo),
  );
  return {
    id: proxy.id,
    grantor: {
      memberNo: proxy.grantorMemberNo,
      organisation: grantor?.organisation ?? '',
      continent: grantor?.continent ?? '',
    },
    holder: {
      memberNo: proxy.holderMemberNo,
      organisation: holder?.organisation ?? '',
      continent: holder?.continent ?? '',
      representative: holderPerson?.name ?? null,
    },
    grantedAt: proxy.grantedAt,
    grantedBy: proxy.grantedBy,
    revokedAt: proxy.revokedAt,
    mandate: proxy.mandate ? { name: proxy.mandate.name, size: proxy.mandate.size } : null,
  };
}

/** R.7: giving, revoking and reading the proxies of an assembly. */
export function proxyRoutes(ctx: Context): Router {
  const router = Router();

  router.get('/api/assemblies/:id/proxies', async (request, response) => {
    const actor = authorize(response, 'assembly.view', request.params.id);
    const register = await ctx.register.snapshot();
    const { proxies } = await ctx.proxies.list(request.params.id ?? '');
    // The Table keeps the register of proxies; a member sees those it gave or holds.
    const mine = new Set(actor.represents.map((member) => member.memberNo));
    const table = response.locals.scope === null && permission(actor, 'assembly.run').allowed;
    const visible = proxies.filter(
      (proxy) => table || mine.has(proxy.grantorMemberNo) || mine.has(proxy.holderMemberNo),
    );
    const holders = votingMembers(register.members, ctx.statutes).map((member) => ({
      memberNo: member.memberNo,
      organisation: member.organisation,
      continent: member.continent,
      representative:
        register.people.find((person) => person.id === register.representatives.get(member.memberNo))?.name ?? null,
    }));
    const body: ProxiesResponse = { proxies: visible.map((proxy) => present(register, proxy)), holders };
    response.json(body);
  });

  router.post('/api/assemblies/:id/proxies', async (request, response) => {
    const actor = authorize(response, 'assembly.view', request.params.id);
    const input = parseInput(grantProxyInputSchema, { ...request.body, assemblyId: request.params.id }, 'The proxy');
    const proxy = await grantProxy(ctx, actor, input);
    response.status(201).json(present(await ctx.register.snapshot(), proxy));
  });

  router.post('/api/assemblies/:id/proxies/:proxyId/revoke', async (request, response) => {
    const actor = authorize(response, 'assembly.view', request.params.id);
    const proxy = await revokeProxy(ctx, actor, request.params.id ?? '', request.params.proxyId ?? '');
    response.json(present(await ctx.register.snapshot(), proxy));
  });

  router.post(
    '/api/assemblies/:id/proxies/:proxyId/mandate',
    express.raw({ type: () => true, limit: documentMaxBytes + 1024 }),
    async (request, response) => {
      const actor = authorize(response, 'assembly.view', request.params.id);
      const name = typeof request.query.name === 'string' && request.query.name ? request.query.name : 'mandate';
      const content = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const proxy = await attachMandate(
        ctx,
        actor,
        request.params.id ?? '',
        request.params.proxyId ?? '',
        name,
        content,
        request.get('content-type'),
      );
      response.status(201).json(present(await ctx.register.snapshot(), proxy));
    },
  );

  router.get('/api/assemblies/:id/proxies/:proxyId/mandate', async (request, response) => {
    const actor = authorize(response, 'assembly.view', request.params.id);
    const { proxies } = await ctx.proxies.list(request.params.id ?? '');
    const proxy = proxies.find((candidate) => candidate.id === request.params.proxyId);
    const mine = new Set(actor.represents.map((member) => member.memberNo));
    const table = response.locals.scope === null && permission(actor, 'assembly.run').allowed;
    if (!proxy?.mandate || !(table || mine.has(proxy.grantorMemberNo) || mine.has(proxy.holderMemberNo)))
      throw new HttpError(404, 'mandate_not_found', 'There is no mandate you may read for this proxy.');
    const content = await ctx.proxies.mandate(proxy.id);
    if (!content) throw new HttpError(404, 'mandate_not_found', 'There is no mandate you may read for this proxy.');
    response
      .set({
        'Content-Type': proxy.mandate.mimeType,
        'Content-Security-Policy': "sandbox; default-src 'none'",
        'Cache-Control': 'private, no-store',
      })
      .attachment(proxy.mandate.name)
      .send(content);
  });

  return router;
}
