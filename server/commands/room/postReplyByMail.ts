import { createHash } from 'node:crypto';
import { messageMaxLength } from '@shared/schemas/room';
import type { Person } from '@shared/schemas/person';
import { inboundDomain } from '../../config';
import type { Context } from '../../context';
import { loadActor } from '../../auth/actor';
import { verifyReplyToken } from '../../auth/linkTokens';
import { personalLink } from '../../auth/personalLink';
import { stripQuotedText } from '../../mail/quotedText';
import { replyTokenOf } from '../../mail/replyAddress';
import type { ReplyRefusal } from '../../mail/templates/replyRefused';
import type { MailReplyJob } from '../../queue/payloads';
import { enqueue } from '../../queue/queues';
import { Refusal } from '../refusal';
import { postMessage } from './postMessage';

/** What became of a reply by e-mail: posted (or found posted already), or refused and its sender told why. */
export type ReplyOutcome =
  | { posted: true; created: boolean; assemblyId: string; messageId: string }
  | { posted: false; reason: ReplyRefusal; answered: boolean };

/** The refusals of posting that a reply's sender is told in words of its own. */
const refusalReasons: Partial<Record<string, ReplyRefusal>> = {
  window_not_yet_open: 'window_not_yet_open',
  window_closed: 'window_closed',
  assembly_cancelled: 'assembly_cancelled',
  not_a_representative: 'not_a_representative',
  too_many_messages: 'too_many_messages',
  assembly_not_found: 'address_unknown',
  unknown_thread: 'address_unknown',
  sign_in_required: 'address_unknown',
  link_scope: 'address_unknown',
};

/**
 * Posts a reply received by e-mail in the thread its address names, as the person it names, with
 * the room's own command (window, rights, rate limit; stored before it counts), marked "by e-mail".
 * Quoted text and the signature are left out. Refused, nothing is posted and the sender is told why
 * in its language: the address's person, or else a person of the register writing from its own
 * address (anyone else is not answered: an unknown sender may be forged, and would get spam).
 */
export async function postReplyByMail(
  ctx: Pick<
    Context,
    | 'assemblies'
    | 'baseUrl'
    | 'config'
    | 'links'
    | 'now'
    | 'queues'
    | 'rateLimits'
    | 'register'
    | 'replication'
    | 'room'
    | 'statutes'
  >,
  reply: MailReplyJob,
): Promise<ReplyOutcome> {
  const domain = inboundDomain(ctx.config) ?? '';
  const token = replyTokenOf(reply.recipient, domain);
  const verdict = token
    ? verifyReplyToken(await ctx.links.secret(), token, ctx.now())
    : ({ ok: false, reason: 'link_damaged' } as const);
  const claims = verdict.ok || verdict.reason === 'link_expired' ? verdict.claims : null;
  const refuse = async (reason: ReplyRefusal, person: Person | null, params: { seconds?: number } = {}) => {
    const answered = await answerRefusal(ctx, reply, reason, person, claims?.assemblyId ?? null, params);
    return { posted: false as const, reason, answered };
  };
  // A damaged or unknown address says nothing to trust: only a sender of the register is answered.
  if (!claims) return refuse('address_unknown', await ctx.register.personByEmail(reply.from));
  const { personId, assemblyId, thread } = claims;
  const person = await ctx.register.person(personId);
  if (!verdict.ok) return refuse('address_expired', person);
  const actor = await loadActor(ctx, personId);
  if (!actor || !person) return refuse('address_unknown', null);
  const body = stripQuotedText(reply.text);
  if (!body) return refuse('empty', person);
  if (body.length > messageMaxLength) return refuse('too_long', person);
  try {
    const { event, created } = await postMessage(
      ctx,
      actor,
      assemblyId,
      { assemblyId, thread, body, replyTo: null, clientId: replyClientId(reply.key) },
      { via: 'email' },
    );
    return { posted: true, created, assemblyId, messageId: event.message.id };
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    const reason = refusalReasons[error.code];
    if (!reason) throw error;
    return refuse(reason, person, { seconds: Number((error.params as { seconds?: number }).seconds ?? 0) });
  }
}

/** The room's id of a reply: the same for the same e-mail delivered twice, so it is posted once. */
export function replyClientId(key: string): string {
  return `mail-${createHash('sha256').update(key).digest('base64url').slice(0, 40)}`;
}

/** At most this many answers an hour to one person: a forged sender cannot turn Agora into a mail bomb. */
const answersPerHour = 10;

/** Tells the sender why its reply was not posted, once per reply (the job id), in its language. */
async function answerRefusal(
  ctx: Pick<Context, 'assemblies' | 'baseUrl' | 'links' | 'queues' | 'rateLimits' | 'statutes'>,
  reply: MailReplyJob,
  reason: ReplyRefusal,
  person: Person | null,
  assemblyId: string | null,
  params: { seconds?: number },
): Promise<boolean> {
  if (!person) return false;
  if (!(await ctx.rateLimits.hit('reply-refused', person.id, answersPerHour, 3600)).allowed) return false;
  const assembly = assemblyId ? await ctx.assemblies.get(assemblyId) : null;
  const known = assembly && assembly.status !== 'draft' ? assembly : null;
  const link = known && reason !== 'address_unknown' ? await personalLink(ctx, known, person.id) : null;
  await enqueue(
    ctx.queues,
    'mail.send',
    {
      to: person.email,
      language: person.language,
      template: 'replyRefused',
      data: {
        name: person.name,
        reason,
        title: reason === 'address_unknown' ? null : (known?.title ?? null),
        opensAt: known?.opensAt ?? null,
        closesAt: known?.closesAt ?? null,
        timeZone: person.timeZone,
        seconds: params.seconds ?? 0,
        subject: reply.subject.replace(/^((re|aw|sv|ha|res|отв)\s?:\s*)+/i, '').slice(0, 200),
        link,
        networkName: ctx.statutes.networkName,
      },
    },
    { jobId: `reply-refused-${replyClientId(reply.key)}` },
  );
  return true;
}
