import type { StoredCandidacy } from '../schemas/election';
import type { Member } from '../schemas/member';
import type { MinutesElection, MinutesMotion } from '../schemas/minutesVotes';
import { minutesMember } from './minutesMembers';
import type { MinutesSources } from './minutesSources';

/** A motion as the minutes record it: its result with every figure, and named ballots unless it was secret. */
export function minutesMotion(entry: MinutesSources['motions'][number], members: Map<number, Member>): MinutesMotion {
  const { motion, tally } = entry;
  const result = tally?.result ?? null;
  return {
    id: motion.id,
    title: motion.title,
    text: motion.text,
    kind: motion.kind,
    secret: motion.secret,
    subjectMemberNo: motion.subjectMemberNo,
    openedAt: motion.openedAt,
    openedBy: motion.openedBy,
    closedAt: motion.closedAt ?? null,
    talliedAt: tally?.talliedAt ?? null,
    result: result && {
      outcome: result.outcome,
      reason: result.reason,
      counts: { ...result.counts },
      quorum: {
        applies: result.quorum.applies,
        ok: result.quorum.ok,
        votingMembers: result.quorum.votingMembers,
        present: result.quorum.present,
        represented: result.quorum.represented,
        presentOrRepresented: result.quorum.presentOrRepresented,
        required: result.quorum.required,
        missing: result.quorum.missing,
      },
    },
    // A secret ballot never names a member next to a vote: the minutes give its totals and receipts.
    ballots: motion.secret
      ? []
      : [...entry.ballots]
          .sort((a, b) => a.memberNo - b.memberNo)
          .map((ballot) => ({
            ...minutesMember(members.get(ballot.memberNo), ballot.memberNo),
            vote: ballot.choice,
            castAs: ballot.castAs,
            castAt: ballot.castAt,
          })),
    receipts: tally ? { hashes: [...tally.receipts], chainHead: tally.chainHead } : null,
    archive: entry.archive ? { ...entry.archive } : null,
  };
}

/** An election as the minutes record it: the candidates as they stood at its opening, every round, who was elected. */
export function minutesElection(
  entry: MinutesSources['elections'][number],
  candidacies: readonly StoredCandidacy[],
  members: Map<number, Member>,
): MinutesElection {
  const { election } = entry;
  const rounds = [...entry.rounds].sort((a, b) => a.round - b.round);
  const last = rounds.at(-1);
  // The candidacy standing when the election opened: filed before, not withdrawn by then (a member may withdraw and stand again).
  const person = (memberNo: number) =>
    candidacies
      .filter(
        (candidacy) =>
          candidacy.memberNo === memberNo &&
          candidacy.body === election.body &&
          candidacy.office === election.office &&
          candidacy.filedAt <= election.openedAt,
      )
      .filter((candidacy) => candidacy.withdrawnAt === null || candidacy.withdrawnAt > election.openedAt)
      .sort((a, b) => b.filedAt.localeCompare(a.filedAt))[0]?.person ?? '';
  const elected = last?.result.elected ?? null;
  const archiveOf = (round: number) => {
    const archive = entry.archives.find((candidate) => candidate.round === round);
    return archive ? { file: archive.file, sha256: archive.sha256 } : null;
  };
  return {
    id: election.id,
    body: election.body,
    office: election.office,
    openedAt: election.openedAt,
    openedBy: election.openedBy,
    candidates: [...election.candidates]
      .sort((a, b) => a - b)
      .map((memberNo) => ({ ...minutesMember(members.get(memberNo), memberNo), person: person(memberNo) })),
    rounds: rounds.map((tally) => ({
      round: tally.round,
      talliedAt: tally.talliedAt,
      result: {
        round: tally.result.round,
        outcome: tally.result.outcome,
        reason: tally.result.reason,
        elected: tally.result.elected,
        finalists: [...tally.result.finalists],
        tied: [...tally.result.tied],
        absoluteMajority: tally.result.absoluteMajority,
        counts: {
          candidates: tally.result.counts.candidates.map((candidate) => ({ ...candidate })),
          blank: tally.result.counts.blank,
          invalid: tally.result.counts.invalid,
          cast: tally.result.counts.cast,
          expressed: tally.result.counts.expressed,
        },
      },
      receipts: { hashes: [...tally.receipts], chainHead: tally.chainHead },
      archive: archiveOf(tally.round),
    })),
    elected: elected === null ? null : minutesMember(members.get(elected), elected),
  };
}
