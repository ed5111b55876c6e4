import { randomBytes } from 'node:crypto';
import { assemblyPhase } from '@shared/rules/assemblies';
import { tallyElectionRound } from '@shared/rules/elections';
import type { Actor } from '@shared/rules/permissions';
import { motionKindOfAgendaItem } from '@shared/rules/motions';
import { roundBallotsFromResult } from '@shared/rules/secretVotes';
import type { Election, ElectionRound, ElectionRoundTally, OpenElectionInput } from '@shared/schemas/election';
import { signature } from '../auth/actor';
import { Refusal } from './refusal';
import type { Context } from '../context';
import { assemblyOr404 } from './editAssembly';
import { receiptChain } from './receiptChain';
import { announceVotesOpened } from './announceVotesOpened';
import { openSecretElection, requireElectionKey } from './secretElection';
import { finishSecretCount, startSecretCount } from './secretCount';
import { electionState } from '../queries/electionState';
import { electionRoundBox, roundBoxId } from '../queries/secretBox';

type RoundStores = Pick<
  Context,
  | 'assemblies'
  | 'baseUrl'
  | 'elections'
  | 'live'
  | 'now'
  | 'proxies'
  | 'queues'
  | 'register'
  | 'secretVotes'
  | 'statutes'
  | 'votes'
