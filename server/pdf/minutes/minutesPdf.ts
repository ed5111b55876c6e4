import { messages } from '@shared/i18n';
import { minutesMemberName, minutesSpeakers } from '@shared/rules/minutes';
import { currentApprovals } from '@shared/rules/minutesApproval';
import { renderReason } from '@shared/rules/messages';
import type { MinutesMember, MinutesMessage, MinutesVersion } from '@shared/schemas/minutes';
import type { Language } from '@shared/schemas/person';
import { formatInstant } from '../../mail/format';
import { agoraPdf } from '../document';
import { fill, minutesDate } from './words';

const ink = '#1d2430';
const grey = '#4a5565';

interface Column {
  label: string;
  width: number;
}

/**
 * The minutes as a PDF to download, print and keep, in one language: the title, the register of
 * attendance and the results with headings and aligned tables, the discussion as an annex, and on
 * the last page the statement, the signatures, the digest and the audit trail's head. Every page
 * is numbered.
 */
export function minutesPdf(minutes: MinutesVersion, language: Language): Promise<Buffer> {
  const m = messages[language].translation;
  const w = m.minutes;
  const { content } = minutes;
  const zone = content.assembly.referenceTimeZone;
  const when = (iso: string) => formatInstant(iso, language, zone);
  const short = (iso: string) => minutesDate(iso, language, zone);
  const member = (ref: MinutesMember) => minutesMemberName(ref);
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
  const left = pdf.page.margins.left;
  const width = pdf.page.width - pdf.page.margins.left - pdf.page.margins.right;
  const bottom = () => pdf.page.height - pdf.page.margins.bottom;
  const room = (height: number) => {
    if (pdf.y + height > bottom()) pdf.addPage();
  };

  const heading = (text: string, level: 1 | 2 | 3) => {
    const size = level === 1 ? 15 : level === 2 ? 12.5 : 11;
    room(size * 4);
    pdf.moveDown(level === 3 ? 0.6 : 1);
    pdf.font('bold').fontSize(size).fillColor(ink).text(text, left, pdf.y, { width });
    pdf.moveDown(0.3);
  };
  const para = (text: string, options: { size?: number; color?: string; bold?: boolean } = {}) => {
    pdf
      .font(options.bold ? 'bold' : 'body')
      .fontSize(options.size ?? 10)
      .fillColor(options.color ?? ink)
      .text(text, left, pdf.y, { width, lineGap: 1.5 });
  };
  const facts = (rows: Array<[string, string]>) => {
    const labelWidth = 130;
    for (const [label, value] of rows) {
      pdf.font('body').fontSize(10);
      const height = Math.max(pdf.heightOfString(value, { width: width - labelWidth }), 12);
      room(height + 2);
      const y = pdf.y;
      pdf
        .font('bold')
        .fontSize(10)
        .fillColor(grey)
        .text(label, left, y, { width: labelWidth - 8 });
      pdf
        .font('body')
        .fontSize(10)
        .fillColor(ink)
        .text(value, left + labelWidth, y, { width: width - labelWidth });
      pdf.y = y + height + 2;
    }
  };
  // A table as aligned lines: the header repeated on each page, a thin rule under it.
  const table = (columns: Column[], rows: string[][]) => {
    const scale = width / columns.reduce((sum, column) => sum + column.width, 0);
    const widths = columns.map((column) => column.width * scale);
    const line = (cells: string[], bold: boolean) => {
      pdf.font(bold ? 'bold' : 'body').fontSize(8.5);
      const height = Math.max(
        ...cells.map((cell, index) => pdf.heightOfString(cell || ' ', { width: (widths[index] ?? 40) - 6 })),
      );
      return height;
    };
    const header = () => {
      const height = line(
        columns.map((column) => column.label),
        true,
      );
      const y = pdf.y;
      let x = left;
      columns.forEach((column, index) => {
        pdf
          .font('bold')
          .fontSize(8.5)
          .fillColor(grey)
          .text(column.label, x, y, { width: (widths[index] ?? 40) - 6 });
        x += widths[index] ?? 40;
      });
      pdf.y = y + height + 2;
      pdf
        .moveTo(left, pdf.y)
        .lineTo(left + width, pdf.y)
        .lineWidth(0.5)
        .strokeColor('#b8bec8')
        .stroke();
      pdf.y += 3;
    };
    room(40);
    header();
    for (const row of rows) {
      const height = line(row, false);
      if (pdf.y + height > bottom()) {
        pdf.addPage();
        header();
      }
      const y = pdf.y;
      let x = left;
      row.forEach((cell, index) => {
        pdf
          .font('body')
          .fontSize(8.5)
          .fillColor(ink)
          .text(cell, x, y, { width: (widths[index] ?? 40) - 6 });
        x += widths[index] ?? 40;
      });
      pdf.y = y + height + 2.5;
    }
    pdf.x = left;
    pdf.moveDown(0.4);
  };
  const none = () => para(w.nobody, { color: grey });

  // The title block.
  pdf.font('bold').fontSize(10).fillColor(grey).text(content.networkName, left, pdf.y, { width, align: 'right' });
  pdf.moveDown(1.5);
  pdf.font('bold').fontSize(18).fillColor(ink).text(w.heading, { width });
  pdf.font('bold').fontSize(14).text(content.assembly.title, { width });
  pdf.moveDown(0.3);
  para(
    `${fill(w.version, { version: minutes.version })}${status}${minutes.correctionOf ? ` — ${fill(w.correctionOf, { version: minutes.correctionOf, note: minutes.correctionNote ?? '' })}` : ''}`,
    { color: grey },
  );
  pdf.moveDown(0.8);
  facts([
    [w.network, content.networkName],
    [w.kind, m.assemblyKind[content.assembly.kind]],
    [w.convenedBy, content.convenedBy],
    [w.opensAt, when(content.assembly.opensAt)],
    [w.closesAt, when(content.assembly.closesAt)],
  ]);
  if (content.assembly.hybrid) para(w.hybrid);
  para(fill(w.timesIn, { zone }), { size: 9, color: grey });

  heading(w.convocation, 2);
  const notice = content.notice;
  facts([
    [w.firstDispatch, notice.firstDispatchAt ? when(notice.firstDispatchAt) : '—'],
    [
      w.dispatches,
      content.dispatches
        .map((dispatch) =>
          fill(w.dispatchLine, { date: short(dispatch.at), reason: w.dispatch[dispatch.reason], name: dispatch.by }),
        )
        .join('\n') || '—',
    ],
    [
      w.notice,
      notice.firstDispatchAt === null
        ? w.noticeNotSent
        : `${fill(w.noticeFigures, { given: notice.givenDays ?? 0, required: notice.requiredDays ?? 0, period: fill(w.period[notice.period.unit], { amount: notice.period.amount }) })} ${notice.ok ? w.noticeOk : w.noticeShort}`,
    ],
  ]);

  // The register of attendance.
  const attendance = content.attendance;
  heading(w.attendance, 2);
  para(
    fill(w.attendanceSummary, {
      voting: attendance.votingMembers,
      present: attendance.present,
      represented: attendance.represented,
      absent: attendance.absent,
    }),
  );
  heading(w.present, 3);
  if (attendance.presentMembers.length === 0) none();
  else
    table(
      [
        { label: w.column.member, width: 250 },
        { label: w.column.joinedAt, width: 90 },
        { label: w.column.representedBy, width: 130 },
      ],
      attendance.presentMembers.map((entry) => [member(entry), short(entry.joinedAt), entry.representedBy]),
    );
  heading(w.represented, 3);
  if (attendance.representedMembers.length === 0) none();
  else
    table(
      [
        { label: w.column.member, width: 1 },
        { label: w.column.holder, width: 1 },
      ],
      attendance.representedMembers.map((entry) => [member(entry), member(entry.holder)]),
    );
  heading(w.proxies, 3);
  if (attendance.proxies.length === 0) none();
  else
    table(
      [
        { label: w.column.grantor, width: 170 },
        { label: w.column.holder, width: 170 },
        { label: w.column.grantedAt, width: 75 },
        { label: w.column.state, width: 75 },
      ],
      attendance.proxies.map((proxy) => [
        member(proxy.grantor),
        member(proxy.holder),
        short(proxy.grantedAt),
        proxy.revokedAt ? fill(w.revokedOn, { date: short(proxy.revokedAt) }) : w.inForce,
      ]),
    );
  heading(w.associates, 3);
  if (attendance.associates.length === 0) none();
  else
    table(
      [
        { label: w.column.member, width: 220 },
        { label: w.column.person, width: 120 },
        { label: w.column.tookPart, width: 130 },
      ],
      attendance.associates.map((entry) => [
        member(entry),
        entry.person,
        fill(w.tookPart[entry.tookPart], { date: short(entry.at) }),
      ]),
    );

  // Each item: its motions and elections, with their results.
  heading(w.agenda, 2);
  for (const item of content.items) {
    heading(item.number === null ? w.droppedItem : fill(w.item, { number: item.number, title: item.title }), 3);
    if (item.kind) para(m.agendaKind[item.kind], { size: 9, color: grey });
    if (item.motions.length === 0 && item.elections.length === 0) para(w.nothingDecided, { color: grey });
    for (const motion of item.motions) {
      room(80);
      pdf.moveDown(0.4);
      para(fill(w.motion, { title: motion.title }), { bold: true });
      para(
        `${m.motionKind[motion.kind]} — ${motion.secret ? m.votes.secret : m.votes.named} — ${fill(w.opened, { date: short(motion.openedAt), name: motion.openedBy })}${motion.closedAt ? ` — ${fill(w.closedEarly, { date: short(motion.closedAt) })}` : ''}`,
        { size: 9, color: grey },
      );
      if (motion.subjectMemberNo !== null)
        para(fill(w.subject, { memberNo: motion.subjectMemberNo }), { size: 9, color: grey });
      pdf.moveDown(0.2);
      para(motion.text, { size: 9.5 });
      pdf.moveDown(0.2);
      if (!motion.result) {
        para(w.notCounted, { bold: true });
        continue;
      }
      para(m.votes.outcome[motion.result.outcome], { bold: true });
      para(renderReason(language, motion.result));
      para(fill(w.counts, motion.result.counts), { size: 9.5 });
      if (motion.result.quorum.applies)
        para(fill(w.quorum, { ...motion.result.quorum, voting: motion.result.quorum.votingMembers }));
      if (!motion.secret && motion.ballots.length > 0) {
        para(fill(w.ballots, { count: motion.ballots.length }), { size: 9.5, bold: true });
        table(
          [
            { label: w.column.member, width: 230 },
            { label: w.column.vote, width: 70 },
            { label: w.column.castAs, width: 70 },
          ],
          motion.ballots.map((ballot) => [
            member(ballot),
            m.votes.choice[ballot.vote],
            ballot.castAs === 'own' ? w.own : w.byProxy,
          ]),
        );
      }
      if (motion.receipts) {
        para(fill(w.receipts, { count: motion.receipts.hashes.length, head: motion.receipts.chainHead }), {
          size: 8.5,
          color: grey,
        });
        if (motion.secret && motion.receipts.hashes.length > 0)
          pdf
            .font('body')
            .fontSize(6.5)
            .fillColor(grey)
            .text(motion.receipts.hashes.join('  '), left, pdf.y, { width });
      }
    }
    for (const election of item.elections) {
      room(80);
      pdf.moveDown(0.4);
      para(fill(w.election, { office: m.bodies.office[election.office], body: m.bodies.body[election.body] }), {
        bold: true,
      });
      para(
        `${w.candidates}: ${election.candidates.map((candidate) => `${member(candidate)}${candidate.person ? ` (${candidate.person})` : ''}`).join('; ')}`,
        { size: 9.5 },
      );
      for (const round of election.rounds) {
        para(fill(w.round, { round: round.round }), { bold: true, size: 10 });
        const names = new Map(election.candidates.map((candidate) => [candidate.memberNo, member(candidate)]));
        table(
          [
            { label: w.column.candidate, width: 300 },
            { label: w.column.votes, width: 70 },
          ],
          round.result.counts.candidates.map((candidate) => [
            names.get(candidate.memberNo) ?? String(candidate.memberNo),
            String(candidate.votes),
          ]),
        );
        para(
          fill(w.roundFigures, {
            cast: round.result.counts.cast,
            expressed: round.result.counts.expressed,
            blank: round.result.counts.blank,
            invalid: round.result.counts.invalid,
            majority: round.result.absoluteMajority,
          }),
          { size: 9 },
        );
        para(renderReason(language, round.result), { size: 9.5 });
        para(fill(w.receipts, { count: round.receipts.hashes.length, head: round.receipts.chainHead }), {
          size: 8.5,
          color: grey,
        });
        if (round.receipts.hashes.length > 0)
          pdf.font('body').fontSize(6.5).fillColor(grey).text(round.receipts.hashes.join('  '), left, pdf.y, { width });
      }
      para(election.elected ? fill(w.elected, { member: member(election.elected) }) : w.notElected, { bold: true });
    }
  }

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
  heading(w.annex, 1);
  const thread = (label: string, list: MinutesMessage[]) => {
    heading(label, 3);
    if (list.length === 0) para(w.noMessages, { color: grey, size: 9 });
    for (const message of list) {
      const marks = [
        message.speaksFor.length > 0 ? fill(w.speaksFor, { members: minutesSpeakers(message) }) : '',
        message.replyTo ? fill(w.replyTo, { number: message.replyTo }) : '',
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
      else para(message.body ?? '', { size: 9.5 });
    }
  };
  for (const item of content.items)
    thread(
      item.number === null ? w.droppedItem : fill(w.item, { number: item.number, title: item.title }),
      item.discussion,
    );
  thread(w.generalThread, content.generalDiscussion);

  // The last page: the statement, the signatures, the digest and the audit trail's head.
  pdf.addPage();
  heading(w.certification, 1);
  heading(w.statement, 3);
  para(minutes.statement || w.noStatement, { color: minutes.statement ? ink : grey });
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

  // Page numbers and a running line, written in the bottom margin of every page.
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
  pdf.end();
  return done;
}
