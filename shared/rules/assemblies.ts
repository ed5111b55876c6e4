import type { AgendaItemKind, Assembly, AssemblySchedule } from '../schemas/assembly';
import { type Statutes, togetherStatutes } from '../statutes';
import { motionAllowed, motionKindOfAgendaItem } from './motions';
import { noticeVerdict, type NoticeVerdict } from './notice';
import { assemblyWindow, windowPhase } from './window';

/** Where an assembly stands for the people who take part: the Table's decisions and the clock. */
export type AssemblyPhase = 'draft' | 'convened' | 'open' | 'closed' | 'minutes_published' | 'cancelled';

/**
 * The phase of an assembly at `now` (R.6: the room is open during [opensAt, closesAt) only; the
 * server decides from the stored window, whatever a job or a client clock says).
 */
export function assemblyPhase(assembly: Pick<Assembly, 'status' | 'opensAt' | 'closesAt'>, now: Date): AssemblyPhase {
  if (assembly.status === 'draft' || assembly.status === 'cancelled' || assembly.status === 'minutes_published')
    return assembly.status;
  const phase = windowPhase({ opensAt: new Date(assembly.opensAt), closesAt: new Date(assembly.closesAt) }, now);
  return phase === 'before' ? 'convened' : phase;
}

/** What the statutory calendar reads of an assembly (S.6, S.7). */
export function scheduleOf(assembly: Assembly, now: Date): AssemblySchedule {
  const phase = assemblyPhase(assembly, now);
  const state =
    phase === 'draft' || phase === 'cancelled'
      ? phase
      : phase === 'closed' || phase === 'minutes_published'
        ? 'held'
        : 'convened';
  return { id: assembly.id, kind: assembly.kind, opensAt: new Date(assembly.opensAt), state, hybrid: assembly.hybrid };
}

/** closesAt for a chosen opening: exactly the session length later (R.6). */
export function closesAtFor(opensAt: Date, statutes: Statutes = togetherStatutes): Date {
  return assemblyWindow(opensAt, statutes).closesAt;
}

/** Why an agenda item may or may not stand on this assembly's agenda (S.11, S.12, R.7). */
export type AgendaItemReason = 'agenda_item_allowed' | 'agenda_item_needs_extraordinary' | 'agenda_item_needs_ordinary';

export function agendaItemAllowed(
  itemKind: AgendaItemKind,
  assemblyKind: Assembly['kind'],
  statutes: Statutes = togetherStatutes,
): { ok: boolean; reason: AgendaItemReason } {
  const motionKind = motionKindOfAgendaItem[itemKind];
  if (motionKind === null) return { ok: true, reason: 'agenda_item_allowed' };
  const verdict = motionAllowed(motionKind, assemblyKind, statutes);
  if (verdict.ok) return { ok: true, reason: 'agenda_item_allowed' };
  return {
    ok: false,
    reason: verdict.allowedAt.includes('extraordinary')
      ? 'agenda_item_needs_extraordinary'
      : 'agenda_item_needs_ordinary',
  };
}

/** Whether the Table may send the convocation now, and if not, why (R.6, R.7). */
export type ConvocationReason =
  'convocation_ready' | 'convocation_no_agenda' | 'convocation_not_draft' | 'convocation_notice_too_short';

export interface ConvocationVerdict {
  ok: boolean;
  reason: ConvocationReason;
  /** The notice the convocation would give if sent at `now`. */
  notice: NoticeVerdict;
}

/**
 * Checks a convocation before anything is sent: an agenda, a draft, and enough notice from `now`
 * (R.6: 15 x 24 h; R.7: one calendar month). The same verdict the Table sees while editing.
 */
export function convocationVerdict(
  assembly: Pick<Assembly, 'kind' | 'opensAt' | 'status' | 'agenda'>,
  now: Date,
  statutes: Statutes = togetherStatutes,
): ConvocationVerdict {
  const notice = noticeVerdict(assembly.kind, new Date(assembly.opensAt), now, statutes);
  const reason: ConvocationReason =
    assembly.status !== 'draft'
      ? 'convocation_not_draft'
      : assembly.agenda.length === 0
        ? 'convocation_no_agenda'
        : !notice.ok
          ? 'convocation_notice_too_short'
          : 'convocation_ready';
  return { ok: reason === 'convocation_ready', reason, notice };
}
