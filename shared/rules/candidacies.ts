import type { AssemblySchedule } from '../schemas/assembly';
import type { Body, Office } from '../schemas/body';
import type { Candidacy } from '../schemas/election';
import type { College, Continent, Member } from '../schemas/member';
import { type Statutes, togetherStatutes } from '../statutes';
import { votingRight } from './members';
import { motionAllowed } from './motions';
import { startOfDay } from './time';

/**
 * The instant candidacies close for an assembly opening at `opensAt` (R.5: "jusqu'à la veille",
 * until the end of the eve of the assembly day, in the reference zone).
 */
export function candidacyDeadline(opensAt: Date, statutes: Statutes = togetherStatutes): Date {
  return startOfDay(opensAt, statutes.referenceTimeZone, 1 - statutes.candidacyLastDayBefore);
}

/** Why a candidacy is accepted or refused (S.5, R.5). */
export type CandidacyReason =
  | 'candidacy_valid'
  | 'candidacy_not_at_this_assembly'
  | 'candidacy_office_unknown'
  | 'candidacy_college_not_eligible'
  | 'candidacy_member_not_voting'
  | 'candidacy_closed'
  | 'candidacy_duplicate';

/** A candidacy verdict with the deadline and the colleges the body accepts. */
export interface CandidacyVerdict {
  ok: boolean;
  reason: CandidacyReason;
  body: Body;
  office: Office;
  memberNo: number;
  college: College;
  eligibleColleges: College[];
  deadline: Date;
}

/**
 * Whether `member` may stand for `office` of `body` at this assembly at `now` (S.5: elected by the
 * extraordinary assemblies; Direction from effective members, Table and Audit council from effective
 * or de jure ones; R.5: until the eve of the assembly).
 */
export function validateCandidacy(
  input: { body: Body; office: Office },
  member: Pick<Member, 'memberNo' | 'college' | 'status'>,
  assembly: Pick<AssemblySchedule, 'kind' | 'opensAt'>,
  assemblyCandidacies: readonly Pick<Candidacy, 'body' | 'office' | 'memberNo' | 'withdrawnAt'>[],
  now: Date,
  statutes: Statutes = togetherStatutes,
): CandidacyVerdict {
  const { body, office } = input;
  const rules = statutes.bodies[body];
  const deadline = candidacyDeadline(assembly.opensAt, statutes);
  const verdict = (reason: CandidacyReason): CandidacyVerdict => ({
    ok: reason === 'candidacy_valid',
    reason,
    body,
    office,
    memberNo: member.memberNo,
    college: member.college,
    eligibleColleges: [...rules.eligibleColleges],
    deadline,
  });
  if (!motionAllowed('election', assembly.kind, statutes).ok) return verdict('candidacy_not_at_this_assembly');
  if (!rules.offices.includes(office)) return verdict('candidacy_office_unknown');
  if (!rules.eligibleColleges.includes(member.college)) return verdict('candidacy_college_not_eligible');
  if (!votingRight(member, statutes).votes) return verdict('candidacy_member_not_voting');
  if (now.getTime() >= deadline.getTime()) return verdict('candidacy_closed');
  const duplicate = assemblyCandidacies.some(
    (c) => c.withdrawnAt === null && c.memberNo === member.memberNo && c.body === body && c.office === office,
  );
  return verdict(duplicate ? 'candidacy_duplicate' : 'candidacy_valid');
}

/** Whether a term length is within the statutes (S.5). */
export type TermReason = 'term_valid' | 'term_out_of_range';

/** The verdict of termVerdict with the bounds of the statutes. */
export interface TermVerdict {
  ok: boolean;
  reason: TermReason;
  years: number;
  min: number;
  max: number;
}

/** Whether a term of `years` may be set (S.5: elected for two to four years). */
export function termVerdict(years: number, statutes: Statutes = togetherStatutes): TermVerdict {
  const { min, max } = statutes.termYears;
  const ok = Number.isInteger(years) && years >= min && years <= max;
  return { ok, reason: ok ? 'term_valid' : 'term_out_of_range', years, min, max };
}

/** How many of the given members come from each continent and country. */
export interface ContinentalBalance {
  byContinent: Partial<Record<Continent, number>>;
  byCountry: Record<string, number>;
  total: number;
}

/**
 * The continental and national spread of candidates or of the elected (R.5: rotation between
 * countries, balance between continents; Reading: shown, never blocking).
 */
export function continentalBalance(
  memberNos: readonly number[],
  members: ReadonlyMap<number, Pick<Member, 'continent' | 'country'>>,
): ContinentalBalance {
  const byContinent: Partial<Record<Continent, number>> = {};
  const byCountry: Record<string, number> = {};
  let total = 0;
  for (const memberNo of new Set(memberNos)) {
    const member = members.get(memberNo);
    if (member === undefined) continue;
    byContinent[member.continent] = (byContinent[member.continent] ?? 0) + 1;
    byCountry[member.country] = (byCountry[member.country] ?? 0) + 1;
    total += 1;
  }
  return { byContinent, byCountry, total };
}
