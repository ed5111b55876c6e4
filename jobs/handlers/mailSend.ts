import type { MailTransport } from '../mail/transport';
import { renderEmail, type EmailAttachment, type EmailRequest } from '../emails/render';

/** A file made for an e-mail, as the transport attaches it. */
export interface MadeAttachment {
  filename: string;
  content: Buffer;
  contentType: string;
}

/**
 * Renders an e-mail in its recipient's language, makes the files it names, and hands it to the
 * mail transport.
 */
export async function sendEmail(
  deps: { mail: MailTransport; attachments?: (attachment: EmailAttachment) => Promise<MadeAttachment> },
  request: EmailRequest,
): Promise<{ messageId: string }> {
  const rendered = renderEmail(request);
  const wanted = request.attachments ?? [];
  if (wanted.length > 0 && !deps.attachments) throw new Error(`the e-mail to ${request.to} names ${wanted.length} attachment(s), and nothing here can make them`);
  const attachments = await Promise.all(wanted.map((attachment) => deps.attachments!(attachment)));
  const info = await deps.mail.transporter.sendMail({ to: request.to, ...rendered, ...(attachments.length > 0 ? { attachments } : {}) });
  return { messageId: info.messageId };
}
