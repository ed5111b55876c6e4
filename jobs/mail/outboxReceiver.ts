import { SMTPServer } from 'smtp-server';
import { simpleParser, type AddressObject } from 'mailparser';
import type { OutboxMessage } from '@shared/api/service';
import { freePort } from '../../server/process/freePort';

export interface SmtpReceiver {
  port: number;
  url: string;
  close(): Promise<void>;
}

/** A file attached to a received message, as it arrived. */
export interface ReceivedAttachment {
  filename: string;
  contentType: string;
  content: Buffer;
}

/**
 * A local SMTP server that accepts every message and hands it, parsed, to `onMessage` (its
 * attachments apart). It is the built-in outbox when no relay is configured, and the receiver
 * tests and benchmarks send to. A message is acknowledged to the sender only after `onMessage`
 * has stored it.
 */
export async function startSmtpReceiver(
  onMessage: (
    message: Omit<OutboxMessage, 'id'>,
    messageId: string | null,
    attachments: ReceivedAttachment[],
  ) => Promise<void>,
  options: { port?: number; refuse?: (address: string) => { code: number; message: string } | null } = {},
): Promise<SmtpReceiver> {
  const port = options.port ?? (await freePort());
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    size: 30 * 1024 * 1024,
    onRcptTo(address, _session, callback) {
      const refusal = options.refuse?.(address.address.toLowerCase());
      if (refusal) return callback(Object.assign(new Error(refusal.message), { responseCode: refusal.code }));
      callback();
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then(async (parsed) => {
          await onMessage(
            {
              receivedAt: new Date().toISOString(),
              from: parsed.from?.text ?? session.envelope.mailFrom?.toString() ?? '',
              to:
                addresses(parsed.to).length > 0
                  ? addresses(parsed.to)
                  : session.envelope.rcptTo.map((rcpt) => rcpt.address),
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              html: typeof parsed.html === 'string' ? parsed.html : null,
            },
            parsed.messageId ?? null,
            parsed.attachments.map((attachment) => ({
              filename: attachment.filename ?? '',
              contentType: attachment.contentType,
              content: attachment.content,
            })),
          );
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const list = Array.isArray(field) ? field : field ? [field] : [];
  return list.flatMap((entry) => entry.value.map((address) => address.address ?? '')).filter(Boolean);
}
