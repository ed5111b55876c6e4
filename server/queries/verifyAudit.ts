import { countChoices } from '@shared/rules/tally';
import { countElectionBallots } from '@shared/rules/elections';
import type { BallotChoice } from '@shared/schemas/ballot';
import { digestOf, genesisHash, linkHash, type AuditEntry, type AuditLink, type ChainHead } from '../store/audit';
import type { Context } from '../context';
import { receiptChain } from '../commands/receiptChain';
import { rebuiltArchive } from './secretCount';

/** What is wrong, where: the link (when one is to blame) and a sentence a person understands. */
export interface AuditProblem {
  /** The link to blame: the one that does not hash, or that recorded a value now different. */
  seq: number | null;
  key: string;
  field?: string;
  problem:
    | 'link_changed'
    | 'link_missing'
    | 'links_removed'
    | 'value_changed'
    | 'value_deleted'
    | 'value_unrecorded'
    | 'count_differs'
    | 'archive_differs';
  message: string;
}

export interface AuditVerification {
  ok: boolean;
  links: number;
  head: ChainHead;
  /** Stored values compared with the digest their latest link recorded. */
  recordsChecked: number;
  /** The first broken link of the chain (or the earliest link whose record no longer holds). */
  firstBroken: AuditProblem | null;
  problems: AuditProblem[];
}

const describe = (link: AuditLink, entry: Partial<AuditEntry> | null) =>
  `link #${link.seq} (${entry?.at ?? link.id}, ${entry?.action ?? 'unreadable entry'}${entry?.subject ? `, ${entry.subject}` : ''})`;

/**
 * Verifies the audit trail: every link hashes to what it says and follows the one before; every
 * audited value still has the digest its latest link recorded, and none was written without a
 * link; every published tally still matches the ballots stored. Reads only; changes nothing.
 */
export async function verifyAudit(
  ctx: Pick<Context, 'audit' | 'auditedValues' | 'secretVotes'>,
): Promise<AuditVerification> {
  const problems: AuditProblem[] = [];
  const latest = new Map<string, { seq: number; digest: string; key: string; field?: string }>();
  const recordId = (key: string, field?: string) => (field === undefined ? key : `${key}\u0000${field}`);

  const headsBySeq = new Map<number, string>();
  let previous = { seq: 0, hash: genesisHash };
  let links = 0;
  let chainIntact = true;
  for await (const link of ctx.audit.links()) {
    links++;
    let entry: Partial<AuditEntry> | null = null;
    try {
      entry = JSON.parse(link.json) as AuditEntry;
    } catch {
      entry = null;
    }
    if (chainIntact) {
      if (link.seq !== previous.seq + 1 || link.prev !== previous.hash) {
        problems.push({
          seq: link.seq,
          key: 'audit',
          problem: 'link_missing',
          message: `${describe(link, entry)} does not follow link #${previous.seq}: a link before it was removed or replaced.`,
        });
        chainIntact = false;
      } else if (linkHash(link.prev, link.seq, link.json) !== link.hash) {
        problems.push({
          seq: link.seq,
          key: 'audit',
          problem: 'link_changed',
          message: `${describe(link, entry)} was changed after it was written: its content no longer gives its hash.`,
        });
        chainIntact = false;
      }
    }
    previous = { seq: link.seq, hash: link.hash };
    headsBySeq.set(link.seq, link.hash);
    for (const record of entry?.records ?? [])
      latest.set(recordId(record.key, record.field), { seq: link.seq, ...record });
  }
  const head = await ctx.audit.head();
  if (chainIntact && (head.seq !== previous.seq || head.hash !== previous.hash)) {
    problems.push({
      seq: previous.seq + 1,
      key: 'audit',
      problem: 'links_removed',
      message: `The chain's head says link #${head.seq}, but the trail ends at link #${previous.seq}: links after it were removed.`,
    });
  }

  // Every recorded value as it is stored now.
  const records = [...latest.values()];
  const values = await ctx.auditedValues.read(records);
  records.forEach((record, index) => problems.push(...recordProblems(record, values[index] ?? null)));

  // Values no link recorded: written behind the app's back.
  for (const { key, field } of await ctx.auditedValues.stored()) {
    if (latest.has(recordId(key, field))) continue;
    const where = field === undefined ? key : `${key} → ${field}`;
    problems.push({
      seq: null,
      key,
      field,
      problem: 'value_unrecorded',
      message: `${where} is stored but no link records it: it was written behind the app's back.`,
    });
  }

  problems.push(...(await recountTallies(ctx)));
  problems.push(...(await archivesHold(ctx)));
  problems.push(...(await printedHeads(ctx, headsBySeq)));

  const firstBroken =
    problems.filter((problem) => problem.seq !== null).sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0))[0] ??
    problems[0] ??
    null;
  return { ok: problems.length === 0, links, head, recordsChecked: latest.size, firstBroken, problems };
}

