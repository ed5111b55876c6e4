import { messages } from '@shared/i18n';
import { minutesMemberName } from '@shared/rules/minutesMembers';
import type { MinutesMember } from '@shared/schemas/minutesMember';
import type { MinutesVersion } from '@shared/schemas/minutesApproval';
import type { Language } from '@shared/schemas/person';
import { agoraPdf } from '../document';
import { numberPages, writeCertification, writeDiscussion } from './closing';
import { writeDecisions } from './decisions';
import { writeReceipts } from './receipts';
import type { MinutesDocument } from './document';
import { minutesPage } from './layout';
import { writeAttendance, writeOpening } from './opening';
import { fill, minutesDate, minutesInstant } from './words';

/**
 * The minutes as a PDF to download, print and keep, in one language: the title, the register of
 * attendance and the results with headings and aligned tables, the discussion as an annex, and on
 * the last pages the receipt hashes in small type, then the statement, the signatures, the digest and the audit trail's head. Every page
 * is numbered.
 */
export function minutesPdf(minutes: MinutesVersion, language: Language): Promise<Buffer> {
  const m = messages[language].translation;
  const w = m.minutes;
  const { content } = minutes;
  const zone = content.assembly.referenceTimeZone;
  const when = (iso: string) => minutesInstant(iso, w.at, language, zone);
  const short = (iso: string) => minutesDate(iso, language, zone);
  const member = (ref: MinutesMember) =>
    minutesMemberName(ref, (memberNo, organisation) => fill(w.memberLine, { memberNo, organisation }));
  const status = minutes.publishedAt ? '' : ` — ${w.status.draft}`;
  const title = `${w.heading} — ${content.assembly.title}`;

  const { pdf, done } = agoraPdf({
    bufferPages: true,
    info: {
      Title: title,
      Subject: `${w.version.replace('{{version}}', String(minutes.version))}${status}`,
      Author: content.networkName,
      Creator: 'Agora',
      CreationDate: new Date(minutes.publishedAt ?? minutes.draftedAt),
    },
  });
  const doc: MinutesDocument = {
    ...minutesPage(pdf, w.nobody),
    minutes,
    content,
    language,
    m,
    w,
    zone,
    when,
    short,
    member,
    status,
  };
  writeOpening(doc);
  writeAttendance(doc);
  writeDecisions(doc);
  writeDiscussion(doc);
  writeReceipts(doc);
  writeCertification(doc);
  numberPages(doc);
  pdf.end();
  return done;
}
