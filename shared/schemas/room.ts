import { z } from 'zod';
import { multilineText } from './typedText';

import { messageMaxLength } from '../vocabulary';

export { messageMaxLength };

/** A thread is an agenda item's id, or "general" for what belongs to no item. */
export const threadSchema = z.string().regex(/^(general|i[A-Za-z0-9]{4,20})$/, { error: 'Unknown discussion thread' });

const body = multilineText({ error: 'Write a message' })
  .min(1, { error: 'Write a message' })
  .max(messageMaxLength, { error: `A message can have at most ${messageMaxLength} characters` });

/** A message as a person posts it; `clientId` makes a resent message count once. */
export const messageInputSchema = z.object({
  assemblyId: z.string().min(1).max(40),
  thread: threadSchema,
  body,
  replyTo: z
    .string()
    .regex(/^\d+-\d+$/)
    .nullable()
    .default(null),
  clientId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, { error: 'Invalid message id' }),
});
export type MessageInput = z.infer<typeof messageInputSchema>;

const messageRef = {
  assemblyId: z.string().min(1).max(40),
  messageId: z.string().regex(/^\d+-\d+$/, { error: 'Unknown message' }),
};

export const messageEditSchema = z.object({ ...messageRef, body });
export type MessageEdit = z.infer<typeof messageEditSchema>;

export const messageRefSchema = z.object(messageRef);
export type MessageRef = z.infer<typeof messageRefSchema>;

/** The Table hides a message; the reason is kept for the minutes' annex and the audit trail. */
export const messageHideSchema = z.object({
  ...messageRef,
  reason: multilineText().min(3, { error: 'Give the reason (it goes into the minutes)' }).max(500),
});
export type MessageHide = z.infer<typeof messageHideSchema>;

export const messagePinSchema = z.object({ ...messageRef, pinned: z.boolean() });
export type MessagePin = z.infer<typeof messagePinSchema>;

const cursorSchema = z.string().regex(/^(\d+-\d+|0)$/, { error: 'Unknown position in the discussion' });

/** Entering a room; `after`, when coming back, asks only for the changes after the last one seen. */
export const roomJoinSchema = z.object({ assemblyId: z.string().min(1).max(40), after: cursorSchema.optional() });

/** Catch up after being away: every change after the last one seen. */
export const roomHistorySchema = z.object({
  assemblyId: z.string().min(1).max(40),
  after: cursorSchema.default('0'),
});

/** The members a person speaks for when posting (S.2: as their representative). */
export interface SpeaksFor {
  memberNo: number;
  organisation: string;
}

/** A message of the assembly room as stored: every version kept. */
export interface RoomMessage {
  /** The id of the stream entry that created it; orders messages. */
  id: string;
  assemblyId: string;
  thread: string;
  replyTo: string | null;
  author: { personId: string; name: string; speaksFor: SpeaksFor[] };
  body: string;
  postedAt: string;
  /** Earlier bodies, oldest first, with when they were replaced. */
  versions: Array<{ body: string; replacedAt: string }>;
  withdrawnAt: string | null;
  hidden: { by: string; reason: string; at: string } | null;
  pinned: boolean;
  clientId: string;
  /** Incremented by every change, so two changes never overwrite each other. */
  version: number;
  /** How it came, when not from the room: a reply by e-mail. */
  via?: 'email';
}

/** A change of the room as clients receive it; `cursor` is what to ask for after a reconnection. */
export interface RoomEvent {
  cursor: string;
  message: RoomMessage;
}
