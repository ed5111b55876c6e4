import { randomBytes } from 'node:crypto';
import { candidacyDeadline, validateCandidacy } from '@shared/rules/candidacies';
import { renderReason } from '@shared/rules/messages';
import { permission, type Actor } from '@shared/rules/permissions';
import type { FileCandidacyInput, StoredCandidacy } from '@shared/schemas/election';
import { signature } from '../auth/actor';
import { HttpError } from '../http/errors';
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
  ctx: Context,
  actor: Actor,
  assemblyId: string,
  input: Omit<FileCandidacyInput, 'assemblyId'>,
): Promise<StoredCandidacy> {
  const assembly = await assemblyOr404(ctx, assemblyId);
  if (!mayFileFor(actor, input.memberNo)) {
    throw new HttpError(
      403,
      'not_representative',
      `Only the representative of member ${input.memberNo}, or the Table, can file its candidacy.`,
      undefined,
      { missing: 'representative' },
    );
  }
  const register = await ctx.register.snapshot();
  const member = register.members.find((candidate) => candidate.memberNo === input.memberNo);
  if (!member) throw new HttpError(404, 'member_not_found', `There is no member ${input.memberNo} in the register.`);
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
  if (!verdict.ok)
    throw new HttpError(422, verdict.reason, renderReason('en', verdict), undefined, { details: verdict });
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
    throw new HttpError(
      422,
      'candidacy_duplicate',
      `Member ${member.memberNo} is already a candidate for this office.`,
    );
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
  ctx: Context,
  actor: Actor,
  assemblyId: string,
  candidacyId: string,
): Promise<StoredCandidacy> {
  const assembly = await assemblyOr404(ctx, assemblyId);
  const candidacy = (await ctx.elections.candidacies(assemblyId)).find((candidate) => candidate.id === candidacyId);
  if (!candidacy || candidacy.withdrawnAt)
    throw new HttpError(404, 'candidacy_not_found', 'There is no such candidacy standing at this assembly.');
  if (!mayFileFor(actor, candidacy.memberNo))
    throw new HttpError(
      403,
      'not_representative',
      `Only the representative of member ${candidacy.memberNo}, or the Table, can withdraw its candidacy.`,
      undefined,
      { missing: 'representative' },
    );
  const now = ctx.now();
  const deadline = candidacyDeadline(new Date(assembly.opensAt), ctx.statutes);
  if (now.getTime() >= deadline.getTime())
    throw new HttpError(
      409,
      'candidacy_closed',
      `Candidacies could be withdrawn until ${deadline.toISOString()}, the eve of the assembly.`,
    );
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
