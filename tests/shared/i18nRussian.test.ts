import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { en } from '@shared/i18n/en';
import { ru } from '@shared/i18n/ru';

/** Every message of a catalogue by its i18next key ("votes.published_one"). */
function leaves(node: unknown, prefix = ''): Map<string, string> {
  if (typeof node === 'string') return new Map([[prefix, node]]);
  return new Map(
    Object.entries(node as Record<string, unknown>).flatMap(([key, value]) => [
      ...leaves(value, prefix ? `${prefix}.${key}` : key),
    ]),
  );
}

const english = leaves(en);
const russian = leaves(ru);

/** The plural keys of English by their base ("votes.published"), and every other key. */
const pluralBases = [...english.keys()].filter((key) => key.endsWith('_other')).map((key) => key.slice(0, -6));
const plain = [...english.keys()].filter(
  (key) => !pluralBases.some((base) => key === `${base}_one` || key === `${base}_other`),
);
const russianForms = ['one', 'few', 'many', 'other'];

function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/{{\s*([^}\s]+)\s*}}/g)].map((match) => match[1]!))].sort();
}

/** Messages that rightly read the same in both languages: names, and lines made only of values. */
const sameInBothLanguages = new Set(['app.name', 'app.documentTitle', 'dues.figures']);
const hasWords = (text: string) => /\p{L}/u.test(text.replace(/{{[^}]*}}/g, ''));

describe('the Russian catalogue', () => {
  it('has every English message, with the four Russian plural forms where English has two, and nothing else', () => {
    expect(pluralBases.length).toBeGreaterThan(50);
    const expected = [...plain, ...pluralBases.flatMap((base) => russianForms.map((form) => `${base}_${form}`))];
    expect([...russian.keys()].sort()).toEqual(expected.sort());
  });

  it('keeps the placeholders of each English message (every plural form: those of both English forms)', () => {
    for (const key of plain) expect(placeholders(russian.get(key) ?? ''), key).toEqual(placeholders(english.get(key)!));
    for (const base of pluralBases) {
      const wanted = placeholders(`${english.get(`${base}_one`) ?? ''} ${english.get(`${base}_other`)!}`);
      for (const form of russianForms) {
        expect(placeholders(russian.get(`${base}_${form}`) ?? ''), `${base}_${form}`).toEqual(wanted);
      }
    }
  });

  it('says every message in Russian, not in English', () => {
    for (const [key, text] of english) {
      if (sameInBothLanguages.has(key) || !hasWords(text)) continue;
      const translated = russian.get(key);
      expect(translated, key).not.toBe(text);
      expect(translated, key).toMatch(/[\p{Script=Cyrillic}№]/u);
    }
  });

  it('agrees the noun with the number, as i18next picks the Russian plural form', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ lng: 'ru', resources: { ru: { translation: ru } }, interpolation: { escapeValue: false } });
    const t = i18n.t.bind(i18n) as unknown as (key: string, options: Record<string, unknown>) => string;
    expect([0, 1, 2, 5, 11, 21, 22, 25, 101].map((count) => t('votes.submit', { count }))).toEqual([
      'Подать 0 голосов',
      'Подать 1 голос',
      'Подать 2 голоса',
      'Подать 5 голосов',
      'Подать 11 голосов',
      'Подать 21 голос',
      'Подать 22 голоса',
      'Подать 25 голосов',
      'Подать 101 голос',
    ]);
    expect(t('countdown.days', { count: 3 })).toBe('3 дня');
    expect(t('minutes.hours', { count: 14 })).toBe('14 часов');
    // Every plural message resolves for every form (never to its key), with the number in it.
    const values = { total: 5, voting: 104, members: 3, name: 'N', names: 'N', titles: 'T', query: 'q', zone: 'Z' };
    for (const base of pluralBases) {
      for (const count of [0, 1, 2, 5, 21, 1.5]) {
        const text = t(base, { ...values, count });
        expect(text, `${base} (${count})`).not.toContain(base);
        if (placeholders(english.get(`${base}_other`)!).includes('count')) {
          expect(text, `${base} (${count})`).toContain(String(count));
        }
      }
    }
  });
});
