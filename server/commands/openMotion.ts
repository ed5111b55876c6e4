import { randomBytes } from 'node:crypto';
import { assemblyPhase } from '@shared/rules/assemblies';
import { motionAllowed } from '@shared/rules/motions';
import { renderReason } from '@shared/rules/messages';
import type { Actor } from '@shared/rules/permissions';
import type { Motion, OpenMotionInput } from '@shared/schemas/voting';
import { signature } from '../auth/actor';
import { Refusal } from './refusal';
import type { Context } from '../context';
import { assemblyOr404 } from './editAssembly';
import { announceVotesOpened } from './announceVotesOpened';
import { openSecretElection } from './secretElection';
import { motionBox } from '../queries/secretBox';

/**
 * The Table opens a vote on an agenda item during the window (R.6, R.7); only on what this kind of
 * assembly may decide (S.11, S.12). By default its vote closes with the room. Those it waits for
 * are told (the room at once, an e-mail a few minutes later).
 */
export async function openMotion(
  ctx: Pick<
    Context,
    | 'assemblies'
    | 'elections'
    | 'live'
    | 'now'
    | 'proxies'
    | 'queues'
    | 'register'
    | 'secretVotes'
    | 'statutes'
    | 'votes'
  >,
  actor: Actor,
  assemblyId: string,
  input: OpenMotionInput,
): Promise<Motion> {
  const assembly = await assemblyOr404(ctx, assemblyId);
  const now = ctx.now();
  const phase = assemblyPhase(assembly, now);
  if (phase !== 'open') throw new Refusal('assembly_not_open', { phase, context: 'open' });
  if (!assembly.agenda.some((item) => item.id === input.itemId))
    throw new Refusal('item_not_found', { context: 'not_on_agenda' });
  const change = input.agendaChange;
  if (change && change.action !== 'add' && !assembly.agenda.some((item) => item.id === change.itemId)) {
    throw new Refusal(
      'item_not_found',
      { context: 'change' },
      { issues: [{ path: 'agendaChange.itemId', message: 'The item this change is about is not on the agenda.' }] },
    );
  }
  const allowed = motionAllowed(input.kind, assembly.kind, ctx.statutes);
  if (!allowed.ok)
    throw new Refusal(
      allowed.reason,
      { ...allowed },
      { issues: [{ path: 'kind', message: renderReason('en', allowed) }] },
    );
  const motion: Motion = {
    id: `m${randomBytes(6).toString('hex')}`,
    assemblyId,
    ...input,
    kind: input.kind as Motion['kind'],
    openedAt: now.toISOString(),
    openedBy: actor.name,
  };
  // A secret vote is a Belenios election on the trustees' key: made before the motion is shown.
  if (motion.secret) await openSecretElection(ctx, actor, assembly, motionBox(motion));
  await ctx.votes.saveMotion(motion, {
    at: motion.openedAt,
    by: signature(actor),
    action: 'motion.opened',
    subject: `assembly:${assemblyId}`,
    before: null,
    after: motion,
  });
  await ctx.live.publish({ type: 'motions.changed', assemblyId });
  await announceVotesOpened(ctx, assembly, { key: motion.id, title: motion.title });
  return motion;
}
