/**
 * What a text a person types may hold. Control characters (C0, DEL, C1) end up as NUL bytes in
 * the register's CSV or as terminal escapes in a log, and the bidirectional overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069) show a name reversed: "txt.exe" written as "exe.txt". Newline and
 * tab are kept where a text has several lines (a message, a description, reasons).
 */

/** Why a typed text cannot be stored as it is; null when it can. */
export type TextProblem = 'control_character' | 'direction_character' | 'line_break' | null;

/** Whether a text has several lines (a message, reasons) or one (a name, a title). */
export type TextLines = 'single' | 'multi';

// eslint-disable-next-line no-control-regex -- control characters are exactly what is looked for
const controlCharacter = /[\u0000-\u001f\u007f-\u009f]/u;
const directionCharacter = /[\u202a-\u202e\u2066-\u2069]/u;
/** What breaks a line, or jumps like one: newline, carriage return, tab, and Unicode's own separators. */
const lineBreak = /[\n\r\t\u2028\u2029]/u;
// eslint-disable-next-line no-control-regex -- see above
const unsafeCharacters = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;

/** A typed text in one form: Unicode NFC, and a multi-line text's line ends as "\n" (Windows sends "\r\n"). */
export function normalizedText(text: string, lines: TextLines): string {
  const composed = text.normalize('NFC');
  return lines === 'multi' ? composed.replace(/\r\n?/g, '\n') : composed;
}

/** Why a (normalized) typed text is refused, or null: its first control or direction character, or a line break in a one-line text. */
export function textProblem(text: string, lines: TextLines): TextProblem {
  for (const character of text) {
    if (directionCharacter.test(character)) return 'direction_character';
    if (lineBreak.test(character)) {
      if (lines === 'single') return 'line_break';
      if (character === '\n' || character === '\t') continue;
    }
    if (controlCharacter.test(character)) return 'control_character';
  }
  return null;
}

/** A text no person typed (an uploaded file's name): NFC, its control and direction characters removed rather than refused. */
export function withoutUnsafeCharacters(text: string): string {
  return text.normalize('NFC').replace(unsafeCharacters, '');
}
