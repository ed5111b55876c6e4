import type { Member } from './schemas/member';
import type { Person } from './schemas/person';
import type { Action, Actor, Requirement } from './rules/permissions';

/** The body of every refused HTTP request: a code for programs, a sentence for people. */
export interface ApiError {
  error: {
    code: string;
    /** The parameters of a refusal of shared/refusals.ts: the client words it from code and params. */
    params?: Record<string, unknown>;
    message: string;
    /** Per-field problems of a refused input, when the input was the problem. */
    issues?: Array<{ path: string; message: string }>;
    /** For a 401 or 403: what the person would need to be to do this. */
    missing?: Requirement;
    /** For a 429: seconds to wait before trying again. */
    retryAfter?: number;
    /** Figures behind a refusal by the rules (e.g. the dates of a notice check). */
    details?: unknown;
  };
}

export interface PersonSummary {
  id: string;
  name: string;
}

/** A member as the register shows it. */
export interface MemberView extends Member {
  voting: boolean;
  representative: PersonSummary | null;
}

export interface MembersResponse {
  members: MemberView[];
}

export interface HealthResponse {
  status: 'ok' | 'degraded';
  redis: { ok: boolean; message?: string };
  worker: { ok: boolean; lastSeenAt: string | null; message?: string };
  mail: { ok: boolean; mode: 'outbox' | 'relay' | 'unknown'; message?: string };
}

export interface OutboxSummary {
  id: string;
  receivedAt: string;
  from: string;
  to: string[];
  subject: string;
}

export interface OutboxMessage extends OutboxSummary {
  text: string;
  html: string | null;
}

export interface OutboxResponse {
  messages: OutboxSummary[];
}

/** The signed-in person, what they represent, and what they may do. */
export interface MeResponse {
  person: Person;
  actor: Actor;
  permissions: Record<Action, boolean>;
  /** Signed in through a convocation's personal link: only this assembly can be reached. */
  scope: string | null;
}

/** The answer to a personal link: the assembly it opens, and who the browser now is. */
export interface PersonalLinkResponse {
  assemblyId: string;
  me: MeResponse;
}

/** The answer to a sign-in request: the same whether or not the address is known. */
export interface SignInRequestResponse {
  message: string;
}

/** One designation in a member's history of representatives (S.2). */
export interface DesignationView {
  person: PersonSummary | null;
  from: string;
  /** Who recorded it: a person's name, "founding register" or "import". */
  setBy: string;
}

/** An exclusion the Direction proposed (S.11), with the earliest assembly date that may decide it. */
export interface ExclusionView {
  memberNo: number;
  organisation: string;
  ground: 'deliberate_harm' | 'unmet_obligations';
  reasons: string;
  proposedAt: string;
  proposedBy: string;
  /** S.11: an assembly opening at this instant or later may decide. */
  earliestDecisionAt: string;
}

/** An admission request and what the Direction made of it (S.11). */
export interface AdmissionView {
  member: MemberView;
  criteria: string;
  requestedAt: string;
  requestedBy: string;
  proposedByMemberNo: number | null;
  decision: { approved: boolean; reason: string; decidedAt: string; decidedBy: string } | null;
}

/** R.9 minimum dues of a territory: amount with its figures, or why it cannot be computed. */
export type DuesView =
  import('./rules/dues').MinimumDues | { ok: false; reason: 'dues_population_unknown'; country: string };

export interface MemberDetailResponse {
  member: MemberView;
  designations: DesignationView[];
  /** The representative's e-mail address: shown to the secretariat only. */
  representativeEmail: string | null;
  exclusion: ExclusionView | null;
  admission: AdmissionView | null;
  /** Shown to the secretariat only. */
  dues: DuesView | null;
}

/** PATCH /api/members/:memberNo (secretariat). */
export type MemberUpdate = Partial<
  Pick<
    Member,
    'college' | 'continent' | 'country' | 'territory' | 'organisation' | 'platformType' | 'population' | 'territoryNo'
  >
>;

export interface PersonView extends Person {
  /** The members this person represents now. */
  represents: number[];
  secretariat: boolean;
}

export interface PeopleResponse {
  people: PersonView[];
}

/** What an import of a register file changed; all zero when the same file is imported again. */
export interface ImportSummary {
  membersCreated: number;
  membersUpdated: number;
  membersUnchanged: number;
  peopleCreated: number;
  representativesChanged: number;
}

