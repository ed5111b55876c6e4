import { z } from 'zod';
import { lineText } from './typedText';
import { emailSchema, languageSchema, roomMailSchema, timeZoneSchema } from './person';

/**
 * A person asks for a sign-in link, from a page in `language`: the link's e-mail speaks it (the
 * person's stored language changes only once they are signed in).
 */
export const signInRequestSchema = z.object({ email: emailSchema, language: languageSchema.optional() });
export type SignInRequest = z.infer<typeof signInRequestSchema>;

/** The token from a sign-in link, handed back to open a session. */
export const signInCompleteSchema = z.object({
  // Any text: its signature decides, so a link cut when copied is answered "damaged", like a forged one.
  token: z
    .string({ message: 'The link is incomplete.' })
    .max(2000, { message: 'The link is too long to be one of ours.' }),
});
export type SignInComplete = z.infer<typeof signInCompleteSchema>;

/** What a person may change of their own profile. */
export const profileUpdateSchema = z.object({
  language: languageSchema.optional(),
  timeZone: timeZoneSchema.optional(),
  name: lineText().min(1, { message: 'The name cannot be empty.' }).max(200).optional(),
  plainTextMail: z.boolean().optional(),
  roomMail: roomMailSchema.optional(),
});
export type ProfileUpdate = z.infer<typeof profileUpdateSchema>;
