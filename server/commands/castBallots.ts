import { createHash, randomBytes } from 'node:crypto';
import { ballotRight } from '@shared/rules/ballots';
import type { Actor } from '@shared/rules/permissions';
import { windowVerdict } from '@shared/rules/window';
import type { CastBallotsResponse } from '@shared/api/voting';
import type { BallotReceipt, CastBallotsInput } from '@shared/schemas/voting';
import { signature } from '../auth/actor';
import type { NestedRefusal } from '@shared/refusals';
import { Refusal } from './refusal';
import { proxyForRules } from '../store/proxies';
import type { Context } from '../context';
import { assemblyOr404 } from './editAssembly';
import { proxyUse } from './proxyUse';
import { castOutcomes, refuseIfNoneRecorded } from './castOutcomes';
import { recordBallotAttendance } from './room/recordAttendance';
import { durable } from './durable';

/** The hash under which a receipt is published with the results. */
export const receiptHash = (motionId: string, receipt: string) =>
  createHash('sha256').update(`${motionId}:${receipt}`).digest('hex');

/**
 * Casts the votes of one or many members in one action (R.7: a holder of many votes may cast them
 * all alike or split them): each for a member the person represents, or holds the proxy of, only
 * inside the window (R.6). Named ballots can be changed until the close (the last counts, the
 * history stays); the grantor's own vote overrides its proxy's. Secret ballots are final: who
 * voted is kept apart from what was voted. Every vote gets a receipt code, and a vote with a
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
  if (motion.closedAt) throw new Refusal('motion_closed', {});
  const now = ctx.now();
  const window = windowVerdict({ opensAt: new Date(assembly.opensAt), closesAt: new Date(assembly.closesAt) }, now);
  if (!window.ok) {
    throw new Refusal(window.reason, { context: 'ballot' });
  }
  const [register, { proxies }] = await Promise.all([ctx.register.snapshot(), ctx.proxies.list(assemblyId)]);
  const members = new Map(register.members.map((member) => [member.memberNo, member]));
  const represented = actor.represents.map((member) => member.memberNo);
  const grants = proxies.map(proxyForRules);
  const refused: NestedRefusal[] = [];
  // What the box holds now: a member that voted is left out here, and again in the box if it votes meanwhile.
  const current = new Map((await ctx.votes.namedBallots(motionId)).map((ballot) => [ballot.memberNo, ballot]));
  const alreadySecret = new Set(
    motion.secret ? (await ctx.votes.secretVoters(motionId)).map((voter) => voter.memberNo) : [],
  );
  const rights = input.ballots.flatMap((ballot) => {
    const right = ballotRight(ballot.memberNo, represented, members, grants, ctx.statutes);
    const organisation = right.member;
    if (!right.ok) refused.push({ code: right.reason, params: { ...right } });
    else if (motion.secret && alreadySecret.has(ballot.memberNo))
      refused.push({ code: 'member_voted_secret', params: { memberNo: ballot.memberNo, organisation } });
    else if (!motion.secret && right.castAs === 'proxy' && current.get(ballot.memberNo)?.castAs === 'own')
      refused.push({ code: 'member_voted_itself', params: { memberNo: ballot.memberNo, organisation } });
    else return [{ ...ballot, castAs: right.castAs ?? 'own', holderMemberNo: right.holderMemberNo }];
    return [];
  });
  // "Already voted" speaks of a stored ballot: it is said only once a replica holds that ballot too.
  if (refused.some((refusal) => refusal.code === 'member_voted_secret')) await durable(ctx);
  refuseIfNoneRecorded(rights, refused);

  const castAt = now.toISOString();
  const receipts: BallotReceipt[] = rights.map((ballot) => ({
    memberNo: ballot.memberNo,
    castAs: ballot.castAs,
    receipt: randomBytes(12).toString('base64url'),
  }));
  // Stored with the audit entry in one step, naming the members recorded; never the content of a secret vote.
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
  const cast = motion.secret
    ? await ctx.votes.castSecret(
        motionId,
        rights.map((ballot, index) => ({
          voter: { memberNo: ballot.memberNo, castAs: ballot.castAs, castAt },
          receiptHash: hashOf(index),
          choice: ballot.choice,
        })),
        entry,
        proxiesUsed,
      )
    : await ctx.votes.castNamed(
        motionId,
        rights.map((ballot, index) => ({
          memberNo: ballot.memberNo,
          choice: ballot.choice,
          castAs: ballot.castAs,
          castByPersonId: actor.personId,
          castAt,
          receiptHash: hashOf(index),
          // Named: the person finds its receipt again on any device (a secret one stays on the device).
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
