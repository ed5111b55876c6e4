import type { RenderedEmail } from '../mail/renderedEmail';
import { agoraPdf } from './document';

/** One printed letter: who it goes to, and the convocation as the e-mail says it. */
export interface PrintableLetter {
  recipient: string;
  address: string;
  convocation: RenderedEmail;
}

/**
 * The convocation as a letter to print, for a member who must receive it by post or by hand: one
 * page (or more) per member, the same words as its e-mail, in its representative's language.
 */
export function printableConvocations(letters: PrintableLetter[], networkName: string): Promise<Buffer> {
  const { pdf, done } = agoraPdf({
    autoFirstPage: false,
    info: { Title: `${networkName} — convocation`, Creator: 'Agora' },
  });
  for (const letter of letters) {
    pdf.addPage();
    pdf.font('bold').fontSize(10).fillColor('#4a5565').text(networkName, { align: 'right' });
    pdf.moveDown(2);
    pdf.font('body').fontSize(11).fillColor('#1d2430').text(letter.recipient);
    pdf.text(letter.address);
    pdf.moveDown(2);
    pdf.font('bold').fontSize(14).text(letter.convocation.subject);
    pdf.moveDown();
    pdf.font('body').fontSize(10.5).text(letter.convocation.text, { lineGap: 2 });
  }
  pdf.end();
  return done;
}
