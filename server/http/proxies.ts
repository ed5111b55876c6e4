import { grantProxyInputSchema } from '@shared/schemas/proxy';
import { attachMandate, grantProxy, revokeProxy } from '../commands/grantProxy';
import { documentMaxBytes } from '../commands/uploadDocument';
import { readMandate, readProxies, readProxy } from '../queries/readProxies';
import { download, json, route } from './route';

/** R.7: giving, revoking and reading the proxies of an assembly. */
export const proxyRoutes = [
  route({
    method: 'GET',
    path: '/api/assemblies/:id/proxies',
    who: 'assembly.view',
    assembly: 'id',
    handle: async ({ ctx, actor, scope, params }) => json(await readProxies(ctx, actor, scope, params.id ?? '')),
  }),
  route({
    method: 'POST',
    path: '/api/assemblies/:id/proxies',
    who: 'assembly.view',
    assembly: 'id',
    body: { schema: grantProxyInputSchema, name: 'The proxy', fromPath: (params) => ({ assemblyId: params.id }) },
    handle: async ({ ctx, actor, body }) => json(await readProxy(ctx, await grantProxy(ctx, actor, body)), 201),
  }),
  route({
    method: 'POST',
    path: '/api/assemblies/:id/proxies/:proxyId/revoke',
    who: 'assembly.view',
    assembly: 'id',
    handle: async ({ ctx, actor, params }) =>
      json(await readProxy(ctx, await revokeProxy(ctx, actor, params.id ?? '', params.proxyId ?? ''))),
  }),
  route({
    method: 'POST',
    path: '/api/assemblies/:id/proxies/:proxyId/mandate',
    who: 'assembly.view',
    assembly: 'id',
    raw: { as: 'bytes', limit: documentMaxBytes + 1024 },
    handle: async ({ ctx, actor, params, query, request }) => {
      const name = typeof query.name === 'string' && query.name ? query.name : 'mandate';
      const content = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const proxy = await attachMandate(
        ctx,
        actor,
        params.id ?? '',
        params.proxyId ?? '',
        name,
        content,
        request.get('content-type'),
      );
      return json(await readProxy(ctx, proxy), 201);
    },
  }),
  route({
    method: 'GET',
    path: '/api/assemblies/:id/proxies/:proxyId/mandate',
    who: 'assembly.view',
    assembly: 'id',
    handle: async ({ ctx, actor, scope, params }) => {
      const { mandate, content } = await readMandate(ctx, actor, scope, params.id ?? '', params.proxyId ?? '');
      return download(mandate.mimeType, mandate.name, content, {
        'Content-Security-Policy': "sandbox; default-src 'none'",
        'Cache-Control': 'private, no-store',
      });
    },
  }),
];
