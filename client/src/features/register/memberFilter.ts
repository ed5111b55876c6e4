import type { MemberView } from '@shared/api/register';
import type { College, Continent, MemberStatus } from '@shared/schemas/member';

// The order the filters list their choices in. Type-only imports keep zod out of the bundle;
// the checks below fail when the schemas gain a value these lists lack.
const collegeOrder = ['effective', 'de_jure', 'associate'] as const satisfies readonly College[];
const continentOrder = ['Europe', 'Africa', 'Asia', 'Americas', 'Oceania'] as const satisfies readonly Continent[];
const statusOrder = [
  'active',
  'pending_validation',
  'requested',
  'exclusion_proposed',
  'excluded',
  'refused',
] as const satisfies readonly MemberStatus[];

type Assert<T extends true> = T;
type ListsAll<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : false;
export type OrdersAreComplete = [
  Assert<ListsAll<College, (typeof collegeOrder)[number]>>,
  Assert<ListsAll<Continent, (typeof continentOrder)[number]>>,
  Assert<ListsAll<MemberStatus, (typeof statusOrder)[number]>>,
];

/** What the reader asked the register to show. Lives in the address (?q=&college=...) so it can be shared. */
export interface MemberFilter {
  query: string;
  college: College | null;
  continent: Continent | null;
  country: string | null;
  status: MemberStatus | null;
}

function oneOf<T extends string>(allowed: readonly T[], value: string | null): T | null {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

export function readFilter(params: URLSearchParams): MemberFilter {
  return {
    query: params.get('q') ?? '',
    college: oneOf(collegeOrder, params.get('college')),
    continent: oneOf(continentOrder, params.get('continent')),
    country: params.get('country') || null,
    status: oneOf(statusOrder, params.get('status')),
  };
}

export function writeFilter(filter: MemberFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.query !== '') params.set('q', filter.query);
  if (filter.college) params.set('college', filter.college);
  if (filter.continent) params.set('continent', filter.continent);
  if (filter.country) params.set('country', filter.country);
  if (filter.status) params.set('status', filter.status);
  return params;
}

export function isFiltering(filter: MemberFilter): boolean {
  const { query, college, continent, country, status } = filter;
  return query.trim() !== '' || college !== null || continent !== null || country !== null || status !== null;
}

/** Lower case, without accents: "Représentant" and "representant" match. */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/**
 * The members that pass every filter. Each word of the query must appear in the organisation,
 * territory, country (as written or in any interface language: "Maroc" finds Morocco in
 * English too) or representative's name; a number also finds the member with that number.
 */
export function filterMembers(
  members: readonly MemberView[],
  filter: MemberFilter,
  countryNames: (country: string) => string[],
): MemberView[] {
  const words = normalise(filter.query).split(/\s+/).filter(Boolean);
  return members.filter((member) => {
    if (filter.college && member.college !== filter.college) return false;
    if (filter.continent && member.continent !== filter.continent) return false;
    if (filter.country && member.country !== filter.country) return false;
    if (filter.status && member.status !== filter.status) return false;
    if (words.length === 0) return true;
    const haystack = normalise(
      [
        member.organisation,
        member.territory,
        member.country,
        ...countryNames(member.country),
        member.representative?.name ?? '',
      ].join(' '),
    );
    return words.every((word) => haystack.includes(word) || word === String(member.memberNo));
  });
}

export interface Facets {
  colleges: College[];
  continents: Continent[];
  countries: string[];
  statuses: MemberStatus[];
}

/** The choices worth offering: only values some member has, in the usual order. */
export function facetsOf(members: readonly MemberView[]): Facets {
  const present = <T extends string>(order: readonly T[], pick: (member: MemberView) => T) => {
    const values = new Set(members.map(pick));
    return order.filter((value) => values.has(value));
  };
  return {
    colleges: present(collegeOrder, (member) => member.college),
    continents: present(continentOrder, (member) => member.continent),
    countries: [...new Set(members.map((member) => member.country))],
    statuses: present(statusOrder, (member) => member.status),
  };
}
