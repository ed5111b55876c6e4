import type { Assembly } from '../schemas/assembly';
import type { BallotChoice, CastAs } from '../schemas/ballot';
import type { Election, ElectionRoundTally, StoredCandidacy } from '../schemas/election';
import type { Member } from '../schemas/member';
import type { RoomMessage } from '../schemas/room';
import type { Motion, MotionTally } from '../schemas/voting';

/** A secret vote's Belenios archive: its file name and the SHA-256 recorded at its count. */
export interface SecretArchive {
  file: string;
  sha256: string;
}

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
    /** A secret vote counted from encrypted ballots: its archive. */
    archive: SecretArchive | null;
  }>;
  elections: ReadonlyArray<{
    election: Election;
    rounds: readonly ElectionRoundTally[];
    /** The archive of each round counted from encrypted ballots. */
    archives: ReadonlyArray<{ round: number } & SecretArchive>;
  }>;
  candidacies: readonly StoredCandidacy[];
  messages: readonly RoomMessage[];
  auditHead: { seq: number; hash: string };
  draftedAt: string;
}
