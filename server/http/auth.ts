import type { Response } from 'express';
import { profileUpdateSchema, signInCompleteSchema, signInRequestSchema } from '@shared/schemas/auth';
import type { PersonalLinkResponse, SignInRequestResponse } from '@shared/api';
import { requestSignIn } from '../commands/requestSignIn';
import { completeSignIn } from '../commands/completeSignIn';
import { openPersonalLink } from '../commands/openPersonalLink';
import { sessionSeconds } from '../store/sessions';
import { updatePerson } from '../commands/updatePerson';
import { signOut, signOutEverywhere } from '../commands/signOut';
import { readMe } from '../queries/readMe';
import { sessionCookie } from './identity';
import { json, noContent, route } from './route';

const cookieOptions = (baseUrl: string) => ({
  httpOnly: true,
  sameSite: 'lax' as const,
  secure: baseUrl.startsWith('https://'),
  path: '/',
});
const setSession = (response: Response, baseUrl: string, sessionId: string, seconds = sessionSeconds) =>
  response.cookie(sessionCookie, sessionId, { ...cookieOptions(baseUrl), maxAge: seconds * 1000 });
const clearSession = (response: Response, baseUrl: string) =>
  response.clearCookie(sessionCookie, cookieOptions(baseUrl));

/** Sign-in by e-mail link, sessions, sign-out (here and everywhere), and "who am I". */
export const authRoutes = [
  route({
    method: 'POST',
    path: '/api/auth/sign-in',
    who: 'anyone',
    body: { schema: signInRequestSchema, name: 'The e-mail address' },
    handle: async ({ ctx, body, request }) => {
      await requestSignIn(ctx, { ...body, client: request.ip ?? request.socket.remoteAddress ?? 'unknown' });
      const answer: SignInRequestResponse = {
        message:
          'If this address belongs to a person in the register, a sign-in link is on its way. It works once, for 20 minutes.',
      };
      return json(answer, 202);
    },
  }),
  route({
    method: 'POST',
    path: '/api/auth/sign-in/complete',
    who: 'anyone',
    body: { schema: signInCompleteSchema, name: 'The sign-in link' },
    handle: async ({ ctx, body, response }) => {
      const { sessionId } = await completeSignIn(ctx, body);
      setSession(response, ctx.baseUrl, sessionId);
      return noContent();
    },
  }),
  route({
    method: 'POST',
    path: '/api/auth/assembly-link',
    who: 'anyone',
    body: { schema: signInCompleteSchema, name: 'The personal link' },
    handle: async ({ ctx, actor, scope, body, response }) => {
      const opened = await openPersonalLink(ctx, body.token, actor?.personId ?? null, scope);
      if (opened.sessionId) setSession(response, ctx.baseUrl, opened.sessionId, opened.sessionSeconds);
      // Who the browser now is, in the same answer: one round trip less on a slow line.
      const answer: PersonalLinkResponse = {
        assemblyId: opened.assemblyId,
        me: await readMe(ctx, opened.personId, opened.scope),
      };
      return json(answer);
    },
  }),
  route({
    method: 'POST',
    path: '/api/auth/sign-out',
    who: 'anyone',
    handle: async ({ ctx, response }) => {
      if (response.locals.sessionId) await signOut(ctx, response.locals.sessionId);
      clearSession(response, ctx.baseUrl);
      return noContent();
    },
  }),
  route({
    method: 'POST',
    path: '/api/auth/sign-out-everywhere',
    who: 'profile.edit',
    handle: async ({ ctx, actor, response }) => {
      await signOutEverywhere(ctx, actor.personId);
      clearSession(response, ctx.baseUrl);
      return noContent();
    },
  }),
  route({
    method: 'GET',
    path: '/api/me',
    who: 'profile.edit',
    handle: async ({ ctx, actor, scope }) => json(await readMe(ctx, actor.personId, scope)),
  }),
  route({
    method: 'PATCH',
    path: '/api/me',
    who: 'profile.edit',
    body: { schema: profileUpdateSchema, name: 'The profile' },
    handle: async ({ ctx, actor, scope, body }) => {
      await updatePerson(ctx, actor, actor.personId, body);
      return json(await readMe(ctx, actor.personId, scope));
    },
  }),
];
