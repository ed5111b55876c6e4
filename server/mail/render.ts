import type { Language, Person } from '@shared/schemas/person';
import type { RenderedEmail } from './renderedEmail';
import { signInEmail, type SignInEmail } from './templates/signIn';
import { exclusionProposedEmail, type ExclusionProposedEmail } from './templates/exclusionProposed';
import { admissionDecidedEmail, type AdmissionDecidedEmail } from './templates/admissionDecided';
import { convocationEmail, type ConvocationEmail } from './templates/convocation';
import { assemblyNoticeEmail, type AssemblyNoticeEmail } from './templates/assemblyNotice';
import { proxyReceivedEmail, type ProxyReceivedEmail } from './templates/proxyReceived';
import { resultsEmail, type ResultsEmail } from './templates/results';
import { minutesEmail, type MinutesEmail } from './templates/minutes';
import { trusteeStepEmail, type TrusteeStepEmail } from './templates/trusteeStep';
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
  trusteeStep: TrusteeStepEmail;
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
  trusteeStep: trusteeStepEmail,
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
    /** The person chose plain-text mail: the e-mail leaves with no HTML part. */
    plainText?: boolean;
    template: Name;
    data: EmailTemplates[Name];
    attachments?: EmailAttachment[];
    /** Where a reply goes: a reply address of the room, so answering the e-mail posts in its thread. */
    replyTo?: string;
  };
}[EmailTemplateName];

/** Whom an e-mail goes to, and how they read it: their address, their language, plain text or not. */
export function addressedTo(
  person: Pick<Person, 'email' | 'language' | 'plainTextMail'>,
): Pick<EmailRequest, 'to' | 'language' | 'plainText'> {
  return { to: person.email, language: person.language, ...(person.plainTextMail ? { plainText: true } : {}) };
}

/** The parts of an e-mail as it leaves: to a person who chose plain text, the text alone, no HTML part. */
export function emailParts(request: EmailRequest): { subject: string; text: string; html?: string } {
  const { subject, text, html } = renderEmail(request);
  return request.plainText ? { subject, text } : { subject, text, html };
}

/** Renders an e-mail in the recipient's language; sending is a separate step. */
export function renderEmail(request: EmailRequest): RenderedEmail {
  const render = templates[request.template][request.language] as (data: EmailRequest['data']) => RenderedEmail;
  return render(request.data);
}
