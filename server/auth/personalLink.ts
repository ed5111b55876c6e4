import type { Context } from '../context';
import { signLinkToken } from './linkTokens';

/** How long after the close a personal link still opens the assembly (to read the results and minutes). */
export const personalLinkDaysAfterClose = 90;

/** The personal link of a person to an assembly: signed, scoped to both, expiring. */
export async function personalLink(
  ctx: Pick<Context, 'baseUrl' | 'links'>,
  assembly: { id: string; closesAt: string },
  personId: string,
): Promise<string> {
  const expiresAt = Math.floor(Date.parse(assembly.closesAt) / 1000) + personalLinkDaysAfterClose * 86_400;
  const token = signLinkToken(await ctx.links.secret(), {
    purpose: 'assembly',
    personId,
    linkId: `assembly-${assembly.id}`,
    expiresAt,
    scope: assembly.id,
  });
  return `${ctx.baseUrl}/assemblies/${assembly.id}/join#token=${token}`;
}
