import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { en } from '@shared/i18n/en';
import { fr } from '@shared/i18n/fr';

/** Every key of a catalogue, as i18next names it ("votes.published_one"). */
function keysOf(node: unknown, prefix = ''): string[] {
  if (typeof node !== 'object' || node === null) return [prefix];
  return Object.entries(node).flatMap(([key, value]) => keysOf(value, prefix ? `${prefix}.${key}` : key));
}

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
});
