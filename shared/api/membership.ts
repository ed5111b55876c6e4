// Admissions, exclusions, bodies and dues (S.11, R.9), and a member's page that gathers them.
import type { Member } from '../schemas/member';
import type { DesignationView, MemberView, PersonSummary } from './register';

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
  import('../rules/dues').MinimumDues | { ok: false; reason: 'dues_population_unknown'; country: string };

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

/** R.9: a year's dues, territory by territory, with what each paid. */
export interface DuesResponse {
  year: number;
  currency: string;
  territories: Array<{
    territoryNo: number;
    territory: string;
    country: string;
    population: number | null;
    members: Array<{ memberNo: number; organisation: string; college: Member['college'] }>;
    dues: DuesView;
    /** What its members paid for the year, in hundredths. */
    paidCents: number;
    standing: import('../rules/dues').DuesStanding;
    payments: import('../schemas/dues').DuesPayment[];
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
