import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { messages } from '@shared/i18n';
import { ownRefusalCodes, refusalSentence } from '@shared/refusals';
import { refusalsEn } from '@shared/i18n/en/refusals';
import { refusalsFr } from '@shared/i18n/fr/refusals';
import { refusalsPt } from '@shared/i18n/pt/refusals';
import { refusalsRu } from '@shared/i18n/ru/refusals';

const sentences = { en: refusalsEn, fr: refusalsFr, pt: refusalsPt, ru: refusalsRu } as const;
const variants = (language: keyof typeof sentences, code: string) =>
  Object.keys(sentences[language]).filter((key) => key === code || key.startsWith(`${code}_`));

/** Every parameter a sentence may name, with a value, so nothing is left unrendered. */
const params = {
  memberNo: 35,
  email: 'a@example.org',
  name: 'Ana',
  phase: 'open',
  latestDispatchAt: '2025-01-01T00:00:00.000Z',
  opensAt: '2025-01-01T00:00:00.000Z',
  earliestOpensAt: '2025-01-01T00:00:00.000Z',
  title: 'Budget',
  kind: 'ordinary',
  megabytes: '12.0',
  detected: 'image/gif',
  by: 'name',
  claimed: 'a PDF document',
  claimedType: 'application/pdf',
  detectedType: 'image/png',
  count: 2,
  organisation: 'Commune de Mértola',
  refusals: [{ code: 'member_voted_itself', params: { memberNo: 12, organisation: 'Commune de Mértola' } }],
  round: 2,
  current: 3,
  deadline: '2025-01-01T00:00:00.000Z',
  status: 'excluded',
  number: 4,
  version: 2,
  value: 'x',
  method: 'GET',
  path: '/api/nowhere',
  amount: 10,
  seconds: 30,
  closesAt: '2025-01-01T00:00:00.000Z',
  done: 3,
  needed: 9,
  problem: 'its proof does not hold',
  step: 'certificate',
  personId: 'p1',
};

describe('refusal catalogue', () => {
  it.each(ownRefusalCodes)('%s has a sentence in English and in French, each variant in both', (code) => {
    expect(variants('en', code).length).toBeGreaterThan(0);
    expect(variants('fr', code).sort()).toEqual(variants('en', code).sort());
  });

  it.each(['en', 'fr', 'pt', 'ru'] as const)(
    'renders every sentence in %s without a leftover placeholder',
    async (language) => {
      const i18n = i18next.createInstance();
      await i18n.init({ lng: language, resources: messages, interpolation: { escapeValue: false } });
      for (const code of ownRefusalCodes) {
        for (const key of variants(language, code)) {
          const context = key.slice(code.length + 1).replace(/_(one|few|many|other)$/, '') || undefined;
          const sentence = refusalSentence(
            code,
            { ...params, context },
            { language, t: (k, o) => i18n.t(k as 'refusal.empty_file', o) as string, word: (_kind, value) => value },
          );
          expect(sentence, key).not.toMatch(/\{\{|refusal\./);
          expect(sentence.length, key).toBeGreaterThan(5);
        }
      }
    },
  );

  it('words a nested rule reason in the reader language', () => {
    const wording = { t: (key: string) => key, word: (_kind: string, value: string) => value };
    expect(
      refusalSentence('proxy_to_self', { reason: 'proxy_to_self', grantorMemberNo: 3 }, { ...wording, language: 'fr' }),
    ).not.toMatch(/\{\{/);
  });
});
