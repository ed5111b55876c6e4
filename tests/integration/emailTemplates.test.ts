import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import nodemailer from 'nodemailer';
import type { OutboxMessage } from '@shared/api/service';
import { languages } from '@shared/schemas/person';
import { renderEmail, type EmailRequest } from '../../server/mail/render';
import { startSmtpReceiver, type SmtpReceiver } from '../../jobs/mail/outboxReceiver';

const hostile = 'Ana <script>alert(1)</script> & "Co"';

/** One request per template, with data that would break a careless template. */
const samples: Array<Omit<EmailRequest, 'language'>> = [
  {
    to: 'ana@example.org',
    template: 'signIn',
    data: {
      name: hostile,
      link: 'https://agora.example.org/sign-in/complete#token=abc.def',
      expiresInMinutes: 20,
      networkName: 'TOGETHER',
    },
  },
  {
    to: 'ana@example.org',
    template: 'exclusionProposed',
    data: {
      name: hostile,
      organisation: 'Plateforme de Sibiu',
      memberNo: 31,
      ground: 'unmet_obligations',
      reasons: 'Line one.\nLine <two>.',
      proposedAt: '2026-11-21T10:00:00.000Z',
      earliestDecisionAt: '2026-12-21T10:00:00.000Z',
      timeZone: 'Atlantic/Cape_Verde',
      networkName: 'TOGETHER',
    },
  },
  {
    to: 'ana@example.org',
    template: 'convocation',
    data: {
      name: hostile,
      organisation: 'CRP Brava',
      memberNo: 57,
      voting: true,
      title: 'Spring <assembly>',
      kind: 'ordinary',
      opensAt: '2027-03-12T09:00:00.000Z',
      closesAt: '2027-03-13T09:00:00.000Z',
      timeZone: 'Atlantic/Cape_Verde',
      referenceTimeZone: 'Europe/Brussels',
      agenda: [
        {
          title: 'Accounts',
          kind: 'ordinary_decision',
          description: 'The accounts of 2026.',
          documents: [{ name: 'accounts.pdf', link: 'https://agora.example.org/a/1#token=x&document=d1' }],
        },
      ],
      link: 'https://agora.example.org/assemblies/a1/join#token=x',
      convenedBy: 'Giusto Maniscalchi',
      update: false,
      networkName: 'TOGETHER',
    },
  },
  {
    to: 'ana@example.org',
    template: 'assemblyNotice',
    data: {
      notice: 'cancelled',
      name: hostile,
      title: 'Spring assembly',
      opensAt: '2027-03-12T09:00:00.000Z',
      closesAt: '2027-03-13T09:00:00.000Z',
      timeZone: 'Africa/Casablanca',
      link: 'https://agora.example.org/assemblies/a1/join#token=x',
      reason: 'The International Meeting moved.',
      networkName: 'TOGETHER',
    },
  },
  {
    to: 'ana@example.org',
    template: 'proxyReceived',
    data: {
      name: hostile,
      grantor: 'CRP Brava',
      grantorMemberNo: 57,
      holder: 'Agadir',
      title: 'Spring assembly',
      opensAt: '2027-03-12T09:00:00.000Z',
      closesAt: '2027-03-13T09:00:00.000Z',
      timeZone: 'Africa/Casablanca',
      link: 'https://agora.example.org/assemblies/a1/join#token=x',
      networkName: 'TOGETHER',
    },
  },
  {
    to: 'ana@example.org',
    template: 'admissionDecided',
    data: {
      name: hostile,
      organisation: 'Plateforme de Dakar',
      approved: false,
      reason: 'Not a territory.',
      networkName: 'TOGETHER',
    },
  },
];

