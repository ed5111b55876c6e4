import { assembleMinutes, isHeld } from '@shared/rules/minutes';
import type { MinutesSources } from '@shared/rules/minutesSources';
import { minutesDigestInput } from '@shared/rules/minutesApproval';
import type { Actor } from '@shared/rules/permissions';
import type { Assembly } from '@shared/schemas/assembly';
import type { ElectionRoundTally } from '@shared/schemas/election';
import { minutesContentSchema, type MinutesContent } from '@shared/schemas/minutes';
import type { MinutesCorrectionInput, MinutesVersion } from '@shared/schemas/minutesApproval';
import { signature } from '../auth/actor';
import { Refusal } from './refusal';
import { digestOf, type AuditEntry } from '../store/audit';
import type { Context } from '../context';
import { assemblyOr404 } from './editAssembly';
import { everyMotionCounted, tallyAssembly, type TallyStores } from './tallyAssembly';
import { secretArchiveRecord } from '../queries/secretCount';
import { roundBoxId } from '../queries/secretBox';

/** What drafting the minutes reads and writes: the close's stores and the minutes. */
type MinutesStores = TallyStores & Pick<Context, 'minutes'>;

/** The SHA-256 of the content and the statement: the exact text a signature approves. */
export function minutesDigest(content: MinutesContent, statement: string): string {
  return digestOf(minutesDigestInput(content, statement));
}

/** Who signs what the platform does by itself in the audit trail. */
export const minutesByAgora: AuditEntry['by'] = { personId: null, name: 'Agora (minutes)' };

/** Everything the minutes are built from, read from the stores now. */
async function minutesSources(
  ctx: Pick<Context, 'audit' | 'elections' | 'now' | 'proxies' | 'register' | 'room' | 'secretVotes' | 'votes'>,
  assembly: Assembly,
): Promise<MinutesSources> {
  const [register, attendance, { proxies }, motions, elections, candidacies, { messages }, auditHead] =
    await Promise.all([
      ctx.register.snapshot(),
      ctx.room.attendance(assembly.id),
      ctx.proxies.list(assembly.id),
      ctx.votes.motions(assembly.id),
      ctx.elections.elections(assembly.id),
      ctx.elections.candidacies(assembly.id),
      ctx.room.all(assembly.id),
      ctx.audit.head(),
    ]);
  return {
    assembly,
    members: register.members,
    people: register.people,
    attendance: [...attendance.values()],
    proxies,
    motions: await Promise.all(
      motions.map(async (motion) => ({
        motion,
        tally: await ctx.votes.tally(motion.id),
        ballots: motion.secret ? [] : await ctx.votes.namedBallots(motion.id),
        archive: motion.secret ? await secretArchiveRecord(ctx, motion.id) : null,
      })),
    ),
    elections: await Promise.all(
      elections.map(async (election) => ({
        election,
        rounds: (await Promise.all([ctx.elections.tally(election.id, 1), ctx.elections.tally(election.id, 2)])).filter(
          (tally): tally is ElectionRoundTally => tally !== null,
        ),
        archives: (
          await Promise.all(
            ([1, 2] as const).map(async (round) => {
              const archive = await secretArchiveRecord(ctx, roundBoxId(election.id, round));
              return archive ? [{ round, ...archive }] : [];
            }),
          )
        ).flat(),
      })),
    ),
    candidacies,
    messages,
    auditHead,
    draftedAt: ctx.now().toISOString(),
  };
}

/** A new version built from the stores as they are now (the content checked against its schema). */
async function newVersion(
  ctx: Pick<
    Context,
    'audit' | 'elections' | 'now' | 'proxies' | 'register' | 'room' | 'secretVotes' | 'statutes' | 'votes'
  >,
  assembly: Assembly,
  version: number,
  draftedBy: string,
  correction: { of: number; note: string } | null,
): Promise<MinutesVersion> {
  const content = minutesContentSchema.parse(assembleMinutes(await minutesSources(ctx, assembly), ctx.statutes));
  const statement = '';
  return {
    assemblyId: assembly.id,
    version,
    content,
    statement,
    digest: minutesDigest(content, statement),
    approvals: [],
    draftedAt: content.draftedAt,
    draftedBy,
    publishedAt: null,
    publishedBy: null,
    correctionOf: correction?.of ?? null,
    correctionNote: correction?.note ?? null,
    revision: 0,
  };
}

