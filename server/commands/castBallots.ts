import { createHash, randomBytes } from 'node:crypto';
import type { Actor } from '@shared/rules/permissions';
import type { CastBallotsResponse } from '@shared/api/voting';
import type { BallotReceipt, CastBallotsInput } from '@shared/schemas/voting';
import { signature } from '../auth/actor';
import { Refusal } from './refusal';
import type { Context } from '../context';
import { assemblyOr404 } from './editAssembly';
import { proxyUse } from './proxyUse';
import { castOutcomes, refuseIfNoneRecorded } from './castOutcomes';
import { recordBallotAttendance } from './room/recordAttendance';
import { castRights } from './ballotRights';
import { durable } from './durable';

/** The hash under which a receipt is published with the results. */
export const receiptHash = (motionId: string, receipt: string) =>
  createHash('sha256').update(`${motionId}:${receipt}`).digest('hex');

/**
 * Casts the named votes of one or many members in one action (R.7: a holder of many votes may cast
 * them all alike or split them): each for a member the person represents, or holds the proxy of,
 * only inside the window (R.6). Named ballots can be changed until the close (the last counts, the
 * history stays); the grantor's own vote overrides its proxy's. Secret votes are encrypted in the
 * browser and cast by castEncryptedBallots. Every vote gets a receipt code, and a vote with a
 * receipt is in the count: none is recorded after the count. A vote that cannot be recorded (its
 * member voted, its proxy was revoked meanwhile) is refused alone, named with why; the others are
 * recorded. A ballot is presence: the members it speaks for are recorded present.
 */
export async function castBallots(
  ctx: Pick<Context, 'assemblies' | 'now' | 'proxies' | 'register' | 'replication' | 'room' | 'statutes' | 'votes'>,
  actor: Actor,
  assemblyId: string,
  motionId: string,
  input: CastBallotsInput,
): Promise<CastBallotsResponse> {
  const assembly = await assemblyOr404(ctx, assemblyId);
  const motion = await ctx.votes.motion(assemblyId, motionId);
  if (!motion) throw new Refusal('motion_not_found', {});
  // Encrypted in the browser: a secret vote's choice never comes here in clear.
  if (motion.secret) throw new Refusal('vote_not_encrypted', {});
  // What the box holds now: a member that voted is left out here, and again in the box if it votes meanwhile.
  const current = new Map((await ctx.votes.namedBallots(motionId)).map((ballot) => [ballot.memberNo, ballot]));
  const { rights, refused, members, grants, now } = await castRights(
    ctx,
    actor,
    assembly,
    motion,
    input.ballots,
    (memberNo, castAs, organisation) =>
      castAs === 'proxy' && current.get(memberNo)?.castAs === 'own'
        ? { code: 'member_voted_itself', params: { memberNo, organisation } }
        : null,
  );
  refuseIfNoneRecorded(rights, refused);

  const castAt = now.toISOString();
  const receipts: BallotReceipt[] = rights.map((ballot) => ({
    memberNo: ballot.memberNo,
    castAs: ballot.castAs,
    receipt: randomBytes(12).toString('base64url'),
  }));
  // Stored with the audit entry in one step, naming the members recorded.
  const entry = {
    at: castAt,
    by: signature(actor),
    action: 'ballots.cast',
    subject: `motion:${motionId}`,
    before: null,
    after: { members: receipts.map((receipt) => receipt.memberNo) },
  };
  // A revocation and a ballot by proxy exclude each other (R.7: revocable until used).
  const proxiesUsed = proxyUse(assemblyId, rights, grants);
  // Before the ballots, so that a stored ballot always has its presence.
  await recordBallotAttendance(ctx, assemblyId, actor, rights, now);
  const hashOf = (index: number) => receiptHash(motionId, receipts[index]?.receipt ?? '');
  const cast = await ctx.votes.castNamed(
    motionId,
    rights.map((ballot, index) => ({
      memberNo: ballot.memberNo,
      choice: ballot.choice,
      castAs: ballot.castAs,
      castByPersonId: actor.personId,
      castAt,
      receiptHash: hashOf(index),
      // The person finds its receipt again on any device.
      receipt: receipts[index]?.receipt ?? '',
    })),
    entry,
    proxiesUsed,
  );
  // The count and the cast exclude each other: refused once the tally is stored, so a receipt always means counted.
  if (cast.counted) throw new Refusal('motion_closed', { context: 'late' });
  const outcome = castOutcomes(cast, receipts, members);
  // A receipt is given once a replica holds the ballot: a failover then cannot lose it.
  await durable(ctx);
  refuseIfNoneRecorded(outcome.receipts, [...refused, ...outcome.refused]);
  // Nobody else's screen changes (results stay hidden until the close): no broadcast.
  return { receipts: outcome.receipts, refused: [...refused, ...outcome.refused] };
}
