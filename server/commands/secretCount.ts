import { createHash } from 'node:crypto';
import type { Actor } from '@shared/rules/permissions';
import type { PresenceCounts } from '@shared/rules/quorum';
import type { SecretCount } from '@shared/api/secretBallots';
import { encryptedTally, electionResult, lastBallots, resultCounts } from '@shared/belenios/tally';
import { ballotTracker } from '@shared/belenios/ballot';
import { checkPartialDecryption, verifyArchive } from '@shared/belenios/verify';
import { signature } from '../auth/actor';
import { durable } from './durable';
import { Refusal } from './refusal';
import type { Context } from '../context';
import { enqueue } from '../queue/queues';
import { tellTrustees } from './trustees';
import { trusteeSetup } from '../queries/trustees';
import { archiveOf, secretCountView } from '../queries/secretCount';
import { secretBoxOf, type SecretBox, type SecretBoxRef } from '../queries/secretBox';

/**
 * The close of a secret vote or round (#20, R.5, R.6): the ballots stop, the encrypted tally is computed from
 * them (the product of the ballots: no single ballot is ever decrypted) and stored once with the
 * attendance of that moment, and the trustees are told their share is due. Null while the count
 * waits for them; the figures once the result is decrypted.
 */
export async function startSecretCount(
  ctx: Pick<Context, 'assemblies' | 'baseUrl' | 'live' | 'now' | 'queues' | 'register' | 'secretVotes' | 'statutes'>,
  box: Pick<SecretBox, 'id' | 'assemblyId' | 'subject'>,
  presence: PresenceCounts | null,
): Promise<void> {
  const election = await ctx.secretVotes.election(box.id);
  if (!election) return;
  for (;;) {
    if (await ctx.secretVotes.count(box.id)) return;
    const { ballots, size } = await ctx.secretVotes.ballots(box.id);
    const counted = lastBallots(ballots);
    const saved = await ctx.secretVotes.startCount(
      box.id,
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
        subject: box.subject,
        before: null,
        after: { ballots: size, counted: counted.length },
      },
    );
    if (saved === 'changed') continue;
    if (saved === 'saved') {
      const setup = await trusteeSetup(ctx, box.assemblyId);
      await tellTrustees(
        ctx,
        box.assemblyId,
        setup.trustees.map((trustee) => trustee.personId),
        'decrypt',
        box.id,
      );
      await ctx.live.publish({ type: 'motions.changed', assemblyId: box.assemblyId });
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
  ctx: Pick<
    Context,
    | 'assemblies'
    | 'elections'
    | 'live'
    | 'now'
    | 'queues'
    | 'register'
    | 'replication'
    | 'secretVotes'
    | 'statutes'
    | 'votes'
  >,
  actor: Actor,
  assemblyId: string,
  ref: SecretBoxRef,
  partial: string,
): Promise<SecretCount> {
  const box = await secretBoxOf(ctx, assemblyId, ref);
  const election = await ctx.secretVotes.election(box.id);
  if (!election) throw new Refusal('vote_not_encrypted', {});
  const setup = await trusteeSetup(ctx, assemblyId);
  const trustee = setup.trustees.find((candidate) => candidate.personId === actor.personId);
  if (!trustee) throw new Refusal('not_a_trustee', {});
  const count = await ctx.secretVotes.count(box.id);
  if (!count) throw new Refusal('share_not_due', { context: 'open' });
  const shares = await ctx.secretVotes.shares(box.id);
  if (shares.has(trustee.position) || (await ctx.secretVotes.result(box.id)))
    throw new Refusal('share_not_due', { context: 'done' });
  const verdict = checkPartialDecryption(
    election.election,
    election.trustees,
    count.encryptedTally,
    trustee.position,
    partial,
  );
  if (!verdict) throw new Refusal('share_invalid', { problem: 'its proof does not hold' });
  await ctx.secretVotes.putShare(box.id, trustee.position, partial, {
    at: ctx.now().toISOString(),
    by: signature(actor),
    action: 'secret_count.share',
    subject: box.subject,
    before: null,
    after: { position: trustee.position },
  });
  if (shares.size + 1 >= setup.threshold)
    await enqueue(ctx.queues, 'secret.result', { assemblyId, boxId: box.id }, { jobId: `secret-result-${box.id}` });
  await ctx.live.publish({ type: 'motions.changed', assemblyId });
  await durable(ctx);
  return secretCountView(ctx, box);
}

/**
 * When enough shares are in: the result is computed from them, the whole archive is built and
 * checked by Agora's verifier, and the result and the archive's SHA-256 are stored once. Then the
 * motion or round is counted as any other (a motion with the attendance of its close). Counts nothing twice.
 */
export async function finishSecretCount(
  ctx: Pick<Context, 'now' | 'secretVotes' | 'votes'>,
  box: Pick<SecretBox, 'id' | 'subject'>,
): Promise<{
  counts: number[][];
  trackers: string[];
  presence: PresenceCounts | null;
  overriddenByOwnVote: number;
  ballots: number;
} | null> {
  const [election, count] = await Promise.all([ctx.secretVotes.election(box.id), ctx.secretVotes.count(box.id)]);
  if (!election || !count) return null;
  const { ballots } = await ctx.secretVotes.ballots(box.id);
  const counted = ballots.slice(0, count.ballots);
  let stored = await ctx.secretVotes.result(box.id);
  if (!stored) {
    const shares = await ctx.secretVotes.shares(box.id);
    const partials = [...shares.entries()]
      .sort(([a], [b]) => a - b)
      .map(([trusteeIndex, partial]) => ({ trusteeIndex, partial }));
    const result = electionResult(election.election, election.trustees, count.encryptedTally, partials);
    const archive = archiveOf(election, counted, count.encryptedTally, shares, result);
    const report = verifyArchive(archive);
    if (!report.ok) throw new Error(`the archive of ${box.id} does not verify: ${report.problems.join('; ')}`);
    stored = {
      result,
      positions: partials.map((share) => share.trusteeIndex),
      sha256: createHash('sha256').update(archive).digest('hex'),
      bytes: archive.length,
    };
    await ctx.secretVotes.putResult(box.id, stored, {
      at: ctx.now().toISOString(),
      by: { personId: null, name: 'Agora (count)' },
      action: 'secret_count.result',
      subject: box.subject,
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
