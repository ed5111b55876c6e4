import { minutesSpeakers } from '@shared/rules/minutesMembers';
import { currentApprovals } from '@shared/rules/minutesApproval';
import type { MinutesMessage } from '@shared/schemas/minutes';
import { grey } from './layout';
import type { MinutesDocument } from './document';
import { fill } from './words';

/** What the Table hid and why, then the annex: the whole discussion, item by item. */
export function writeDiscussion(doc: MinutesDocument): void {
  const { pdf, room, heading, para, markdown, none, w, content, short } = doc;
  // What the Table hid, and why.
  heading(w.hidden, 2);
  if (content.hiddenMessages.length === 0) none();
  for (const hidden of content.hiddenMessages) {
    para(
      fill(w.hiddenLine, {
        number: hidden.number,
        author: hidden.author,
        item: hidden.item || w.generalThread,
        date: short(hidden.postedAt),
        by: hidden.by,
        at: short(hidden.at),
        reason: hidden.reason,
      }),
      { size: 9.5 },
    );
  }

  // Annex: the whole discussion, item by item.
  pdf.addPage();
  heading(w.discussionAnnex, 1);
  const thread = (label: string, list: MinutesMessage[]) => {
    heading(label, 3);
    if (list.length === 0) para(w.noMessages, { color: grey, size: 9 });
    for (const message of list) {
      const marks = [
        message.speaksFor.length > 0
          ? fill(w.speaksFor, { members: fill(w.memberNumbers, { numbers: minutesSpeakers(message) }) })
          : '',
        message.replyTo ? fill(w.replyTo, { number: message.replyTo }) : '',
        message.byEmail ? w.byEmail : '',
        message.edited ? w.edited : '',
        message.withdrawnAt ? fill(w.withdrawn, { date: short(message.withdrawnAt) }) : '',
      ].filter(Boolean);
      room(36);
      pdf.moveDown(0.3);
      para(
        `${fill(w.messageHead, { number: message.number, author: message.author, date: short(message.postedAt) })}${marks.length ? ` — ${marks.join(' — ')}` : ''}`,
        { size: 8.5, color: grey, bold: true },
      );
      if (message.hidden)
        para(
          fill(w.hiddenBody, { by: message.hidden.by, date: short(message.hidden.at), reason: message.hidden.reason }),
          { size: 9, color: grey },
        );
      else markdown(message.body ?? '', { size: 9.5 });
    }
  };
  for (const item of content.items)
    thread(
      item.number === null ? w.droppedItem : fill(w.item, { number: item.number, title: item.title }),
      item.discussion,
    );
  thread(w.generalThread, content.generalDiscussion);
}

/** The last page: the statement, the signatures, the digest and the audit trail's head. */
export function writeCertification(doc: MinutesDocument): void {
  const { pdf, heading, para, markdown, m, w, content, when, minutes } = doc;
  pdf.addPage();
  heading(w.certification, 1);
  heading(w.statement, 3);
  if (minutes.statement) markdown(minutes.statement);
  else para(w.noStatement, { color: grey });
  heading(w.approvals, 3);
  const valid = new Set(currentApprovals(minutes));
  if (minutes.approvals.length === 0) para(w.noApprovals, { color: grey });
  for (const approval of minutes.approvals) {
    para(
      `${fill(w.approval, { name: approval.name, office: m.bodies.office[approval.office], date: when(approval.at) })}${valid.has(approval) ? '' : ` (${w.approvalStale})`}`,
    );
  }
  if (minutes.publishedAt)
    para(fill(w.publishedOn, { date: when(minutes.publishedAt), name: minutes.publishedBy ?? '' }), { bold: true });
  pdf.moveDown(1);
  para(fill(w.digest, { digest: minutes.digest }), { size: 8.5, color: grey });
  para(fill(w.auditHead, { seq: content.auditHead.seq, hash: content.auditHead.hash }), { size: 8.5, color: grey });
}

/** Page numbers and a running line, written in the bottom margin of every page. */
export function numberPages(doc: MinutesDocument): void {
  const { pdf, left, width, w, content, status, minutes } = doc;
  const pages = pdf.bufferedPageRange();
  for (let index = 0; index < pages.count; index++) {
    pdf.switchToPage(pages.start + index);
    const margin = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    pdf
      .font('body')
      .fontSize(8)
      .fillColor(grey)
      .text(
        `${content.networkName} — ${content.assembly.title} — ${fill(w.version, { version: minutes.version })}${status} — ${fill(w.page, { page: index + 1, pages: pages.count })}`,
        left,
        pdf.page.height - margin + 18,
        { width, align: 'center', lineBreak: false },
      );
    pdf.page.margins.bottom = margin;
  }
}
