import type { Body } from '../schemas/body';
import type { BodySeat } from '../schemas/bodySeat';
import type { Member } from '../schemas/member';
import type { Language } from '../schemas/person';

/** Who is acting: a signed-in person, what it represents and which seats it holds through that. */
export interface Actor {
  personId: string;
  name: string;
  /** R.8: works for the secretariat, which keeps the register. */
  secretariat: boolean;
  /** The members this person represents now (S.2). */
  represents: Array<Pick<Member, 'memberNo' | 'college' | 'status' | 'organisation'>>;
  /** Seats on coordination bodies held, in their term, by a member this person represents (S.5). */
  seats: Array<Pick<BodySeat, 'body' | 'office' | 'memberNo'>>;
}

/** What a person may need to be to act. */
export type Requirement = 'signed_in' | 'secretariat' | 'table' | 'direction' | 'representative';

/** Every privileged action and who may take it. */
export const actionRequirements = {
  /** Enter an assembly's page and room, read its documents. */
  'assembly.view': 'signed_in',
  /** Read the register: members, representatives, bodies. */
  'register.view': 'signed_in',
  /** R.8: the secretariat keeps the register: members, people, representatives, import. */
  'register.edit': 'secretariat',
  'register.export': 'secretariat',
  /** R.9: the dues of each territory. */
  'dues.view': 'secretariat',
  /** R.9: the secretariat records what each member paid, year by year. */
  'dues.record': 'secretariat',
  /** Record who sits on the bodies after an election (S.5). */
  'bodies.edit': 'secretariat',
  /** S.11: the Direction approves or refuses admissions, and proposes exclusions. */
  'admission.decide': 'direction',
  'exclusion.propose': 'direction',
  /** S.11: a member proposes a candidate. */
  'admission.propose': 'representative',
  /** R.6, R.7: any member of the Table convenes and runs the assemblies. */
  'assembly.create': 'table',
  'assembly.convene': 'table',
  'assembly.run': 'table',
  /** Everyone keeps their own profile. */
  'profile.edit': 'signed_in',
  /** RULES.md §5: what past assemblies left behind, for every member. */
  'archive.view': 'signed_in',
  /** S.12, R.12: the statutes and the internal rules, every version. */
  'texts.view': 'signed_in',
  /** What is waiting for oneself: the votes open now, the convocations to come. */
  'home.view': 'signed_in',
} as const satisfies Record<string, Requirement>;
export type Action = keyof typeof actionRequirements;

/**
 * What a session opened by a convocation's personal link may do beyond its own assembly: keep
 * the person's profile, read the archive and the governing texts, see what waits for them.
 */
export const personalLinkActions: readonly Action[] = ['profile.edit', 'archive.view', 'texts.view', 'home.view'];

export type PermissionVerdict =
  { allowed: true; action: Action } | { allowed: false; action: Action; missing: Requirement };

const bodyOf: Partial<Record<Requirement, Body>> = { table: 'table', direction: 'direction' };

/**
 * May this actor take this action? One check for routes and socket handlers alike; a refusal
 * names what was missing (R.5, R.6, R.7, R.8, S.11).
 */
export function permission(actor: Actor | null, action: Action): PermissionVerdict {
  const requirement: Requirement = actionRequirements[action];
  const refuse = (missing: Requirement): PermissionVerdict => ({ allowed: false, action, missing });
  if (!actor) return refuse('signed_in');
  switch (requirement) {
    case 'signed_in':
      return { allowed: true, action };
    case 'secretariat':
      return actor.secretariat ? { allowed: true, action } : refuse('secretariat');
    case 'representative':
      return actor.represents.length > 0 ? { allowed: true, action } : refuse('representative');
    case 'table':
    case 'direction': {
      const body = bodyOf[requirement];
      return actor.seats.some((seat) => seat.body === body) ? { allowed: true, action } : refuse(requirement);
    }
  }
}

/** Seats in their term on a given day (ISO date, the reference zone's): S.5, 2 to 4 years. */
export function seatsInTerm<S extends Pick<BodySeat, 'termStart' | 'termEnd'>>(
  seats: readonly S[],
  today: string,
): S[] {
  return seats.filter((seat) => seat.termStart <= today && today < seat.termEnd);
}

/** The sentence for a refusal, in each language. */
export const permissionMessages: Readonly<Record<Language, Readonly<Record<Requirement, string>>>> = {
  en: {
    signed_in: 'Please sign in first: this page is for the members of the network.',
    secretariat: 'Only the secretariat may do this (it keeps the member register).',
    table: 'Only a member of the Table of the assembly (president, vice-president or secretary) may do this.',
    direction: 'Only a member of the Direction (president, vice-president or secretary) may do this.',
    representative: 'Only the representative of a member may do this, and you represent no member at present.',
  },
  fr: {
    signed_in: "Connectez-vous d'abord : cette page est réservée aux membres du réseau.",
    secretariat: 'Seul le secrétariat peut le faire (il tient le registre des membres).',
    table: "Seul un membre de la table de l'assemblée (président, vice-président ou secrétaire) peut le faire.",
    direction: 'Seul un membre de la Direction (président, vice-président ou secrétaire) peut le faire.',
    representative: "Seul le représentant d'un membre peut le faire, et vous ne représentez aucun membre actuellement.",
  },
  pt: {
    signed_in: 'Entre primeiro: esta página é para os membros da rede.',
    secretariat: 'Só o secretariado pode fazer isto (é ele que mantém o registo dos membros).',
    table: 'Só um membro da Mesa da assembleia (presidente, vice-presidente ou secretário) pode fazer isto.',
    direction: 'Só um membro da Direção (presidente, vice-presidente ou secretário) pode fazer isto.',
    representative: 'Só o representante de um membro pode fazer isto, e neste momento não representa nenhum membro.',
  },
  ru: {
    signed_in: 'Сначала войдите: эта страница предназначена для участников сети.',
    secretariat: 'Это может сделать только секретариат (он ведёт реестр участников).',
    table: 'Это может сделать только член Президиума собрания (председатель, заместитель или секретарь).',
    direction: 'Это может сделать только член Дирекции (председатель, заместитель или секретарь).',
    representative:
      'Это может сделать только представитель участника, а вы сейчас не представляете ни одного участника.',
  },
};
