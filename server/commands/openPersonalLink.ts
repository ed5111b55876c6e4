import { verifyLinkToken } from '../auth/linkTokens';
import { HttpError } from '../http/errors';
import type { Context } from '../context';

/**
 * Opens the assembly of a convocation's personal link: a session reaching only that assembly.
 * Someone already fully signed in as the same person keeps their session. Says who the session
 * is for and what it reaches.
 */
export async function openPersonalLink(
  ctx: Context,
  token: string,
  signedInAs: string | null,
  currentScope: string | null,
): Promise<{ sessionId: string | null; assemblyId: string; personId: string; scope: string | null }> {
  const verdict = verifyLinkToken(await ctx.links.secret(), token, 'assembly', ctx.now());
  if (!verdict.ok) {
    if (verdict.reason === 'link_expired') {
      throw new HttpError(
        410,
        'link_expired',
        'This personal link has expired. Sign in with your e-mail address to reach the assembly and its minutes.',
      );
    }
    throw new HttpError(
      400,
      'link_damaged',
      'This personal link is damaged or incomplete. Copy the whole link from the convocation e-mail, or sign in with your e-mail address.',
    );
  }
  const { personId, scope } = verdict.claims;
  if (!scope || !(await ctx.assemblies.get(scope)))
    throw new HttpError(404, 'assembly_not_found', 'The assembly of this link no longer exists.');
  if (!(await ctx.register.person(personId)))
    throw new HttpError(410, 'person_gone', 'The person this link was made for is no longer in the register.');
  if (signedInAs === personId && currentScope === null)
    return { sessionId: null, assemblyId: scope, personId, scope: null };
  return { sessionId: await ctx.sessions.create(personId, ctx.now(), scope), assemblyId: scope, personId, scope };
}
