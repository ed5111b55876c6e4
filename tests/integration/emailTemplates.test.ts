import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import nodemailer from 'nodemailer';
import type { OutboxMessage } from '@shared/api';
import { languages } from '@shared/schemas/person';
import { renderEmail, type EmailRequest } from '../../jobs/emails/render';
import { startSmtpReceiver, type SmtpReceiver } from '../../jobs/mail/outboxReceiver';

const hostile = 'Ana <script>alert(1)</script> & "Co"';

/** One request per template, with data that would break a careless template. */
const samples: Array<Omit<EmailRequest, 'language'>> = [
  { to: 'ana@example.org', template: 'signIn', data: { name: hostile, link: 'https://agora.example.org/sign-in/complete#token=abc.def', expiresInMinutes: 20, networkName: 'TOGETHER' } },
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
  { to: 'ana@example.org', template: 'admissionDecided', data: { name: hostile, organisation: 'Plateforme de Dakar', approved: false, reason: 'Not a territory.', networkName: 'TOGETHER' } },
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

  const cases = samples.flatMap((sample) => languages.map((language) => [sample.template, language, { ...sample, language } as EmailRequest] as const));

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

  it('writes dates in the reader own time zone and language', () => {
    const en = renderEmail({ ...(samples[1] as EmailRequest), language: 'en' });
    const fr = renderEmail({ ...(samples[1] as EmailRequest), language: 'fr' });
    expect(en?.text).toContain('21 December 2026 at 09:00 (Atlantic/Cape_Verde)');
    expect(fr?.text).toContain('21 décembre 2026 à 09:00 (Atlantic/Cape_Verde)');
  });
});
