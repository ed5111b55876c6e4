import { describe, expect, it } from 'vitest';
import { editWindowMs, messageChange, messageForReader } from '@shared/rules/discussion';
import type { RoomMessage } from '@shared/schemas/room';

const postedAt = '2026-10-24T10:00:00.000Z';
const message: RoomMessage = {
  id: '1-0',
  assemblyId: 'a1',
  thread: 'general',
  replyTo: null,
  author: { personId: 'p1', name: 'Ana', speaksFor: [] },
  body: 'words',
  postedAt,
  versions: [{ body: 'first words', replacedAt: postedAt }],
  withdrawnAt: null,
  hidden: null,
  pinned: false,
  clientId: 'c1',
  version: 2,
};
const at = (ms: number) => new Date(Date.parse(postedAt) + ms);

describe('changing a message', () => {
  it.each([
    ['its author, just posted', message, 'p1', at(0), 'message_change_allowed'],
    ['its author, a millisecond before ten minutes', message, 'p1', at(editWindowMs - 1), 'message_change_allowed'],
    ['its author, at ten minutes', message, 'p1', at(editWindowMs), 'message_edit_window_passed'],
    ['someone else', message, 'p2', at(0), 'message_not_author'],
    ['a withdrawn message', { ...message, withdrawnAt: postedAt }, 'p1', at(0), 'message_withdrawn'],
    ['a hidden message', { ...message, hidden: { by: 'T', reason: 'r', at: postedAt } }, 'p1', at(0), 'message_hidden'],
  ] as const)('%s', (_name, subject, personId, now, reason) => {
    expect(messageChange(subject, personId, now).reason).toBe(reason);
  });

  it('shows members the reason of a hidden message, not its words; the Table sees both', () => {
    const hidden = { ...message, hidden: { by: 'Table', reason: 'Insult', at: postedAt } };
    expect(messageForReader(hidden, { table: false })).toMatchObject({
      body: '',
      versions: [],
      hidden: { reason: 'Insult' },
    });
    expect(messageForReader(hidden, { table: true })).toMatchObject({ body: 'words', hidden: { reason: 'Insult' } });
  });
});
