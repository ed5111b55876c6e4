import nodemailer from 'nodemailer';
import type { Config } from '../../server/config';
import type { MailTransport } from '../../server/mail/transport';
import type { OutboxStore } from '../../server/store/outbox';
import { startSmtpReceiver, type SmtpReceiver } from './outboxReceiver';

/**
 * The way mail leaves Agora: through the relay at SMTP_URL, or, when none is set, through real
 * SMTP to the built-in receiver whose messages are shown at /outbox.
 */
export async function createMailTransport(config: Config, outbox: OutboxStore): Promise<MailTransport> {
  let receiver: SmtpReceiver | null = null;
  let url = config.SMTP_URL;
  if (!url) {
    receiver = await startSmtpReceiver(async (message, messageId) => {
      await outbox.add(message, messageId);
    });
    url = receiver.url;
  }
  // Pooled: a handful of SMTP connections reused for every message, as a bulk sender should.
  const transporter = nodemailer.createTransport(
    { url, pool: true, maxConnections: 5, maxMessages: Infinity },
    { from: config.MAIL_FROM },
  );
  return {
    transporter,
    mode: receiver ? 'outbox' : 'relay',
    outboxUrl: receiver?.url ?? null,
    async close() {
      transporter.close();
      await receiver?.close();
    },
  };
}
