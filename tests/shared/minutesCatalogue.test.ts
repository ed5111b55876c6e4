import { describe, expect, it } from 'vitest';
import { en, fr } from '@shared/i18n';
import { placeholdersOf } from '@shared/rules/messages';

describe('the words of the minutes, in French and in English', () => {
  const sentences = (value: unknown, path = 'minutes'): Array<[string, string]> =>
    typeof value === 'string'
      ? [[path, value]]
      : Object.entries(value as Record<string, unknown>).flatMap(([key, entry]) => sentences(entry, `${path}.${key}`));
  const english = new Map(sentences(en.minutes));
  const french = new Map(sentences(fr.minutes));

  it('has the same sentences in both languages', () => {
    expect([...french.keys()].sort()).toEqual([...english.keys()].sort());
  });

  // The PDF and the e-mail fill these placeholders themselves: a missing one would print a blank.
  it.each([...english.keys()])('%s has the same placeholders in both languages', (key) => {
    expect(placeholdersOf(french.get(key) ?? '').sort()).toEqual(placeholdersOf(english.get(key) ?? '').sort());
  });
});
