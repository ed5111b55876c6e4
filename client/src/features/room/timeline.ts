import { compareMessageIds } from '@shared/rules/discussion';
import type { RoomMessage } from '@shared/schemas/room';

/** What a client knows of a room's discussion: each message in its latest state, and how far it has read. */
export interface Timeline {
  messages: ReadonlyMap<string, RoomMessage>;
  /** The newest change seen from the server: what to ask after when coming back. */
  cursor: string;
}

export const emptyTimeline: Timeline = { messages: new Map(), cursor: '0' };

/**
 * Adds messages to a timeline: a message already known is replaced only by a newer version, so
 * a change arriving twice or late (broadcast, then catch-up) never undoes a later one.
 */
export function withMessages(timeline: Timeline, messages: readonly RoomMessage[], cursor?: string): Timeline {
  let changed = false;
  const next = new Map(timeline.messages);
  for (const message of messages) {
    const known = next.get(message.id);
    if (known && known.version >= message.version) continue;
    next.set(message.id, message);
    changed = true;
  }
  const newer = cursor !== undefined && compareMessageIds(cursor, timeline.cursor) > 0;
  if (!changed && !newer) return timeline;
  return { messages: changed ? next : timeline.messages, cursor: newer ? cursor : timeline.cursor };
}

/** One thread's messages in posting order: pinned ones first, replies right after what they answer. */
export function threadOf(
  timeline: Timeline,
  thread: string,
): { pinned: RoomMessage[]; messages: Array<{ message: RoomMessage; replies: RoomMessage[] }> } {
  const all = [...timeline.messages.values()]
    .filter((message) => message.thread === thread)
    .sort((a, b) => compareMessageIds(a.id, b.id));
  const ids = new Set(all.map((message) => message.id));
  const replies = new Map<string, RoomMessage[]>();
  for (const message of all) {
    if (message.replyTo && ids.has(message.replyTo))
      replies.set(message.replyTo, [...(replies.get(message.replyTo) ?? []), message]);
  }
  return {
    pinned: all.filter((message) => message.pinned && !message.withdrawnAt && !message.hidden),
    messages: all
      .filter((message) => !(message.replyTo && ids.has(message.replyTo)))
      .map((message) => ({ message, replies: replies.get(message.id) ?? [] })),
  };
}

/** How many messages each thread holds (withdrawn ones aside). */
export function threadCounts(timeline: Timeline): Map<string, number> {
  const counts = new Map<string, number>();
  for (const message of timeline.messages.values()) {
    if (!message.withdrawnAt) counts.set(message.thread, (counts.get(message.thread) ?? 0) + 1);
  }
  return counts;
}
