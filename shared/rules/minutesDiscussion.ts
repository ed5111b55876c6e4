import type { MinutesMessage } from '../schemas/minutes';
import type { RoomMessage } from '../schemas/room';
import { compareMessageIds } from './discussion';

/**
 * The discussion as the minutes' annex: every message in posting order, numbered from 1, replies
 * pointing to their message's number; withdrawn ones keep their words and say so; hidden ones keep
 * only who hid them, when and why.
 */
export function minutesDiscussion(messages: readonly RoomMessage[]): Map<string, MinutesMessage[]> {
  const ordered = [...messages].sort((a, b) => compareMessageIds(a.id, b.id));
  const numbers = new Map(ordered.map((message, index) => [message.id, index + 1]));
  const threads = new Map<string, MinutesMessage[]>();
  for (const message of ordered) {
    const list = threads.get(message.thread) ?? [];
    list.push({
      number: numbers.get(message.id) ?? 0,
      replyTo: message.replyTo ? (numbers.get(message.replyTo) ?? null) : null,
      author: message.author.name,
      speaksFor: message.author.speaksFor.map(({ memberNo, organisation }) => ({ memberNo, organisation })),
      postedAt: message.postedAt,
      body: message.hidden ? null : message.body,
      edited: message.versions.length > 0,
      ...(message.via === 'email' ? { byEmail: true } : {}),
      withdrawnAt: message.withdrawnAt,
      hidden: message.hidden ? { ...message.hidden } : null,
    });
    threads.set(message.thread, list);
  }
  return threads;
}
