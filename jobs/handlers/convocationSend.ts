import { UnrecoverableError } from 'bullmq';
import type { SendMailOptions } from 'nodemailer';
import { isVoting } from '@shared/rules/members';
import { signLinkToken } from '../../server/auth/linkTokens';
import type { Context } from '../../server/context';
import { renderEmail, type EmailRequest } from '../emails/render';
import type { Member } from '@shared/schemas/member';
import type { Person } from '@shared/schemas/person';
import { assemblyInvitation } from '../emails/calendar';
import type { MailTransport } from '../mail/transport';
import type { Assembly, AssemblyDocument } from '@shared/schemas/assembly';
import { shortCache } from '../shortCache';

export interface ConvocationJob {
  assemblyId: string;
  memberNo: number;
  dispatchNo: number;
  /** 0 for the dispatch itself, then 1, 2... for each "resend to this person". */
  resend: number;
}

/** How long after the close a personal link still opens the assembly (to read the results and minutes). */
export const personalLinkDaysAfterClose = 90;

/** The personal link of a person to an assembly: signed, scoped to both, expiring. */
export async function personalLink(
  ctx: Context,
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

// Within one dispatch every job reads the same assembly and documents: a second's memory is enough.
const assemblies = shortCache<Assembly | null>(1000);
const documentLists = shortCache<AssemblyDocument[]>(1000);

/** The convocation of one member, addressed to its representative, ready to render (e-mail or print). */
export async function convocationRequest(
  ctx: Context,
  input: { assembly: Assembly; member: Member; person: Person; documents: AssemblyDocument[]; dispatchNo: number },
): Promise<Extract<EmailRequest, { template: 'convocation' }>> {
  const { assembly, member, person } = input;
  const link = await personalLink(ctx, assembly, person.id);
  const documents = new Map(input.documents.map((document) => [document.id, document]));
  const dispatch =
    assembly.dispatches.find((candidate) => candidate.no === input.dispatchNo) ?? assembly.dispatches.at(-1);
  return {
    to: person.email,
    language: person.language,
    template: 'convocation',
    data: {
      name: person.name,
      organisation: member.organisation,
      memberNo: member.memberNo,
      voting: isVoting(member, ctx.statutes),
      title: assembly.title,
      kind: assembly.kind,
      opensAt: assembly.opensAt,
      closesAt: assembly.closesAt,
      timeZone: person.timeZone,
      referenceTimeZone: assembly.referenceTimeZone,
      agenda: assembly.agenda.map((item) => ({
        title: item.title,
        kind: item.kind,
        description: item.description,
        documents: item.documentIds.flatMap((id) => {
          const document = documents.get(id);
          return document ? [{ name: document.name, link: `${link}&document=${document.id}` }] : [];
        }),
      })),
      link,
      convenedBy: dispatch?.by ?? assembly.createdBy,
      update: input.dispatchNo > 1,
      networkName: ctx.statutes.networkName,
    },
  };
}

/**
 * The convocation e-mail of one member as it leaves: rendered in its representative's language,
 * with the calendar invitation, and a Message-ID that is the same on every attempt.
 */
export async function convocationMessage(
  ctx: Context,
  input: {
    assembly: Assembly;
    member: Member;
    person: Person;
    documents: AssemblyDocument[];
    dispatchNo: number;
    resend: number;
  },
): Promise<SendMailOptions> {
  const { assembly } = input;
  const request = await convocationRequest(ctx, input);
  const dispatch =
    assembly.dispatches.find((candidate) => candidate.no === input.dispatchNo) ?? assembly.dispatches.at(-1);
  return {
    to: input.person.email,
    ...renderEmail(request),
    messageId: `<convocation.${assembly.id}.${input.dispatchNo}.${input.member.memberNo}.${input.resend}@agora>`,
    icalEvent: {
      filename: 'assembly.ics',
      method: 'PUBLISH',
      content: assemblyInvitation({
        uid: `${assembly.id}@agora`,
        sequence: input.dispatchNo,
        title: assembly.title,
        description: `${ctx.statutes.networkName}: ${assembly.title}`,
        url: request.data.link,
        opensAt: assembly.opensAt,
        closesAt: assembly.closesAt,
        stamp: dispatch?.at ?? assembly.createdAt,
      }),
    },
  };
}

/** SMTP refusals in the 5xx range are permanent: retrying would not help. */
function isPermanent(error: unknown): boolean {
  const code = (error as { responseCode?: number }).responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

/**
 * Sends one member's convocation to the person who represents it at the moment of sending (S.2),
 * once: a delivery already sent for this dispatch is not sent again, and the Message-ID is the
 * same on every attempt so a receiver can drop a duplicate.
 */
export async function sendConvocation(
  deps: { ctx: Context; mail: MailTransport },
  job: ConvocationJob,
  attempt: { made: number; allowed: number },
): Promise<void> {
  const { ctx } = deps;
  const fail = async (message: string, final: boolean) => {
    await ctx.deliveries.update(job.assemblyId, job.memberNo, (delivery) => ({
      ...delivery,
      state: final ? 'failed' : 'queued',
      attempts: attempt.made + 1,
      error: { message, final },
    }));
  };
  const assembly = await assemblies(`${ctx.keys.prefix}:${job.assemblyId}`, () => ctx.assemblies.get(job.assemblyId));
  if (!assembly || assembly.status === 'cancelled') {
    await fail('The assembly was cancelled before this convocation went.', true);
    return;
  }
  const delivery = await ctx.deliveries.get(job.assemblyId, job.memberNo);
  if (delivery && delivery.dispatchNo > job.dispatchNo) return; // a newer convocation replaces this one
  if (delivery?.state === 'sent' && delivery.dispatchNo === job.dispatchNo && job.resend === 0) return;

  const { member, person } = await ctx.register.memberWithRepresentative(job.memberNo);
  if (!member || !person) {
    await fail(
      'No representative is designated for this member: the convocation cannot go by e-mail. Print it and send it by post.',
      true,
    );
    throw new UnrecoverableError('no representative');
  }
  const documents = await documentLists(`${ctx.keys.prefix}:${assembly.id}`, () =>
    ctx.assemblies.documents(assembly.id),
  );
  const message = await convocationMessage(ctx, {
    assembly,
    member,
    person,
    documents,
    dispatchNo: job.dispatchNo,
    resend: job.resend,
  });
  try {
    await deps.mail.transporter.sendMail(message);
  } catch (error) {
    const permanent = isPermanent(error);
    const last = permanent || attempt.made + 1 >= attempt.allowed;
    await fail((error as Error).message, last);
    if (permanent) throw new UnrecoverableError((error as Error).message);
    throw error;
  }
  await ctx.deliveries.put(job.assemblyId, {
    ...(delivery ?? {
      memberNo: member.memberNo,
      organisation: member.organisation,
      queuedAt: ctx.now().toISOString(),
    }),
    personId: person.id,
    name: person.name,
    email: person.email,
    dispatchNo: job.dispatchNo,
    state: 'sent',
    attempts: attempt.made + 1,
    error: null,
    sentAt: ctx.now().toISOString(),
  });
}
