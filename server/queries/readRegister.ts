import type {
  AdmissionsResponse,
  BodiesResponse,
  DuesResponse,
  ExclusionsResponse,
  MembersResponse,
  PeopleResponse,
  PersonView,
} from '@shared/api';
import type { Context } from '../context';
import { Refusal } from '../commands/refusal';
import { presentAdmission, presentExclusion, presentMemberDetail, presentMembers } from '../presenters/member';
import { presentAdmissions, presentBodies, presentExclusions, presentPeople } from '../presenters/registerViews';
import { registerToCsv } from '../presenters/registerCsv';
import { duesToCsv, presentDuesTable } from '../presenters/dues';
import type { ExclusionRecord } from '../store/register';

type Deps = Pick<Context, 'register' | 'statutes'>;

/** Every member of the register (S.6). */
export async function readMembers(ctx: Deps): Promise<MembersResponse> {
  return { members: presentMembers(await ctx.register.snapshot(), ctx.statutes) };
}

/** One member with its representatives' history; the secretariat also sees contact details. */
export async function readMemberDetail(ctx: Deps, memberNo: number, forSecretariat: boolean) {
  const register = await ctx.register.snapshot();
  const member = register.members.find((candidate) => candidate.memberNo === memberNo);
  if (!member) throw new Refusal('member_not_found', { memberNo });
  return presentMemberDetail(register, member, await ctx.register.designations(memberNo), ctx.statutes, forSecretariat);
}

/** Every person of the register, with the members each represents. */
export async function readPeople(ctx: Pick<Context, 'register'>): Promise<PeopleResponse> {
  return presentPeople(await ctx.register.snapshot());
}

/** One person as the people list shows it. */
export async function readPerson(ctx: Pick<Context, 'register'>, personId: string): Promise<PersonView | undefined> {
  return (await readPeople(ctx)).people.find((candidate) => candidate.id === personId);
}

/** R.9: each member's dues. */
/** R.9: a year's dues of every territory, with what was paid. */
export async function readDues(ctx: Deps & Pick<Context, 'duesPayments'>, year: number): Promise<DuesResponse> {
  const [register, payments] = await Promise.all([ctx.register.snapshot(), ctx.duesPayments.forYear(year)]);
  return presentDuesTable(register, payments, year, ctx.statutes);
}

/** A year's dues as CSV. */
export async function exportDues(ctx: Deps & Pick<Context, 'duesPayments'>, year: number): Promise<string> {
  return duesToCsv(await readDues(ctx, year));
}

/** The bodies (Direction, Table, Audit council) and their seats. */
export async function readBodies(ctx: Pick<Context, 'register'>): Promise<BodiesResponse> {
  return presentBodies(await ctx.register.snapshot());
}

/** S.11: admission requests and their decisions. */
export async function readAdmissions(ctx: Deps): Promise<AdmissionsResponse> {
  return presentAdmissions(await ctx.register.snapshot(), ctx.statutes);
}

/** One admission as the list shows it, after its decision. */
export async function readAdmission(ctx: Deps, memberNo: number) {
  const register = await ctx.register.snapshot();
  const record = register.admissions.get(memberNo);
  return record ? presentAdmission(register, record, ctx.statutes) : null;
}

/** S.11: exclusion proposals. */
export async function readExclusions(ctx: Deps): Promise<ExclusionsResponse> {
  return presentExclusions(await ctx.register.snapshot(), ctx.statutes);
}

/** One exclusion proposal as the list shows it. */
export async function readExclusion(ctx: Deps, record: ExclusionRecord) {
  return presentExclusion(await ctx.register.snapshot(), record, ctx.statutes);
}

/** The register as a CSV file a spreadsheet opens. */
export async function exportRegister(ctx: Pick<Context, 'register'>): Promise<string> {
  return registerToCsv(await ctx.register.snapshot());
}

/** The latest entries of the audit trail, of one subject when given. */
export async function readAuditLog(ctx: Pick<Context, 'audit'>, subject: string | undefined) {
  return { entries: await ctx.audit.latest({ subject, count: 200 }) };
}
