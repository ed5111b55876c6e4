import { z } from 'zod';
import { multilineText } from './typedText';
import { officeSchema } from './body';
import { memberNoSchema as memberNo } from './member';
import { minutesContentSchema } from './minutes';
import { minutesInstantSchema as iso } from './minutesMember';

// Signing, publishing and correcting the minutes (R.5), and the versions they make.

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, { error: 'The digest of the minutes is a SHA-256 in hexadecimal' });

/** R.5: the minutes are signed by the president (failing that, the vice-president) and the secretary of the Table. */
export const minutesRoles = ['president', 'secretary'] as const;
export const minutesRoleSchema = z.enum(minutesRoles, { error: 'Sign as the president or as the secretary' });
export type MinutesRole = z.infer<typeof minutesRoleSchema>;

/** A signature: who approved which exact text (the SHA-256 of the content and the statement), in which office, when. */
export const minutesApprovalSchema = z.object({
  role: minutesRoleSchema,
  office: officeSchema,
  memberNo,
  personId: z.string(),
  name: z.string(),
  at: iso,
  digest: sha256,
});
export type MinutesApproval = z.infer<typeof minutesApprovalSchema>;

/** One version of an assembly's minutes; once published it never changes. */
export const minutesVersionSchema = z.object({
  assemblyId: z.string(),
  version: z.number().int().positive(),
  content: minutesContentSchema,
  /** The Table's short statement, printed above the signatures. */
  statement: z.string(),
  /** SHA-256 of the content and the statement: what a signature approves. */
  digest: sha256,
  approvals: z.array(minutesApprovalSchema),
  draftedAt: iso,
  draftedBy: z.string(),
  publishedAt: iso.nullable(),
  publishedBy: z.string().nullable(),
  /** For a correction: the version it corrects and what changed. */
  correctionOf: z.number().int().positive().nullable(),
  correctionNote: z.string().nullable(),
  /** Counts the changes of a draft, so two edits at once never overwrite each other. */
  revision: z.number().int().nonnegative(),
});
export type MinutesVersion = z.infer<typeof minutesVersionSchema>;

export const minutesStatementMaxLength = 4000;

/** The Table edits the statement of a draft, from the revision it read. */
export const minutesStatementInputSchema = z.object({
  statement: multilineText({ error: 'Write the statement' }).max(minutesStatementMaxLength, {
    error: `The statement can have at most ${minutesStatementMaxLength} characters`,
  }),
  revision: z.number({ error: 'Say which revision of the draft you edited' }).int().nonnegative(),
});
export type MinutesStatementInput = z.infer<typeof minutesStatementInputSchema>;

/** A member of the Table signs the text it read, identified by its digest. */
export const minutesSignInputSchema = z.object({
  role: minutesRoleSchema,
  digest: sha256,
});
export type MinutesSignInput = z.infer<typeof minutesSignInputSchema>;

/** The Table publishes the signed text it read. */
export const minutesPublishInputSchema = z.object({ digest: sha256 });
export type MinutesPublishInput = z.infer<typeof minutesPublishInputSchema>;

/** A correction: a new version, with a note saying what changed. */
export const minutesCorrectionInputSchema = z.object({
  note: multilineText({ error: 'Say what the correction changes' })
    .min(10, { error: 'Say what the correction changes (at least 10 characters)' })
    .max(2000, { error: 'The correction note can have at most 2,000 characters' }),
});
export type MinutesCorrectionInput = z.infer<typeof minutesCorrectionInputSchema>;
