import { z } from 'zod';
import { normalizedText, textProblem, type TextLines, type TextProblem } from '../rules/text';

/** The schemas' words for each problem of a typed text (shared/i18n/*\/validation.ts translates them). */
export const textProblemMessages: Record<Exclude<TextProblem, null>, string> = {
  control_character: 'The text contains an invisible control character: remove it',
  direction_character: 'The text contains a character that reverses the writing direction: remove it',
  line_break: 'Write this on one line, without line breaks or tabs',
};

type StringParams = Parameters<typeof z.string>[0];

// Refused rather than stripped: the person typing sees why, and nothing is stored other than what they sent.
function typedText(lines: TextLines, params?: StringParams) {
  return z
    .string(params)
    .overwrite((text) => normalizedText(text, lines))
    .trim()
    .check((ctx) => {
      const problem = textProblem(ctx.value, lines);
      if (problem) ctx.issues.push({ code: 'custom', message: textProblemMessages[problem], input: ctx.value });
    });
}

/** A text a person types on one line (a name, a title, a country): NFC, trimmed, no control, direction or line-break character. */
export function lineText(params?: StringParams) {
  return typedText('single', params);
}

/** A text a person types over several lines (a message, reasons, a description): as `lineText`, newlines and tabs kept. */
export function multilineText(params?: StringParams) {
  return typedText('multi', params);
}
