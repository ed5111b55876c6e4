import type { Assembly } from '../schemas/assembly';
import type { BallotChoice, CastAs } from '../schemas/ballot';
import type { Election, ElectionRoundTally, StoredCandidacy } from '../schemas/election';
import type { Member } from '../schemas/member';
import type { RoomMessage } from '../schemas/room';
import type { Motion, MotionTally } from '../schemas/voting';

/** Everything the minutes are built from, as the stores hold it when they are drafted. */
export interface MinutesSources {
  assembly: Assembly;
  members: readonly Member[];
  people: ReadonlyArray<{ id: string; name: string }>;
  /** The first join during the window of each member (the attendance register). */
  attendance: ReadonlyArray<{ memberNo: number; personId: string; at: string }>;
  proxies: ReadonlyArray<{
    id: string;
    grantorMemberNo: number;
    holderMemberNo: number;
    grantedAt: string;
    grantedBy: string;
    revokedAt: string | null;
  }>;
  motions: ReadonlyArray<{
    motion: Motion;
    tally: MotionTally | null;
    ballots: ReadonlyArray<{ memberNo: number; choice: BallotChoice; castAs: CastAs; castAt: string }>;
  }>;
  elections: ReadonlyArray<{ election: Election; rounds: readonly ElectionRoundTally[] }>;
  candidacies: readonly StoredCandidacy[];
  messages: readonly RoomMessage[];
  auditHead: { seq: number; hash: string };
  draftedAt: string;
}
