import { createHash } from 'node:crypto';
import type { MailTransport } from '../../server/mail/transport';
import { emailParts, type EmailAttachment, type EmailRequest, type MadeAttachment } from '../../server/mail/render';

/** The Message-ID of a job's e-mail: the same on every attempt, so a mailbox keeps one copy of an e-mail sent again after a crash. */
export function jobMessageId(jobKey: string): string {
  return `<mail.${createHash('sha256').update(jobKey).digest('hex').slice(0, 32)}@agora>`;
}

/**
 * Renders an e-mail in its recipient's language, makes the files it names, and hands it to the
 * mail transport (with `messageId` when given).
 */
export async function sendEmail(
  deps: { mail: MailTransport; attachments?: (attachment: EmailAttachment) => Promise<MadeAttachment> },
  request: EmailRequest,
  messageId?: string,
): Promise<{ messageId: string }> {
  const rendered = emailParts(request);
  const wanted = request.attachments ?? [];
  if (wanted.length > 0 && !deps.attachments)
    throw new Error(`the e-mail to ${request.to} names ${wanted.length} attachment(s), and nothing here can make them`);
  const attachments = await Promise.all(wanted.map((attachment) => deps.attachments!(attachment)));
  const info = await deps.mail.transporter.sendMail({
    to: request.to,
    ...rendered,
    ...(messageId ? { messageId } : {}),
    ...(request.replyTo ? { replyTo: request.replyTo } : {}),
    ...(attachments.length > 0 ? { attachments } : {}),
  });
  return { messageId: info.messageId };
}
