import { countBallots, tallyMotion } from '@shared/rules/tally';
import type { BallotChoice } from '@shared/schemas/ballot';
import { elapsed } from './support';

export interface TallyFigures {
  ballots: number;
  bareMs: number;
  agoraMs: number;
  ratio: number;
}

const choices: BallotChoice[] = ['for', 'against', 'abstain'];

/**
 * The tally of one motion: Agora's rules (one ballot per member, own vote over proxy, last one
 * counts, then the majority and quorum verdict) against a bare loop that only counts choices.
 */
export function benchTally(sizes: number[]): TallyFigures[] {
  return sizes.map((size) => {
    const ballots = Array.from({ length: size }, (_, index) => ({
      memberNo: index % Math.max(1, Math.floor(size * 0.9)),
      choice: choices[index % 3]!,
      castAs: (index % 7 === 0 ? 'proxy' : 'own') as 'own' | 'proxy',
      castAt: new Date(1_700_000_000_000 + index),
    }));
    const best = (run: () => void) => {
      let fastest = Infinity;
      for (let round = 0; round < 5; round++) {
        const start = process.hrtime.bigint();
        run();
        fastest = Math.min(fastest, elapsed(start));
      }
      return fastest;
    };
    let sink = 0;
    const bareMs = best(() => {
      const counts = { for: 0, against: 0, abstain: 0 };
      for (const ballot of ballots) counts[ballot.choice]++;
      sink += counts.for;
    });
    const agoraMs = best(() => {
      const counts = countBallots(ballots);
      const result = tallyMotion('ordinary_decision', 'ordinary', counts, {
        votingMembers: size,
        present: size,
        represented: 0,
      });
      sink += result.counts.for;
    });
    if (sink < 0) console.log(sink);
    return { ballots: size, bareMs, agoraMs, ratio: agoraMs / bareMs };
  });
}
