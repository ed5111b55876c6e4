import type { Actor } from '@shared/rules/permissions';
import type { CastBallotsResponse } from '@shared/api/voting';
import type { NestedRefusal } from '@shared/refusals';
import type { BallotReceipt } from '@shared/schemas/voting';
import type { EncryptedBallotsInput } from '@shared/schemas/secretBallots';
import { checkBallot } from '@shared/belenios/verify';
import { memberName } from '@shared/rules/proxies';
import { signature } from '../auth/actor';
import { durable } from './durable';
import { Refusal } from './refusal';
import type { Context } from '../context';
import { assemblyOr404 } from './editAssembly';
import { proxyUse } from './proxyUse';
import { castOutcomes, refuseIfNoneRecorded } from './castOutcomes';
import { recordBallotAttendance } from './room/recordAttendance';
import { castRights } from './ballotRights';
import { secretBoxOf, type SecretBoxRef } from '../queries/secretBox';

/**
 * Casts the secret votes (on a motion, or in a round of an election) of one or many members in one action, each encrypted in the person's
 * browser to the election key and signed with its member's credential (#20): the server decides
 * who may vote (as for named votes, R.7) and checks each ballot's proofs and signature, but never
 * sees a choice. A member votes once, except that its own vote replaces the one its proxy holder
 * cast (R.7): Belenios counts the last ballot of each credential. Each vote's receipt is its
 * ballot's tracker, to find in the published archive.
 */
export async function castEncryptedBallots(
  ctx: Pick<
    Context,
    | 'assemblies'
    | 'elections'
    | 'now'
    | 'proxies'
    | 'register'
    | 'replication'
    | 'room'
    | 'secretVotes'
    | 'statutes'
    | 'votes'
  >,
  actor: Actor,
  assemblyId: string,
  ref: SecretBoxRef,
  input: EncryptedBallotsInput,
): Promise<CastBallotsResponse> {
  const assembly = await assemblyOr404(ctx, assemblyId);
  const box = await secretBoxOf(ctx, assemblyId, ref);
  const election = await ctx.secretVotes.election(box.id);
  if (!election) throw new Refusal('vote_not_encrypted', {});
  if (box.closed) throw box.closed;
  // Closed, its count started: no ballot can join it any more.
  if (await ctx.secretVotes.count(box.id)) throw box.late;
  const voted = new Map((await ctx.secretVotes.voters(box.id)).map((voter) => [voter.memberNo, voter]));
  const { rights, refused, members, grants, now } = await castRights(
    ctx,
    actor,
    assembly,
    { closedAt: null },
    input.ballots,
    (memberNo, castAs, organisation) => {
      const before = voted.get(memberNo);
      // A member's own vote replaces its proxy holder's; nothing else replaces a secret vote.
      if (!before || (castAs === 'own' && before.castAs === 'proxy')) return null;
      return {
        code: 'member_voted_secret',
        params: { memberNo, organisation, ...(box.context ? { context: box.context } : {}) },
      };
    },
  );
  const credentials = await ctx.secretVotes.credentials(
    box.id,
    rights.map((right) => right.memberNo),
  );
  const publicCredentials = new Set(election.publicCredentials);
  const checked = rights.flatMap((right) => {
    const expected = credentials.get(right.memberNo)?.publicCredential;
    const verdict = checkBallot(election.election, publicCredentials, right.ballot);
    const problem = !verdict.ok
      ? verdict.problem
      : verdict.credential !== expected
        ? 'it is not signed with this member’s credential'
        : null;
    if (problem !== null || !verdict.ok) {
      refused.push({
        code: 'ballot_invalid',
        params: { memberNo: right.memberNo, organisation: memberName(right.memberNo, members), problem: problem ?? '' },
      } satisfies NestedRefusal);
      return [];
    }
    return [{ ...right, tracker: verdict.tracker }];
  });
  refuseIfNoneRecorded(checked, refused);

  const castAt = now.toISOString();
  const receipts: BallotReceipt[] = checked.map((ballot) => ({
    memberNo: ballot.memberNo,
    castAs: ballot.castAs,
    receipt: ballot.tracker,
  }));
  await recordBallotAttendance(ctx, assemblyId, actor, checked, now);
  const cast = await ctx.secretVotes.cast(
    box.id,
    checked.map((ballot) => ({
      voter: {
        memberNo: ballot.memberNo,
        castAs: ballot.castAs,
        castAt,
        castByPersonId: actor.personId,
        tracker: ballot.tracker,
      },
      ballot: ballot.ballot,
    })),
    {
      at: castAt,
      by: signature(actor),
      action: 'ballots.cast',
      subject: box.subject,
      before: null,
      after: { members: [] },
    },
    proxyUse(assemblyId, checked, grants),
  );
  if (cast.counted) throw box.late;
  const outcome = castOutcomes(cast, receipts, members, box.context);
  // A receipt, and "already voted" too (it speaks of a stored ballot), once a replica holds the ballots.
  await durable(ctx);
  refuseIfNoneRecorded(outcome.receipts, [...refused, ...outcome.refused]);
  return { receipts: outcome.receipts, refused: [...refused, ...outcome.refused] };
}
