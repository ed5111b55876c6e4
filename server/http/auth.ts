import { Router, type Response } from 'express';
import { profileUpdateSchema, signInCompleteSchema, signInRequestSchema } from '@shared/schemas/auth';
import { actionRequirements, permission, type Action } from '@shared/rules/permissions';
import type { MeResponse, PersonalLinkResponse, SignInRequestResponse } from '@shared/api/session';
import type { Context } from '../context';
import { requestSignIn } from '../commands/requestSignIn';
import { completeSignIn } from '../commands/completeSignIn';
import { openPersonalLink } from '../commands/openPersonalLink';
import { sessionSeconds } from '../store/sessions';
import { updatePerson } from '../commands/updatePerson';
import { signOut, signOutEverywhere } from '../commands/signOut';
import { loadActor } from '../auth/actor';
import { HttpError, parseInput } from './errors';
import { authorize, sessionCookie } from './identity';

/** Sign-in by e-mail link, sessions, sign-out (here and everywhere), and "who am I". */
export function authRoutes(ctx: Context): Router {
  const router = Router();
  const secure = ctx.baseUrl.startsWith('https://');
  const setSession = (response: Response, sessionId: string) =>
    response.cookie(sessionCookie, sessionId, {
      httpOnly: true,
      sameSite: 'lax',
      secure,
      path: '/',
      maxAge: sessionSeconds * 1000,
    });
  const clearSession = (response: Response) =>
    response.clearCookie(sessionCookie, { httpOnly: true, sameSite: 'lax', secure, path: '/' });

  router.post('/api/auth/sign-in', async (request, response) => {
    const input = parseInput(signInRequestSchema, request.body, 'The e-mail address');
    await requestSignIn(ctx, { ...input, client: request.ip ?? request.socket.remoteAddress ?? 'unknown' });
    const body: SignInRequestResponse = {
      message:
        'If this address belongs to a person in the register, a sign-in link is on its way. It works once, for 20 minutes.',
    };
    response.status(202).json(body);
  });

  router.post('/api/auth/sign-in/complete', async (request, response) => {
    const { sessionId } = await completeSignIn(ctx, parseInput(signInCompleteSchema, request.body, 'The sign-in link'));
    setSession(response, sessionId);
    response.status(204).end();
  });

  router.post('/api/auth/assembly-link', async (request, response) => {
    const { token } = parseInput(signInCompleteSchema, request.body, 'The personal link');
    const opened = await openPersonalLink(ctx, token, response.locals.actor?.personId ?? null, response.locals.scope);
    if (opened.sessionId) setSession(response, opened.sessionId);
    // Who the browser now is, in the same answer: one round trip less on a slow line.
    const body: PersonalLinkResponse = { assemblyId: opened.assemblyId, me: await me(opened.personId, opened.scope) };
    response.json(body);
  });

  router.post('/api/auth/sign-out', async (_request, response) => {
    if (response.locals.sessionId) await signOut(ctx, response.locals.sessionId);
    clearSession(response);
    response.status(204).end();
  });

  router.post('/api/auth/sign-out-everywhere', async (_request, response) => {
    const actor = authorize(response, 'profile.edit');
    await signOutEverywhere(ctx, actor.personId);
    clearSession(response);
    response.status(204).end();
  });

  const me = async (personId: string, scope: string | null): Promise<MeResponse> => {
    const actor = await loadActor(ctx, personId);
    const person = await ctx.register.person(personId);
    if (!actor || !person)
      throw new HttpError(401, 'sign_in_required', 'Please sign in again.', undefined, { missing: 'signed_in' });
    const permissions = Object.fromEntries(
      (Object.keys(actionRequirements) as Action[]).map((action) => [action, permission(actor, action).allowed]),
    ) as Record<Action, boolean>;
    return {
      person,
      actor,
      permissions: scope
        ? (Object.fromEntries(Object.keys(permissions).map((action) => [action, false])) as Record<Action, boolean>)
        : permissions,
      scope,
    };
  };

  router.get('/api/me', async (_request, response) => {
    response.json(await me(authorize(response, 'profile.edit').personId, response.locals.scope));
  });

  router.patch('/api/me', async (request, response) => {
    const actor = authorize(response, 'profile.edit');
    await updatePerson(ctx, actor, actor.personId, parseInput(profileUpdateSchema, request.body, 'The profile'));
    response.json(await me(actor.personId, response.locals.scope));
  });

  return router;
}
