import { z } from 'zod';
import { lineText } from './typedText';
import { archiveQueryMaxLength } from '../rules/archiveSearch';

/** GET /api/archive?q=: the words to look for in the past assemblies (none lists them all). */
export const archiveQuerySchema = z.object({
  q: lineText({ error: 'Give the words to look for as text' })
    .max(archiveQueryMaxLength, { error: `A search can have at most ${archiveQueryMaxLength} characters` })
    .default(''),
});
export type ArchiveQuery = z.infer<typeof archiveQuerySchema>;
