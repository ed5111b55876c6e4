import { createHash } from 'node:crypto';
import type { Actor } from '@shared/rules/permissions';
import type { PresenceCounts } from '@shared/rules/quorum';
import type { SecretCount } from '@shared/api/secretBallots';
import type { Assembly } from '@shared/schemas/assembly';
import type { Motion } from '@shared/schemas/voting';
import { encryptedTally, electionResult, lastBallots, resultCounts } from '@shared/belenios/tally';
import { ballotTracker } from '@shared/belenios/ballot';
import { checkPartialDecryption, verifyArchive } from '@shared/belenios/verify';
import { signature } from '../auth/actor';
import { Refusal } from './refusal';
import type { Context } from '../context';
import { enqueue } from '../queue/queues';
import { tellTrustees } from './trustees';
import { trusteeSetup } from '../queries/trustees';
import { archiveOf, secretCountView } from '../queries/secretCount';

/**
 * The close of a secret vote (#20, R.6): the ballots stop, the encrypted tally is computed from
 * them (the product of the ballots: no single ballot is ever decrypted) and stored once with the
 * attendance of that moment, and the trustees are told their share is due. Null while the count
 * waits for them; the figures once the result is decrypted.
 */
export async function startSecretCount(
  ctx: Pick<Context, 'assemblies' | 'baseUrl' | 'live' | 'now' | 'queues' | 'register' | 'secretVotes' | 'statutes'>,
  assembly: Assembly,
  motion: Motion,
  presence: PresenceCounts,
): Promise<void> {
  const election = await ctx.secretVotes.election(motion.id);
  if (!election) return;
  for (;;) {
    if (await ctx.secretVotes.count(motion.id)) return;
    const { ballots, size } = await ctx.secretVotes.ballots(motion.id);
    const counted = lastBallots(ballots);
    const saved = await ctx.secretVotes.startCount(
      motion.id,
      {
        encryptedTally: encryptedTally(election.election, counted),
        presence,
        ballots: size,
        overriddenByOwnVote: size - counted.length,
        startedAt: ctx.now().toISOString(),
      },
      {
        at: ctx.now().toISOString(),
        by: { personId: null, name: 'Agora (count)' },
        action: 'secret_count.started',
        subject: `motion:${motion.id}`,
        before: null,
        after: { ballots: size, counted: counted.length },
      },
    );
    if (saved === 'changed') continue;
    if (saved === 'saved') {
      const setup = await trusteeSetup(ctx, assembly.id);
      await tellTrustees(
        ctx,
        assembly.id,
        setup.trustees.map((trustee) => trustee.personId),
        'decrypt',
        motion.id,
      );
      await ctx.live.publish({ type: 'motions.changed', assemblyId: assembly.id });
    }
    return;
  }
}

/**
 * A trustee hands in its share of a closed secret vote's decryption, made in its browser from its
 * key. The share's proof is checked against the trustee's verification key before it is stored
 * (once). When enough trustees have given theirs, a job computes the result.
 */
export async function submitShare(
  ctx: Pick<Context, 'assemblies' | 'live' | 'now' | 'queues' | 'register' | 'secretVotes' | 'statutes' | 'votes'>,
  actor: Actor,
  assemblyId: string,
  motionId: string,
  partial: string,
): Promise<SecretCount> {
  const motion = await ctx.votes.motion(assemblyId, motionId);
  if (!motion) throw new Refusal('motion_not_found', {});
  const election = motion.secret ? await ctx.secretVotes.election(motionId) : null;
  if (!election) throw new Refusal('vote_not_encrypted', {});
  const setup = await trusteeSetup(ctx, assemblyId);
  const trustee = setup.trustees.find((candidate) => candidate.personId === actor.personId);
  if (!trustee) throw new Refusal('not_a_trustee', {});
  const count = await ctx.secretVotes.count(motionId);
  if (!count) throw new Refusal('share_not_due', { context: 'open' });
  const shares = await ctx.secretVotes.shares(motionId);
  if (shares.has(trustee.position) || (await ctx.secretVotes.result(motionId)))
    throw new Refusal('share_not_due', { context: 'done' });
  const verdict = checkPartialDecryption(
    election.election,
    election.trustees,
    count.encryptedTally,
    trustee.position,
    partial,
  );
  if (!verdict) throw new Refusal('share_invalid', { problem: 'its proof does not hold' });
  await ctx.secretVotes.putShare(motionId, trustee.position, partial, {
    at: ctx.now().toISOString(),
    by: signature(actor),
    action: 'secret_count.share',
    subject: `motion:${motionId}`,
    before: null,
    after: { position: trustee.position },
  });
  if (shares.size + 1 >= setup.threshold)
    await enqueue(ctx.queues, 'secret.result', { assemblyId, motionId }, { jobId: `secret-result-${motionId}` });
  await ctx.live.publish({ type: 'motions.changed', assemblyId });
  return secretCountView(ctx, assemblyId, motionId);
}

/**
 * When enough shares are in: the result is computed from them, the whole archive is built and
 * checked by Agora's verifier, and the result and the archive's SHA-256 are stored once. Then the
 * motion is counted as any other, with the attendance of its close. Counts nothing twice.
 */
export async function finishSecretCount(
  ctx: Pick<Context, 'now' | 'secretVotes' | 'votes'>,
  motionId: string,
): Promise<{
  counts: number[][];
  trackers: string[];
  presence: PresenceCounts;
  overriddenByOwnVote: number;
  ballots: number;
} | null> {
  const [election, count] = await Promise.all([ctx.secretVotes.election(motionId), ctx.secretVotes.count(motionId)]);
  if (!election || !count) return null;
  const { ballots } = await ctx.secretVotes.ballots(motionId);
  const counted = ballots.slice(0, count.ballots);
  let stored = await ctx.secretVotes.result(motionId);
  if (!stored) {
    const shares = await ctx.secretVotes.shares(motionId);
    const partials = [...shares.entries()]
      .sort(([a], [b]) => a - b)
      .map(([trusteeIndex, partial]) => ({ trusteeIndex, partial }));
    const result = electionResult(election.election, election.trustees, count.encryptedTally, partials);
    const archive = archiveOf(election, counted, count.encryptedTally, shares, result);
    const report = verifyArchive(archive);
    if (!report.ok) throw new Error(`the archive of ${motionId} does not verify: ${report.problems.join('; ')}`);
    stored = {
      result,
      positions: partials.map((share) => share.trusteeIndex),
      sha256: createHash('sha256').update(archive).digest('hex'),
      bytes: archive.length,
    };
    await ctx.secretVotes.putResult(motionId, stored, {
      at: ctx.now().toISOString(),
      by: { personId: null, name: 'Agora (count)' },
      action: 'secret_count.result',
      subject: `motion:${motionId}`,
      before: null,
      after: { uuid: election.uuid, sha256: stored.sha256, bytes: stored.bytes, result: resultCounts(result) },
    });
  }
  const trackers = lastBallots(counted).map(ballotTracker);
  return {
    counts: resultCounts(stored.result),
    trackers,
    presence: count.presence,
    overriddenByOwnVote: count.overriddenByOwnVote,
    ballots: count.ballots,
  };
}
