import type { SignInComplete } from '@shared/schemas/auth';
import type { Person } from '@shared/schemas/person';
import { verifyLinkToken } from '../auth/linkTokens';
import { HttpError } from '../http/errors';
import type { Context } from '../context';

/** Spends a sign-in link and opens a session for its person. */
export async function completeSignIn(
  ctx: Context,
  input: SignInComplete,
): Promise<{ sessionId: string; person: Person }> {
  const verdict = verifyLinkToken(await ctx.links.secret(), input.token, 'sign-in', ctx.now());
  if (!verdict.ok) {
    if (verdict.reason === 'link_expired') {
      throw new HttpError(
        410,
        verdict.reason,
        'This sign-in link has expired. Ask for a new one: it arrives in a minute.',
      );
    }
    throw new HttpError(
      400,
      'link_damaged',
      'This sign-in link is damaged or incomplete. Copy the whole link from the e-mail, or ask for a new one.',
    );
  }
  if (!(await ctx.links.spend(verdict.claims.linkId))) {
    throw new HttpError(
      410,
      'link_used',
      'This sign-in link was already used. Each link works once: ask for a new one.',
    );
  }
  const person = await ctx.register.person(verdict.claims.personId);
  if (!person)
    throw new HttpError(410, 'person_gone', 'The person this link was made for is no longer in the register.');
  const sessionId = await ctx.sessions.create(person.id, ctx.now());
  return { sessionId, person };
}
