import { z } from 'zod';

export const languages = ['fr', 'en', 'pt', 'ru'] as const;
export const languageSchema = z.enum(languages);
export type Language = z.infer<typeof languageSchema>;

/** An IANA time zone name the runtime knows (Europe/Lisbon, Atlantic/Cape_Verde, ...). */
export const timeZoneSchema = z.string().refine(
  (zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  },
  { message: 'Unknown time zone' },
);

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: 'Not a valid e-mail address' }));

/**
 * What a person receives by e-mail of an assembly's discussion while its room is open: every
 * message, a digest every few hours, or nothing.
 */
export const roomMailChoices = ['each', 'digest', 'none'] as const;
export const roomMailSchema = z.enum(roomMailChoices);
export type RoomMail = z.infer<typeof roomMailSchema>;
/** A person who never chose gets the digest. */
export const defaultRoomMail: RoomMail = 'digest';

/** A natural person: the one who represents one or more members (S.2). */
export const personSchema = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1).max(200),
  email: emailSchema,
  language: languageSchema,
  timeZone: timeZoneSchema,
  /** E-mails as plain text only, no HTML part: for a screen reader, a slow line or a simple mail program. */
  plainTextMail: z.boolean().optional(),
  /** Unset until the person chooses: `defaultRoomMail`. */
  roomMail: roomMailSchema.optional(),
});
export type Person = z.infer<typeof personSchema>;
