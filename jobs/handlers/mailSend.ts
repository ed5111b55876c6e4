import type { MailTransport } from '../mail/transport';
import { renderEmail, type EmailRequest } from '../emails/render';

/** Renders an e-mail in its recipient's language and hands it to the mail transport. */
export async function sendEmail(deps: { mail: MailTransport }, request: EmailRequest): Promise<{ messageId: string }> {
  const rendered = renderEmail(request);
  const info = await deps.mail.transporter.sendMail({ to: request.to, ...rendered });
  return { messageId: info.messageId };
}
