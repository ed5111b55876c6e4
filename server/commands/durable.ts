import type { Context } from '../context';
import { Refusal } from './refusal';

/** How long a person is asked to wait before doing again what no replica confirmed. */
const retryAfterSeconds = 5;

/**
 * The last step of a command before it tells a person something is saved (a receipt, a stored
 * message, a proxy, a convening) or before something leaves Redis for good (an e-mail): the
 * replicas hold every write made so far, or the command is refused (503 `store_unconfirmed`)
 * rather than acknowledge what a failover could lose. Nothing to wait for with one Redis.
 */
export async function durable(ctx: Pick<Context, 'replication'>): Promise<void> {
  if (!(await ctx.replication.confirm())) throw new Refusal('store_unconfirmed', {}, { retryAfter: retryAfterSeconds });
}
