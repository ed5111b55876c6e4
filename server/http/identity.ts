import type { NextFunction, Request, Response } from 'express';
import { permission, personalLinkActions, type Action, type Actor } from '@shared/rules/permissions';
import { readCookie } from '../auth/cookies';
import { loadActor } from '../auth/actor';
import type { Context } from '../context';
import { Refusal } from '../commands/refusal';
import { storeUnavailable } from './errors';
import { isRedisUnavailable } from '../redis/connection';
import { refuseCrossSite } from './crossSite';

export const sessionCookie = 'agora_session';

declare module 'express-serve-static-core' {
  interface Locals {
    actor: Actor | null;
    sessionId: string | null;
    /** The one assembly a personal-link session may reach, or null for a full session. */
    scope: string | null;
    /** Redis could not be reached to read the session. */
    identityUnknown: boolean;
  }
}

/**
 * Finds who is asking from the session cookie; anonymous requests go on with no actor. A change
 * another site asks for is refused first: its cookie is not the person's intent.
 */
export function identify(ctx: Context) {
  return async (request: Request, response: Response, next: NextFunction) => {
    refuseCrossSite(request.method, request.headers, ctx.baseUrl);
    response.locals.actor = null;
    response.locals.sessionId = null;
    response.locals.scope = null;
    response.locals.identityUnknown = false;
    const sessionId = readCookie(request, sessionCookie);
    try {
      const session = sessionId ? await ctx.sessions.get(sessionId) : null;
      if (session && sessionId) {
        response.locals.sessionId = sessionId;
        response.locals.scope = session.scope;
        response.locals.actor = await loadActor(ctx, session.personId);
      }
    } catch (error) {
      // Redis unreachable: who asks is unknown, so `authorize` answers 503; what needs nobody (health) still answers.
      if (!isRedisUnavailable(error)) throw error;
      response.locals.identityUnknown = true;
    }
    next();
  };
}

/** Lets the request through if its actor may take `action`; otherwise 401 or 403 naming what was missing. */
export function authorize(response: Response, action: Action, assemblyId?: string): Actor {
  if (response.locals.identityUnknown) throw storeUnavailable();
  const actor = response.locals.actor;
  const scope = response.locals.scope;
  if (
    actor &&
    scope &&
    !((action === 'assembly.view' && assemblyId === scope) || personalLinkActions.includes(action))
  ) {
    throw new Refusal('link_scope', {}, { missing: 'signed_in' });
  }
  const verdict = permission(actor, action);
  if (verdict.allowed && actor) return actor;
  const missing = verdict.allowed || !actor ? 'signed_in' : verdict.missing;
  if (missing === 'signed_in') throw new Refusal('sign_in_required', {}, { missing });
  throw new Refusal('forbidden', { context: missing, name: actor!.name }, { missing });
}
