import { sendConvocation as sendOneConvocation } from '../../server/commands/sendConvocation';
import type { Context } from '../../server/context';
import type { MailTransport } from '../../server/mail/transport';
import type { ConvocationJob } from '../../server/queue/payloads';

/** One member's convocation, sent once to its representative. */
export async function sendConvocation(
  deps: { ctx: Context; mail: MailTransport },
  job: ConvocationJob,
  attempt: { made: number; allowed: number },
): Promise<void> {
  await sendOneConvocation(deps, job, attempt);
}
