import { randomBytes } from 'node:crypto';
import { assemblyPhase } from '@shared/rules/assemblies';
import { ballotRight } from '@shared/rules/ballots';
import { electionStage, tallyElectionRound } from '@shared/rules/elections';
import type { Actor } from '@shared/rules/permissions';
import { motionKindOfAgendaItem } from '@shared/rules/motions';
import type {
  CastElectionBallotsInput,
  Election,
  ElectionRoundTally,
  OpenElectionInput,
} from '@shared/schemas/election';
import type { BallotReceipt } from '@shared/schemas/voting';
import type { CastBallotsResponse } from '@shared/api/voting';
import { signature } from '../auth/actor';
import type { NestedRefusal } from '@shared/refusals';
import { Refusal } from './refusal';
import { proxyForRules } from '../store/proxies';
import type { Context } from '../context';
import { receiptHash } from './castBallots';
import { assemblyOr404 } from './editAssembly';
import { receiptChain } from './receiptChain';
import { proxyUse } from './proxyUse';
import { castOutcomes, refuseIfNoneRecorded } from './castOutcomes';
import { recordBallotAttendance } from './room/recordAttendance';
import { announceVotesOpened } from './announceVotesOpened';

/** The stage of an election and the candidates of its current round. */
export async function electionState(ctx: Pick<Context, 'elections'>, election: Election) {
  const [round1, round2] = await Promise.all([
    ctx.elections.tally(election.id, 1),
    ctx.elections.tally(election.id, 2),
  ]);
  const stage = electionStage(round1?.result ?? null, round2?.result ?? null);
  const candidates = stage.round === 2 ? (round1?.result.finalists ?? []) : election.candidates;
  return {
    ...stage,
    candidates,
    rounds: [round1, round2].filter((tally): tally is ElectionRoundTally => tally !== null),
  };
}

async function openAssembly(ctx: Pick<Context, 'assemblies' | 'now'>, assemblyId: string) {
  const assembly = await assemblyOr404(ctx, assemblyId);
  const phase = assemblyPhase(assembly, ctx.now());
  if (phase !== 'open')
    throw new Refusal(phase === 'closed' || phase === 'minutes_published' ? 'window_closed' : 'window_not_yet_open', {
      phase,
      context: 'election',
    });
  return assembly;
}

/**
 * The Table opens the election of one office on an election item, during the window, with the
 * candidacies standing for it (S.5, R.5). Always a secret ballot. Opening twice opens it once.
 */
export async function openElection(
  ctx: Pick<
    Context,
    'assemblies' | 'audit' | 'elections' | 'live' | 'now' | 'proxies' | 'queues' | 'register' | 'statutes' | 'votes'
  >,
  actor: Actor,
  assemblyId: string,
  input: OpenElectionInput,
): Promise<Election> {
  const assembly = await openAssembly(ctx, assemblyId);
  const item = assembly.agenda.find((candidate) => candidate.id === input.itemId);
  if (!item) throw new Refusal('item_not_found', { context: 'not_on_agenda' });
  if (motionKindOfAgendaItem[item.kind] !== 'election') throw new Refusal('not_an_election_item', {});
  const candidates = (await ctx.elections.candidacies(assemblyId))
    .filter((candidacy) => !candidacy.withdrawnAt && candidacy.body === input.body && candidacy.office === input.office)
    .map((candidacy) => candidacy.memberNo);
  if (candidates.length === 0) throw new Refusal('no_candidates', {});
  const election = await ctx.elections.open({
    id: `e${randomBytes(6).toString('hex')}`,
    assemblyId,
    itemId: item.id,
    body: input.body,
    office: input.office,
    candidates,
    openedAt: ctx.now().toISOString(),
    openedBy: actor.name,
  });
  await ctx.audit.append({
    at: election.openedAt,
    by: signature(actor),
    action: 'election.opened',
    subject: `assembly:${assemblyId}`,
    before: null,
    after: election,
  });
  await ctx.live.publish({ type: 'motions.changed', assemblyId });
  await announceVotesOpened(ctx, assembly, { key: `${election.id}-1`, title: item.title });
  return election;
}

/**
 * Votes in the current round for each member the person represents or holds the proxy of: a
 * candidate of the round, or blank. Secret: who voted is kept apart from for whom; final. A vote
 * that cannot be recorded (its member voted, its proxy was revoked meanwhile) is refused alone,
 * named with why; the others are recorded, and the members voted for are recorded present.
 */
