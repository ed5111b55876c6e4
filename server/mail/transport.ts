import type { Transporter } from 'nodemailer';

/** The way mail leaves Agora, as the worker opens it (jobs/mail/transport.ts) and the sending commands use it. */
export interface MailTransport {
  transporter: Transporter;
  mode: 'outbox' | 'relay';
  /** Where the built-in outbox listens for SMTP, when it is the one in use. */
  outboxUrl: string | null;
  close(): Promise<void>;
}
