import { describe, expect, it } from 'vitest';
import {
  archiveQueryMaxTerms,
  foldForSearch,
  matchesArchive,
  matchesSearch,
  searchTerms,
} from '@shared/rules/archiveSearch';
import { archiveQuerySchema } from '@shared/schemas/archive';

const assembly = {
  title: 'Assemblée générale extraordinaire — Rencontres de Kairouan',
  agenda: [
    {
      title: 'Règlement intérieur, article 9',
      description: 'Cotisation des membres associés : la Direction propose la gratuité.',
    },
    { title: 'Élection de la Direction', description: '' },
  ],
  motions: [{ title: 'Modification du règlement', text: 'L’assemblée adopte la version n° 1 du règlement intérieur.' }],
  documents: [{ name: 'Comptes-2025.pdf' }],
};

describe('foldForSearch: case and accents do not matter', () => {
  it.each([
    ['Règlement', 'reglement'],
    ['ÉLECTION', 'election'],
    ['Cœur', 'coeur'],
    ['Ærø', 'aero'],
    ['Straße', 'strasse'],
    ['São Tomé', 'sao tome'],
    ['plan d’action', "plan d'action"],
    ['İstanbul', 'istanbul'],
  ])('%s reads as %s', (text, folded) => {
    expect(foldForSearch(text)).toBe(folded);
  });
});

describe('searchTerms', () => {
  it.each([
    ['', []],
    ['   ', []],
    ['Règlement  intérieur', ['reglement', 'interieur']],
    ['« budget », 2026 !', ['budget', '2026']],
    ['vice-président', ['vice-president']],
    ['budget BUDGET Budget', ['budget']],
    ["'action'", ['action']],
  ] as const)('%j gives %j', (query, terms) => {
    expect(searchTerms(query)).toEqual(terms);
  });

  it(`reads at most ${archiveQueryMaxTerms} words`, () => {
    expect(searchTerms(Array.from({ length: 20 }, (_, index) => `w${index}`).join(' '))).toHaveLength(
      archiveQueryMaxTerms,
    );
  });
});

describe('matchesArchive: every word of the query, in the title, the agenda, the motions or the documents', () => {
  it.each([
    ['a blank query lists everything', '', true],
    ['an agenda word with its accents', 'règlement', true],
    ['the same word without accents', 'reglement', true],
    ['the same word in capitals', 'RÈGLEMENT', true],
    ['an agenda description', 'gratuite', true],
    ['the start of a word', 'cotis', true],
    ['the title', 'kairouan', true],
    ['a motion text with a typographic apostrophe, typed with a plain one', "l'assemblee", true],
    ['a document name', 'comptes-2025', true],
    ['two words, both present in different places', 'election comptes', true],
    ['two words, one absent', 'election budget', false],
    ['an unrelated word', 'Odemira', false],
    ['a word across two texts does not count', 'kairouanreglement', false],
  ])('%s: %j → %s', (_name, query, expected) => {
    expect(matchesArchive(assembly, query)).toBe(expected);
  });

  it('matches plain texts the same way', () => {
    expect(matchesSearch(['Conseil de vérification des comptes'], 'VERIFICATION')).toBe(true);
    expect(matchesSearch([], 'x')).toBe(false);
  });
});

describe('archiveQuerySchema', () => {
  it.each([
    [{}, true],
    [{ q: 'budget' }, true],
    [{ q: 'x'.repeat(200) }, true],
    [{ q: 'x'.repeat(201) }, false],
    [{ q: ['a', 'b'] }, false],
  ])('%j valid: %s', (input, valid) => {
    expect(archiveQuerySchema.safeParse(input).success).toBe(valid);
  });
});
