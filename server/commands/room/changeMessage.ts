import { messageChange, type MessageChangeReason } from '@shared/rules/discussion';
import type { Actor } from '@shared/rules/permissions';
import type { MessageEdit, MessageHide, MessagePin, MessageRef, RoomEvent, RoomMessage } from '@shared/schemas/room';
import { signature } from '../../auth/actor';
import type { Context } from '../../context';
import { Refusal } from '../refusal';
import { durable } from '../durable';
import { isTable, postingRefusal, roomAssembly, speaksFor } from './roomAccess';

type Change = (message: RoomMessage, at: string) => RoomMessage;

/** Loads a message, checks who may change it, applies the change with its version; retries a race. */
async function change(
  ctx: Pick<Context, 'assemblies' | 'now' | 'replication' | 'room'>,
  actor: Actor | null,
  scope: string | null,
  ref: MessageRef,
  check: (message: RoomMessage, person: Actor) => Promise<void> | void,
  apply: Change,
  action: string,
): Promise<RoomEvent> {
  const assembly = await roomAssembly(ctx, actor, scope, ref.assemblyId);
  const person = actor!;
  for (let attempt = 1; attempt <= 3; attempt++) {
    const message = await ctx.room.get(assembly.id, ref.messageId);
    if (!message) throw new Refusal('unknown_message', {});
    await check(message, person);
    const at = ctx.now().toISOString();
    const next = { ...apply(message, at), version: message.version + 1 };
    const entry = {
      at,
      by: signature(person),
      action,
      subject: `assembly:${assembly.id}`,
      before: { messageId: message.id, version: message.version },
      after: { version: next.version, ...(next.hidden && !message.hidden ? { reason: next.hidden.reason } : {}) },
    };
    const event = await ctx.room.change(assembly.id, next, message.version, entry);
    if (event) {
      await durable(ctx);
      return event;
    }
  }
  throw new Refusal('message_busy', {});
}

/** The author, within the edit window and the open room: the old words stay in the history. */
async function authorMay(ctx: Pick<Context, 'assemblies' | 'now'>, message: RoomMessage, person: Actor): Promise<void> {
  const assembly = (await ctx.assemblies.get(message.assemblyId))!;
  const closed = postingRefusal(assembly, speaksFor(person), ctx.now());
  // One who no longer represents a member may still correct or withdraw what it wrote.
  if (closed && closed.code !== 'not_a_representative') throw closed;
  const verdict = messageChange(message, person.personId, ctx.now());
  if (!verdict.ok) throw new Refusal(verdict.reason as Exclude<MessageChangeReason, 'message_change_allowed'>, {});
}

export function editMessage(
  ctx: Pick<Context, 'assemblies' | 'now' | 'replication' | 'room'>,
  actor: Actor | null,
  scope: string | null,
  input: MessageEdit,
): Promise<RoomEvent> {
  return change(
    ctx,
    actor,
    scope,
    input,
    (message, person) => authorMay(ctx, message, person),
    (message, at) => ({
      ...message,
      body: input.body,
      versions: [...message.versions, { body: message.body, replacedAt: at }],
    }),
    'message.edited',
  );
}

export function withdrawMessage(
  ctx: Pick<Context, 'assemblies' | 'now' | 'replication' | 'room'>,
  actor: Actor | null,
  scope: string | null,
  input: MessageRef,
): Promise<RoomEvent> {
  return change(
    ctx,
    actor,
    scope,
    input,
    (message, person) => authorMay(ctx, message, person),
    (message, at) => ({ ...message, withdrawnAt: at }),
    'message.withdrawn',
  );
}

/** Only the Table hides or pins (R.5: it runs the room). */
const tableMay = (scope: string | null, what: 'hide' | 'pin') => (_message: RoomMessage, person: Actor) => {
  if (!isTable(person, scope)) throw new Refusal('forbidden', { context: what });
};

/** The Table hides a message with a reason, kept for the minutes' annex and the audit trail. */
export function hideMessage(
  ctx: Pick<Context, 'assemblies' | 'now' | 'replication' | 'room'>,
  actor: Actor | null,
  scope: string | null,
  input: MessageHide,
): Promise<RoomEvent> {
  return change(
    ctx,
    actor,
    scope,
    input,
    tableMay(scope, 'hide'),
    (message, at) => ({ ...message, hidden: { by: actor!.name, reason: input.reason, at } }),
    'message.hidden',
  );
}

/** The Table pins a notice at the top of its thread, or unpins it. */
export function pinMessage(
  ctx: Pick<Context, 'assemblies' | 'now' | 'replication' | 'room'>,
  actor: Actor | null,
  scope: string | null,
  input: MessagePin,
): Promise<RoomEvent> {
  return change(
    ctx,
    actor,
    scope,
    input,
    tableMay(scope, 'pin'),
    (message) => ({ ...message, pinned: input.pinned }),
    input.pinned ? 'message.pinned' : 'message.unpinned',
  );
}
