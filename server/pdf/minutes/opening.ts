import { noticeSpans } from '@shared/rules/minutes';
import { grey, ink } from './layout';
import type { MinutesDocument } from './document';
import { zoneName } from '@shared/zoneNames';
import { daysAndHoursWords, fill } from './words';

/** The title block and the convocation: who convened, when, and whether the notice was long enough. */
export function writeOpening(doc: MinutesDocument): void {
  const { pdf, left, width, heading, para, facts, m, w, content, zone, when, short, status, minutes, language } = doc;
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
  para(fill(w.timesIn, { zone: zoneName(zone, language, new Date(content.assembly.opensAt)) }), {
    size: 9,
    color: grey,
  });

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
        : `${fill(w.noticeFigures, noticeWords(doc))} ${notice.ok ? w.noticeOk : w.noticeShort}`,
    ],
  ]);
}

/** The register of attendance: present, represented, proxies and associates. */
export function writeAttendance(doc: MinutesDocument): void {
  const { heading, para, table, none, w, content, short, member } = doc;
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
}

/** The notice given and the notice required, from the first sending, in days and hours. */
function noticeWords(doc: MinutesDocument) {
  const { w, content, language } = doc;
  const spans = noticeSpans(content);
  return {
    given: daysAndHoursWords(spans?.given ?? 0, w, language),
    required: daysAndHoursWords(spans?.required ?? 0, w, language),
    period: fill(w.period[content.notice.period.unit], { amount: content.notice.period.amount }),
  };
}
