import { assemblyPhase } from '@shared/rules/assemblies';
import { memberTransition } from '@shared/rules/members';
import { effectiveBallots } from '@shared/rules/ballots';
import { countChoices, tallyMotion } from '@shared/rules/tally';
import type { Motion, MotionTally } from '@shared/schemas/voting';
import type { Assembly } from '@shared/schemas/assembly';
import type { PresenceCounts } from '@shared/rules/quorum';
import { changedAgenda } from '@shared/rules/agendaChange';
import type { Context } from '../context';
import { presenceCounts } from '../queries/presence';
import { newId } from './editAssembly';
import { closeElectionsAtTheClose, countSecretRound } from './elections';
import { electionState } from '../queries/electionState';
import { boxRefOf, motionBox } from '../queries/secretBox';
import { adoptText } from './adoptText';
import { receiptChain } from './receiptChain';
import { countsFromResult } from '@shared/rules/secretVotes';
import { finishSecretCount, startSecretCount } from './secretCount';
import { sendResults } from './sendResults';
import { enqueue } from '../queue/queues';

/** What the close reads and writes: the assembly, its ballots and rounds, who was there, the texts it may amend. */
export type TallyStores = Pick<
  Context,
  | 'assemblies'
  | 'audit'
  | 'baseUrl'
  | 'elections'
  | 'live'
  | 'now'
  | 'proxies'
  | 'queues'
  | 'register'
  | 'room'
  | 'secretVotes'
  | 'statutes'
  | 'texts'
  | 'votes'
>;

/**
 * The close (R.6, R.7): one tally per motion, exactly once, whoever runs it first (the close job,
 * a retried one on another worker, or the Table drafting the minutes). An adopted admission or
 * exclusion updates the register.
 */
export async function tallyAssembly(ctx: TallyStores, assemblyId: string): Promise<number> {
  const assembly = await ctx.assemblies.get(assemblyId);
  if (!assembly || assemblyPhase(assembly, ctx.now()) !== 'closed') return 0;
  // The elections' open rounds are counted with the motions.
  const rounds = await closeElectionsAtTheClose(ctx, assemblyId);
  const motions = await ctx.votes.motions(assemblyId);
  const pending = [];
  for (const motion of motions) {
    const tally = await ctx.votes.tally(motion.id);
    if (!tally) pending.push(motion);
    // A count interrupted between its tally and the text version it adopted makes that version now (once).
    else await adoptText(ctx, assembly, motion, tally);
  }
  if (pending.length === 0) return rounds;
  const presence = await presenceCounts(ctx, assemblyId);
  let stored = 0;
  for (const motion of pending) if (typeof (await countMotion(ctx, assembly, motion, presence)) === 'object') stored++;
  if (stored > 0) await ctx.live.publish({ type: 'motions.changed', assemblyId });
  return stored + rounds;
}

/**
 * Counts one motion with the attendance given, exactly once (the tally is stored only if none is,
 * and only with every ballot stored so far: one that lands while counting is counted too), and
 * carries out what an adopted motion changes. Null when it was counted already; 'waiting' while a
 * secret vote's tally waits for its trustees' shares (it is counted with the attendance of its close).
 */
export async function countMotion(
  ctx: Omit<TallyStores, 'elections' | 'proxies' | 'room'>,
  assembly: Assembly,
  motion: Motion,
  presence: PresenceCounts,
): Promise<MotionTally | null | 'waiting'> {
  for (;;) {
    const read = await ballotsOf(ctx, assembly, motion, presence);
    if (read === 'waiting') return 'waiting';
    const { counts, hashes, box } = read;
    const result = tallyMotion(motion.kind, assembly.kind, counts, read.presence, ctx.statutes);
    const tally: MotionTally = {
      motionId: motion.id,
      talliedAt: ctx.now().toISOString(),
      result,
      ...receiptChain(motion.id, hashes),
    };
    const counted = {
      at: tally.talliedAt,
      by: { personId: null, name: 'Agora (count)' },
      action: 'motion.counted',
      subject: `motion:${motion.id}`,
      before: null,
      after: { outcome: result.outcome },
    };
    const saved = await ctx.votes.saveTally(tally, counted, box);
    if (saved === 'counted_already') return null;
    // A ballot accepted just before the close landed while counting: count again, with it.
    if (saved === 'changed') continue;
    return carryOut(ctx, assembly, motion, tally);
  }
}

/**
 * The ballots of a motion as the count reads them: their figures, their receipts, the box they
 * were read from, and the attendance they are counted with. A secret vote's figures come from its
 * decrypted result: until the trustees have given enough shares, its count waits.
 */
async function ballotsOf(
  ctx: Omit<TallyStores, 'elections' | 'proxies' | 'room'>,
  assembly: Assembly,
  motion: Motion,
  presence: PresenceCounts,
) {
  if (motion.secret && (await ctx.secretVotes.election(motion.id))) {
    const box = motionBox(motion);
    if (!(await ctx.secretVotes.result(motion.id))) {
      await startSecretCount(ctx, box, presence);
      return 'waiting' as const;
    }
    const done = await finishSecretCount(ctx, box);
    if (!done) return 'waiting' as const;
    return {
      counts: countsFromResult(done.counts, done.overriddenByOwnVote),
      hashes: done.trackers,
      box: ctx.secretVotes.countedBox(motion.id, done.ballots),
      presence: done.presence ?? presence,
    };
  }
  if (motion.secret) {
    // A secret vote stored before ballots were encrypted.
    const { choices, box } = await ctx.votes.secretBallotBox(motion.id);
    return { counts: countChoices(choices), hashes: choices.map((choice) => choice.receiptHash), box, presence };
  }
  // Counted from the history, so that the ballots replaced (and set aside by an own vote) are reported.
  const { ballots, box } = await ctx.votes.namedBallotBox(motion.id);
  const { effective, overriddenByOwnVote, replaced } = effectiveBallots(ballots);
  return {
    counts: { ...countChoices(effective), overriddenByOwnVote, replaced },
    hashes: effective.map((ballot) => ballot.receiptHash),
    box,
    presence,
  };
}

