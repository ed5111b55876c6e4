import { createHash } from 'node:crypto';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';
import type { MailReplyJob } from '../../server/queue/payloads';
import { replyTokenOf } from '../../server/mail/replyAddress';

export interface InboundReceiver {
  port: number;
  url: string;
  close(): Promise<void>;
}

/** A reply is text: anything larger is refused by SMTP before it is read. */
const maxMessageBytes = 2 * 1024 * 1024;

/**
 * Agora's own SMTP receiver for replies by e-mail. It takes only reply addresses of its domain
 * (anything else is refused at RCPT: it relays nothing), parses each message and hands one reply
 * per reply address to `store` (which queues it); SMTP hears 250 only once that is done, so a crash
 * loses no reply: the sending server keeps it and tries again.
 */
export async function startInboundReceiver(options: {
  host: string;
  port: number;
  domain: string;
  store: (reply: MailReplyJob) => Promise<void>;
}): Promise<InboundReceiver> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    size: maxMessageBytes,
    banner: 'Agora replies',
    onRcptTo(address, _session, callback) {
      if (replyTokenOf(address.address, options.domain)) return callback();
      callback(
        Object.assign(new Error('No such mailbox here: only reply addresses are received'), { responseCode: 550 }),
      );
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then(async (parsed) => {
          if (stream.sizeExceeded)
            throw Object.assign(new Error('Message too large for a reply'), { responseCode: 552 });
          // mailparser makes the text of an HTML-only message itself.
          const text = parsed.text ?? '';
          const from = parsed.from?.value[0]?.address ?? session.envelope.mailFrom?.toString() ?? '';
          const id =
            parsed.messageId ??
            createHash('sha256').update(`${from}\n${parsed.date?.toISOString()}\n${text}`).digest('hex');
          for (const rcpt of session.envelope.rcptTo) {
            await options.store({
              recipient: rcpt.address,
              from,
              subject: parsed.subject ?? '',
              text,
              key: `${id} ${rcpt.address}`,
              receivedAt: new Date().toISOString(),
            });
          }
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    port,
    url: `smtp://${options.host === '0.0.0.0' ? '127.0.0.1' : options.host}:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
