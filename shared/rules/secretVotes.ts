import type { BallotCounts } from './tally';

/**
 * Secret votes as Belenios elections: how a motion becomes a question, how a choice becomes what
 * the browser encrypts, and how the decrypted result becomes the figures the rules count.
 */

/** A motion's question: for or against, a blank ballot being an abstention (recorded, not counted: R.6). */
export const motionAnswers = ['For', 'Against'] as const;

export function motionQuestion(title: string) {
  return { question: title, answers: [...motionAnswers], min: 1, max: 1, blank: true };
}

/**
 * The figures of a motion from its decrypted result (per question: [blank, for, against]) and the
 * number of ballots set aside because the member voted itself after its proxy holder (R.7).
 */
export function countsFromResult(result: readonly (readonly number[])[], overriddenByOwnVote: number): BallotCounts {
  const [abstain = 0, inFavour = 0, against = 0] = result[0] ?? [];
  return {
    for: inFavour,
    against,
    abstain,
    cast: inFavour + against + abstain,
    counted: inFavour + against,
    overriddenByOwnVote,
    replaced: 0,
  };
}

/** The seats whose holders are the default trustees of an assembly's secret votes, two of whom can decrypt. */
export const defaultTrusteeSeats = [
  { body: 'table', office: 'president' },
  { body: 'table', office: 'secretary' },
  { body: 'audit_council', office: 'president' },
] as const;
export const defaultThreshold = 2;

/**
 * A round's question: one of the standing candidates (named by member number and organisation, in
 * the order they stand), a blank ballot being a blank vote (shown, not counted: R.5).
 */
export function roundQuestion(title: string, candidates: ReadonlyArray<{ memberNo: number; organisation: string }>) {
  return {
    question: title,
    answers: candidates.map((candidate) => `${candidate.memberNo} ${candidate.organisation}`.trim().slice(0, 200)),
    min: 1,
    max: 1,
    blank: true,
  };
}

/**
 * The ballots of a round as its count reads them, from the decrypted result (per question: [blank,
 * then one count per candidate in the order they stood]): as many of each candidate as it got.
 */
export function roundBallotsFromResult(
  candidates: readonly number[],
  result: readonly (readonly number[])[],
): Array<{ candidateMemberNo: number | null }> {
  const [blank = 0, ...votes] = result[0] ?? [];
  return [
    ...candidates.flatMap((memberNo, index) =>
      Array.from({ length: votes[index] ?? 0 }, () => ({ candidateMemberNo: memberNo })),
    ),
    ...Array.from({ length: blank }, () => ({ candidateMemberNo: null })),
  ];
}
