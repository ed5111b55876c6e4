import { randomBytes } from 'node:crypto';
import { candidacyDeadline, validateCandidacy } from '@shared/rules/candidacies';
import { permission, type Actor } from '@shared/rules/permissions';
import type { FileCandidacyInput, StoredCandidacy } from '@shared/schemas/election';
import { signature } from '../auth/actor';
import { Refusal } from './refusal';
import type { Context } from '../context';
import { assemblyOr404 } from './editAssembly';

/** The representative of the member stands it, or the Table files what it received (R.5: with the Table's president). */
function mayFileFor(actor: Actor, memberNo: number): boolean {
  return actor.represents.some((member) => member.memberNo === memberNo) || permission(actor, 'assembly.run').allowed;
}

/**
 * R.5, S.5: a voting member of an eligible college stands for an office of a body at an
 * extraordinary assembly, until the eve of the assembly day; one candidacy per member and office.
 */
export async function fileCandidacy(
  ctx: Pick<Context, 'assemblies' | 'audit' | 'elections' | 'now' | 'register' | 'statutes'>,
  actor: Actor,
  assemblyId: string,
  input: Omit<FileCandidacyInput, 'assemblyId'>,
): Promise<StoredCandidacy> {
  const assembly = await assemblyOr404(ctx, assemblyId);
  if (!mayFileFor(actor, input.memberNo)) {
    throw new Refusal(
      'not_representative',
      { memberNo: input.memberNo, context: 'file' },
      { missing: 'representative' },
    );
  }
  const register = await ctx.register.snapshot();
  const member = register.members.find((candidate) => candidate.memberNo === input.memberNo);
  if (!member) throw new Refusal('member_not_found', { memberNo: input.memberNo });
  const candidacies = await ctx.elections.candidacies(assemblyId);
  const now = ctx.now();
  const standing = candidacies.map((candidacy) => ({
    ...candidacy,
    withdrawnAt: candidacy.withdrawnAt ? new Date(candidacy.withdrawnAt) : null,
  }));
  const verdict = validateCandidacy(
    input,
    member,
    { kind: assembly.kind, opensAt: new Date(assembly.opensAt) },
    standing,
    now,
    ctx.statutes,
  );
  if (!verdict.ok) throw new Refusal(verdict.reason, { ...verdict }, { details: verdict });
  const representative = register.people.find((person) => person.id === register.representatives.get(member.memberNo));
  const candidacy: StoredCandidacy = {
    id: `c${randomBytes(6).toString('hex')}`,
    assemblyId,
    body: input.body,
    office: input.office,
    memberNo: member.memberNo,
    person: input.person || representative?.name || member.organisation,
    filedAt: now.toISOString(),
    filedBy: actor.name,
    withdrawnAt: null,
  };
  if (!(await ctx.elections.fileCandidacy(candidacy))) {
    throw new Refusal('candidacy_duplicate', { memberNo: member.memberNo });
  }
  await ctx.audit.append({
    at: candidacy.filedAt,
    by: signature(actor),
    action: 'candidacy.filed',
    subject: `assembly:${assemblyId}`,
    before: null,
    after: candidacy,
  });
  return candidacy;
}

/** R.5: a candidacy can be withdrawn until the eve of the assembly, by whoever could file it. */
export async function withdrawCandidacy(
  ctx: Pick<Context, 'assemblies' | 'audit' | 'elections' | 'now' | 'statutes'>,
  actor: Actor,
  assemblyId: string,
  candidacyId: string,
): Promise<StoredCandidacy> {
  const assembly = await assemblyOr404(ctx, assemblyId);
  const candidacy = (await ctx.elections.candidacies(assemblyId)).find((candidate) => candidate.id === candidacyId);
  if (!candidacy || candidacy.withdrawnAt) throw new Refusal('candidacy_not_found', {});
  if (!mayFileFor(actor, candidacy.memberNo))
    throw new Refusal(
      'not_representative',
      { memberNo: candidacy.memberNo, context: 'withdraw' },
      { missing: 'representative' },
    );
  const now = ctx.now();
  const deadline = candidacyDeadline(new Date(assembly.opensAt), ctx.statutes);
  if (now.getTime() >= deadline.getTime()) throw new Refusal('candidacy_closed', { deadline: deadline.toISOString() });
  const withdrawn = { ...candidacy, withdrawnAt: now.toISOString() };
  await ctx.elections.withdrawCandidacy(withdrawn);
  await ctx.audit.append({
    at: withdrawn.withdrawnAt,
    by: signature(actor),
    action: 'candidacy.withdrawn',
    subject: `assembly:${assemblyId}`,
    before: candidacy,
    after: withdrawn,
  });
  return withdrawn;
}
