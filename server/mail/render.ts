import type { Language } from '@shared/schemas/person';
import type { RenderedEmail } from './renderedEmail';
import { signInEmail, type SignInEmail } from './templates/signIn';
import { exclusionProposedEmail, type ExclusionProposedEmail } from './templates/exclusionProposed';
import { admissionDecidedEmail, type AdmissionDecidedEmail } from './templates/admissionDecided';
import { convocationEmail, type ConvocationEmail } from './templates/convocation';
import { assemblyNoticeEmail, type AssemblyNoticeEmail } from './templates/assemblyNotice';
import { proxyReceivedEmail, type ProxyReceivedEmail } from './templates/proxyReceived';
import { resultsEmail, type ResultsEmail } from './templates/results';
import { minutesEmail, type MinutesEmail } from './templates/minutes';
import { roomMailEmail, type RoomMailEmail } from './templates/roomMail';
import { replyRefusedEmail, type ReplyRefusedEmail } from './templates/replyRefused';

/** Every e-mail Agora sends, with the data its template needs. */
export interface EmailTemplates {
  signIn: SignInEmail;
  exclusionProposed: ExclusionProposedEmail;
  admissionDecided: AdmissionDecidedEmail;
  convocation: ConvocationEmail;
  assemblyNotice: AssemblyNoticeEmail;
  proxyReceived: ProxyReceivedEmail;
  results: ResultsEmail;
  minutes: MinutesEmail;
  roomMail: RoomMailEmail;
  replyRefused: ReplyRefusedEmail;
}
export type EmailTemplateName = keyof EmailTemplates;

const templates: { [Name in EmailTemplateName]: Record<Language, (data: EmailTemplates[Name]) => RenderedEmail> } = {
  signIn: signInEmail,
  exclusionProposed: exclusionProposedEmail,
  admissionDecided: admissionDecidedEmail,
  convocation: convocationEmail,
  assemblyNotice: assemblyNoticeEmail,
  proxyReceived: proxyReceivedEmail,
  results: resultsEmail,
  minutes: minutesEmail,
  roomMail: roomMailEmail,
  replyRefused: replyRefusedEmail,
};

/** A file sent with an e-mail: named in the job, made when the e-mail is sent (a job never carries the bytes). */
export type EmailAttachment = { kind: 'minutesPdf'; assemblyId: string; version: number; language: Language };

/** A file made for an e-mail, as the transport attaches it. */
export interface MadeAttachment {
  filename: string;
  content: Buffer;
  contentType: string;
}

/** One e-mail to send: who to, in which language, from which template with which data, with which files. */
export type EmailRequest = {
  [Name in EmailTemplateName]: {
    to: string;
    language: Language;
    template: Name;
    data: EmailTemplates[Name];
    attachments?: EmailAttachment[];
    /** Where a reply goes: a reply address of the room, so answering the e-mail posts in its thread. */
    replyTo?: string;
  };
}[EmailTemplateName];

/** Renders an e-mail in the recipient's language; sending is a separate step. */
export function renderEmail(request: EmailRequest): RenderedEmail {
  const render = templates[request.template][request.language] as (data: EmailRequest['data']) => RenderedEmail;
  return render(request.data);
}