>;

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
 * candidacies standing for it (S.5, R.5). Always a secret ballot: each round is a Belenios election
 * (#20), its ballots encrypted in the voters' browsers. Opening twice opens it once.
 */
export async function openElection(
  ctx: RoundStores & Pick<Context, 'audit'>,
  actor: Actor,
  assemblyId: string,
  input: OpenElectionInput,
): Promise<Election> {
  const assembly = await openAssembly(ctx, assemblyId);
  // Each round is a Belenios election on the trustees' key (#20): none opens before they made it.
  await requireElectionKey(ctx, assemblyId);
  const item = assembly.agenda.find((candidate) => candidate.id === input.itemId);
  if (!item) throw new Refusal('item_not_found', { context: 'not_on_agenda' });
  if (motionKindOfAgendaItem[item.kind] !== 'election') throw new Refusal('not_an_election_item', {});
  const candidates = (await ctx.elections.candidacies(assemblyId))
    .filter((candidacy) => !candidacy.withdrawnAt && candidacy.body === input.body && candidacy.office === input.office)
    .map((candidacy) => candidacy.memberNo);
  if (candidates.length === 0) throw new Refusal('no_candidates', {});
  const id = `e${randomBytes(6).toString('hex')}`;
  const election = await ctx.elections.open({
    id,
    assemblyId,
    itemId: item.id,
    body: input.body,
    office: input.office,
    candidates,
    openedAt: ctx.now().toISOString(),
    openedBy: actor.name,
  });
  // Opened twice: once (the first made its round's election).
  if (election.id !== id) return election;
  await openSecretElection(ctx, actor, assembly, await electionRoundBox(ctx, election, 1));
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
 * Closes the current round of an election (R.5, Reading). An encrypted round's count starts: its
 * encrypted tally is stored and the trustees are asked for their shares ('counting'); its result
 * comes with them (`countSecretRound`). A round with no Belenios election (a round two the close
 * left no time for, or one stored before rounds were encrypted) is counted at once from its clear
 * choices. Null when the round was closed already.
 */
export async function closeElectionRound(
  ctx: RoundStores,
  election: Election,
): Promise<ElectionRoundTally | 'counting' | null> {
  const state = await electionState(ctx, election);
  if (state.finished) return null;
  const boxId = roundBoxId(election.id, state.round);
  if (await ctx.secretVotes.election(boxId)) {
    if (await ctx.secretVotes.count(boxId)) return null;
    await startSecretCount(
      ctx,
      { id: boxId, assemblyId: election.assemblyId, subject: `election:${election.id}:${state.round}` },
      null,
    );
    return 'counting';
  }
  for (;;) {
    const { choices, box } = await ctx.elections.roundBallotBox(election.id, state.round);
    const tally = roundTally(
      ctx,
      election,
      state.round,
      state.candidates,
      choices,
      choices.map((c) => c.receiptHash),
    );
    const saved = await ctx.elections.saveTally(tally, countedEntry(tally), box);
    if (saved === 'counted_already') return null;
    // A ballot accepted while counting: count again, with it.
    if (saved === 'changed') continue;
    await ctx.live.publish({ type: 'motions.changed', assemblyId: election.assemblyId });
    return tally;
  }
}

function roundTally(
  ctx: Pick<Context, 'now' | 'statutes'>,
  election: Election,
  round: ElectionRound,
  candidates: readonly number[],
  ballots: ReadonlyArray<{ candidateMemberNo: number | null }>,
  receipts: string[],
): ElectionRoundTally {
  return {
    electionId: election.id,
    round,
    talliedAt: ctx.now().toISOString(),
    result: tallyElectionRound(round, candidates, ballots, ctx.statutes),
    ...receiptChain(`${election.id}:${round}`, receipts),
  };
}

const countedEntry = (tally: ElectionRoundTally) => ({
  at: tally.talliedAt,
  by: { personId: null, name: 'Agora (count)' },
  action: 'election.round_counted',
  subject: `election:${tally.electionId}:${tally.round}`,
  before: null,
  after: { outcome: tally.result.outcome, elected: tally.result.elected, finalists: tally.result.finalists },
});

/**
 * Enough trustees gave their shares of an encrypted round: its result is decrypted and checked
 * (its archive verified), and the round counted from the decrypted figures per candidate by the
 * same rules (absolute majority, else the best two to round two), once. Round two then opens as
 * its own Belenios election while the room is open; after the close, it is counted empty.
 */
export async function countSecretRound(
  ctx: RoundStores,
  assemblyId: string,
  electionId: string,
  round: ElectionRound,
): Promise<ElectionRoundTally | null> {
  const [assembly, election] = await Promise.all([
    ctx.assemblies.get(assemblyId),
    ctx.elections.election(assemblyId, electionId),
  ]);
  if (!assembly || !election) return null;
  const box = await electionRoundBox(ctx, election, round);
  const done = await finishSecretCount(ctx, box);
  if (!done) return null;
  const standing = box.answers.map(Number);
  const tally = roundTally(
    ctx,
    election,
    round,
    standing,
    roundBallotsFromResult(standing, done.counts),
    done.trackers,
  );
  const saved = await ctx.elections.saveTally(
    tally,
    countedEntry(tally),
    ctx.secretVotes.countedBox(box.id, done.ballots),
  );
  if (saved !== 'saved') return null;
  await ctx.live.publish({ type: 'motions.changed', assemblyId });
  if (tally.result.outcome === 'second_round') {
    if (assemblyPhase(assembly, ctx.now()) === 'open') {
      // Round one undecided: round two opens, on the best placed.
      await openSecretElection(ctx, null, assembly, await electionRoundBox(ctx, election, 2));
      await ctx.live.publish({ type: 'motions.changed', assemblyId });
      await announceVotesOpened(ctx, assembly, {
        key: `${election.id}-2`,
        title: assembly.agenda.find((item) => item.id === election.itemId)?.title ?? '',
      });
    } else await closeElectionRound(ctx, election);
  }
  return tally;
}

/** The Table closes the current round during the window; its count waits for the trustees' shares. */
export async function closeRoundByTable(
  ctx: RoundStores & Pick<Context, 'audit'>,
  actor: Actor,
  assemblyId: string,
  electionId: string,
): Promise<{ round: ElectionRound; counting: boolean; tally: ElectionRoundTally | null }> {
  await openAssembly(ctx, assemblyId);
  const election = await ctx.elections.election(assemblyId, electionId);
  if (!election) throw new Refusal('election_not_found', {});
  const { round } = await electionState(ctx, election);
  const closed = await closeElectionRound(ctx, election);
  if (!closed) throw new Refusal('round_closed', { context: 'counted' });
  await ctx.audit.append({
    at: ctx.now().toISOString(),
    by: signature(actor),
    action: 'election.round_closed',
    subject: `election:${electionId}:${round}`,
    before: null,
    after: null,
  });
  return closed === 'counting' ? { round, counting: true, tally: null } : { round, counting: false, tally: closed };
}

/** At the close of the room: the rounds still open are closed (a second round that could not be held shows so). */
export async function closeElectionsAtTheClose(ctx: RoundStores, assemblyId: string): Promise<number> {
  let counted = 0;
  for (const election of await ctx.elections.elections(assemblyId)) {
    // Round one, then, if it asked for one, round two (empty if the room closed first).
    for (let attempt = 0; attempt < 2; attempt++) {
      const closed = await closeElectionRound(ctx, election);
      if (closed === null || closed === 'counting') break;
      counted++;
    }
  }
  return counted;
}
