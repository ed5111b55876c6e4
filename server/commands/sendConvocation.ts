import { UnrecoverableError } from 'bullmq';
import type { Delivery } from '@shared/api';
import { receivesConvocation } from '@shared/rules/members';
import type { Assembly, AssemblyDocument } from '@shared/schemas/assembly';
import type { Member } from '@shared/schemas/member';
import type { Context } from '../context';
import { convocationMessage } from '../mail/convocationMessage';
import type { MailTransport } from '../mail/transport';
import type { ConvocationJob } from '../queue/payloads';
import { shortCache } from '../shortCache';
import { noRepresentativeMessage } from './dispatchConvocations';
import { durable } from './durable';

// Within one dispatch every job reads the same assembly and documents: a second's memory is enough.
const assemblies = shortCache<Assembly | null>(1000);
const documentLists = shortCache<AssemblyDocument[]>(1000);

/** SMTP refusals in the 5xx range are permanent: retrying would not help. */
function isPermanent(error: unknown): boolean {
  const code = (error as { responseCode?: number }).responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

/**
 * Sends one person's convocation, once, naming every member of the job it still represents at the
 * moment of sending (S.2): a member already sent for this dispatch is not sent again, and the
 * Message-ID is the same on every attempt so a receiver can drop a duplicate. Each member's
 * delivery records the one e-mail.
 */
export async function sendConvocation(
  deps: {
    ctx: Pick<
      Context,
      'assemblies' | 'baseUrl' | 'config' | 'deliveries' | 'links' | 'now' | 'register' | 'replication' | 'statutes'
    >;
    mail: MailTransport;
  },
  queued: ConvocationJob,
  attempt: { made: number; allowed: number },
): Promise<void> {
  const { ctx } = deps;
  // Each member with its representative now: one small read per member, not the whole register.
  const current = new Map(
    await Promise.all(
      convocationMembers(queued).map(
        async (memberNo) => [memberNo, await ctx.register.memberWithRepresentative(memberNo)] as const,
      ),
    ),
  );
  const job: ConvocationJob = Array.isArray(queued.memberNos)
    ? queued
    : { ...queued, memberNos: convocationMembers(queued), personId: [...current.values()][0]?.person?.id ?? '' };
  const deliveries = new Map<number, Delivery>();
  for (const memberNo of job.memberNos) {
    const delivery = await ctx.deliveries.get(job.assemblyId, memberNo);
    // A newer convocation replaces this one; one sent already at this sending is not sent twice.
    if (!delivery || delivery.dispatchNo !== job.dispatchNo) continue;
    if (delivery.state === 'sent' && job.resend === 0) continue;
    deliveries.set(memberNo, delivery);
  }
  const mark = (memberNos: Iterable<number>, change: (delivery: Delivery) => Delivery) =>
    ctx.deliveries.putAll(
      job.assemblyId,
      [...memberNos].flatMap((memberNo) => {
        const delivery = deliveries.get(memberNo);
        return delivery ? [change(delivery)] : [];
      }),
    );
  const fail = (memberNos: Iterable<number>, message: string, final: boolean) =>
    mark(memberNos, (delivery) => ({
      ...delivery,
      state: final ? 'failed' : 'queued',
      attempts: attempt.made + 1,
      error: { message, final },
    }));
  if (deliveries.size === 0) return;

  const assembly = await assemblies(`${ctx.config.REDIS_PREFIX}:${job.assemblyId}`, () =>
    ctx.assemblies.get(job.assemblyId),
  );
  if (!assembly || assembly.status === 'cancelled') {
    await fail(deliveries.keys(), 'The assembly was cancelled before this convocation went.', true);
    return;
  }
  const included = [...deliveries.keys()].flatMap((memberNo) => {
    const { member, person } = current.get(memberNo) ?? { member: null, person: null };
    return member && person?.id === job.personId && receivesConvocation(member) ? [{ member, person }] : [];
  });
  const person = included[0]?.person ?? null;
  const members: Member[] = included.map((entry) => entry.member);
  // A member whose representative changed (or went) since the sending was queued: the Table resends
  // it, to whoever represents it now.
  const elsewhere = [...deliveries.keys()].filter((memberNo) => !members.some((m) => m.memberNo === memberNo));
  if (elsewhere.length > 0)
    await mark(elsewhere, (delivery) => {
      const now = current.get(delivery.memberNo)?.person;
      return {
        ...delivery,
        state: 'failed',
        attempts: attempt.made + 1,
        error: {
          message: now
            ? 'The representative changed before this convocation went: resend it to reach the new one.'
            : noRepresentativeMessage,
          final: true,
        },
      };
    });
  if (!person) throw new UnrecoverableError('no representative');
  const documents = await documentLists(`${ctx.config.REDIS_PREFIX}:${assembly.id}`, () =>
    ctx.assemblies.documents(assembly.id),
  );
  const message = await convocationMessage(ctx, {
    assembly,
    members,
    person,
    documents,
    dispatchNo: job.dispatchNo,
    resend: job.resend,
  });
  const memberNos = members.map((member) => member.memberNo);
  // Nothing leaves for a mailbox before a replica holds this job: a failover cannot make it go twice.
  await durable(ctx);
  try {
    await deps.mail.transporter.sendMail(message);
  } catch (error) {
    const permanent = isPermanent(error);
    const last = permanent || attempt.made + 1 >= attempt.allowed;
    await fail(memberNos, (error as Error).message, last);
    if (permanent) throw new UnrecoverableError((error as Error).message);
    throw error;
  }
  const sentAt = ctx.now().toISOString();
  await mark(memberNos, (delivery) => ({
    ...delivery,
    personId: person.id,
    name: person.name,
    email: person.email,
    state: 'sent',
    attempts: attempt.made + 1,
    error: null,
    sentAt,
  }));
}

/** The members a convocation job names (a job queued before convocations went once per person named one). */
export function convocationMembers(job: ConvocationJob): number[] {
  return Array.isArray(job.memberNos) ? job.memberNos : [(job as unknown as { memberNo: number }).memberNo];
}