/** What is wrong with one recorded value as stored now: deleted, or not what its link recorded. */
function recordProblems(
  record: { seq: number; key: string; field?: string; digest: string },
  stored: Buffer | null,
): AuditProblem[] {
  const where = record.field === undefined ? record.key : `${record.key} → ${record.field}`;
  if (stored === null)
    return [
      {
        seq: record.seq,
        key: record.key,
        field: record.field,
        problem: 'value_deleted',
        message: `${where}, recorded by link #${record.seq}, was deleted behind the app's back.`,
      },
    ];
  if (digestOf(stored) !== record.digest)
    return [
      {
        seq: record.seq,
        key: record.key,
        field: record.field,
        problem: 'value_changed',
        message: `${where} differs from what link #${record.seq} recorded: it was changed behind the app's back.`,
      },
    ];
  return [];
}

/** Published tallies against the secret ballots stored now: same receipts, same counts. */
async function recountTallies(ctx: Pick<Context, 'auditedValues'>): Promise<AuditProblem[]> {
  const problems: AuditProblem[] = [];
  for (const { tally, choicesKey, choices } of await ctx.auditedValues.motionTallies()) {
    if (!choices) continue; // a named vote: each ballot has its own record
    const counts = countChoices(choices.map(({ choice }) => ({ choice: choice as BallotChoice })));
    const same =
      receiptChain(
        tally.motionId,
        choices.map((choice) => choice.receiptHash),
      ).chainHead === tally.chainHead &&
      counts.for === tally.result.counts.for &&
      counts.against === tally.result.counts.against &&
      counts.abstain === tally.result.counts.abstain;
    if (!same)
      problems.push({
        seq: null,
        key: choicesKey,
        problem: 'count_differs',
        message: `The secret ballots stored for motion ${tally.motionId} no longer give its published tally (receipts or counts differ): they were changed behind the app's back.`,
      });
  }
  for (const { tally, choicesKey, choices } of await ctx.auditedValues.roundTallies()) {
    if (!choices) continue; // an encrypted round: its archive, whose hash the audit trail holds, is its proof
    const counts = countElectionBallots(
      tally.result.counts.candidates.map((candidate) => candidate.memberNo),
      choices.map(({ choice }) => ({ candidateMemberNo: choice === 'blank' ? null : Number(choice) })),
    );
    const same =
      receiptChain(
        `${tally.electionId}:${tally.round}`,
        choices.map((choice) => choice.receiptHash),
      ).chainHead === tally.chainHead && JSON.stringify(counts) === JSON.stringify(tally.result.counts);
    if (!same)
      problems.push({
        seq: null,
        key: choicesKey,
        problem: 'count_differs',
        message: `The ballots stored for round ${tally.round} of election ${tally.electionId} no longer give its published tally: they were changed behind the app's back.`,
      });
  }
  return problems;
}

/**
 * Each counted secret vote's Belenios archive, rebuilt from the encrypted ballots and shares stored
 * now, must still have the SHA-256 recorded at its count (and named by the results and the
 * minutes): an encrypted ballot changed, added or removed behind the app's back gives itself away.
 */
async function archivesHold(ctx: Pick<Context, 'auditedValues' | 'secretVotes'>): Promise<AuditProblem[]> {
  const problems: AuditProblem[] = [];
  for (const boxId of await ctx.auditedValues.countedSecretBoxes()) {
    const archive = await rebuiltArchive(ctx, boxId);
    if (!archive || archive.sha256 === archive.recorded) continue;
    problems.push({
      seq: null,
      key: boxId,
      problem: 'archive_differs',
      message: `The encrypted ballots stored for secret vote ${boxId} no longer make the archive its count recorded (SHA-256 ${archive.recorded}): they were changed behind the app's back.`,
    });
  }
  return problems;
}

/**
 * The head printed in each version of the minutes must still be the hash of that link: a trail
 * rewritten after the minutes went out (every hash recomputed) gives itself away here.
 */
async function printedHeads(ctx: Pick<Context, 'auditedValues'>, hashes: Map<number, string>): Promise<AuditProblem[]> {
  const problems: AuditProblem[] = [];
  for (const { key, field, json } of await ctx.auditedValues.minutesVersions()) {
    const head = (JSON.parse(json) as { content?: { auditHead?: ChainHead } }).content?.auditHead;
    if (!head || head.seq === 0 || hashes.get(head.seq) === head.hash) continue;
    problems.push({
      seq: head.seq,
      key,
      field,
      problem: 'link_changed',
      message: `Version ${field} of the minutes (${key}) prints link #${head.seq} with hash ${head.hash}; the trail now says ${hashes.get(head.seq) ?? 'nothing'}: the trail was rewritten after the minutes were drafted.`,
    });
  }
  return problems;
}
