import { randomBytes } from 'node:crypto';
import { agendaItemAllowed, assemblyPhase, closesAtFor } from '@shared/rules/assemblies';
import { noticeVerdict } from '@shared/rules/notice';
import type { Actor } from '@shared/rules/permissions';
import type { AgendaItemInput, Assembly, AssemblyDraft } from '@shared/schemas/assembly';
import { signature } from '../auth/actor';
import { Refusal } from './refusal';
import { assertNoOverlap } from './assemblyOverlap';
import type { Context } from '../context';

const newId = (prefix: string) => `${prefix}${randomBytes(6).toString('base64url').replace(/[-_]/g, 'x')}`;

/** The assembly, or a 404 that says which one was looked for. */
export async function assemblyOr404(ctx: Pick<Context, 'assemblies'>, id: string): Promise<Assembly> {
  const assembly = await ctx.assemblies.get(id);
  if (!assembly) throw new Refusal('assembly_not_found', { context: 'removed' });
  return assembly;
}

/** Saves a change of an assembly, or 404 when it is not there; the audit trail records it. */
async function change(
  ctx: Pick<Context, 'assemblies' | 'audit' | 'now'>,
  actor: Actor,
  id: string,
  action: string,
  edit: (assembly: Assembly) => Assembly,
): Promise<Assembly> {
  const saved = await ctx.assemblies.update(id, (assembly) => {
    const edited = edit(assembly);
    const next =
      edited.status === 'convened' && action !== 'assembly.updated' ? { ...edited, unsentChanges: true } : edited;
    return { assembly: next, result: { before: assembly, after: next } };
  });
  if (!saved) throw new Refusal('assembly_not_found', {});
  await ctx.audit.append({
    at: ctx.now().toISOString(),
    by: signature(actor),
    action,
    subject: `assembly:${id}`,
    before: saved.before,
    after: saved.after,
  });
  return saved.after;
}

/** R.6, R.7: the agenda of a convened assembly changes only with a new convocation and its notice. */
function assertEditable(assembly: Assembly, now: Date, ctx: Pick<Context, 'statutes'>): void {
  const phase = assemblyPhase(assembly, now);
  if (phase === 'draft') return;
  if (phase !== 'convened') {
    throw new Refusal('assembly_not_editable', { phase });
  }
  const notice = noticeVerdict(assembly.kind, new Date(assembly.opensAt), now, ctx.statutes);
  if (!notice.ok) {
    throw new Refusal('notice_too_short', { latestDispatchAt: notice.latestDispatchAt.toISOString() });
  }
}

/** Only the Table creates an assembly (R.6, R.7); it starts as a draft. */
export async function createAssembly(
  ctx: Pick<Context, 'assemblies' | 'audit' | 'now' | 'statutes'>,
  actor: Actor,
  draft: AssemblyDraft,
): Promise<Assembly> {
  const opensAt = new Date(draft.opensAt);
  const assembly: Assembly = {
    id: newId('a'),
    kind: draft.kind,
    title: draft.title,
    opensAt: opensAt.toISOString(),
    closesAt: closesAtFor(opensAt, ctx.statutes).toISOString(),
    referenceTimeZone: ctx.statutes.referenceTimeZone,
    hybrid: draft.hybrid,
    status: 'draft',
    createdAt: ctx.now().toISOString(),
    createdBy: actor.name,
    agenda: [],
    dispatches: [],
    unsentChanges: false,
    cancelled: null,
  };
  await assertNoOverlap(ctx, assembly);
  await ctx.assemblies.create(assembly);
  await ctx.audit.append({
    at: assembly.createdAt,
    by: signature(actor),
    action: 'assembly.created',
    subject: `assembly:${assembly.id}`,
    before: null,
    after: assembly,
  });
  return assembly;
}

