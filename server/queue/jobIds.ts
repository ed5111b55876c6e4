import type { AssemblyMoment } from './moments';

/** Deterministic per assembly, moment and opening: the same schedule twice adds nothing. */
export function momentJobId(assemblyId: string, moment: AssemblyMoment, opensAt: string): string {
  return `moment-${assemblyId}-${moment}-${Date.parse(opensAt)}`;
}

/** The id that makes one person's convocation of one sending happen once. */
export function convocationJobId(assemblyId: string, dispatchNo: number, personId: string, resend = 0): string {
  return `convocation-${assemblyId}-${dispatchNo}-${personId}-${resend}`;
}

/** The id that makes one sending of an assembly's convocation fan out once. */
export function dispatchJobId(assemblyId: string, dispatchNo: number): string {
  return `dispatch-${assemblyId}-${dispatchNo}`;
}

/** The id that gathers the votes an assembly opened within one window into one e-mail per person. */
export function votesOpenedJobId(assemblyId: string, windowStart: number): string {
  return `votes-opened-${assemblyId}-${windowStart}`;
}

/** The id that e-mails one new message of a room once to those who want every message. */
export function messageNoticeJobId(assemblyId: string, messageId: string): string {
  return `room-message-${assemblyId}-${messageId}`;
}

/** The id of one of the digests of an assembly's window (the slot-th, counted from the opening). */
export function digestJobId(assemblyId: string, slot: number, opensAt: string): string {
  return `room-digest-${assemblyId}-${slot}-${Date.parse(opensAt)}`;
}

/** The id that posts a reply received by e-mail once, however often its job runs. */
export function replyJobId(key: string): string {
  return `reply-${key}`;
}
