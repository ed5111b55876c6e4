import { z } from 'zod';
import { multilineText } from './typedText';

import { amendedTextMaxLength } from '../vocabulary';

export { amendedTextMaxLength };

/** The two governing texts: the statutes (S.1 to S.12) and the internal rules (R.1 to R.12). */
export const governingTexts = ['statutes', 'rules'] as const;
export const governingTextSchema = z.enum(governingTexts, {
  error: 'The text is either the statutes or the internal rules',
});
export type GoverningText = z.infer<typeof governingTextSchema>;

/** The full new text a statute or rules change proposes, as it will read once adopted. */
export const amendedTextSchema = multilineText({ error: 'Give the full new text' })
  .min(20, { error: 'Give the full new text, as it will read once adopted' })
  .max(amendedTextMaxLength, { error: 'The new text can have at most 100,000 characters' });

/**
 * One numbered version of a governing text (R.12: each adopted change makes a new version;
 * version 0 is the founding one, adopted by the founding assembly of 4 November 2013).
 */
export interface TextVersion {
  text: GoverningText;
  number: number;
  content: string;
  adoptedAt: string;
  /** The assembly and the motion that adopted it; null for version 0. */
  assemblyId: string | null;
  assemblyTitle: string | null;
  motionId: string | null;
  motionTitle: string | null;
  /** SHA-256 of the content, hex: two copies of the same version can be compared at a glance. */
  digest: string;
}

/** A version as a list shows it: everything but its content. */
export type TextVersionSummary = Omit<TextVersion, 'content'>;

/** The address of one version: /api/texts/:text/:version (version 0 is the founding one). */
export const textVersionParamsSchema = z.object({
  text: governingTextSchema,
  version: z.coerce
    .number({ error: 'Give the version as a number' })
    .int({ error: 'Give the version as a whole number' })
    .min(0)
    .max(100_000),
});