/** Changes the title, kind or opening of a draft; closesAt always follows from the opening (R.6). */
export async function updateAssembly(
  ctx: Pick<Context, 'assemblies' | 'audit' | 'now' | 'statutes'>,
  actor: Actor,
  id: string,
  draft: AssemblyDraft,
): Promise<Assembly> {
  const opensAt = new Date(draft.opensAt);
  await assertNoOverlap(ctx, {
    id,
    opensAt: opensAt.toISOString(),
    closesAt: closesAtFor(opensAt, ctx.statutes).toISOString(),
  });
  return change(ctx, actor, id, 'assembly.updated', (assembly) => {
    if (assembly.status !== 'draft') {
      throw new Refusal('assembly_not_draft', {});
    }
    for (const item of assembly.agenda) {
      if (!agendaItemAllowed(item.kind, draft.kind, ctx.statutes).ok) {
        throw new Refusal('agenda_item_not_allowed', { title: item.title, kind: draft.kind });
      }
    }
    return {
      ...assembly,
      kind: draft.kind,
      title: draft.title,
      hybrid: draft.hybrid,
      opensAt: opensAt.toISOString(),
      closesAt: closesAtFor(opensAt, ctx.statutes).toISOString(),
    };
  });
}

/** Adds an item at the end of the agenda; its kind must be one this assembly may decide (S.11, S.12). */
export async function addAgendaItem(
  ctx: Pick<Context, 'assemblies' | 'audit' | 'now' | 'statutes'>,
  actor: Actor,
  id: string,
  input: AgendaItemInput,
): Promise<Assembly> {
  const now = ctx.now();
  return change(ctx, actor, id, 'assembly.agenda_item_added', (assembly) => {
    assertEditable(assembly, now, ctx);
    const allowed = agendaItemAllowed(input.kind, assembly.kind, ctx.statutes);
    if (!allowed.ok) {
      throw new Refusal(
        allowed.reason as Exclude<typeof allowed.reason, 'agenda_item_allowed'>,
        {},
        { issues: [{ path: 'kind', message: 'Not on the agenda of this kind of assembly' }] },
      );
    }
    return {
      ...assembly,
      agenda: [...assembly.agenda, { ...input, id: newId('i'), documentIds: [], addedAt: now.toISOString() }],
    };
  });
}

/** Removes an item (and forgets its documents on the agenda). */
export async function removeAgendaItem(
  ctx: Pick<Context, 'assemblies' | 'audit' | 'now' | 'statutes'>,
  actor: Actor,
  id: string,
  itemId: string,
): Promise<Assembly> {
  const now = ctx.now();
  return change(ctx, actor, id, 'assembly.agenda_item_removed', (assembly) => {
    assertEditable(assembly, now, ctx);
    if (!assembly.agenda.some((item) => item.id === itemId)) throw new Refusal('item_not_found', {});
    return { ...assembly, agenda: assembly.agenda.filter((item) => item.id !== itemId) };
  });
}

/** Moves an item up or down the agenda. */
export async function moveAgendaItem(
  ctx: Pick<Context, 'assemblies' | 'audit' | 'now' | 'statutes'>,
  actor: Actor,
  id: string,
  itemId: string,
  to: number,
): Promise<Assembly> {
  const now = ctx.now();
  return change(ctx, actor, id, 'assembly.agenda_reordered', (assembly) => {
    assertEditable(assembly, now, ctx);
    const item = assembly.agenda.find((candidate) => candidate.id === itemId);
    if (!item) throw new Refusal('item_not_found', {});
    const rest = assembly.agenda.filter((candidate) => candidate.id !== itemId);
    const position = Math.max(0, Math.min(rest.length, to));
    return { ...assembly, agenda: [...rest.slice(0, position), item, ...rest.slice(position)] };
  });
}

/** Attaches an uploaded document to an agenda item. */
export async function attachDocument(
  ctx: Pick<Context, 'assemblies' | 'audit' | 'now' | 'statutes'>,
  actor: Actor,
  id: string,
  itemId: string,
  documentId: string,
): Promise<Assembly> {
  const now = ctx.now();
  return change(ctx, actor, id, 'assembly.document_attached', (assembly) => {
    assertEditable(assembly, now, ctx);
    if (!assembly.agenda.some((item) => item.id === itemId)) throw new Refusal('item_not_found', {});
    return {
      ...assembly,
      agenda: assembly.agenda.map((item) =>
        item.id === itemId ? { ...item, documentIds: [...item.documentIds, documentId] } : item,
      ),
    };
  });
}

export { newId };