/** The body of a refused import: every problem, by line and column; nothing was stored. */
export interface ImportRefusal extends ApiError {
  problems: Array<{ line: number; column: string | null; message: string }>;
}

export interface DuesResponse {
  territories: Array<{
    territoryNo: number;
    territory: string;
    country: string;
    population: number | null;
    members: Array<{ memberNo: number; organisation: string; college: Member['college'] }>;
    dues: DuesView;
  }>;
}

export interface BodySeatView {
  body: 'direction' | 'table' | 'audit_council';
  office: 'president' | 'vice_president' | 'secretary';
  termStart: string;
  termEnd: string;
  member: Pick<Member, 'memberNo' | 'organisation' | 'country' | 'continent'>;
  representative: PersonSummary | null;
}

export interface BodiesResponse {
  seats: BodySeatView[];
}

export interface AdmissionsResponse {
  /** Waiting for the Direction. */
  requested: AdmissionView[];
  /** Approved by the Direction, waiting for the next ordinary assembly. */
  pendingValidation: AdmissionView[];
  /** Refused, most recent first. */
  refused: AdmissionView[];
}

export interface ExclusionsResponse {
  exclusions: ExclusionView[];
}

/**
 * A stored value an audit entry vouches for: the key (without the install's prefix), the hash
 * field when the key is a hash, and the SHA-256 of the value as written.
 */
export interface AuditRecord {
  key: string;
  field?: string;
  digest: string;
}

/** One line of the audit trail: who changed what, when, from what to what. */
export interface AuditEntry {
  at: string;
  by: { personId: string | null; name: string };
  action: string;
  subject: string;
  before: unknown;
  after: unknown;
  /** The stored values this change wrote, by digest (ballots, messages, results, minutes). */
  records?: AuditRecord[];
}

/** An entry as the audit page lists it, with its place in the trail. */
export interface AuditEntryView extends AuditEntry {
  id: string;
}

export interface AuditResponse {
  entries: AuditEntryView[];
}

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
  kind: import('./schemas/assembly').AssemblyKind;
  title: string;
  opensAt: string;
  closesAt: string;
  status: import('./schemas/assembly').AssemblyStatus;
  phase: import('./rules/assemblies').AssemblyPhase;
}

export interface AssembliesResponse {
  assemblies: AssemblySummary[];
}

/** Whether the convocation can go now, with the dates that explain it (R.6, R.7). */
export interface ConvocationCheck {
  ok: boolean;
  reason: import('./rules/assemblies').ConvocationReason;
  opensAt: string;
  /** The earliest opening a convocation sent now allows. */
  earliestOpensAt: string | null;
  /** The last moment a convocation can go for the chosen opening. */
  latestDispatchAt: string;
}

export interface AssemblyView {
  assembly: import('./schemas/assembly').Assembly;
  phase: import('./rules/assemblies').AssemblyPhase;
  documents: import('./schemas/assembly').AssemblyDocument[];
  /** For the Table: whether the convocation can go now (draft, or unsent changes). */
  convocation: ConvocationCheck | null;
  /** For the Table: where the convocations stand. */
  deliveries: DeliveriesResponse['counts'] | null;
  /** For the Table: items the statutes ask this assembly to deal with. */
  proposals: import('./rules/agendaProposals').AgendaProposal[] | null;
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
}

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
  /** The voting members a proxy can go to (the rules engine still decides: same continent, no chains). */
  holders: Array<{ memberNo: number; organisation: string; continent: string; representative: string | null }>;
}

/** One vote of an assembly as a person sees it: its own ballots, and the tally after the close. */
export interface MotionView {
  motion: import('./schemas/voting').Motion;
  /** The ballots this person cast or may see for its members (secret: that it voted, not what). */
  myBallots: Array<{
    memberNo: number;
    choice: import('./schemas/ballot').BallotChoice | null;
    castAs: 'own' | 'proxy';
    castAt: string;
  }>;
  /** Hidden until the close (no bandwagon), then every figure. */
  tally: import('./schemas/voting').MotionTally | null;
}

export interface MotionsResponse {
  motions: MotionView[];
  /** The members this person may vote for: its own, and those whose proxy it holds. */
  castable: Array<{ memberNo: number; organisation: string; castAs: 'own' | 'proxy'; holderMemberNo: number | null }>;
  /** The live quorum meter: present and represented against two thirds of the voting members. */
  presence: { votingMembers: number; present: number; represented: number; required: number };
}

