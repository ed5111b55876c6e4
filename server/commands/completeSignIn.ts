import type { SignInComplete } from '@shared/schemas/auth';
import type { Person } from '@shared/schemas/person';
import { verifyLinkToken } from '../auth/linkTokens';
import { Refusal } from './refusal';
import type { Context } from '../context';

/** Spends a sign-in link and opens a session for its person. */
export async function completeSignIn(
  ctx: Pick<Context, 'links' | 'now' | 'register' | 'sessions'>,
  input: SignInComplete,
): Promise<{ sessionId: string; person: Person }> {
  const verdict = verifyLinkToken(await ctx.links.secret(), input.token, 'sign-in', ctx.now());
  if (!verdict.ok) {
    if (verdict.reason === 'link_expired') {
      throw new Refusal('link_expired', {});
    }
    throw new Refusal('link_damaged', {});
  }
  if (!(await ctx.links.spend(verdict.claims.linkId))) {
    throw new Refusal('link_used', {});
  }
  const person = await ctx.register.person(verdict.claims.personId);
  if (!person) throw new Refusal('person_gone', {});
  const sessionId = await ctx.sessions.create(person.id, ctx.now());
  return { sessionId, person };
}
