import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MinutesVersionView } from '@shared/api/minutes';
import { messages } from '@shared/i18n';
import type { MinutesVersion } from '@shared/schemas/minutesApproval';
import { minutesPdf } from '../../server/pdf/minutes/minutesPdf';
import { pdfPageTexts, pdfRuns } from './pdf';
import { eventually } from './support';
import { day, hour, minutesAssembly, opensAt } from './minutesSupport';

const statement = 'La Table certifie ce procès-verbal **conforme** aux enregistrements.';
// Words of the English minutes that are not French: none may be left in the French PDF's labels.
const english = [
  'the',
  'of',
  'and',
  'by',
  'in',
  'for',
  'Minutes',
  'Member',
  'Members',
  'members',
  'No',
  'Annex',
  'Receipt',
  'receipts',
  'Round',
  'Item',
  'days',
  'hours',
  'given',
  'required',
  'Draft',
  'Sent',
  'Opened',
  'Closed',
  'Convened',
  'Network',
  'Kind',
  'Notice',
  'present',
  'represented',
  'absent',
  'proxy',
  'Proxy',
  'holder',
  'Against',
  'Adopted',
  'Rejected',
  'Signatures given',
  'Nobody',
  'None',
  'General',
  'Statement',
  'Attendance',
  'Agenda',
  'own',
  'Page \\d+ of',
];

