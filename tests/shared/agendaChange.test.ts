import { describe, expect, it } from 'vitest';
import { changedAgenda } from '@shared/rules/agendaChange';
import type { AgendaItem } from '@shared/schemas/assembly';

const item = (id: string): AgendaItem => ({
  id,
  kind: 'information',
  title: `Item ${id}`,
  description: '',
  subjectMemberNo: null,
  documentIds: [],
  addedAt: '2027-01-01T00:00:00.000Z',
});
const agenda = [item('iaaaa'), item('ibbbb'), item('icccc')];
const added = { id: 'inew1', addedAt: '2027-04-20T10:00:00.000Z' };
const ids = (result: ReturnType<typeof changedAgenda>) =>
  result.ok ? result.agenda.map((entry) => entry.id) : result.reason;

describe('changedAgenda (R.7: an extraordinary assembly amends its agenda on the day)', () => {
  it.each([
    [
      'adds an item at the end',
      { action: 'add', item: { kind: 'ordinary_decision', title: 'Motion', description: '', subjectMemberNo: null } },
      ['iaaaa', 'ibbbb', 'icccc', 'inew1'],
    ],
    ['drops an item', { action: 'drop', itemId: 'ibbbb' }, ['iaaaa', 'icccc']],
    ['moves the last item first', { action: 'move', itemId: 'icccc', to: 0 }, ['icccc', 'iaaaa', 'ibbbb']],
    ['moves an item past the end to the end', { action: 'move', itemId: 'iaaaa', to: 99 }, ['ibbbb', 'icccc', 'iaaaa']],
    ['refuses an item no longer on the agenda', { action: 'drop', itemId: 'izzzz' }, 'agenda_change_item_gone'],
  ] as const)('%s', (_name, change, expected) => {
    expect(ids(changedAgenda(agenda, change as never, added))).toEqual(expected);
  });

  it('never drops the last item', () => {
    expect(ids(changedAgenda([item('iaaaa')], { action: 'drop', itemId: 'iaaaa' }, added))).toBe(
      'agenda_change_last_item',
    );
  });
});
