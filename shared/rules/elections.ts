import type {
  CandidateVotes,
  ElectionCounts,
  ElectionOutcome,
  ElectionReason,
  ElectionRound,
  ElectionRoundResult,
} from '../schemas/election';

// Where the stored tally names them; still read from here by the pages and commands.
export type { CandidateVotes, ElectionCounts, ElectionOutcome, ElectionReason, ElectionRoundResult };
import { type Statutes, togetherStatutes } from '../statutes';

/** Counts the ballots of one round (one per member, see effectiveBallots), in one plain loop. */
export function countElectionBallots(
  candidates: readonly number[],
  ballots: readonly { candidateMemberNo: number | null }[],
): ElectionCounts {
  const votes = new Map<number, number>();
  for (const memberNo of candidates) votes.set(memberNo, 0);
  let blank = 0;
  let invalid = 0;
  for (const { candidateMemberNo } of ballots) {
    if (candidateMemberNo === null) {
      blank += 1;
      continue;
    }
    const current = votes.get(candidateMemberNo);
    if (current === undefined) invalid += 1;
    else votes.set(candidateMemberNo, current + 1);
  }
  const counted = [...votes].map(([memberNo, n]) => ({ memberNo, votes: n }));
  counted.sort((a, b) => b.votes - a.votes || a.memberNo - b.memberNo);
  return { candidates: counted, blank, invalid, cast: ballots.length, expressed: ballots.length - blank - invalid };
}

/**
 * One round of the election of an office (R.5: "à la majorité des voix"; Reading: round one by
 * absolute majority of the votes for candidates, else the two best go to round two, decided by
 * relative majority). Ties are reported, never broken.
 */
export function tallyElectionRound(
  round: ElectionRound,
  candidates: readonly number[],
  ballots: readonly { candidateMemberNo: number | null }[],
  statutes: Statutes = togetherStatutes,
): ElectionRoundResult {
  const counts = countElectionBallots(candidates, ballots);
  const absoluteMajority = Math.floor(counts.expressed / 2) + 1;
  const result = (
    outcome: ElectionOutcome,
    reason: ElectionReason,
    extra: { elected?: number; finalists?: number[]; tied?: number[] } = {},
  ): ElectionRoundResult => ({
    round,
    outcome,
    reason,
    elected: extra.elected ?? null,
    finalists: extra.finalists ?? [],
    tied: extra.tied ?? [],
    absoluteMajority,
    counts,
  });
  const ranked = counts.candidates;
  const best = ranked[0];
  if (best === undefined) return result('not_elected', 'election_no_candidates');
  if (counts.expressed === 0) return result('not_elected', 'election_no_votes');

  if (round === 2) {
    const tied = ranked.filter((c) => c.votes === best.votes).map((c) => c.memberNo);
    if (tied.length > 1) return result('tie', 'election_second_round_tie', { tied });
    return result('elected', 'election_relative_majority', { elected: best.memberNo });
  }

  if (best.votes >= absoluteMajority)
    return result('elected', 'election_absolute_majority', { elected: best.memberNo });
  const places = Math.max(1, statutes.electionFinalists);
  const lastPlace = ranked[Math.min(places, ranked.length) - 1] ?? best;
  const above = ranked.filter((c) => c.votes > lastPlace.votes).map((c) => c.memberNo);
  const level = ranked.filter((c) => c.votes === lastPlace.votes).map((c) => c.memberNo);
  if (above.length + level.length <= places) {
    return result('second_round', 'election_second_round', { finalists: [...above, ...level] });
  }
  // More candidates share the last place(s) than there are places: report, the assembly decides.
  return result('tie', 'election_tie_for_second_round', { finalists: above, tied: level });
}

/**
 * Where the election of an office stands, from the rounds already counted: round one until it is
 * counted; then finished, unless it sent two or more candidates to a second round, which runs
 * until counted in turn (R.5, Reading).
 */
export function electionStage(
  round1: Pick<ElectionRoundResult, 'outcome'> | null,
  round2: Pick<ElectionRoundResult, 'outcome'> | null,
): { round: ElectionRound; finished: boolean } {
  if (!round1) return { round: 1, finished: false };
  if (round1.outcome !== 'second_round') return { round: 1, finished: true };
  return { round: 2, finished: round2 !== null };
}
