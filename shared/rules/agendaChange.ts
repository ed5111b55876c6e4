import type { AgendaItem } from '../schemas/assembly';
import type { AgendaChange } from '../schemas/voting';

/** Why an agenda change can or cannot be applied to the agenda as it stands. */
export type AgendaChangeReason = 'agenda_change_applied' | 'agenda_change_item_gone' | 'agenda_change_last_item';

/**
 * The agenda after an adopted change on the day (R.7: an extraordinary assembly may amend its
 * agenda): an item added at the end, an item dropped, or an item moved to a position (0-based,
 * clamped). The discussion of a dropped item stays readable in the minutes; the code never
 * decides anything the vote did not.
 */
export function changedAgenda(
  agenda: readonly AgendaItem[],
  change: AgendaChange,
  added: Pick<AgendaItem, 'id' | 'addedAt'>,
):
  | { ok: true; reason: 'agenda_change_applied'; agenda: AgendaItem[] }
  | { ok: false; reason: Exclude<AgendaChangeReason, 'agenda_change_applied'> } {
  if (change.action === 'add') {
    return {
      ok: true,
      reason: 'agenda_change_applied',
      agenda: [...agenda, { ...change.item, id: added.id, addedAt: added.addedAt, documentIds: [] }],
    };
  }
  const index = agenda.findIndex((item) => item.id === change.itemId);
  if (index < 0) return { ok: false, reason: 'agenda_change_item_gone' };
  if (change.action === 'drop') {
    if (agenda.length === 1) return { ok: false, reason: 'agenda_change_last_item' };
    return { ok: true, reason: 'agenda_change_applied', agenda: agenda.filter((item) => item.id !== change.itemId) };
  }
  const rest = agenda.filter((item) => item.id !== change.itemId);
  const to = Math.max(0, Math.min(change.to, rest.length));
  return {
    ok: true,
    reason: 'agenda_change_applied',
    agenda: [...rest.slice(0, to), agenda[index]!, ...rest.slice(to)],
  };
}
