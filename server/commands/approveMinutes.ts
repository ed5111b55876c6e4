import { publishVerdict, signingOffice } from '@shared/rules/minutesApproval';
import type { Actor } from '@shared/rules/permissions';
import type {
  MinutesPublishInput,
  MinutesSignInput,
  MinutesStatementInput,
  MinutesVersion,
} from '@shared/schemas/minutesApproval';
import { enqueue } from '../queue/queues';
import { signature } from '../auth/actor';
import { Refusal } from './refusal';
import type { AuditEntry } from '../store/audit';
import type { Context } from '../context';
import { assemblyOr404 } from './editAssembly';
import { minutesDigest } from './minutes';

const publishedAlready = (version: number) => new Refusal('minutes_published', { version });
const changedMeanwhile = () => new Refusal('minutes_changed', {});

/**
 * Reads a draft, lets `change` make its next state, and stores it if nobody changed it meanwhile
 * (else reads again), with its audit entry. A published version is never written: 409.
 */
async function changeDraft(
  ctx: Pick<Context, 'assemblies' | 'minutes'>,
  assemblyId: string,
  versionNo: number,
  change: (draft: MinutesVersion) => { next: MinutesVersion; entry: AuditEntry },
): Promise<MinutesVersion> {
  await assemblyOr404(ctx, assemblyId);
  for (let attempt = 1; attempt <= 5; attempt++) {
    const stored = await ctx.minutes.version(assemblyId, versionNo);
    if (!stored) throw new Refusal('minutes_not_found', { version: versionNo });
    if (stored.version.publishedAt !== null) throw publishedAlready(versionNo);
    const { next, entry } = change(stored.version);
    const written = { ...next, revision: stored.version.revision + 1 };
    const outcome = await ctx.minutes.replaceDraft(
      assemblyId,
      versionNo,
      stored.version.revision,
      JSON.stringify(written),
      entry,
    );
    if (outcome === 'saved') return written;
    if (outcome === 'published') throw publishedAlready(versionNo);
    if (outcome === 'missing') throw new Refusal('minutes_not_found', { version: versionNo });
  }
  throw new Refusal('minutes_busy', {});
}

/**
 * The Table writes the short statement printed above the signatures. The text changes, so its
 * digest does: signatures given to the earlier text no longer count.
 */
export function editMinutesStatement(
  ctx: Pick<Context, 'assemblies' | 'minutes' | 'now'>,
  actor: Actor,
  assemblyId: string,
  versionNo: number,
  input: MinutesStatementInput,
): Promise<MinutesVersion> {
  return changeDraft(ctx, assemblyId, versionNo, (draft) => {
    if (draft.revision !== input.revision) throw changedMeanwhile();
    const digest = minutesDigest(draft.content, input.statement);
    return {
      next: { ...draft, statement: input.statement, digest },
      entry: {
        at: ctx.now().toISOString(),
        by: signature(actor),
        action: 'minutes.statement_changed',
        subject: `assembly:${assemblyId}`,
        before: { version: versionNo, statement: draft.statement, digest: draft.digest },
        after: { version: versionNo, statement: input.statement, digest },
      },
    };
  });
}

/**
 * R.5: the president of the Table (failing that, the vice-president) and its secretary sign the
 * text they read, named by its digest: who, in which office, when. Signing again replaces one's
 * earlier signature in that role.
 */
