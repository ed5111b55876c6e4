import { describe, expect, it } from 'vitest';
import { paragraphChanges } from '@shared/rules/textChanges';

const marks = (before: string, after: string) =>
  paragraphChanges(before, after).map(
    ({ change, paragraph }) => `${change === 'kept' ? ' ' : change === 'added' ? '+' : '-'}${paragraph}`,
  );

describe('paragraphChanges (R.12: what a new version changed)', () => {
  it.each([
    ['nothing changed', 'A\nB', 'A\nB', [' A', ' B']],
    ['a paragraph added at the end', 'A\nB', 'A\nB\nC', [' A', ' B', '+C']],
    ['a paragraph removed in the middle', 'A\nB\nC', 'A\nC', [' A', '-B', ' C']],
    ['a paragraph reworded', 'A\nB\nC', 'A\nB bis\nC', [' A', '-B', '+B bis', ' C']],
    ['two paragraphs swapped', 'A\nB\nC', 'A\nC\nB', [' A', '-B', ' C', '+B']],
    ['blank lines and trailing spaces do not count', 'A  \n\nB', 'A\nB', [' A', ' B']],
    ['from nothing', '', 'A', ['+A']],
  ])('%s', (_name, before, after, expected) => {
    expect(marks(before, after)).toEqual(expected);
  });
});
