import { createHash, randomBytes } from 'node:crypto';
import { ballotRight } from '@shared/rules/ballots';
import type { Actor } from '@shared/rules/permissions';
import { windowVerdict } from '@shared/rules/window';
import type { BallotReceipt, CastBallotsInput } from '@shared/schemas/voting';
import { signature } from '../auth/actor';
import type { NestedRefusal } from '@shared/refusals';
import { Refusal } from './refusal';
import { proxyForRules } from '../store/proxies';
import type { NamedBallot } from '../store/votes';
import type { Context } from '../context';
import { assemblyOr404 } from './editAssembly';
import { proxyRevokedRefusal, proxyUse } from './proxyUse';
import { recordBallotAttendance } from './room/recordAttendance';

/** The hash under which a receipt is published with the results. */
export const receiptHash = (motionId: string, receipt: string) =>
  createHash('sha256').update(`${motionId}:${receipt}`).digest('hex');

/**
 * Casts the votes of one or many members in one action (R.7: a holder of many votes may cast them
 * all alike or split them): each for a member the person represents, or holds the proxy of, only
 * inside the window (R.6). Named ballots can be changed until the close (the last counts, the
 * history stays); the grantor's own vote overrides its proxy's. Secret ballots are final: who
 * voted is kept apart from what was voted. Every vote gets a receipt code, and a vote with a
 * receipt is in the count: one arriving after the count is refused, as is one by a proxy revoked
 * meanwhile. A ballot is presence: the members it speaks for are recorded present.
 */
export async function castBallots(
  ctx: Pick<Context, 'assemblies' | 'now' | 'proxies' | 'register' | 'room' | 'statutes' | 'votes'>,
  actor: Actor,
  assemblyId: string,
  motionId: string,
  input: CastBallotsInput,
): Promise<BallotReceipt[]> {
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
  const refusals: NestedRefusal[] = [];
  const rights = input.ballots.map((ballot) => {
    const right = ballotRight(ballot.memberNo, represented, members, grants, ctx.statutes);
    if (!right.ok) refusals.push({ code: right.reason, params: { ...right } });
    return { ...ballot, castAs: right.castAs ?? 'own', holderMemberNo: right.holderMemberNo };
  });
  if (refusals.length > 0) {
    throw new Refusal('ballot_not_allowed', { refusals });
  }

  // All or nothing: a vote that cannot be recorded stops the whole action, nothing half-cast.
  const current = new Map((await ctx.votes.namedBallots(motionId)).map((ballot) => [ballot.memberNo, ballot]));
  const alreadySecret = new Set(
    motion.secret ? (await ctx.votes.secretVoters(motionId)).map((voter) => voter.memberNo) : [],
  );
  for (const ballot of rights) {
    if (motion.secret && alreadySecret.has(ballot.memberNo))
      refusals.push({ code: 'member_voted_secret', params: { memberNo: ballot.memberNo } });
    if (!motion.secret && ballot.castAs === 'proxy' && current.get(ballot.memberNo)?.castAs === 'own') {
      refusals.push({ code: 'member_voted_itself', params: { memberNo: ballot.memberNo } });
    }
  }
  if (refusals.length > 0) throw new Refusal('ballot_not_recorded', { refusals });

  const castAt = now.toISOString();
  const receipts: BallotReceipt[] = rights.map((ballot) => ({
    memberNo: ballot.memberNo,
    castAs: ballot.castAs,
    receipt: randomBytes(12).toString('base64url'),
  }));
  // Stored with the audit entry in one step; the existence of ballots is audited, never their content when secret.
  const entry = {
    at: castAt,
    by: signature(actor),
    action: 'ballots.cast',
    subject: `motion:${motionId}`,
    before: null,
    after: { members: receipts.map((receipt) => receipt.memberNo) },
  };
  // The count and the cast exclude each other: refused once the tally is stored, so a receipt always means counted.
  const counted = () => new Refusal('motion_closed', { context: 'late' });
  // So do a revocation and a ballot by proxy (R.7: revocable until used).
  const proxiesUsed = proxyUse(assemblyId, rights, grants);
  // Before the ballots, so that a stored ballot always has its presence.
  await recordBallotAttendance(ctx, assemblyId, actor, rights, now);
  if (motion.secret) {
    const voted = await ctx.votes.castSecret(
      motionId,
      rights.map((ballot, index) => ({
        voter: { memberNo: ballot.memberNo, castAs: ballot.castAs, castAt },
        receiptHash: receiptHash(motionId, receipts[index]?.receipt ?? ''),
        choice: ballot.choice,
      })),
      entry,
      proxiesUsed,
    );
    if (!voted.stored && voted.counted) throw counted();
    if (!voted.stored && 'proxyRevoked' in voted) throw await proxyRevokedRefusal(ctx, proxiesUsed, rights);
    // Lost only to a vote for the same member in the same instant: the first one stands, nothing of this one is stored.
    if (!voted.stored)
      throw new Refusal('ballot_not_recorded', {
        refusals: [{ code: 'member_voted_secret', params: { memberNo: voted.alreadyVoted } }],
      });
  } else {
    const named: NamedBallot[] = rights.map((ballot, index) => ({
      memberNo: ballot.memberNo,
      choice: ballot.choice,
      castAs: ballot.castAs,
      castByPersonId: actor.personId,
      castAt,
      receiptHash: receiptHash(motionId, receipts[index]?.receipt ?? ''),
    }));
    const stored = await ctx.votes.castNamed(motionId, named, entry, proxiesUsed);
    if (stored === 'proxy_revoked') throw await proxyRevokedRefusal(ctx, proxiesUsed, rights);
    if (!stored) throw counted();
  }
  // Nobody else's screen changes (results stay hidden until the close): no broadcast.
  return receipts;
}