/** What an adopted motion changes: the text it adopts, the register for an admission or an exclusion, the agenda for an agenda change. */
async function carryOut(
  ctx: Pick<Context, 'assemblies' | 'audit' | 'live' | 'register' | 'texts'>,
  assembly: Assembly,
  motion: Motion,
  tally: MotionTally,
): Promise<MotionTally> {
  const { result } = tally;
  if (result.outcome !== 'adopted') return tally;
  await adoptText(ctx, assembly, motion, tally);
  if (motion.subjectMemberNo !== null && (motion.kind === 'admission' || motion.kind === 'exclusion')) {
    const event = motion.kind === 'admission' ? 'assembly_validates' : 'assembly_excludes';
    await ctx.register.transact((register, changes) => {
      const member = register.members.find((candidate) => candidate.memberNo === motion.subjectMemberNo);
      if (!member) return;
      const step = memberTransition(member, event);
      if (!step.ok) return;
      changes.putMember({ ...member, status: step.to }).audit({
        at: tally.talliedAt,
        by: { personId: null, name: `${assembly.title} (vote)` },
        action: motion.kind === 'admission' ? 'admission.validated' : 'exclusion.decided',
        subject: `member:${member.memberNo}`,
        before: { status: member.status },
        after: { status: step.to, motionId: motion.id },
      });
    });
  }
  if (motion.kind === 'agenda_change' && motion.agendaChange) {
    const change = motion.agendaChange;
    const applied = await ctx.assemblies.update(assembly.id, (current) => {
      const next = changedAgenda(current.agenda, change, { id: newId('i'), addedAt: tally.talliedAt });
      return next.ok
        ? {
            assembly: { ...current, agenda: next.agenda },
            result: { before: current.agenda.map((item) => item.title), after: next.agenda.map((item) => item.title) },
          }
        : null;
    });
    if (applied) {
      await ctx.audit.append({
        at: tally.talliedAt,
        by: { personId: null, name: `${assembly.title} (vote)` },
        action: 'agenda.changed',
        subject: `assembly:${assembly.id}`,
        before: applied.before,
        after: applied.after,
      });
      await ctx.live.publish({ type: 'assembly.changed', assemblyId: assembly.id });
    }
  }
  return tally;
}

/** Whether every motion and every election of an assembly is counted (a secret vote waits for its trustees' shares). */
export async function everyMotionCounted(
  ctx: Pick<Context, 'elections' | 'votes'>,
  assemblyId: string,
): Promise<boolean> {
  for (const motion of await ctx.votes.motions(assemblyId)) if (!(await ctx.votes.tally(motion.id))) return false;
  for (const election of await ctx.elections.elections(assemblyId))
    if (!(await electionState(ctx, election)).finished) return false;
  return true;
}

/**
 * After the close, once every vote is counted: the results to everyone, then the minutes drafted
 * (each once, whoever gets here first: the close, or the last secret vote's decryption).
 */
export async function publishResults(ctx: TallyStores & Pick<Context, 'links'>, assembly: Assembly): Promise<boolean> {
  if (assemblyPhase(assembly, ctx.now()) !== 'closed' || !(await everyMotionCounted(ctx, assembly.id))) return false;
  await sendResults(ctx, assembly);
  // RULES.md §5: then the minutes are drafted, in a job of their own (once, whoever runs it).
  await enqueue(ctx.queues, 'minutes.draft', { assemblyId: assembly.id }, { jobId: `minutes-draft-${assembly.id}` });
  return true;
}

/**
 * Enough trustees gave their shares of a secret vote (a motion or a round): the result is computed
 * and checked, and the vote counted as any other (once, whoever runs it). Its job then publishes
 * the results once the last vote of a closed assembly is counted.
 */
export async function countSecretResult(
  ctx: TallyStores & Pick<Context, 'links'>,
  assemblyId: string,
  boxId: string,
): Promise<void> {
  const assembly = await ctx.assemblies.get(assemblyId);
  if (!assembly) return;
  const ref = boxRefOf(boxId);
  if ('electionId' in ref) {
    if (ref.round === 1 || ref.round === 2) await countSecretRound(ctx, assemblyId, ref.electionId, ref.round);
  } else {
    const motion = await ctx.votes.motion(assemblyId, ref.motionId);
    if (!motion) return;
    const box = motionBox(motion);
    await finishSecretCount(ctx, box);
    const count = await ctx.secretVotes.count(box.id);
    if (!count) return;
    const tally = await countMotion(ctx, assembly, motion, count.presence ?? (await presenceCounts(ctx, assemblyId)));
    if (typeof tally === 'object' && tally) await ctx.live.publish({ type: 'motions.changed', assemblyId });
  }
}
