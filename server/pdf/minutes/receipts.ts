import { grey } from './layout';
import type { MinutesDocument } from './document';
import { fill } from './words';

interface Counted {
  title: string;
  receipts: { hashes: string[]; chainHead: string };
}

/** Every vote whose receipts were counted, in the order of the agenda, with its title in the annex. */
function countedVotes(doc: MinutesDocument): Counted[] {
  const { m, w, content } = doc;
  return content.items.flatMap((item) => {
    const itemTitle = item.number === null ? w.droppedItem : fill(w.item, { number: item.number, title: item.title });
    const motions = item.motions.flatMap((motion) =>
      motion.receipts
        ? [{ title: `${itemTitle} — ${fill(w.motion, { title: motion.title })}`, receipts: motion.receipts }]
        : [],
    );
    const rounds = item.elections.flatMap((election) =>
      election.rounds.map((round) => ({
        title: `${itemTitle} — ${fill(w.election, { office: m.bodies.office[election.office], body: m.bodies.body[election.body] })} — ${fill(w.round, { round: round.round })}`,
        receipts: round.receipts,
      })),
    );
    return [...motions, ...rounds];
  });
}

/**
 * The last annex: the hash of every receipt counted, vote by vote, in small type, so that each voter
 * can find theirs while the body of the minutes stays readable.
 */
export function writeReceipts(doc: MinutesDocument): void {
  const { pdf, left, width, room, heading, para, w } = doc;
  pdf.addPage();
  heading(w.receiptsAnnex, 1);
  para(w.receiptsAnnexIntro, { size: 9, color: grey });
  const votes = countedVotes(doc);
  if (votes.length === 0) para(w.noReceipts, { color: grey });
  for (const vote of votes) {
    room(48);
    pdf.moveDown(0.6);
    para(vote.title, { size: 9, bold: true });
    para(fill(w.receiptsHead, { count: vote.receipts.hashes.length, head: vote.receipts.chainHead }), {
      size: 7,
      color: grey,
    });
    // Two hashes a line, in a fixed-width face: a voter runs an eye down the columns.
    const lines = [];
    for (let index = 0; index < vote.receipts.hashes.length; index += 2)
      lines.push(vote.receipts.hashes.slice(index, index + 2).join('   '));
    if (lines.length > 0)
      pdf
        .font('mono')
        .fontSize(5.5)
        .fillColor(grey)
        .text(lines.join('\n'), left, pdf.y + 2, { width, lineGap: 1 });
  }
}
