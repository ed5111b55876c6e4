import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import nodemailer from 'nodemailer';
import type { OutboxMessage } from '@shared/api/service';
import { languages } from '@shared/schemas/person';
import { renderEmail, type EmailRequest } from '../../server/mail/render';
import { startSmtpReceiver, type SmtpReceiver } from '../../jobs/mail/outboxReceiver';

const hostile = 'Ana <script>alert(1)</script> & "Co"';

/** How each language's e-mails greet their reader. */
const greeting = { en: 'Hello', fr: 'Bonjour', pt: 'Olá', ru: 'Здравствуйте' } as const;

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
      members: [
        { organisation: 'CRP Brava', memberNo: 57, voting: true },
        { organisation: 'Plate-forme <Fogo>', memberNo: 58, voting: false },
      ],
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
      members: [{ organisation: 'CRP Brava', memberNo: 57 }],
    },
  },
  {
    to: 'ana@example.org',
    template: 'assemblyNotice',
    data: {
      notice: 'votes_opened',
      name: hostile,
      title: 'Spring assembly',
      opensAt: '2027-03-12T09:00:00.000Z',
      closesAt: '2027-03-13T09:00:00.000Z',
      timeZone: 'Africa/Casablanca',
      link: 'https://agora.example.org/assemblies/a1/join#token=x',
      reason: '',
      networkName: 'TOGETHER',
      members: [
        { organisation: 'CRP Brava', memberNo: 57 },
        { organisation: 'Plate-forme <Fogo>', memberNo: 58 },
      ],
      waiting: [
        { title: 'Accounts <2026>', members: 2 },
        { title: 'Budget 2027', members: 1 },
      ],
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
  {
    to: 'ana@example.org',
    template: 'roomMail',
    replyTo: 'reply+p1.a1.iBudget.abc.sig@reply.agora.example.org',
    data: {
      kind: 'message',
      name: hostile,
      title: 'Spring <assembly>',
      sentAt: '2027-03-12T10:00:00.000Z',
      closesAt: '2027-03-13T09:00:00.000Z',
      timeZone: 'Africa/Casablanca',
      link: 'https://agora.example.org/assemblies/a1/join#token=x',
      profileLink: 'https://agora.example.org/me',
      networkName: 'TOGETHER',
      digestHours: 4,
      members: [{ organisation: 'Agadir', memberNo: 68, voting: true }],
      threads: [
        {
          title: 'Budget <2027>',
          replyAddress: 'reply+p1.a1.iBudget.abc.sig@reply.agora.example.org',
          messages: [{ author: hostile, postedAt: '2027-03-12T09:30:00.000Z', body: 'I agree <b>.', byEmail: true }],
        },
      ],
      waiting: [],
    },
  },
  {
    to: 'ana@example.org',
    template: 'roomMail',
    data: {
      kind: 'digest',
      name: hostile,
      title: 'Spring assembly',
      sentAt: '2027-03-12T13:00:00.000Z',
      closesAt: '2027-03-13T09:00:00.000Z',
      timeZone: 'Africa/Casablanca',
      link: 'https://agora.example.org/assemblies/a1/join#token=x',
      profileLink: 'https://agora.example.org/me',
      networkName: 'TOGETHER',
      digestHours: 4,
      members: [
        { organisation: 'Agadir', memberNo: 68, voting: true },
        { organisation: 'Tiznit', memberNo: 69, voting: true },
      ],
      threads: [
        {
          title: null,
          replyAddress: 'reply+p1.a1.general.abc.sig@reply.agora.example.org',
          messages: [
            { author: 'Carine', postedAt: '2027-03-12T10:00:00.000Z', body: 'x'.repeat(1500), byEmail: false },
          ],
        },
        {
          title: 'Budget 2027',
          replyAddress: 'reply+p1.a1.iBudget.abc.sig@reply.agora.example.org',
          messages: [{ author: 'Lhoussaine', postedAt: '2027-03-12T11:00:00.000Z', body: 'For.', byEmail: true }],
        },
      ],
      waiting: [{ title: 'Budget 2027', members: 2 }],
    },
  },
  {
    to: 'ana@example.org',
    template: 'replyRefused',
    data: {
      name: hostile,
      reason: 'window_closed',
      title: 'Spring <assembly>',
      opensAt: '2027-03-12T09:00:00.000Z',
      closesAt: '2027-03-13T09:00:00.000Z',
      timeZone: 'Africa/Casablanca',
      seconds: 0,
      subject: 'Budget <2027>',
      link: 'https://agora.example.org/assemblies/a1/join#token=x',
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
    expect(message.text).toContain(greeting[language]);
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

  it('names every member a person represents in their one convocation, saying which one does not vote', () => {
    const convocation = samples.find((sample) => sample.template === 'convocation') as EmailRequest;
    const en = renderEmail({ ...convocation, language: 'en' });
    expect(en.text).toContain('For the 2 members you represent:');
    expect(en.text).toContain('  - CRP Brava (member no. 57)\n');
    expect(en.text).toContain('  - Plate-forme <Fogo> (member no. 58) — takes part in the discussion, does not vote');
    expect(en.html).toContain('<li>Plate-forme &#60;Fogo&#62; (member no. 58)');
    const fr = renderEmail({ ...convocation, language: 'fr' });
    expect(fr.text).toContain('Pour les 2 membres que vous représentez :');
    expect(fr.text).toContain('  - Plate-forme <Fogo> (membre n° 58) — prend part aux discussions, ne vote pas');
  });

  it('lists the votes opened that wait for the person, with how many of their members still vote', () => {
    const opened = samples.find(
      (sample) =>
        sample.template === 'assemblyNotice' && 'notice' in sample.data && sample.data.notice === 'votes_opened',
    ) as EmailRequest;
    const en = renderEmail({ ...opened, language: 'en' });
    expect(en.subject).toBe('Spring assembly — 2 votes are open (TOGETHER)');
    expect(en.text).toContain(
      'The 2 votes waiting for you:\n  - Accounts <2026> — 2 members to vote for\n  - Budget 2027 — 1 member to vote for',
    );
    const fr = renderEmail({ ...opened, language: 'fr' });
    expect(fr.subject).toBe('Spring assembly — 2 votes sont ouverts (TOGETHER)');
    expect(fr.text).toContain('Les 2 votes qui vous attendent :');
  });

  it('gives the digest each thread with its reply address, a long message cut, the votes waiting and the time left', () => {
    const digest = samples.find(
      (sample) => sample.template === 'roomMail' && 'kind' in sample.data && sample.data.kind === 'digest',
    )!;
    const en = renderEmail({ ...digest, language: 'en' } as EmailRequest);
    expect(en.subject).toBe('Spring assembly — 2 new messages (TOGETHER)');
    expect(en.text).toContain('The room is open for 20 h 0 min more');
    expect(en.text).toContain('== General discussion ==');
    expect(en.text).toContain('Answer in this thread: write to reply+p1.a1.general.abc.sig@reply.agora.example.org');
    expect(en.text).toContain('Answer in this thread: write to reply+p1.a1.iBudget.abc.sig@reply.agora.example.org');
    expect(en.text).toContain(`${'x'.repeat(1200)}…`);
    expect(en.text).not.toContain('x'.repeat(1201));
    expect(en.text).toContain('Lhoussaine, 12 March 2027 at 11:00, Morocco Time (UTC) (by e-mail):');
    expect(en.text).toContain('Budget 2027 — 2 members to vote for');
    expect(en.text).toContain('You receive a digest of the room every 4 hours while it is open.');
    const fr = renderEmail({ ...digest, language: 'fr' } as EmailRequest);
    expect(fr.text).toContain('La salle est encore ouverte 20 h 0 min');
    expect(fr.text).toContain('(par e-mail) :');
    const pt = renderEmail({ ...digest, language: 'pt' } as EmailRequest);
    expect(pt.subject).toBe('Spring assembly — 2 novas mensagens (TOGETHER)');
    expect(pt.text).toContain('A sala continua aberta durante mais 20 h 0 min, até 13 de março de 2027, às ');
    expect(pt.text).toContain('== Discussão geral ==');
    expect(pt.text).toContain('(por e-mail):');
    expect(pt.text).toContain('Recebe um resumo da sala de 4 em 4 horas enquanto está aberta.');
    const ru = renderEmail({ ...digest, language: 'ru' } as EmailRequest);
    expect(ru.subject).toBe('Spring assembly — 2 новых сообщения (TOGETHER)');
    expect(ru.text).toContain('Зал открыт ещё 20 ч 0 мин, до 13 марта 2027 г. в ');
    expect(ru.text).toContain('Budget 2027 — за 2 участников ещё нужно проголосовать');
    expect(ru.text).toContain('Пока зал открыт, Вы получаете его сводку раз в 4 часа.');
  });

  it('says why a reply by e-mail was not posted in Portuguese and Russian, with the close in the reader zone', () => {
    const refused = samples.find((sample) => sample.template === 'replyRefused') as EmailRequest;
    const pt = renderEmail({ ...refused, language: 'pt' });
    expect(pt.subject).toBe('Não publicada: Budget <2027> (TOGETHER)');
    expect(pt.text).toContain('A sala encerrou a 13 de março de 2027, às ');
    expect(pt.text).toContain('A sala: https://agora.example.org/assemblies/a1/join#token=x');
    const ru = renderEmail({ ...refused, language: 'ru' });
    expect(ru.subject).toBe('Не опубликовано: Budget <2027> (TOGETHER)');
    expect(ru.text).toContain('Зал закрылся 13 марта 2027 г. в ');
    expect(ru.text).toContain('Ничего не опубликовано.');
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
