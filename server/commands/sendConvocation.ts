import { UnrecoverableError } from 'bullmq';
import type { Assembly, AssemblyDocument } from '@shared/schemas/assembly';
import type { Context } from '../context';
import { convocationMessage } from '../mail/convocationMessage';
import type { MailTransport } from '../mail/transport';
import type { ConvocationJob } from '../queue/payloads';
import { shortCache } from '../shortCache';

// Within one dispatch every job reads the same assembly and documents: a second's memory is enough.
const assemblies = shortCache<Assembly | null>(1000);
const documentLists = shortCache<AssemblyDocument[]>(1000);

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
  deps: {
    ctx: Pick<Context, 'assemblies' | 'baseUrl' | 'config' | 'deliveries' | 'links' | 'now' | 'register' | 'statutes'>;
    mail: MailTransport;
  },
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
  const assembly = await assemblies(`${ctx.config.REDIS_PREFIX}:${job.assemblyId}`, () =>
    ctx.assemblies.get(job.assemblyId),
  );
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
  const documents = await documentLists(`${ctx.config.REDIS_PREFIX}:${assembly.id}`, () =>
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
