// Secret votes as Belenios elections: the key's trustees, the encrypted ballots, the shared decryption.

/** What a browser needs to encrypt the ballots of the members its person may cast for in one secret vote. */
export interface SecretElectionResponse {
  /** The election record (Belenios JSON), with its questions and the trustees' joint public key. */
  election: string;
  uuid: string;
  /** Of the election record: shown with the tracker, so a voter can check they voted in this election. */
  fingerprint: string;
  /**
   * One question per vote: for a motion, answers ["for", "against"] with blank = abstain; for an
   * election round, the candidates' member numbers in order. `choices` says how a choice becomes
   * the 0/1 vector encrypted.
   */
  question: { answers: string[]; blank: boolean };
  /** The private credential of each member the person may cast for now (it signs that member's ballot). */
  credentials: Array<{ memberNo: number; credential: string }>;
}

/** Where one trustee stands in making the key. */
export type CeremonyStep = 'certificate' | 'polynomial' | 'voutput' | 'done';

/** The trustees of an assembly's secret votes and their work, as the Table and each trustee see it. */
export interface TrusteesResponse {
  threshold: number;
  trustees: Array<{ position: number; personId: string; name: string; office: string | null; done: CeremonyStep[] }>;
  /** Ready once every trustee has done its three steps: then secret votes can open. */
  ready: boolean;
  /** For a reader who is a trustee: its position and what it must do now (null: nothing now, wait for the others). */
  you: {
    position: number;
    todo:
      | null
      | { step: 'certificate' }
      | { step: 'polynomial'; certificates: string[]; threshold: number }
      | { step: 'voutput'; certificates: string[]; vinput: string };
    /** The tallies waiting for this trustee's share (after the close of secret votes). */
    decryptions: Array<{
      /** The secret vote: a motion's id, or an election round's (`<electionId>.r<round>`). */
      id: string;
      /** Its API path: the share is posted to `<path>/partial-decryption`. */
      path: string;
      /** The motion's title, or the election's agenda item's. */
      title: string;
      /** For an election round: which office, and which round (the reader's language words them). */
      round: { body: import('../schemas/body').Body; office: import('../schemas/body').Office; round: 1 | 2 } | null;
      election: string;
      encryptedTally: string;
      /** Needed to read one's own decryption key back from one's voutput. */
      certificates: string[];
      voutput: string;
    }>;
  } | null;
}

/** A secret vote's count while the trustees decrypt it, and its archive once it is done. */
export interface SecretCount {
  uuid: string;
  /** Shares in and needed; the trustees still expected (named to the Table). */
  shares: number;
  needed: number;
  waitingFor: Array<{ position: number; name: string }>;
  /** Once counted: the archive's address, size and SHA-256 (also in the audit trail and the minutes). */
  archive: { url: string; sha256: string; bytes: number; ballots: number } | null;
}
