// Proxies, motions and elections of an assembly.
/** A proxy of an assembly (R.7), as the Table's register of proxies and the members see it. */
export interface ProxyView {
  id: string;
  grantor: { memberNo: number; organisation: string; continent: string };
  holder: { memberNo: number; organisation: string; continent: string; representative: string | null };
  grantedAt: string;
  grantedBy: string;
  revokedAt: string | null;
  /** The signed mandate kept with it, if the grantor attached one. */
  mandate: { name: string; size: number } | null;
}

export interface ProxiesResponse {
  proxies: ProxyView[];
  /** The voting members (a proxy goes to one of them). */
  holders: Array<{ memberNo: number; organisation: string; continent: string; representative: string | null }>;
  /** For each member the reader represents: the voting members that may hold its proxy now (R.7). */
  holdersFor: Array<{ grantorMemberNo: number; holderMemberNos: number[] }>;
}

/**
 * What casting votes answers: the receipt of each vote recorded, and each member left out with
 * why (the others are recorded all the same: a bulk vote never fails whole).
 */
export interface CastBallotsResponse {
  receipts: import('../schemas/voting').BallotReceipt[];
  refused: import('../refusals').NestedRefusal[];
}

/** One vote of an assembly as a person sees it: its own ballots, and the tally after the close. */
export interface MotionView {
  motion: import('../schemas/voting').Motion;
  /** The ballots this person cast or may see for its members (secret: that it voted, not what). */
  myBallots: Array<{
    memberNo: number;
    choice: import('../schemas/ballot').BallotChoice | null;
    castAs: 'own' | 'proxy';
    castAt: string;
  }>;
  /**
   * The receipts of the ballots in force this person cast, kept by the server so that any of its
   * devices shows them; a secret ballot's receipt is its tracker, found in the published archive.
   */
  myReceipts: import('../schemas/voting').BallotReceipt[];
  /** Hidden until the close (no bandwagon), then every figure. */
  tally: import('../schemas/voting').MotionTally | null;
  /** For the Table while the vote is open: how many members have a ballot in (never how), told before closing it early. */
  turnout: number | null;
  /** A secret vote after its close: the trustees' shares awaited, then its archive. */
  secretCount: import('./secretBallots').SecretCount | null;
}

export interface MotionsResponse {
  motions: MotionView[];
  /** The members this person may vote for: its own, and those whose proxy it holds. */
  castable: Array<{
    memberNo: number;
    organisation: string;
    castAs: 'own' | 'proxy';
    holderMemberNo: number | null;
    /** For a member of one's own that gave its proxy: the holder's organisation (voting takes the proxy back). */
    proxyGivenTo: string | null;
  }>;
  /** The live quorum meter: present and represented against two thirds of the voting members. */
  presence: { votingMembers: number; present: number; represented: number; required: number };
}

/** The elections of an assembly (R.5, S.5): candidacies until the eve, then one secret ballot per office, in one or two rounds. */
export interface ElectionsResponse {
  /** Candidacies are filed and withdrawn until this instant (the eve of the assembly day). */
  deadline: string;
  candidacies: Array<
    import('../schemas/election').StoredCandidacy & { organisation: string; continent: string; country: string }
  >;
  elections: Array<{
    election: import('../schemas/election').Election;
    round: 1 | 2;
    finished: boolean;
    /** The candidates of the current round. */
    candidates: Array<{ memberNo: number; organisation: string; person: string; continent: string }>;
    /** The rounds already counted, with every figure. */
    rounds: Array<import('../schemas/election').ElectionRoundTally>;
    /** Members of this person that voted in the current round (never for whom). */
    voted: number[];
    /** The current round is closed: its count waits for the trustees' shares (#20). */
    counting: boolean;
    /** The receipts (trackers) of the ballots this person cast, round by round, to find in each round's archive. */
    myReceipts: Array<import('../schemas/voting').BallotReceipt & { round: 1 | 2 }>;
    /** Each encrypted round after its close: the trustees' shares awaited, then its archive. */
    secretCounts: Array<import('./secretBallots').SecretCount & { round: 1 | 2 }>;
  }>;
  /** The members this person may vote for: its own and the proxies it holds. */
  castable: MotionsResponse['castable'];
  /** The spread of the standing candidates over continents and countries (shown, never blocking). */
  balance: import('../rules/candidacies').ContinentalBalance;
}
