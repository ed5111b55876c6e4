import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutboxMessage } from '@shared/api/service';
import type { MeResponse } from '@shared/api/session';
import { renderEmail } from '../../server/mail/render';
import { printableConvocations } from '../../server/pdf/printableConvocations';
import { pdfPageTexts, pdfRuns } from './pdf';
import { startPlatform, TestClient } from './support';

const day = 86_400_000;
// Ekaterina represents the Russian members, Samuel those of Cape Verde, Aura one member in Europe.
const ekaterina = 'ekaterina.smoroda@example.org';
const samuel = 'samuel.thirion@example.org';

describe('e-mails in each person’s language, and as plain text for who asks', () => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let table: TestClient;
  const mails = new Map<string, OutboxMessage>();

  const setProfile = async (client: TestClient, update: Record<string, unknown>) => {
    const response = await client.request('PATCH', '/api/me', update);
    expect(response.status, await response.clone().text()).toBe(200);
    return (await response.json()) as MeResponse;
  };

  beforeAll(async () => {
    platform = await startPlatform();
    table = await platform.client().signIn('giusto.maniscalchi@example.org');
    const portuguese = await setProfile(await platform.client().signIn(samuel), { language: 'pt' });
    expect(portuguese.person.language).toBe('pt');
    const plain = await setProfile(await platform.client().signIn(ekaterina), { plainTextMail: true });
    expect(plain.person.plainTextMail).toBe(true);

    const before = await table.outboxCount();
    const { assembly } = await table.convenedAssembly('Spring ordinary assembly', Date.now() + 16 * day, [
      'Accounts of 2026',
    ]);
    await table.convocationsSent(assembly.id, 108, 60_000);
    for (const email of [samuel, ekaterina, 'aura.hazota@example.org'])
      mails.set(email, await table.mailTo(email, before, /Spring ordinary assembly/));
  }, 120_000);
  afterAll(async () => platform?.close());

  it('sends a Portuguese convocation to a person who chose Portuguese: subject and body', () => {
    const mail = mails.get(samuel)!;
    expect(mail.subject).toBe('Convocatória: Spring ordinary assembly — TOGETHER');
    expect(mail.text).toMatch(/^Olá Samuel Thirion,/);
    expect(mail.text).toContain('para a assembleia geral ordinária «Spring ordinary assembly»');
    expect(mail.text).toContain('Ordem de trabalhos:');
    expect(mail.text).toContain('1. Accounts of 2026 (decisão)');
    expect(mail.text).toMatch(/abertura +\d+ de \w+ de \d{4}, às \d\d:\d\d, /);
    for (const english of ['Hello', 'Agenda', 'convenes', 'personal link']) expect(mail.text).not.toContain(english);
    expect(mail.html).toContain('lang="pt"');
    expect(mail.html).toContain('Abrir a assembleia');
  });

  it('sends the convocation as plain text alone, with no HTML part, to a person who chose plain text', () => {
    const mail = mails.get(ekaterina)!;
    expect(mail.html).toBeNull();
    // Nothing is lost: the text carries the window, the agenda and the personal link.
    expect(mail.subject).toBe('Convocation: Spring ordinary assembly — TOGETHER');
    expect(mail.text).toContain('1. Accounts of 2026 (decision)');
    expect(mail.text).toMatch(/\/join#token=/);
  });

  it('keeps the HTML part for the others', () => {
    expect(mails.get('aura.hazota@example.org')!.html).toContain('<html lang="en">');
  });
});

describe('the printed convocation in Portuguese and Russian', () => {
  it('prints each letter in its representative’s language, accents and Cyrillic letters included', async () => {
    const letter = (language: 'pt' | 'ru', name: string) => ({
      recipient: name,
      address: 'Praia, Cabo Verde',
      convocation: renderEmail({
        to: 'x@example.org',
        language,
        template: 'convocation',
        data: {
          name,
          members: [{ organisation: 'Câmara Municipal do Sal', memberNo: 14, voting: true }],
          title: 'Assembleia de primavera',
          kind: 'ordinary',
          opensAt: '2027-03-13T10:00:00Z',
          closesAt: '2027-03-14T10:00:00Z',
          timeZone: language === 'pt' ? 'Atlantic/Cape_Verde' : 'Europe/Moscow',
          referenceTimeZone: 'Europe/Brussels',
          agenda: [{ title: 'Contas de 2026', kind: 'ordinary_decision', description: '', documents: [] }],
          link: 'https://agora.example.org/assemblies/a1/join#token=x',
          convenedBy: 'Giusto Maniscalchi',
          update: false,
          networkName: 'TOGETHER',
        },
      }),
    });
    const pdf = await printableConvocations(
      [letter('pt', 'João Gonçalves'), letter('ru', 'Екатерина Смородина')],
      'TOGETHER',
    );
    const [portuguese, russian] = pdfPageTexts(pdf).map((page) => page.replace(/\s+/g, ' '));
    expect(portuguese).toContain('Convocatória: Assembleia de primavera');
    expect(portuguese).toContain('Olá João Gonçalves,');
    expect(portuguese).toContain('13 de março de 2027, às 09:00, Hora padrão de Cabo Verde (UTC−1)');
    expect(russian).toContain('Приглашение на собрание: Assembleia de primavera');
    expect(russian).toContain('13 марта 2027 г. в 13:00, Москва, стандартное время (UTC+3)');
    expect(pdfRuns(pdf).find((run) => run.text.includes('Повестка'))?.font).toMatch(/^DejaVuSans/);
  });
});