const drafted = (version: MinutesVersion, by: AuditEntry['by']): AuditEntry => ({
  at: version.draftedAt,
  by,
  action: 'minutes.drafted',
  subject: `assembly:${version.assemblyId}`,
  before: null,
  after: {
    version: version.version,
    digest: version.digest,
    auditHead: version.content.auditHead,
    correctionOf: version.correctionOf,
    correctionNote: version.correctionNote,
  },
});

/**
 * RULES.md §5: after the close, version 1 of the minutes is drafted from the register of
 * attendance, the tallies and the discussion, exactly once whoever asks (the closing job, a
 * retried job, a second worker, the Table). Null when there was nothing to draft.
 */
export async function draftMinutes(
  ctx: MinutesStores,
  assemblyId: string,
  by: AuditEntry['by'] = minutesByAgora,
): Promise<MinutesVersion | null> {
  const assembly = await ctx.assemblies.get(assemblyId);
  if (!assembly || !isHeld(assembly, ctx.now())) return null;
  if (await ctx.minutes.version(assemblyId, 1)) return null;
  // The minutes report the results: every motion and round is counted first (once, whoever counts).
  await tallyAssembly(ctx, assemblyId);
  // A secret vote still being decrypted: the draft waits for its result (its job drafts them then).
  if (!(await everyMotionCounted(ctx, assemblyId))) return null;
  const version = await newVersion(ctx, assembly, 1, by.name, null);
  return (await ctx.minutes.draftFirst(assemblyId, JSON.stringify(version), drafted(version, by))) ? version : null;
}

/** The Table drafts version 1 itself (when the closing job has not yet): the draft, new or already there. */
export async function draftMinutesByTable(
  ctx: MinutesStores,
  actor: Actor,
  assemblyId: string,
): Promise<MinutesVersion> {
  const assembly = await assemblyOr404(ctx, assemblyId);
  if (!isHeld(assembly, ctx.now())) throw new Refusal('minutes_too_early', {});
  await draftMinutes(ctx, assemblyId, signature(actor));
  const first = await ctx.minutes.version(assemblyId, 1);
  if (!first) throw new Refusal('minutes_busy', { context: 'drafting' });
  return first.version;
}

/**
 * A correction of published minutes: a new draft version, rebuilt from the stores, with a note
 * saying what changed. It is signed and published as the first was; every version stays readable.
 */
export async function correctMinutes(
  ctx: Pick<
    Context,
    | 'assemblies'
    | 'audit'
    | 'elections'
    | 'minutes'
    | 'now'
    | 'proxies'
    | 'register'
    | 'room'
    | 'secretVotes'
    | 'statutes'
    | 'votes'
  >,
  actor: Actor,
  assemblyId: string,
  input: MinutesCorrectionInput,
): Promise<MinutesVersion> {
  const assembly = await assemblyOr404(ctx, assemblyId);
  const versions = await ctx.minutes.versions(assemblyId);
  const latest = versions.at(-1)?.version;
  if (!latest) throw new Refusal('minutes_not_drafted', {});
  if (latest.publishedAt === null) {
    throw new Refusal('minutes_draft_pending', { version: latest.version });
  }
  const version = await newVersion(ctx, assembly, latest.version + 1, actor.name, {
    of: latest.version,
    note: input.note,
  });
  const stored = await ctx.minutes.addCorrection(
    assemblyId,
    version.version,
    JSON.stringify(version),
    drafted(version, signature(actor)),
  );
  if (stored !== 'saved') throw new Refusal('minutes_correction_exists', {});
  return version;
}