export async function castElectionBallots(
  ctx: Pick<Context, 'assemblies' | 'elections' | 'now' | 'proxies' | 'register' | 'room' | 'statutes'>,
  actor: Actor,
  assemblyId: string,
  electionId: string,
  input: CastElectionBallotsInput,
): Promise<CastBallotsResponse> {
  await openAssembly(ctx, assemblyId);
  const election = await ctx.elections.election(assemblyId, electionId);
  if (!election) throw new Refusal('election_not_found', {});
  const state = await electionState(ctx, election);
  if (state.finished || state.round !== input.round) {
    throw new Refusal(
      'round_closed',
      state.finished ? { context: 'over' } : { context: 'moved', round: input.round, current: state.round },
    );
  }
  const standing = new Set(state.candidates);
  const [register, { proxies }, voted] = await Promise.all([
    ctx.register.snapshot(),
    ctx.proxies.list(assemblyId),
    ctx.elections.voters(electionId, state.round),
  ]);
  const members = new Map(register.members.map((member) => [member.memberNo, member]));
  const already = new Set(voted.map((voter) => voter.memberNo));
  const refused: NestedRefusal[] = [];
  const rights = input.ballots.flatMap((ballot) => {
    const right = ballotRight(
      ballot.memberNo,
      actor.represents.map((member) => member.memberNo),
      members,
      proxies.map(proxyForRules),
      ctx.statutes,
    );
    if (!right.ok) refused.push({ code: right.reason, params: { ...right } });
    else if (ballot.candidateMemberNo !== null && !standing.has(ballot.candidateMemberNo))
      refused.push({
        code: 'candidate_not_standing',
        params: { memberNo: ballot.candidateMemberNo, round: state.round },
      });
    else if (already.has(ballot.memberNo))
      refused.push({
        code: 'member_voted_secret',
        params: { memberNo: ballot.memberNo, organisation: right.member, context: 'round' },
      });
    else return [{ ...ballot, castAs: right.castAs ?? 'own', holderMemberNo: right.holderMemberNo }];
    return [];
  });
  refuseIfNoneRecorded(rights, refused);

  const now = ctx.now();
  const castAt = now.toISOString();
  const proxiesUsed = proxyUse(assemblyId, rights, proxies.map(proxyForRules));
  await recordBallotAttendance(ctx, assemblyId, actor, rights, now);
  const receipts: BallotReceipt[] = rights.map((ballot) => ({
    memberNo: ballot.memberNo,
    castAs: ballot.castAs,
    receipt: randomBytes(12).toString('base64url'),
  }));
  const cast = await ctx.elections.cast(
    electionId,
    state.round,
    rights.map((ballot, index) => ({
      voter: { memberNo: ballot.memberNo, castAs: ballot.castAs, castAt },
      receiptHash: receiptHash(`${electionId}:${state.round}`, receipts[index]?.receipt ?? ''),
      candidateMemberNo: ballot.candidateMemberNo,
    })),
    {
      at: castAt,
      by: signature(actor),
      action: 'election.ballots_cast',
      subject: `election:${electionId}:${state.round}`,
      before: null,
      after: { members: receipts.map((receipt) => receipt.memberNo) },
    },
    proxiesUsed,
  );
  if (cast.counted) throw new Refusal('round_closed', { context: 'late', round: state.round });
  const outcome = castOutcomes(cast, receipts, members, 'round');
  refuseIfNoneRecorded(outcome.receipts, [...refused, ...outcome.refused]);
  return { receipts: outcome.receipts, refused: [...refused, ...outcome.refused] };
}

/**
 * Counts the current round of an election, exactly once (R.5, Reading): absolute majority in round
 * one, else the best two go to round two, which the room then votes on; relative majority there.
 */
export async function closeElectionRound(
  ctx: Pick<Context, 'elections' | 'live' | 'now' | 'statutes'>,
  election: Election,
): Promise<ElectionRoundTally | null> {
  const state = await electionState(ctx, election);
  if (state.finished) return null;
  for (;;) {
    const { choices, box } = await ctx.elections.roundBallotBox(election.id, state.round);
    const result = tallyElectionRound(state.round, state.candidates, choices, ctx.statutes);
    const tally: ElectionRoundTally = {
      electionId: election.id,
      round: state.round,
      talliedAt: ctx.now().toISOString(),
      result,
      ...receiptChain(
        `${election.id}:${state.round}`,
        choices.map((choice) => choice.receiptHash),
      ),
    };
    const counted = {
      at: tally.talliedAt,
      by: { personId: null, name: 'Agora (count)' },
      action: 'election.round_counted',
      subject: `election:${election.id}:${state.round}`,
      before: null,
      after: { outcome: result.outcome, elected: result.elected, finalists: result.finalists },
    };
    const saved = await ctx.elections.saveTally(tally, counted, box);
    if (saved === 'counted_already') return null;
    // A ballot accepted while counting: count again, with it.
    if (saved === 'changed') continue;
    await ctx.live.publish({ type: 'motions.changed', assemblyId: election.assemblyId });
    return tally;
  }
}

/** The Table closes the current round during the window (round one must close for a second one). */
export async function closeRoundByTable(
  ctx: Pick<
    Context,
    'assemblies' | 'audit' | 'elections' | 'live' | 'now' | 'proxies' | 'queues' | 'register' | 'statutes' | 'votes'
  >,
  actor: Actor,
  assemblyId: string,
  electionId: string,
): Promise<ElectionRoundTally> {
  const assembly = await openAssembly(ctx, assemblyId);
  const election = await ctx.elections.election(assemblyId, electionId);
  if (!election) throw new Refusal('election_not_found', {});
  const tally = await closeElectionRound(ctx, election);
  if (!tally) throw new Refusal('round_closed', { context: 'counted' });
  await ctx.audit.append({
    at: tally.talliedAt,
    by: signature(actor),
    action: 'election.round_closed',
    subject: `election:${electionId}:${tally.round}`,
    before: null,
    after: null,
  });
  // Round one undecided: round two opens at once, on the two best placed.
  if (tally.result.outcome === 'second_round')
    await announceVotesOpened(ctx, assembly, {
      key: `${election.id}-2`,
      title: assembly.agenda.find((item) => item.id === election.itemId)?.title ?? '',
    });
  return tally;
}

/** At the close of the room: the rounds still open are counted (a second round that could not be held shows so). */
export async function closeElectionsAtTheClose(
  ctx: Pick<Context, 'elections' | 'live' | 'now' | 'statutes'>,
  assemblyId: string,
): Promise<number> {
  let counted = 0;
  for (const election of await ctx.elections.elections(assemblyId)) {
    // Round one, then, if it asked for one, round two (empty if the room closed first).
    for (let attempt = 0; attempt < 2; attempt++) if (await closeElectionRound(ctx, election)) counted++;
  }
  return counted;
}
