import { readFileSync } from 'node:fs';
import type { Member } from '@shared/schemas/member';
import type { Person } from '@shared/schemas/person';
import type { BodySeat } from '@shared/schemas/bodySeat';
import { memberOfRow } from '@shared/schemas/registerCsv';
import { parseRegisterCsv } from '../register/registerCsv';
import { personDefaults } from '../register/personDefaults';
import type { DesignationRecord, RegisterStore } from '../store/register';

const foundingRegisterFile = new URL('./founding-members.csv', import.meta.url);

/** The demo coordination bodies (S.5): effective members on the Direction, effective or de jure elsewhere. */
const demoSeats: Array<Pick<BodySeat, 'body' | 'office' | 'memberNo'>> = [
  { body: 'table', office: 'president', memberNo: 3 }, // Charleroi, Belgium
  { body: 'table', office: 'vice_president', memberNo: 20 }, // Odemira, Portugal
  { body: 'table', office: 'secretary', memberNo: 98 }, // Kairouan, Tunisia
  { body: 'direction', office: 'president', memberNo: 11 }, // Mulhouse, France
  { body: 'direction', office: 'vice_president', memberNo: 22 }, // Arcos de Valdevez, Portugal
  { body: 'direction', office: 'secretary', memberNo: 68 }, // Agadir, Morocco
  { body: 'audit_council', office: 'president', memberNo: 14 }, // Kavala, Greece
  { body: 'audit_council', office: 'vice_president', memberNo: 29 }, // Timisoara, Romania
  { body: 'audit_council', office: 'secretary', memberNo: 87 }, // Al Hoceima, Morocco
];

/** The demo secretariat (R.8): a person who keeps the register without representing a member. */
export const demoSecretariat: Person = {
  id: 'secretariat',
  name: 'Secrétariat TOGETHER',
  email: 'secretariat@example.org',
  language: 'fr',
  timeZone: 'Europe/Lisbon',
};

/** The demo people worth signing in as, one line each, for the start message. */
export const demoSignIns = [
  '    secretariat@example.org          the secretariat (keeps the register)',
  '    giusto.maniscalchi@example.org   president of the Table of the assembly',
  '    florian.riegert@example.org      president of the Direction (admissions, exclusions)',
  '    ekaterina.smoroda@example.org    represents 24 Russian members',
  '    samuel.thirion@example.org       represents 9 members in Cape Verde',
];

/** An invented, reserved-domain address for a demo person: "André Desmet" -> andre.desmet@example.org. */
export function demoEmail(name: string): string {
  const local = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.|\.$/g, '');
  return `${local || 'member'}@example.org`;
}

/** The founding register of 4 November 2013 as Agora's types, with invented e-mails. */
export function foundingRegister(now: Date) {
  const parsed = parseRegisterCsv(readFileSync(foundingRegisterFile, 'utf8'));
  if (!parsed.ok) {
    throw new Error(
      `The founding register in server/seed is damaged: ${parsed.problems.map((p) => `line ${p.line}: ${p.message}`).join('; ')}`,
    );
  }
  const members: Member[] = [];
  const peopleByName = new Map<string, Person>();
  const designations: DesignationRecord[] = [];
  const from = now.toISOString();
  for (const row of parsed.rows) {
    members.push(memberOfRow(row));
    let person: Person | undefined;
    // Two members have no representative in the founding act; the demo invents one for each.
    const representative = row.representative ?? `Contact ${row.territory || row.organisation}`;
    {
      person = peopleByName.get(representative);
      if (!person) {
        const defaults = personDefaults(row.country);
        person = {
          id: `p${String(peopleByName.size + 1).padStart(3, '0')}`,
          name: representative,
          email: row.representative_email ?? demoEmail(representative),
          ...defaults,
        };
        peopleByName.set(representative, person);
      }
    }
    designations.push({ memberNo: row.member_no, personId: person?.id ?? null, from, setBy: 'founding register' });
  }
  const termStart = '2025-11-04';
  const termEnd = '2028-11-04';
  const bodySeats: BodySeat[] = demoSeats.map((seat) => ({ ...seat, termStart, termEnd }));
  return {
    members,
    people: [...peopleByName.values(), demoSecretariat],
    designations,
    bodySeats,
    secretariat: [demoSecretariat.id],
  };
}

/** Loads the demo data into an empty store; leaves a store that holds anything untouched. */
export async function seedDemo(register: RegisterStore, now: Date): Promise<{ seeded: boolean; members: number }> {
  const data = foundingRegister(now);
  return register.transact((snapshot, changes) => {
    if (snapshot.members.length > 0) return { seeded: false, members: 0 };
    for (const member of data.members) changes.putMember(member);
    for (const person of data.people) changes.putPerson(person);
    for (const designation of data.designations) changes.designate(designation);
    for (const seat of data.bodySeats) changes.putSeat(seat);
    for (const personId of data.secretariat) changes.addSecretariat(personId);
    changes.audit({
      at: now.toISOString(),
      by: { personId: null, name: 'demo data' },
      action: 'register.seeded',
      subject: 'register',
      before: null,
      after: { members: data.members.length, people: data.people.length },
    });
    return { seeded: true, members: data.members.length };
  });
}
