import type { MotionKind } from '../schemas/motion';
import type { GoverningText } from '../schemas/texts';
import { amendedTextMaxLength } from '../vocabulary';

// Where the schema validates it; still read from here by the pages and commands.
export { amendedTextMaxLength };

/** S.12, R.12: the motions that change a governing text, and which one. */
export const textAmendedBy: Readonly<Partial<Record<MotionKind, GoverningText>>> = {
  statute_change: 'statutes',
  rules_change: 'rules',
};

/**
 * What a new version of a governing text changed (R.12), paragraph by paragraph: the
 * paragraphs kept, removed and added, in reading order.
 */

export interface ParagraphChange {
  change: 'kept' | 'removed' | 'added';
  paragraph: string;
}

/** Beyond this many paragraph pairs, the middle is shown as removed then added rather than matched. */
const maxCells = 4_000_000;

const paragraphsOf = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '');

/**
 * The paragraphs of `after` against those of `before`: the longest run of paragraphs kept in
 * order, everything else removed or added (a paragraph reworded shows as removed, then added).
 */
export function paragraphChanges(before: string, after: string): ParagraphChange[] {
  const a = paragraphsOf(before);
  const b = paragraphsOf(after);
  // The common start and end are kept as they are; only the middle is compared.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const kept = (paragraph: string): ParagraphChange => ({ change: 'kept', paragraph });
  const head = a.slice(0, start).map(kept);
  const tail = a.slice(endA).map(kept);
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  return [...head, ...middleChanges(midA, midB), ...tail];
}

function middleChanges(a: string[], b: string[]): ParagraphChange[] {
  const removed = (paragraph: string): ParagraphChange => ({ change: 'removed', paragraph });
  const added = (paragraph: string): ParagraphChange => ({ change: 'added', paragraph });
  if (a.length === 0 || b.length === 0 || (a.length + 1) * (b.length + 1) > maxCells)
    return [...a.map(removed), ...b.map(added)];
  // Longest common subsequence, filled from the end so the walk below reads forwards.
  const width = b.length + 1;
  const lengths = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i * width + j] =
        a[i] === b[j]
          ? (lengths[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(lengths[(i + 1) * width + j] ?? 0, lengths[i * width + j + 1] ?? 0);
    }
  }
  const changes: ParagraphChange[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      changes.push({ change: 'kept', paragraph: a[i] as string });
      i++;
      j++;
    } else if ((lengths[(i + 1) * width + j] ?? 0) >= (lengths[i * width + j + 1] ?? 0)) {
      changes.push(removed(a[i++] as string));
    } else {
      changes.push(added(b[j++] as string));
    }
  }
  return [...changes, ...a.slice(i).map(removed), ...b.slice(j).map(added)];
}
