import type { EmailRequest } from '../mail/render';
import type { AssemblyMoment } from './moments';

export interface ConvocationJob {
  assemblyId: string;
  /** The person the one e-mail goes to. */
  personId: string;
  /** The members it concerns: those the person represented when the sending was queued. */
  memberNos: number[];
  dispatchNo: number;
  /** 0 for the dispatch itself, then 1, 2... for each "resend to this person". */
  resend: number;
}

export interface DispatchJob {
  assemblyId: string;
  dispatchNo: number;
}

export interface MomentJob {
  assemblyId: string;
  moment: AssemblyMoment;
  /** The opening the job was scheduled for: if the assembly moved since, the job does nothing. */
  opensAt: string;
}

/** The votes opened in one window of a few minutes: they share one e-mail per person. */
export interface VotesOpenedJob {
  assemblyId: string;
  /** The window the votes opened in: from `windowStart`, before `windowEnd`. */
  windowStart: string;
  windowEnd: string;
}

/** A secret vote whose trustees gave enough shares: its result is computed, checked and counted. */
export interface SecretResultJob {
  assemblyId: string;
  /** The secret vote: a motion's id, or a round's (`<electionId>.r<round>`). */
  boxId: string;
}

export interface MinutesDraftJob {
  assemblyId: string;
}

export interface MinutesMailJob {
  assemblyId: string;
  version: number;
}

/** A new message of a room, to e-mail to those who want every message. */
export interface RoomMessageJob {
  assemblyId: string;
  messageId: string;
}

/** One of the digests of an assembly's window: `slot` counts the intervals since the opening. */
export interface RoomDigestJob {
  assemblyId: string;
  /** The opening the job was scheduled for: if the assembly moved since, the job does nothing. */
  opensAt: string;
  slot: number;
}

/** A reply by e-mail, as the receiver took it: stored here before SMTP is told it arrived. */
export interface MailReplyJob {
  /** The reply address it was sent to (one job per reply address among the recipients). */
  recipient: string;
  /** The sender's address, as the message says it. */
  from: string;
  subject: string;
  /** The message's plain text (its HTML made text when it had no text part). */
  text: string;
  /** A key of the message, the same however often it is delivered: its Message-ID or a digest of it. */
  key: string;
  receivedAt: string;
}

/**
 * Every background or timed job Agora runs, with its payload. One map, so a producer and the
 * handler that consumes a job can never disagree on its shape.
 */
export interface JobPayloads {
  /** Check that the mail transport accepts connections, and record it for the health page. */
  'mail.verify': Record<string, never>;
  /** Render one e-mail from its template and send it. */
  'mail.send': EmailRequest;
  /** Send one person's convocation, for every member it represents (one job per person and sending; its id makes it happen once). */
  'convocation.send': ConvocationJob;
  /** Fan a sending of the convocation out to one job per person. */
  'convocation.dispatch': DispatchJob;
  /** A reminder or a timer of an assembly's schedule: the room opening or closing is announced at once. */
  'assembly.moment': MomentJob;
  /** The e-mails of a moment (a reminder, "the room is open"), each person's once. */
  'assembly.notices': MomentJob;
  /** A few minutes after votes opened: one e-mail per person for whom they wait. */
  'votes.opened': VotesOpenedJob;
  /** Enough trustees decrypted a secret vote's tally: compute the result, check the archive, count the motion (once). */
  'secret.result': SecretResultJob;
  /** After the close: draft version 1 of the minutes (once, whoever runs it). */
  'minutes.draft': MinutesDraftJob;
  /** A version of the minutes was published: e-mail it, the PDF attached, to every member's representative. */
  'minutes.mail': MinutesMailJob;
  /** A message was posted in a room: e-mail it to each person who wants every message. */
  'room.message': RoomMessageJob;
  /** Every few hours of the window: e-mail each person who chose the digest what is new. */
  'room.digest': RoomDigestJob;
  /** A reply received by e-mail: post it in its thread as its person, or tell the sender why not. */
  'mail.reply': MailReplyJob;
}
export type JobName = keyof JobPayloads;
