// The archive of past assemblies.
/** A document of a past assembly, with where it downloads from. */
export interface ArchivedDocument {
  id: string;
  name: string;
  mimeType: string;
  size: number;
  /** The assembly's own document download (an attachment, never opened inside Agora). */
  url: string;
}

/** A motion of a past assembly and how it came out (RULES.md §5). */
export interface ArchivedMotion {
  id: string;
  itemId: string;
  kind: import('../schemas/voting').Motion['kind'];
  title: string;
  text: string;
  secret: boolean;
  /** The counted result with every figure, as the motions of the assembly show it; null if it was never counted. */
  result: import('../rules/tally').MotionResult | null;
  talliedAt: string | null;
  /** The head of the chain of receipts counted: a voter checks theirs against the assembly's page. */
  chainHead: string | null;
  /** For an adopted statute or rules change: the version of the text it made (R.12). */
  textVersion: { text: import('../schemas/texts').GoverningText; number: number } | null;
}

/** A past assembly (held or cancelled) as the archive shows it. */
export interface ArchivedAssembly {
  id: string;
  kind: import('../schemas/assembly').AssemblyKind;
  title: string;
  opensAt: string;
  closesAt: string;
  referenceTimeZone: string;
  phase: Extract<import('../rules/assemblies').AssemblyPhase, 'closed' | 'minutes_published' | 'cancelled'>;
  cancelled: { at: string; reason: string } | null;
  /** Every sending of the convocation (R.6, R.7), the first one first. */
  dispatches: import('../schemas/assembly').Dispatch[];
  agenda: Array<{
    id: string;
    kind: import('../schemas/assembly').AgendaItemKind;
    title: string;
    description: string;
    documents: ArchivedDocument[];
  }>;
  motions: ArchivedMotion[];
  /** The minutes are published (their page is the assembly's minutes page). */
  minutesPublished: boolean;
}

/** GET /api/archive?q=: the past assemblies, newest first, those answering the query if one is given. */
export interface ArchiveResponse {
  query: string;
  /** How many past assemblies there are, whatever the query. */
  total: number;
  assemblies: ArchivedAssembly[];
}
