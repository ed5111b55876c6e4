import express, { type Express, type Request, type RequestHandler, type Response } from 'express';
import type { ZodType } from 'zod';
import type { Action, Actor } from '@shared/rules/permissions';
import type { Context } from '../context';
import { parseInput } from './errors';
import { authorize } from './identity';

export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** Who may call a route: anyone, a permission (shared/rules/permissions.ts), or one that depends on the target. */
export type Who = 'anyone' | Action | ((ctx: Context, params: Record<string, string>) => Promise<Action>);

/** What a handler gets once the table has authorized the caller and parsed the input. */
export interface Call<B, A> {
  ctx: Context;
  /** Who asks: always an actor, but for routes open to anyone. */
  actor: A;
  body: B;
  params: Record<string, string>;
  query: Request['query'];
  /** The one assembly a personal-link session may reach, or null for a full session. */
  scope: string | null;
  request: Request;
  response: Response;
}

/** What a handler answers: JSON with a status, no content, or a file to download. */
export type Reply =
  | { kind: 'json'; status: number; body: unknown; headers?: Record<string, string> }
  | { kind: 'empty' }
  | { kind: 'file'; type: string; name: string; content: Buffer | string; headers?: Record<string, string> };

export const json = (body: unknown, status = 200, headers?: Record<string, string>): Reply => ({
  kind: 'json',
  status,
  body,
  headers,
});
export const noContent = (): Reply => ({ kind: 'empty' });
export const download = (
  type: string,
  name: string,
  content: Buffer | string,
  headers?: Record<string, string>,
): Reply => ({ kind: 'file', type, name, content, headers });

/** A name in a Content-Disposition header: quoted ASCII for every client, and the exact name as RFC 8187 filename*. */
export function attachmentDisposition(name: string): string {
  const ascii = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
  const exact = encodeURIComponent(name).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${exact}`;
}

/** A printed document of an assembly to download, under a name a person recognises (both forms of it). */
export const namedDownload = (
  type: string,
  name: string,
  content: Buffer | string,
  headers?: Record<string, string>,
): Reply => download(type, name, content, { ...headers, 'Content-Disposition': attachmentDisposition(name) });

/** A JSON body: the shared schema that parses it, its name in refusals, and what the path adds to it. */
export interface BodySpec<B> {
  schema: ZodType<B>;
  name: string;
  fromPath?: (params: Record<string, string>) => object;
}

interface RouteSpec<B, W extends Who> {
  method: Method;
  path: string;
  who: W;
  /** The path parameter naming the assembly: a personal-link session acts only within its own. */
  assembly?: string;
  body?: BodySpec<B>;
  /** A body read as it comes: a CSV text or an uploaded file, at most `limit` bytes. */
  raw?: { as: 'text' | 'bytes'; limit: number };
  handle: (call: Call<B, W extends 'anyone' ? Actor | null : Actor>) => Promise<Reply>;
}

/** One line of the route table, its input's type erased so that every route fits in one list. */
export interface Route {
  method: Method;
  path: string;
  who: Who;
  assembly?: string;
  body?: BodySpec<unknown>;
  raw?: { as: 'text' | 'bytes'; limit: number };
  handle: (call: Call<unknown, Actor | null>) => Promise<Reply>;
}

/** Declares a route; the input type flows from its schema to its handler. */
export function route<B = undefined, W extends Who = Who>(spec: RouteSpec<B, W>): Route {
  return spec as unknown as Route;
}

const parseRaw = (raw: NonNullable<Route['raw']>): RequestHandler =>
  raw.as === 'text'
    ? express.text({ type: ['text/csv', 'text/plain'], limit: raw.limit })
    : express.raw({ type: () => true, limit: raw.limit });

/** Mounts every route of the table on the app: authorize, parse, handle, present. Nothing else. */
export function mountRoutes(app: Express, ctx: Context, routes: readonly Route[]): void {
  for (const spec of routes) {
    const handler: RequestHandler = async (request, response) => {
      const params = Object.fromEntries(
        Object.entries(request.params as Record<string, string | undefined>).map(([key, value]) => [key, value ?? '']),
      );
      const assemblyId = spec.assembly ? params[spec.assembly] : undefined;
      let actor: Actor | null = response.locals.actor;
      if (spec.who !== 'anyone') {
        const action = typeof spec.who === 'function' ? await spec.who(ctx, params) : spec.who;
        actor = authorize(response, action, assemblyId);
      }
      const input: unknown = spec.body?.fromPath ? { ...request.body, ...spec.body.fromPath(params) } : request.body;
      const body = spec.body ? parseInput(spec.body.schema, input, spec.body.name) : input;
      const reply = await spec.handle({
        ctx,
        actor,
        body,
        params,
        query: request.query,
        scope: response.locals.scope,
        request,
        response,
      });
      present(response, reply);
    };
    const stack = spec.raw ? [parseRaw(spec.raw), handler] : [handler];
    app[spec.method.toLowerCase() as 'get' | 'post' | 'patch' | 'put' | 'delete'](spec.path, ...stack);
  }
}

function present(response: Response, reply: Reply): void {
  switch (reply.kind) {
    case 'json':
      if (reply.headers) response.set(reply.headers);
      response.status(reply.status).json(reply.body);
      return;
    case 'empty':
      response.status(204).end();
      return;
    case 'file':
      if (reply.headers) response.set(reply.headers);
      if (!reply.headers?.['Content-Disposition']) response.attachment(reply.name);
      response.type(reply.type).send(reply.content);
  }
}
