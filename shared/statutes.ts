import type { AssemblyKind } from './schemas/assembly';
import type { Body, Office } from './schemas/body';
import type { College } from './schemas/member';
import type { MotionKind } from './schemas/motion';
import { duesFactors } from './rules/duesFactors';

/**
 * A length of time as the statutes count it. `hours` are exact elapsed hours (daylight saving
 * cannot stretch them); calendar days and months are counted on the wall clock of the
 * reference time zone, a month landing past the end of a shorter month is clamped to its last day.
 */
export type Period =
  | { readonly unit: 'hours'; readonly amount: number }
  | { readonly unit: 'calendar_days'; readonly amount: number }
  | { readonly unit: 'calendar_months'; readonly amount: number }
  | { readonly unit: 'calendar_years'; readonly amount: number };

/** A fraction such as two thirds, kept exact. */
export interface Fraction {
  readonly numerator: number;
  readonly denominator: number;
}

/** Why an ordinary assembly must be held before its deadline (S.6). */
export type OrdinaryAssemblyPurpose = 'annual_report_and_accounts' | 'action_plan_and_budget';

/** One of the yearly ordinary assemblies: it must open before the end of `deadlineMonth`. */
export interface YearlyOrdinaryAssembly {
  readonly purpose: OrdinaryAssemblyPurpose;
  /** 1 = January ... 12 = December; the deadline is the end of that month in the reference zone. */
  readonly deadlineMonth: number;
}

/** Who may sit on one coordination body, and its offices (S.5). */
export interface BodyRules {
  readonly eligibleColleges: readonly College[];
  readonly offices: readonly Office[];
}

/**
 * Every number and choice of the statutes (S.n) and internal rules (R.n) that the platform
 * enforces. A sister network changes these, never the rule functions.
 */
export interface Statutes {
  readonly networkName: string;
  /** The zone in which calendar days, months and years are counted (RULES.md §4, Reading). */
  readonly referenceTimeZone: string;
  /** The founding assembly, the first extraordinary assembly (S.5, R.12). */
  readonly foundingAssemblyOpensAt: Date;
  /** S.2: only these colleges vote. */
  readonly votingColleges: readonly College[];
  /** R.6, R.7: minimum time between the first dispatch of the convocation and the opening. */
  readonly notice: Readonly<Record<AssemblyKind, Period>>;
  /** R.6: the room is open this many seconds, exactly. */
  readonly sessionSeconds: number;
  /** S.6: the yearly ordinary assemblies and their deadlines. */
  readonly ordinaryAssemblies: readonly YearlyOrdinaryAssembly[];
  /**
   * S.6 "twice a year" (Reading): two ordinary assemblies opening closer together than this are
   * warned about; the Table may still convene them.
   */
  readonly ordinaryAssembliesApart: Period;
  /** S.7, R.7: extraordinary assemblies every `every` after the last one, between `earliest` and `latest`. */
  readonly extraordinaryCycle: { readonly earliest: Period; readonly every: Period; readonly latest: Period };
  /** S.12, R.12: what each kind of assembly may decide. */
  readonly motionsAllowed: Readonly<Record<AssemblyKind, readonly MotionKind[]>>;
  /** R.7: share of the voting members present or represented for a statute change. */
  readonly statuteChangeQuorum: Fraction;
  /** R.7 names statutes only; a network may extend the quorum to internal rules changes. */
  readonly rulesChangeNeedsQuorum: boolean;
  /** R.7 proxies: how many each holder may hold from its own continent (null = unlimited) and from others. */
  readonly proxies: { readonly sameContinentPerHolder: number | null; readonly crossContinentPerHolder: number };
  /** S.11: a member may be excluded for obligations unmet for at least this long. */
  readonly unmetObligationsExclusionAfter: Period;
  /** S.11: an exclusion is decided at an assembly opening at least this long after the proposal. */
  readonly exclusionDelay: Period;
  /** S.5, R.5: the coordination bodies, and the length of a term in years. */
  readonly bodies: Readonly<Record<Body, BodyRules>>;
  readonly termYears: { readonly min: number; readonly max: number };
  /** Reading of R.5 "à la majorité des voix": with no absolute majority, this many best go to a second round. */
  readonly electionFinalists: number;
  /** R.5: candidacies are accepted until the end of the day this many days before the assembly day. */
  readonly candidacyLastDayBefore: number;
  /** R.9: minimum dues = inhabitants / divisor x factor of the country, rounded to the unit. */
  readonly dues: {
    readonly inhabitantsDivisor: number;
    readonly currency: string;
    readonly factors: Readonly<Record<string, number>>;
  };
}

/** The statutes and internal rules of TOGETHER, as adopted in Strasbourg on 4 November 2013. */
export const togetherStatutes: Statutes = {
  networkName: 'TOGETHER',
  referenceTimeZone: 'Europe/Brussels',
  foundingAssemblyOpensAt: new Date('2013-11-04T00:00:00+01:00'),
  votingColleges: ['effective', 'de_jure'],
  notice: {
    ordinary: { unit: 'hours', amount: 15 * 24 },
    extraordinary: { unit: 'calendar_months', amount: 1 },
  },
  sessionSeconds: 86_400,
  ordinaryAssemblies: [
    { purpose: 'annual_report_and_accounts', deadlineMonth: 3 },
    { purpose: 'action_plan_and_budget', deadlineMonth: 12 },
  ],
  ordinaryAssembliesApart: { unit: 'calendar_months', amount: 2 },
  extraordinaryCycle: {
    earliest: { unit: 'calendar_years', amount: 2 },
    every: { unit: 'calendar_years', amount: 3 },
    latest: { unit: 'calendar_years', amount: 4 },
  },
  motionsAllowed: {
    ordinary: ['ordinary_decision', 'admission', 'exclusion'],
    extraordinary: ['ordinary_decision', 'statute_change', 'rules_change', 'election', 'exclusion', 'agenda_change'],
  },
  statuteChangeQuorum: { numerator: 2, denominator: 3 },
  rulesChangeNeedsQuorum: false,
  proxies: { sameContinentPerHolder: null, crossContinentPerHolder: 0 },
  unmetObligationsExclusionAfter: { unit: 'calendar_years', amount: 3 },
  exclusionDelay: { unit: 'calendar_months', amount: 1 },
  bodies: {
    direction: { eligibleColleges: ['effective'], offices: ['president', 'vice_president', 'secretary'] },
    table: { eligibleColleges: ['effective', 'de_jure'], offices: ['president', 'vice_president', 'secretary'] },
    audit_council: {
      eligibleColleges: ['effective', 'de_jure'],
      offices: ['president', 'vice_president', 'secretary'],
    },
  },
  termYears: { min: 2, max: 4 },
  electionFinalists: 2,
  candidacyLastDayBefore: 1,
  dues: { inhabitantsDivisor: 1000, currency: 'EUR', factors: duesFactors },
};
