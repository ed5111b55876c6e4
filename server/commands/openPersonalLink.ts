import { verifyLinkToken } from '../auth/linkTokens';
import { sessionSecondsUntil } from '../store/sessions';
import { Refusal } from './refusal';
import type { Context } from '../context';

/**
 * Opens the assembly of a convocation's personal link: a session reaching only that assembly.
 * Someone already fully signed in as the same person keeps their session. Says who the session
 * is for and what it reaches.
 */
export async function openPersonalLink(
  ctx: Pick<Context, 'assemblies' | 'links' | 'now' | 'register' | 'sessions'>,
  token: string,
  signedInAs: string | null,
  currentScope: string | null,
): Promise<{
  sessionId: string | null;
  /** How long the session opened lasts: it ends with the link (its expiry), not 30 days later. */
  sessionSeconds: number;
  assemblyId: string;
  personId: string;
  scope: string | null;
}> {
  const verdict = verifyLinkToken(await ctx.links.secret(), token, 'assembly', ctx.now());
  if (!verdict.ok) {
    if (verdict.reason === 'link_expired') {
      throw new Refusal('link_expired', { context: 'personal' });
    }
    throw new Refusal('link_damaged', { context: 'personal' });
  }
  const { personId, scope, expiresAt } = verdict.claims;
  const seconds = sessionSecondsUntil(expiresAt, ctx.now());
  if (!scope || !(await ctx.assemblies.get(scope))) throw new Refusal('assembly_not_found', { context: 'link' });
  if (!(await ctx.register.person(personId))) throw new Refusal('person_gone', {});
  if (signedInAs === personId && currentScope === null)
    return { sessionId: null, sessionSeconds: 0, assemblyId: scope, personId, scope: null };
  const sessionId = await ctx.sessions.create(personId, ctx.now(), scope, seconds);
  return { sessionId, sessionSeconds: seconds, assemblyId: scope, personId, scope };
}
