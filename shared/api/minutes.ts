// The minutes of an assembly and their versions.
/** One version of an assembly's minutes as the list of versions shows it. */
export interface MinutesVersionSummary {
  version: number;
  status: import('../rules/minutesApproval').MinutesStatus;
  draftedAt: string;
  draftedBy: string;
  publishedAt: string | null;
  publishedBy: string | null;
  correctionOf: number | null;
  correctionNote: string | null;
}

/** GET /api/assemblies/:id/minutes: the versions this person may read, the one in force, what it may do. */
export interface MinutesResponse {
  assembly: {
    id: string;
    title: string;
    kind: import('../schemas/assembly').AssemblyKind;
    referenceTimeZone: string;
    phase: import('../rules/assemblies').AssemblyPhase;
  };
  /** Oldest first; drafts only for the Table and the secretariat. */
  versions: MinutesVersionSummary[];
  /** The newest published version: "the minutes". */
  current: number | null;
  /**
   * For a member of the Table: it edits, signs in these roles, publishes and corrects; a publication
   * is e-mailed to `audience`.
   */
  table: {
    signAs: import('../schemas/minutesApproval').MinutesRole[];
    audience: import('./assemblies').AssemblyAudience;
  } | null;
}

/** GET /api/assemblies/:id/minutes/:version: one version in full. */
export interface MinutesVersionView extends MinutesVersionSummary {
  content: import('../schemas/minutes').MinutesContent;
  statement: string;
  /** SHA-256 of the content and the statement: what a signature approves. */
  digest: string;
  /** Sent back when editing the statement, so two edits never overwrite each other. */
  revision: number;
  /** Each signature, `current` when it approves the present text. */
  approvals: Array<import('../schemas/minutesApproval').MinutesApproval & { current: boolean }>;
  /** Whether the Table may publish it now, and if not, what is missing. */
  publishable: { ok: boolean; reason: import('../rules/minutesApproval').MinutesPublishReason };
}
