import type { Assembly } from '../schemas/assembly';
import { isHeld } from './minutes';

/**
 * The archive of past assemblies (RULES.md §5: what every assembly leaves behind), and searching
 * it. Members write in French, English, Portuguese...: a search ignores case and accents, so
 * "reglement" finds "Règlement" and "ACTION" finds "plan d’action".
 */

/** Whether an assembly belongs to the archive: held (its room closed, minutes published or not) or cancelled. */
export function isArchived(assembly: Pick<Assembly, 'status' | 'opensAt' | 'closesAt'>, now: Date): boolean {
  return assembly.status === 'cancelled' || isHeld(assembly, now);
}

/** The longest query read; the rest is ignored. */
export const archiveQueryMaxLength = 200;
/** The most words of a query read. */
export const archiveQueryMaxTerms = 12;

const letters: Readonly<Record<string, string>> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', đ: 'd', ł: 'l', ı: 'i' };

/** A text folded for comparison: lower case, accents dropped, ligatures spelled out, one kind of apostrophe. */
export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[œæßøđłı]/g, (letter) => letters[letter] ?? letter)
    .replace(/[’‘ʼ`´]/g, "'");
}

/** The words of a query, folded, without punctuation around them; none for a blank query. */
export function searchTerms(query: string): string[] {
  const words = foldForSearch(query.slice(0, archiveQueryMaxLength))
    .split(/[^\p{L}\p{N}'-]+/u)
    .map((word) => word.replace(/^['-]+|['-]+$/g, ''))
    .filter((word) => word.length > 0);
  return [...new Set(words)].slice(0, archiveQueryMaxTerms);
}

/** Whether every word of the query appears in one of the texts (as a word or a part of one: "budg" finds "budget"). */
export function matchesSearch(texts: readonly string[], query: string): boolean {
  const terms = searchTerms(query);
  if (terms.length === 0) return true;
  const haystack = texts.map(foldForSearch).join('\n');
  return terms.every((term) => haystack.includes(term));
}

/** What a search reads of a past assembly. */
export interface ArchiveSearchable {
  title: string;
  agenda: ReadonlyArray<{ title: string; description: string }>;
  motions: ReadonlyArray<{ title: string; text: string }>;
  documents: ReadonlyArray<{ name: string }>;
}

/** The texts of a past assembly a search reads: its title, its agenda, its motions, its documents' names. */
export function archiveSearchTexts(entry: ArchiveSearchable): string[] {
  return [
    entry.title,
    ...entry.agenda.flatMap((item) => [item.title, item.description]),
    ...entry.motions.flatMap((motion) => [motion.title, motion.text]),
    ...entry.documents.map((file) => file.name),
  ];
}

/** Whether a past assembly answers a query (a blank query lists them all). */
export function matchesArchive(entry: ArchiveSearchable, query: string): boolean {
  return matchesSearch(archiveSearchTexts(entry), query);
}
