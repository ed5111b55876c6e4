import { randomUUID } from 'node:crypto';
import type { ImportSummary } from '@shared/api/register';
import type { Actor } from '@shared/rules/permissions';
import type { Person } from '@shared/schemas/person';
import { memberOfRow } from '@shared/schemas/registerCsv';
import { parseRegisterCsv, registerProblem, type RegisterCsvProblem } from '../register/registerCsv';
import { personDefaults } from '../register/personDefaults';
import { signature } from '../auth/actor';
import type { Context } from '../context';

export type ImportResult = { ok: true; summary: ImportSummary } | { ok: false; problems: RegisterCsvProblem[] };

/**
 * Imports a register file (the founding register's columns plus e-mails). Members are matched by
 * number, people by e-mail (or, without an e-mail, by a name already in the register). Either the
 * whole file is stored, or nothing when any row is bad; the same file twice changes nothing.
 * Members absent from the file are left as they are; a blank population keeps the stored one.
 */
export async function importRegister(
  ctx: Pick<Context, 'live' | 'now' | 'register'>,
  actor: Actor,
  csv: string,
): Promise<ImportResult> {
  const parsed = parseRegisterCsv(csv);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };

  const formerRepresentatives = new Set<string>();
  const result = await ctx.register.transact((register, changes): ImportResult => {
    formerRepresentatives.clear();
    const at = ctx.now().toISOString();
    const by = signature(actor);
    const summary: ImportSummary = {
      membersCreated: 0,
      membersUpdated: 0,
      membersUnchanged: 0,
      peopleCreated: 0,
      representativesChanged: 0,
    };
    const problems: RegisterCsvProblem[] = [];
    const members = new Map(register.members.map((member) => [member.memberNo, member]));
    const peopleByEmail = new Map(register.people.map((person) => [person.email, person]));
    const peopleByName = new Map<string, Person[]>();
    for (const person of register.people)
      peopleByName.set(person.name, [...(peopleByName.get(person.name) ?? []), person]);

    parsed.rows.forEach((row, index) => {
      const line = index + 2;
      const existing = members.get(row.member_no);
      const member = memberOfRow(row, existing);

      let representative: Person | null = null;
      if (row.representative_email) {
        representative = peopleByEmail.get(row.representative_email) ?? null;
        if (!representative) {
          representative = {
            id: randomUUID(),
            name: row.representative ?? row.representative_email,
            email: row.representative_email,
            ...personDefaults(row.country),
          };
          peopleByEmail.set(representative.email, representative);
          changes.putPerson(representative);
          summary.peopleCreated++;
        }
      } else if (row.representative) {
        const named = peopleByName.get(row.representative) ?? [];
        if (named.length !== 1) {
          problems.push(
            registerProblem(
              {
                line,
                column: 'representative',
                value: row.representative,
                organisation: row.organisation,
              },
              named.length === 0 ? 'representative_unknown' : 'representative_ambiguous',
              { name: row.representative },
            ),
          );
          return;
        }
        representative = named[0] ?? null;
      }

      if (!existing) {
        changes.putMember(member).audit({
          at,
          by,
          action: 'member.imported',
          subject: `member:${member.memberNo}`,
          before: null,
          after: member,
        });
        summary.membersCreated++;
      } else if (JSON.stringify(existing) !== JSON.stringify(member)) {
        changes.putMember(member).audit({
          at,
          by,
          action: 'member.updated',
          subject: `member:${member.memberNo}`,
          before: existing,
          after: member,
        });
        summary.membersUpdated++;
      } else {
        summary.membersUnchanged++;
      }

      const current = register.representatives.get(member.memberNo) ?? null;
      const wanted = representative?.id ?? null;
      if (current !== wanted) {
        if (current) formerRepresentatives.add(current);
        changes
          .designate({ memberNo: member.memberNo, personId: wanted, from: at, setBy: `${actor.name} (import)` })
          .audit({
            at,
            by,
            action: 'member.representative_designated',
            subject: `member:${member.memberNo}`,
            before: { personId: current },
            after: { personId: wanted, name: representative?.name ?? null },
          });
        summary.representativesChanged++;
      }
    });

    if (problems.length > 0) {
      changes.operations.length = 0;
      return { ok: false, problems };
    }
    return { ok: true, summary };
  });
  if (result.ok)
    for (const personId of formerRepresentatives) await ctx.live.publish({ type: 'person.changed', personId });
  return result;
}
