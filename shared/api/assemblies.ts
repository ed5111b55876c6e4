// Assemblies, their calendar, convocation and its deliveries.
/** Where one member's convocation stands, as the Table sees it. */
export interface Delivery {
  memberNo: number;
  organisation: string;
  personId: string | null;
  name: string | null;
  email: string | null;
  /** Which sending of the convocation this is about (1 = the first). */
  dispatchNo: number;
  state: 'queued' | 'sent' | 'failed';
  attempts: number;
  /** Why the last attempt failed; `final` when Agora stopped trying. */
  error: { message: string; final: boolean } | null;
  queuedAt: string;
  sentAt: string | null;
}

export interface DeliveriesResponse {
  deliveries: Delivery[];
  counts: { queued: number; sent: number; failed: number };
}

/** An assembly as a list shows it. */
export interface AssemblySummary {
  id: string;
  kind: import('../schemas/assembly').AssemblyKind;
  title: string;
  opensAt: string;
  closesAt: string;
  status: import('../schemas/assembly').AssemblyStatus;
  phase: import('../rules/assemblies').AssemblyPhase;
}

export interface AssembliesResponse {
  assemblies: AssemblySummary[];
}

/** Whether the convocation can go now, with the dates that explain it (R.6, R.7). */
export interface ConvocationCheck {
  ok: boolean;
  reason: import('../rules/assemblies').ConvocationReason;
  opensAt: string;
  /** The earliest opening a convocation sent now allows. */
  earliestOpensAt: string | null;
  /** The last moment a convocation can go for the chosen opening. */
  latestDispatchAt: string;
}

/** The people an assembly's e-mails go to (one e-mail each), and the members they represent. */
export interface AssemblyAudience {
  people: number;
  members: number;
}

export interface AssemblyView {
  assembly: import('../schemas/assembly').Assembly;
  phase: import('../rules/assemblies').AssemblyPhase;
  documents: import('../schemas/assembly').AssemblyDocument[];
  /** For the Table: whether the convocation can go now (draft, or unsent changes). */
  convocation: ConvocationCheck | null;
  /** For the Table: where the convocations stand. */
  deliveries: DeliveriesResponse['counts'] | null;
  /** For the Table: whom an e-mail to every convened member reaches (told before convening or cancelling). */
  audience: AssemblyAudience | null;
  /** For the Table: items the statutes ask this assembly to deal with. */
  proposals: import('../rules/agendaProposals').AgendaProposal[] | null;
}

/** S.6, S.7: the assemblies the statutes require, and when their convocation must go at the latest. */
export interface CalendarResponse {
  ordinary: Array<{
    year: number;
    purpose: string;
    reason: string;
    missing: boolean;
    deadline: string;
    lastConvocationAt: string;
    assemblyId: string | null;
  }>;
  extraordinary: { reason: string; warn: boolean; dueAt: string; latestAt: string; lastConvocationAt: string };
  /** Ordinary assemblies (drafts included) opening closer together than the statutes' rhythm (S.6). */
  tooClose: Array<{
    first: CalendarAssembly;
    second: CalendarAssembly;
    /** The first instant the second could open without this warning. */
    earliestAt: string;
  }>;
}

/** An assembly as a calendar warning names it. */
export interface CalendarAssembly {
  id: string;
  title: string;
  opensAt: string;
  draft: boolean;
}
