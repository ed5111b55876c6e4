import { inboundDomain } from '../config';
import type { Context } from '../context';
import { signReplyToken } from '../auth/linkTokens';

const prefix = 'reply+';

/**
 * A person's reply address for one thread of one assembly: `reply+<signed token>@<INBOUND_DOMAIN>`,
 * valid until the room closes. Null when Agora receives no replies by e-mail.
 */
export async function replyAddress(
  ctx: Pick<Context, 'config' | 'links'>,
  assembly: { id: string; closesAt: string },
  personId: string,
  thread: string,
): Promise<string | null> {
  const domain = inboundDomain(ctx.config);
  if (!domain) return null;
  const token = signReplyToken(await ctx.links.secret(), {
    personId,
    assemblyId: assembly.id,
    thread,
    expiresAt: Math.floor(Date.parse(assembly.closesAt) / 1000),
  });
  return `${prefix}${token}@${domain}`;
}

/**
 * The token of an address if it is a reply address of this domain, else null. The domain and the
 * `reply+` are read in any case; the token as it came (it is case-sensitive, as local parts may be).
 */
export function replyTokenOf(address: string, domain: string): string | null {
  const at = address.lastIndexOf('@');
  if (at < 0 || address.slice(at + 1).toLowerCase() !== domain.toLowerCase()) return null;
  const local = address.slice(0, at);
  if (local.slice(0, prefix.length).toLowerCase() !== prefix) return null;
  return local.slice(prefix.length) || null;
}
