import { readFileSync } from 'node:fs';
import type { Member } from '@shared/schemas/member';
import type { Person, Language } from '@shared/schemas/person';
import type { BodySeat } from '@shared/schemas/bodySeat';
import { parseRegisterCsv } from '../register/registerCsv';
import type { DesignationRecord, RegisterStore } from '../store/register';

const foundingRegisterFile = new URL('./founding-members.csv', import.meta.url);

/** Where the demo people live and which of our two languages they read. Demo data only. */
const countryDefaults: Record<string, { timeZone: string; language: Language }> = {
  Belgium: { timeZone: 'Europe/Brussels', language: 'fr' },
  France: { timeZone: 'Europe/Paris', language: 'fr' },
  Greece: { timeZone: 'Europe/Athens', language: 'en' },
  Italy: { timeZone: 'Europe/Rome', language: 'en' },
  Latvia: { timeZone: 'Europe/Riga', language: 'en' },
  Portugal: { timeZone: 'Europe/Lisbon', language: 'en' },
  Romania: { timeZone: 'Europe/Bucharest', language: 'en' },
  Russia: { timeZone: 'Europe/Ulyanovsk', language: 'en' },
  'Cape Verde': { timeZone: 'Atlantic/Cape_Verde', language: 'fr' },
  Gabon: { timeZone: 'Africa/Libreville', language: 'fr' },
  Morocco: { timeZone: 'Africa/Casablanca', language: 'fr' },
  Tunisia: { timeZone: 'Africa/Tunis', language: 'fr' },
};

/** The demo Table of the assembly: three effective or de jure members, one per office (S.5). */
const demoTable: Array<Pick<BodySeat, 'office' | 'memberNo'>> = [
  { office: 'president', memberNo: 3 }, // Charleroi, Belgium
  { office: 'vice_president', memberNo: 20 }, // Odemira, Portugal
  { office: 'secretary', memberNo: 98 }, // Kairouan, Tunisia
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
    throw new Error(`The founding register in server/seed is damaged: ${parsed.problems.map((p) => `line ${p.line}: ${p.message}`).join('; ')}`);
  }
  const members: Member[] = [];
  const peopleByName = new Map<string, Person>();
  const designations: DesignationRecord[] = [];
  const from = now.toISOString();
  for (const row of parsed.rows) {
    members.push({
      memberNo: row.member_no,
      territoryNo: row.territory_no,
      college: row.college,
      continent: row.continent,
      country: row.country,
      territory: row.territory,
      organisation: row.organisation,
      platformType: row.platform_type,
      status: 'active',
      population: row.population,
    });
    let person: Person | undefined;
    if (row.representative) {
      person = peopleByName.get(row.representative);
      if (!person) {
        const defaults = countryDefaults[row.country] ?? { timeZone: 'Europe/Brussels', language: 'en' as const };
        person = {
          id: `p${String(peopleByName.size + 1).padStart(3, '0')}`,
          name: row.representative,
          email: row.representative_email ?? demoEmail(row.representative),
          ...defaults,
        };
        peopleByName.set(row.representative, person);
      }
    }
    designations.push({ memberNo: row.member_no, personId: person?.id ?? null, from, setBy: 'founding register' });
  }
  const termStart = '2025-11-04';
  const termEnd = '2028-11-04';
  const bodySeats: BodySeat[] = demoTable.map((seat) => ({ body: 'table', ...seat, termStart, termEnd }));
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