/** Every string the people wrote or the register holds (titles, messages, names): what is left are the PDF's own words. */
function userStrings(value: unknown): string[] {
  if (typeof value === 'string') return value.length >= 3 ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(userStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(userStrings);
  return [];
}

/** The text of a PDF as one line per page, wrapped lines joined again. */
const flat = (pdf: Buffer) => pdfPageTexts(pdf).map((page) => page.replace(/\s+/g, ' '));

describe('the minutes as a PDF people read', () => {
  const m = minutesAssembly();
  const { table, version, put, holdTheAssembly, closeTheAssembly } = m;
  let draft: MinutesVersionView;
  const pdfs = new Map<'fr' | 'en' | 'pt' | 'ru', Buffer>();
  const names = new Map<'fr' | 'en' | 'pt' | 'ru', string | null>();
  beforeAll(async () => {
    await holdTheAssembly();
    const { redis } = await closeTheAssembly();
    redis.disconnect();
    const first = await eventually(async () => {
      const response = await table().get(`/api/assemblies/${m.state.assemblyId}/minutes/1`);
      return response.status === 200 ? ((await response.json()) as MinutesVersionView) : undefined;
    }, 'the draft of the minutes');
    m.state.clock = opensAt + 2 * day;
    const edited = await put(table(), `/api/assemblies/${m.state.assemblyId}/minutes/1/statement`, {
      statement,
      revision: first.revision,
    });
    expect(edited.status, await edited.clone().text()).toBe(200);
    draft = await version(1);
    for (const language of ['fr', 'en', 'pt', 'ru'] as const) {
      const response = await table().get(`/api/assemblies/${m.state.assemblyId}/minutes/1.pdf?lang=${language}`);
      expect(response.status).toBe(200);
      names.set(language, response.headers.get('content-disposition'));
      pdfs.set(language, Buffer.from(await response.arrayBuffer()));
    }
  });

  it('prints the Markdown of messages and of the statement with type styles, never its marks', () => {
    for (const language of ['fr', 'en'] as const) {
      const pdf = pdfs.get(language)!;
      const text = flat(pdf).join(' ');
      expect(text).not.toContain('**');
      expect(text).not.toContain('](');
      expect(text).not.toContain('`');
      expect(text).not.toContain('###');
      expect(text).not.toContain('> Le Conseil');
      expect(text).toContain('Le Conseil l’a demandé.');
      expect(text).toContain('Le budget 2028 donne la priorité aux plateformes et aux échanges :');
      const runs = pdfRuns(pdf);
      const drawn = (words: string) => runs.find((run) => run.text.includes(words))?.font;
      expect(drawn('plateformes')).toBe('DejaVuSans-Bold');
      expect(drawn('échanges')).toBe('DejaVuSans-Oblique');
      expect(drawn('PMA Agadir')).toBe('DejaVuSansMono');
      expect(drawn('conforme')).toBe('DejaVuSans-Bold');
      const heading = runs.find((run) => run.text === 'Priorités')!;
      expect(heading.font).toBe('DejaVuSans-Bold');
      expect(heading.size).toBeGreaterThan(9.5);
      // The list keeps its bullets, the link its words (its address is the link's target, not printed).
      expect(runs.filter((run) => run.text === '•').length).toBeGreaterThanOrEqual(2);
      expect(text).not.toContain('https://brava.example.org');
      expect(pdf.toString('latin1')).toContain('/URI (https://brava.example.org)');
    }
  });

  it('lists the receipt hashes in small type in the last annex only, and the body says where they are', () => {
    const hashes = draft.content.items.flatMap((item) =>
      item.motions.flatMap((motion) => motion.receipts?.hashes ?? []),
    );
    expect(hashes.length).toBeGreaterThan(0);
    for (const language of ['fr', 'en'] as const) {
      const w = messages[language].translation.minutes;
      const pdf = pdfs.get(language)!;
      const pages = flat(pdf);
      const annex = pages.findIndex((page) => page.includes(w.receiptsAnnex));
      const certification = pages.findIndex((page) => page.includes(w.certification));
      const discussion = pages.findIndex((page) => page.includes(w.discussionAnnex));
      expect(annex).toBeGreaterThan(discussion);
      expect(certification).toBeGreaterThan(annex);
      const withHash = (page: string) => hashes.some((hash) => page.includes(hash));
      expect(pages.slice(0, annex).some(withHash)).toBe(false);
      expect(pages.slice(certification).some(withHash)).toBe(false);
      for (const hash of hashes) expect(pages.slice(annex, certification).join(' ')).toContain(hash);
      for (const run of pdfRuns(pdf).filter((entry) => hashes.some((hash) => entry.text.includes(hash))))
        expect(run.size).toBeLessThanOrEqual(6);
      // The body says how many were counted and where they are.
      for (const motion of draft.content.items.flatMap((item) => item.motions))
        expect(pages.slice(0, discussion).join(' ')).toContain(
          w.receiptsInAnnex.replace('{{count}}', String(motion.receipts!.hashes.length)),
        );
    }
  });

  it('prints the Belenios archive of the secret vote, with which anyone can check its count', () => {
    const secret = draft.content.items.flatMap((item) => item.motions).find((motion) => motion.secret)!;
    const { file, sha256 } = secret.archive!;
    expect(file).toMatch(/\.bel$/);
    expect(flat(pdfs.get('en')!).join(' ')).toContain(
      `Belenios archive ${file}, SHA-256 ${sha256}: anyone can check this count with belenios-tool.`,
    );
    expect(flat(pdfs.get('fr')!).join(' ')).toContain(
      `Archive Belenios ${file}, SHA-256 ${sha256} : chacun peut vérifier ce décompte avec belenios-tool.`,
    );
  });

  it('speaks French only in the French PDF, and numbers members as each language does', () => {
    const written = userStrings({ content: draft.content, statement: draft.statement }).sort(
      (a, b) => b.length - a.length,
    );
    let french = flat(pdfs.get('fr')!).join('\n');
    for (const string of written) french = french.split(string).join(' ');
    const found = english.filter((word) => new RegExp(`(^|[^\\p{L}])${word}(?![\\p{L}])`, 'u').test(french));
    expect(found).toEqual([]);
    // Times on the reference clock, its zone named in words, never as an identifier.
    expect(french).not.toContain('Europe/Brussels');
    expect(french).toContain('fuseau de référence, heure d’Europe centrale (UTC+1).');
    expect(french).toContain('13 mars 2027 à 10:00');
    expect(french).toContain('n° 57');
    const englishText = flat(pdfs.get('en')!).join(' ');
    expect(englishText).toContain('No. 57');
    expect(englishText).not.toContain('n°');
  });

  it('speaks Portuguese in the Portuguese PDF, and prints Russian letters in the Russian one', () => {
    const portuguese = flat(pdfs.get('pt')!).join(' ');
    expect(portuguese).toContain('Registo de presenças');
    expect(portuguese).toContain('13 de março de 2027, às 10:00');
    expect(portuguese).toContain('Hora da Europa Central (UTC+1)');
    expect(portuguese).toContain('N.º 57');
    expect(portuguese).toContain('40 dias dados; 28 dias exigidos');
    expect(portuguese).not.toContain('Register of attendance');
    expect(names.get('pt')).toContain('filename="TOGETHER-AGE-2027-03-13-ata-v1.pdf"');
    // The dates and the results' sentences in Cyrillic, drawn in a font that has the letters.
    const russian = flat(pdfs.get('ru')!).join(' ');
    expect(russian).toContain('13 марта 2027');
    expect(russian).toMatch(/Принято|Отклонено|Решение не принято/);
    expect(pdfRuns(pdfs.get('ru')!).find((run) => run.text.includes('марта'))?.font).toMatch(/^DejaVuSans/);
  });

  it('reads the notice given in days and hours', async () => {
    // 40 days before the opening; a calendar month from 1 February is 28 days.
    expect(flat(pdfs.get('fr')!).join(' ')).toContain('40 jours donnés ; 28 jours requis (1 mois calendaire(s)).');
    expect(flat(pdfs.get('en')!).join(' ')).toContain('40 days given; 28 days required (1 calendar month(s)).');
    // Sent 24 days and 23 hours before the opening (a shorter notice than a month).
    const sent = new Date(opensAt - 24 * day - 23 * hour).toISOString();
    const late: MinutesVersion = {
      ...draft,
      assemblyId: m.state.assemblyId,
      content: { ...draft.content, notice: { ...draft.content.notice, firstDispatchAt: sent, ok: false } },
    } as MinutesVersion;
    expect(flat(await minutesPdf(late, 'fr')).join(' ')).toContain('24 jours et 23 heures donnés');
    expect(flat(await minutesPdf(late, 'en')).join(' ')).toContain('24 days and 23 hours given');
  });

  it('marks a message posted by replying to an e-mail', async () => {
    const [first, ...rest] = draft.content.generalDiscussion;
    expect(first, 'a message of the general discussion').toBeDefined();
    expect(flat(pdfs.get('en')!).join(' ')).not.toContain('by e-mail');
    const byEmail: MinutesVersion = {
      ...draft,
      assemblyId: m.state.assemblyId,
      content: { ...draft.content, generalDiscussion: [{ ...first!, byEmail: true }, ...rest] },
    } as MinutesVersion;
    const head = `${first!.author}, `;
    expect(flat(await minutesPdf(byEmail, 'en')).join(' ')).toMatch(
      new RegExp(`#${first!.number} ${head}[^#]*— by e-mail`),
    );
    expect(flat(await minutesPdf(byEmail, 'fr')).join(' ')).toMatch(
      new RegExp(`n° ${first!.number} ${head}[^#]*— par e-mail`),
    );
  });

  it('is named as a person files it: network, kind, day of the opening, minutes, version', () => {
    expect(names.get('fr')).toBe(
      `attachment; filename="TOGETHER-AGE-2027-03-13-PV-v1.pdf"; filename*=UTF-8''TOGETHER-AGE-2027-03-13-PV-v1.pdf`,
    );
    expect(names.get('en')).toBe(
      `attachment; filename="TOGETHER-EGA-2027-03-13-minutes-v1.pdf"; filename*=UTF-8''TOGETHER-EGA-2027-03-13-minutes-v1.pdf`,
    );
  });

  it('renders its pages to look at (when pdftoppm is installed)', () => {
    const artifacts = new URL('../artifacts/', import.meta.url);
    mkdirSync(artifacts, { recursive: true });
    for (const [language, pdf] of pdfs) {
      const file = new URL(`minutes-${language}.pdf`, artifacts).pathname;
      writeFileSync(file, pdf);
      try {
        execFileSync('pdftoppm', ['-r', '70', '-png', file, new URL(`minutes-${language}`, artifacts).pathname]);
      } catch {
        // No renderer on this machine: the PDF itself stays in tests/artifacts/.
      }
    }
  });
});