export function signMinutes(
  ctx: Pick<Context, 'assemblies' | 'minutes' | 'now'>,
  actor: Actor,
  assemblyId: string,
  versionNo: number,
  input: MinutesSignInput,
): Promise<MinutesVersion> {
  const seats = actor.seats.filter((seat) => seat.body === 'table');
  const office = signingOffice(
    input.role,
    seats.map((seat) => seat.office),
  );
  const seat = seats.find((candidate) => candidate.office === office);
  if (!office || !seat) {
    throw new Refusal('minutes_role', { context: input.role });
  }
  return changeDraft(ctx, assemblyId, versionNo, (draft) => {
    if (draft.digest !== input.digest) throw changedMeanwhile();
    const approval = {
      role: input.role,
      office,
      memberNo: seat.memberNo,
      personId: actor.personId,
      name: actor.name,
      at: ctx.now().toISOString(),
      digest: draft.digest,
    };
    return {
      next: { ...draft, approvals: [...draft.approvals.filter((earlier) => earlier.role !== input.role), approval] },
      entry: {
        at: approval.at,
        by: signature(actor),
        action: 'minutes.signed',
        subject: `assembly:${assemblyId}`,
        before: null,
        after: { version: versionNo, ...approval },
      },
    };
  });
}

/**
 * The Table publishes a signed draft: from then on it is the minutes and never changes. The first
 * publication marks the assembly's minutes as published; every member's representative receives
 * them by e-mail, the PDF attached, in its language.
 */
export async function publishMinutes(
  ctx: Pick<Context, 'assemblies' | 'audit' | 'live' | 'minutes' | 'now' | 'queues'>,
  actor: Actor,
  assemblyId: string,
  versionNo: number,
  input: MinutesPublishInput,
): Promise<MinutesVersion> {
  let published: MinutesVersion;
  try {
    published = await changeDraft(ctx, assemblyId, versionNo, (draft) => {
      if (draft.digest !== input.digest) throw changedMeanwhile();
      const verdict = publishVerdict(draft);
      if (!verdict.ok) {
        throw new Refusal(verdict.reason as Exclude<typeof verdict.reason, 'minutes_publishable'>, {});
      }
      const at = ctx.now().toISOString();
      return {
        next: { ...draft, publishedAt: at, publishedBy: actor.name },
        entry: {
          at,
          by: signature(actor),
          action: 'minutes.published',
          subject: `assembly:${assemblyId}`,
          before: null,
          after: { version: versionNo, digest: draft.digest, correctionOf: draft.correctionOf },
        },
      };
    });
  } catch (error) {
    // Publishing the same text again is refused, but first carries out what follows a publication:
    // one whose follow-up was lost (a crash right after it was stored) is marked and mailed now.
    if (error instanceof Refusal && error.code === 'minutes_published') {
      const stored = await ctx.minutes.version(assemblyId, versionNo);
      if (stored && stored.version.publishedAt !== null && stored.version.digest === input.digest)
        await afterPublication(ctx, actor, stored.version);
    }
    throw error;
  }
  await afterPublication(ctx, actor, published);
  return published;
}

/**
 * What follows a publication, each step happening once however often it runs: the assembly's
 * minutes marked as published, and the e-mail to every member's representative queued.
 */
async function afterPublication(
  ctx: Pick<Context, 'assemblies' | 'audit' | 'live' | 'now' | 'queues'>,
  actor: Actor,
  published: MinutesVersion,
): Promise<void> {
  const { assemblyId } = published;
  const marked = await ctx.assemblies.update(assemblyId, (assembly) =>
    assembly.status === 'convened'
      ? {
          assembly: { ...assembly, status: 'minutes_published' },
          result: { before: assembly.status, after: 'minutes_published', opensAt: assembly.opensAt },
        }
      : null,
  );
  if (marked) {
    await ctx.audit.append({
      at: published.publishedAt ?? ctx.now().toISOString(),
      by: signature(actor),
      action: 'assembly.minutes_published',
      subject: `assembly:${assemblyId}`,
      before: { status: marked.before },
      after: { status: marked.after },
    });
  }
  await enqueue(
    ctx.queues,
    'minutes.mail',
    { assemblyId, version: published.version },
    { jobId: `minutes-mail-${assemblyId}-${published.version}` },
  );
  if (marked) await ctx.live.announcePhase({ id: assemblyId, opensAt: marked.opensAt }, 'minutes_published');
}
