import type { MailStatusStore } from '../../server/store/mailStatus';
import type { MailTransport } from '../../server/mail/transport';

/** Checks the mail transport answers, and records the verdict for /api/health. */
export async function verifyMail(deps: {
  mail: MailTransport;
  mailStatus: MailStatusStore;
  now: () => Date;
}): Promise<void> {
  const checkedAt = deps.now().toISOString();
  try {
    await deps.mail.transporter.verify();
    await deps.mailStatus.record({ ok: true, mode: deps.mail.mode, checkedAt });
  } catch (error) {
    await deps.mailStatus.record({ ok: false, mode: deps.mail.mode, checkedAt, message: (error as Error).message });
  }
}
