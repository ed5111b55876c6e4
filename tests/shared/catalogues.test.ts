import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { en } from '@shared/i18n/en';
import { fr } from '@shared/i18n/fr';
import { pt } from '@shared/i18n/pt';
import { ru } from '@shared/i18n/ru';

/** Every key of a catalogue, as i18next names it ("votes.published_one"). */
function keysOf(node: unknown, prefix = ''): string[] {
  if (typeof node !== 'object' || node === null) return [prefix];
  return Object.entries(node).flatMap(([key, value]) => keysOf(value, prefix ? `${prefix}.${key}` : key));
}

// Not "_zero": a key like "not_above_zero" is no plural, and no language here needs the form.
const pluralSuffix = /_(one|few|many|other)$/;

/** The keys with each plural's forms folded into one "votes.published_*". */
const foldedKeys = (catalogue: unknown) =>
  [...new Set(keysOf(catalogue).map((key) => key.replace(pluralSuffix, '_*')))].sort();

/** The plural forms a language uses for whole numbers (English: one, other; Russian: one, few, many). */
function wholeNumberForms(language: string): string[] {
  const rules = new Intl.PluralRules(language);
  return [...new Set(Array.from({ length: 1000 }, (_, n) => rules.select(n)))].sort();
}

/** Each plural key of a catalogue with the forms it has: { "votes.published": ["one", "other"] }. */
function pluralForms(catalogue: unknown): Map<string, string[]> {
  const forms = new Map<string, string[]>();
  for (const key of keysOf(catalogue)) {
    const match = pluralSuffix.exec(key);
    if (!match) continue;
    const base = key.slice(0, match.index);
    forms.set(base, [...(forms.get(base) ?? []), match[1]!].sort());
  }
  return forms;
}

const others = { fr, pt, ru } as const;

describe('the interface catalogues', () => {
  it('say "0" in French where nothing was counted: French uses the singular for zero, so it must not say "1"', async () => {
    const french = i18next.createInstance();
    await french.init({ lng: 'fr', resources: { fr: { translation: fr } }, interpolation: { escapeValue: false } });
    // Keys built at run time, not the typed keys the interface uses.
    const translate = french.t.bind(french) as unknown as (key: string, options: Record<string, unknown>) => string;
    const singulars = keysOf(fr)
      .filter((key) => key.endsWith('_one'))
      .map((key) => key.slice(0, -'_one'.length));
    expect(singulars.length).toBeGreaterThan(10);
    for (const key of singulars) {
      const text = translate(key, { count: 0, total: 5, query: 'x', head: 'h' });
      expect(text, key).not.toMatch(/(^|[^\d])1([^\d]|$)/);
    }
    expect(translate('votes.published', { count: 0 })).toBe('0 empreinte de reçu publiée');
  });

  it('have the same keys in French and English', () => {
    expect(keysOf(fr).sort()).toEqual(keysOf(en).sort());
  });

  it.each(Object.keys(others) as Array<keyof typeof others>)(
    'have every key of English in %s, plurals included',
    (language) => {
      const catalogue = others[language];
      // A language may have more plural forms than English (Russian: 1 голос, 2 голоса, 5 голосов), never fewer keys.
      expect(foldedKeys(catalogue)).toEqual(foldedKeys(en));
      const needed = wholeNumberForms(language);
      const englishPlurals = [...pluralForms(en).keys()].sort();
      const forms = pluralForms(catalogue);
      expect([...forms.keys()].sort()).toEqual(englishPlurals);
      // The Russian file in this branch is English until its translation lands: only its keys are checked then.
      if (catalogue === (en as unknown)) return;
      for (const [key, has] of forms) {
        expect(has, `${language}: ${key}`).toEqual(expect.arrayContaining(needed));
        expect(new Intl.PluralRules(language).resolvedOptions().pluralCategories, `${language}: ${key}`).toEqual(
          expect.arrayContaining(has),
        );
      }
    },
  );

  it('are translated: the Portuguese catalogue differs from the English one in most of its messages', () => {
    const english = new Map(
      keysOf(en).map((key) => [
        key,
        key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], en),
      ]),
    );
    const portuguese = keysOf(pt).map(
      (key) =>
        [key, key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], pt)] as const,
    );
    const same = portuguese.filter(([key, text]) => english.get(key) === text);
    expect(same.length / portuguese.length).toBeLessThan(0.05);
  });

  it('speak Portuguese with Portuguese plurals: 1 membro, 2 membros', async () => {
    const portuguese = i18next.createInstance();
    await portuguese.init({ lng: 'pt', resources: { pt: { translation: pt } }, interpolation: { escapeValue: false } });
    expect(portuguese.t('register.summary', { count: 1, voting: 1 })).toBe('1 membro, 1 dos quais com direito de voto');
    expect(portuguese.t('register.summary', { count: 108, voting: 104 })).toBe(
      '108 membros, 104 dos quais com direito de voto',
    );
  });
});