/** The elections of an assembly (R.5, S.5): candidacies until the eve, then one secret ballot per office, in one or two rounds. */
export interface ElectionsResponse {
  /** Candidacies are filed and withdrawn until this instant (the eve of the assembly day). */
  deadline: string;
  candidacies: Array<
    import('./schemas/election').StoredCandidacy & { organisation: string; continent: string; country: string }
  >;
  elections: Array<{
    election: import('./schemas/election').Election;
    round: 1 | 2;
    finished: boolean;
    /** The candidates of the current round. */
    candidates: Array<{ memberNo: number; organisation: string; person: string; continent: string }>;
    /** The rounds already counted, with every figure. */
    rounds: Array<import('./schemas/election').ElectionRoundTally>;
    /** Members of this person that voted in the current round (never for whom). */
    voted: number[];
  }>;
  /** The members this person may vote for: its own and the proxies it holds. */
  castable: MotionsResponse['castable'];
  /** The spread of the standing candidates over continents and countries (shown, never blocking). */
  balance: import('./rules/candidacies').ContinentalBalance;
}

/** One version of an assembly's minutes as the list of versions shows it. */
export interface MinutesVersionSummary {
  version: number;
  status: import('./rules/minutesApproval').MinutesStatus;
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
    kind: import('./schemas/assembly').AssemblyKind;
    referenceTimeZone: string;
    phase: import('./rules/assemblies').AssemblyPhase;
  };
  /** Oldest first; drafts only for the Table and the secretariat. */
  versions: MinutesVersionSummary[];
  /** The newest published version: "the minutes". */
  current: number | null;
  /** For a member of the Table: it edits, signs in these roles, publishes and corrects. */
  table: { signAs: import('./schemas/minutes').MinutesRole[] } | null;
}

/** GET /api/assemblies/:id/minutes/:version: one version in full. */
export interface MinutesVersionView extends MinutesVersionSummary {
  content: import('./schemas/minutes').MinutesContent;
  statement: string;
  /** SHA-256 of the content and the statement: what a signature approves. */
  digest: string;
  /** Sent back when editing the statement, so two edits never overwrite each other. */
  revision: number;
  /** Each signature, `current` when it approves the present text. */
  approvals: Array<import('./schemas/minutes').MinutesApproval & { current: boolean }>;
  /** Whether the Table may publish it now, and if not, what is missing. */
  publishable: { ok: boolean; reason: import('./rules/minutesApproval').MinutesPublishReason };
}

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
  kind: import('./schemas/voting').Motion['kind'];
  title: string;
  text: string;
  secret: boolean;
  /** The counted result with every figure, as the motions of the assembly show it; null if it was never counted. */
  result: import('./rules/tally').MotionResult | null;
  talliedAt: string | null;
  /** The head of the chain of receipts counted: a voter checks theirs against the assembly's page. */
  chainHead: string | null;
  /** For an adopted statute or rules change: the version of the text it made (R.12). */
  textVersion: { text: import('./schemas/texts').GoverningText; number: number } | null;
}

/** A past assembly (held or cancelled) as the archive shows it. */
export interface ArchivedAssembly {
  id: string;
  kind: import('./schemas/assembly').AssemblyKind;
  title: string;
  opensAt: string;
  closesAt: string;
  referenceTimeZone: string;
  phase: Extract<import('./rules/assemblies').AssemblyPhase, 'closed' | 'minutes_published' | 'cancelled'>;
  cancelled: { at: string; reason: string } | null;
  /** Every sending of the convocation (R.6, R.7), the first one first. */
  dispatches: import('./schemas/assembly').Dispatch[];
  agenda: Array<{
    id: string;
    kind: import('./schemas/assembly').AgendaItemKind;
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

/** One governing text: its current version in full and every version it had (R.12). */
export interface GoverningTextView {
  text: import('./schemas/texts').GoverningText;
  current: import('./schemas/texts').TextVersion;
  /** Oldest first: version 0 is the founding one. */
  versions: import('./schemas/texts').TextVersionSummary[];
}

/** GET /api/texts: the statutes and the internal rules. */
export interface TextsResponse {
  texts: GoverningTextView[];
}

/** GET /api/texts/:text/:version: one version in full, the others, and what it changed. */
export interface TextVersionResponse {
  version: import('./schemas/texts').TextVersion;
  versions: import('./schemas/texts').TextVersionSummary[];
  /** Paragraph by paragraph, from the version before; null for version 0. */
  changes: { from: number; paragraphs: import('./rules/textChanges').ParagraphChange[] } | null;
}
