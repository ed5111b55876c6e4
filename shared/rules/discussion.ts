import type { RoomMessage } from '../schemas/room';
import { messageMaxLength } from '../vocabulary';

// Where the schema validates it; still read from here by the pages and commands.
export { messageMaxLength };

/** How long an author may edit or withdraw a message after posting it (the history stays). */
export const editWindowMs = 10 * 60_000;

/** Why an author may or may not change its message now. */
export type MessageChangeReason =
  | 'message_change_allowed'
  | 'message_not_author'
  | 'message_edit_window_passed'
  | 'message_withdrawn'
  | 'message_hidden';

/** Whether `personId` may edit or withdraw `message` at `now`: its author, within the edit window. */
export function messageChange(
  message: Pick<RoomMessage, 'author' | 'postedAt' | 'withdrawnAt' | 'hidden'>,
  personId: string,
  now: Date,
): { ok: boolean; reason: MessageChangeReason } {
  if (message.author.personId !== personId) return { ok: false, reason: 'message_not_author' };
  if (message.withdrawnAt) return { ok: false, reason: 'message_withdrawn' };
  if (message.hidden) return { ok: false, reason: 'message_hidden' };
  if (now.getTime() - Date.parse(message.postedAt) >= editWindowMs)
    return { ok: false, reason: 'message_edit_window_passed' };
  return { ok: true, reason: 'message_change_allowed' };
}

/** A message as a reader sees it: a hidden one keeps its reason, not its words (the Table sees both). */
export function messageForReader(message: RoomMessage, reader: { table: boolean }): RoomMessage {
  if (message.withdrawnAt) return { ...message, body: '', versions: [] };
  if (message.hidden && !reader.table) return { ...message, body: '', versions: [] };
  return message;
}

/** Orders message ids and cursors ("1700000000000-3", stream ids) by time, then sequence. */
export function compareMessageIds(a: string, b: string): number {
  const [aTime = 0, aSeq = 0] = a.split('-').map(Number);
  const [bTime = 0, bSeq = 0] = b.split('-').map(Number);
  return aTime - bTime || aSeq - bSeq;
}
