import { readFileSync } from 'node:fs';
import type { GoverningText } from '@shared/schemas/texts';

/** The founding act's annexes as extracted, in the original French: 1 the statutes, 2 the internal rules. */
const foundingTextsFile = new URL('./statuts-et-reglement-interieur.fr.txt', import.meta.url);

let cached: Record<GoverningText, string> | null = null;

/**
 * Version 0 of each governing text (R.12), as the founding assembly of 4 November 2013 adopted
 * them: the statutes are Annexe 1 of the founding act, the internal rules Annexe 2.
 */
export function foundingTexts(): Record<GoverningText, string> {
  if (cached) return cached;
  const lines = readFileSync(foundingTextsFile, 'utf8').split(/\r?\n/);
  const annexe = (n: number) => lines.findIndex((line) => line.trim() === `Annexe ${n}`);
  const first = annexe(1);
  const second = annexe(2);
  if (first < 0 || second < first)
    throw new Error(
      `${foundingTextsFile.pathname}: the founding act should hold "Annexe 1" (statutes) then "Annexe 2" (internal rules).`,
    );
  const text = (from: number, to: number) =>
    lines
      .slice(from, to)
      .map((line) => line.trimEnd())
      .join('\n')
      .trim();
  cached = { statutes: text(first + 1, second), rules: text(second + 1, lines.length) };
  return cached;
}
