import { renderElectionReason, renderReason } from '@shared/rules/messages';
import { grey } from './layout';
import type { MinutesDocument } from './document';
import { fill } from './words';

/** Each item of the agenda: its motions and elections, with their figures, ballots and receipts. */
export function writeDecisions(doc: MinutesDocument): void {
  const { pdf, room, heading, para, markdown, table, m, w, content, short, member, language } = doc;
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
      markdown(motion.text, { size: 9.5 });
      pdf.moveDown(0.2);
      if (!motion.result) {
        para(w.notCounted, { bold: true });
        continue;
      }
      // The reason's sentence opens with the outcome: "Rejetée : 9 pour, 20 contre…".
      para(renderReason(language, motion.result), { bold: true });
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
      if (motion.receipts)
        para(fill(w.receiptsInAnnex, { count: motion.receipts.hashes.length }), { size: 8.5, color: grey });
      if (motion.archive) para(fill(w.archive, motion.archive), { size: 8.5, color: grey });
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
        para(
          renderElectionReason(
            language,
            round.result,
            (memberNo) => election.candidates.find((candidate) => candidate.memberNo === memberNo)?.organisation,
          ),
          { size: 9.5 },
        );
        para(fill(w.receiptsInAnnex, { count: round.receipts.hashes.length }), { size: 8.5, color: grey });
        if (round.archive) para(fill(w.archive, round.archive), { size: 8.5, color: grey });
      }
      para(election.elected ? fill(w.elected, { member: member(election.elected) }) : w.notElected, { bold: true });
    }
  }
}
