import type { SignInRequest } from '@shared/schemas/auth';
import { newLinkId, signLinkToken } from '../auth/linkTokens';
import { enqueue } from '../queue/queues';
import { Refusal } from './refusal';
import type { Context } from '../context';
import { addressedTo } from '../mail/render';

/** A sign-in link works this long, once. */
export const signInLinkMinutes = 20;
/** At most this many links per address, and per network address, each hour. */
export const signInLimits = { perEmail: 5, perClient: 30, windowSeconds: 3600 };

/**
 * Sends a one-time sign-in link to a known address. The caller learns nothing about whether the
 * address is known: the answer and the rate limits are the same either way.
 */
export async function requestSignIn(
  ctx: Pick<Context, 'baseUrl' | 'links' | 'now' | 'queues' | 'rateLimits' | 'register' | 'statutes'>,
  input: SignInRequest & { client: string },
): Promise<void> {
  const byEmail = await ctx.rateLimits.hit(
    'sign-in-email',
    input.email,
    signInLimits.perEmail,
    signInLimits.windowSeconds,
  );
  const byClient = await ctx.rateLimits.hit(
    'sign-in-client',
    input.client,
    signInLimits.perClient,
    signInLimits.windowSeconds,
  );
  if (!byEmail.allowed || !byClient.allowed) {
    const retryAfter = Math.max(byEmail.retryAfter, byClient.retryAfter);
    throw new Refusal('too_many_requests', { context: 'sign_in', count: Math.ceil(retryAfter / 60) }, { retryAfter });
  }
  const person = await ctx.register.personByEmail(input.email);
  if (!person) return;
  const linkId = newLinkId();
  const expiresAt = Math.floor(ctx.now().getTime() / 1000) + signInLinkMinutes * 60;
  await ctx.links.issue(linkId, person.id, signInLinkMinutes * 60);
  const token = signLinkToken(await ctx.links.secret(), { purpose: 'sign-in', personId: person.id, linkId, expiresAt });
  await enqueue(ctx.queues, 'mail.send', {
    ...addressedTo(person),
    language: input.language ?? person.language,
    template: 'signIn',
    data: {
      name: person.name,
      link: `${ctx.baseUrl}/sign-in/complete#token=${token}`,
      expiresInMinutes: signInLinkMinutes,
      networkName: ctx.statutes.networkName,
    },
  });
}
