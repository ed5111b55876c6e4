import { z } from 'zod';
import { lineText } from './typedText';

/** How many e-mails one page of the outbox lists at most. */
export const outboxPageMax = 200;

/**
 * GET /api/outbox?q=&before=&limit=: the e-mails whose recipient or subject holds `q`, newest
 * first, older than the e-mail `before` (the previous page's last), `limit` of them.
 */
export const outboxQuerySchema = z.object({
  q: lineText({ error: 'Give the words to look for as text' })
    .max(200, { error: 'A search can have at most 200 characters' })
    .default(''),
  before: z
    .string()
    .regex(/^\d+-\d+$/, { error: 'Not a message of the outbox' })
    .optional(),
  limit: z.coerce.number().int().min(1).max(outboxPageMax).default(outboxPageMax),
});
export type OutboxQuery = z.infer<typeof outboxQuerySchema>;
