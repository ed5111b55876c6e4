// The governing texts and their versions (R.12).
/** One governing text: its current version in full and every version it had (R.12). */
export interface GoverningTextView {
  text: import('../schemas/texts').GoverningText;
  current: import('../schemas/texts').TextVersion;
  /** Oldest first: version 0 is the founding one. */
  versions: import('../schemas/texts').TextVersionSummary[];
}

/** GET /api/texts: the statutes and the internal rules. */
export interface TextsResponse {
  texts: GoverningTextView[];
}

/** GET /api/texts/:text/:version: one version in full, the others, and what it changed. */
export interface TextVersionResponse {
  version: import('../schemas/texts').TextVersion;
  versions: import('../schemas/texts').TextVersionSummary[];
  /** Paragraph by paragraph, from the version before; null for version 0. */
  changes: { from: number; paragraphs: import('../rules/textChanges').ParagraphChange[] } | null;
}