describe('every e-mail template, rendered and sent for real', () => {
  let receiver: SmtpReceiver;
  const received: Array<Omit<OutboxMessage, 'id'>> = [];
  beforeAll(async () => {
    receiver = await startSmtpReceiver(async (message) => {
      received.push(message);
    });
  });
  afterAll(() => receiver?.close());

  const cases = samples.flatMap((sample) =>
    languages.map((language) => [sample.template, language, { ...sample, language } as EmailRequest] as const),
  );

  it.each(cases)('%s in %s', async (_template, language, request) => {
    const rendered = renderEmail(request);
    const transport = nodemailer.createTransport(receiver.url);
    await transport.sendMail({ from: 'agora@localhost', to: request.to, ...rendered });
    transport.close();
    const message = received.at(-1)!;
    expect(message.subject).toBe(rendered.subject);
    expect(message.subject.length).toBeGreaterThan(10);
    expect(message.text).toContain(language === 'fr' ? 'Bonjour' : 'Hello');
    expect(message.text).toContain(hostile);
    for (const part of [message.subject, message.text, message.html ?? '']) {
      expect(part).not.toMatch(/undefined|\[object|NaN|\{\{/);
    }
    expect(message.html).toContain(`<html lang="${language}">`);
    expect(message.html).not.toContain('<script>');
    expect(message.html).toContain('&#60;script&#62;');
  });

  it('gives the convocation window in the reader zone and in the reference zone', () => {
    const convocation = samples.find((sample) => sample.template === 'convocation') as EmailRequest;
    const text = renderEmail({ ...convocation, language: 'en' }).text;
    expect(text).toContain('opens  12 March 2027 at 08:00, Cape Verde Standard Time (UTC−1)');
    expect(text).toContain(
      '(12 March 2027 at 10:00, Central European Time (UTC+1) to 13 March 2027 at 10:00, Central European Time (UTC+1))',
    );
  });

  it('writes dates in the reader own time zone and language', () => {
    const en = renderEmail({ ...(samples[1] as EmailRequest), language: 'en' });
    const fr = renderEmail({ ...(samples[1] as EmailRequest), language: 'fr' });
    expect(en?.text).toContain('21 December 2026 at 09:00, Cape Verde Standard Time (UTC−1)');
    expect(fr?.text).toContain('21 décembre 2026 à 09:00, heure normale du Cap-Vert (UTC−1)');
  });
});

describe('the calendar invitation of a convocation', () => {
  it('holds the exact 24-hour window in UTC, with an escaped title', async () => {
    const { assemblyInvitation } = await import('../../server/mail/calendar');
    const ics = assemblyInvitation({
      uid: 'a1@agora',
      sequence: 2,
      title: 'Spring assembly; budget, accounts',
      description: 'TOGETHER',
      url: 'https://agora.example.org/assemblies/a1',
      opensAt: '2026-10-24T10:00:00.000Z',
      closesAt: '2026-10-25T10:00:00.000Z',
      stamp: '2026-10-01T08:00:00.000Z',
    });
    expect(ics).toContain('DTSTART:20261024T100000Z\r\n');
    expect(ics).toContain('DTEND:20261025T100000Z\r\n');
    expect(ics).toContain('SEQUENCE:2\r\n');
    expect(ics).toContain('SUMMARY:Spring assembly\\; budget\\, accounts\r\n');
    expect(ics.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
  });

  it('folds a long line of accented words at 75 octets without cutting a character, and unfolds to the same text', async () => {
    const { assemblyInvitation } = await import('../../server/mail/calendar');
    const title =
      'Assemblée générale extraordinaire: révision des statuts, élection du Comité de direction et approbation des comptes';
    const ics = assemblyInvitation({
      uid: 'a2@agora',
      sequence: 1,
      title,
      description: 'TOGETHER',
      url: `https://agora.example.org/assemblies/a2/join#token=${'é'.repeat(3)}${'x'.repeat(200)}`,
      opensAt: '2026-10-24T10:00:00.000Z',
      closesAt: '2026-10-25T10:00:00.000Z',
      stamp: '2026-10-01T08:00:00.000Z',
    });
    const lines = ics.split('\r\n');
    expect(lines.every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    expect(ics).not.toContain('\uFFFD');
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain(`SUMMARY:${title.replace(',', '\\,')}\r\n`);
    expect(unfolded).toContain(`URL:https://agora.example.org/assemblies/a2/join#token=ééé${'x'.repeat(200)}\r\n`);
  });
});
