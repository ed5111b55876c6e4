import { describe, expect, it } from 'vitest';
import { validationMessages } from '@shared/i18n/en/validation';
import { textProblem, withoutUnsafeCharacters } from '@shared/rules/text';
import { profileUpdateSchema } from '@shared/schemas/auth';
import { agendaItemInputSchema } from '@shared/schemas/assembly';
import { registerCsvRowSchema } from '@shared/schemas/registerCsv';
import { messageInputSchema } from '@shared/schemas/room';
import { lineText, multilineText, textProblemMessages } from '@shared/schemas/typedText';

const control = 'The text contains an invisible control character: remove it';
const direction = 'The text contains a character that reverses the writing direction: remove it';
const oneLine = 'Write this on one line, without line breaks or tabs';

/** The first message of a refused input, or null when it is accepted. */
function firstMessage(
  schema: { safeParse(input: unknown): { success: boolean; error?: { issues: Array<{ message: string }> } } },
  input: unknown,
) {
  const result = schema.safeParse(input);
  return result.success ? null : (result.error?.issues[0]?.message ?? 'no message');
}

describe('a typed text holds no control or direction character, and a one-line text no line break', () => {
  it.each([
    { name: 'U+0000 (NUL)', character: '\u0000', single: 'control_character', multi: 'control_character' },
    { name: 'U+001B (escape)', character: '\u001b', single: 'control_character', multi: 'control_character' },
    { name: 'U+007F (delete)', character: '\u007f', single: 'control_character', multi: 'control_character' },
    { name: 'U+0085 (next line, C1)', character: '\u0085', single: 'control_character', multi: 'control_character' },
    { name: 'U+009F (C1, the last)', character: '\u009f', single: 'control_character', multi: 'control_character' },
    {
      name: 'U+202A (left-to-right embedding)',
      character: '\u202a',
      single: 'direction_character',
      multi: 'direction_character',
    },
    {
      name: 'U+202E (right-to-left override)',
      character: '\u202e',
      single: 'direction_character',
      multi: 'direction_character',
    },
    {
      name: 'U+2066 (left-to-right isolate)',
      character: '\u2066',
      single: 'direction_character',
      multi: 'direction_character',
    },
    {
      name: 'U+2069 (pop directional isolate)',
      character: '\u2069',
      single: 'direction_character',
      multi: 'direction_character',
    },
    { name: 'a tab', character: '\t', single: 'line_break', multi: null },
    { name: 'a newline', character: '\n', single: 'line_break', multi: null },
    { name: 'U+2028 (line separator)', character: '\u2028', single: 'line_break', multi: null },
    { name: 'U+00A0 (no-break space)', character: '\u00a0', single: null, multi: null },
    { name: 'U+200F (right-to-left mark: Arabic and Hebrew need it)', character: '\u200f', single: null, multi: null },
  ] as const)('$name: one line $single, several lines $multi', ({ character, single, multi }) => {
    expect(textProblem(`Ev${character}il`, 'single')).toBe(single);
    expect(textProblem(`Ev${character}il`, 'multi')).toBe(multi);
  });

  it.each([
    { text: 'Ev\u0000il\u001b[31m\u202etxt.exe', problem: 'control_character' },
    { text: 'Ev\u202eil\u0000', problem: 'direction_character' },
    { text: 'Commission Régionale — CRP Brava', problem: null },
    { text: 'Ελληνικά, العربية, 日本語 👍', problem: null },
  ] as const)('names the first problem of "$text": $problem', ({ text, problem }) => {
    expect(textProblem(text, 'single')).toBe(problem);
  });

  it('strips, rather than refuses, what no person typed (a file name)', () => {
    expect(withoutUnsafeCharacters('invoice\u202efdp.exe')).toBe('invoicefdp.exe');
    expect(withoutUnsafeCharacters('a\u0000b\u0085c\u2066d\te\n')).toBe('abcde');
    expect(withoutUnsafeCharacters('Re\u0301sume\u0301.pdf')).toBe('Résumé.pdf');
  });
});

describe('the schemas apply the rule to every text a person types, with a sentence the client translates', () => {
  it.each([
    { name: 'a NUL in a name', character: '\u0000', message: control },
    { name: 'an escape in a name', character: '\u001b', message: control },
    { name: 'a C1 control in a name', character: '\u0085', message: control },
    { name: 'a right-to-left override in a name', character: '\u202e', message: direction },
    { name: 'an isolate in a name', character: '\u2069', message: direction },
    { name: 'a tab in a name', character: '\t', message: oneLine },
    { name: 'a newline in a name', character: '\n', message: oneLine },
  ])('$name: "$message"', ({ character, message }) => {
    expect(firstMessage(profileUpdateSchema, { name: `Ev${character}il` })).toBe(message);
    expect(firstMessage(agendaItemInputSchema, { kind: 'information', title: `Accounts${character}2026` })).toBe(
      message,
    );
  });

  const post = (body: string) => ({
    assemblyId: 'a1',
    thread: 'general',
    body,
    clientId: 'client-0001',
  });

  it.each([
    { name: 'a right-to-left override', body: 'Vote \u202eagainst', message: direction },
    { name: 'a NUL', body: 'Vote\u0000for', message: control },
    { name: 'a DEL', body: 'Vote\u007ffor', message: control },
  ])('a room message with $name: "$message"', ({ body, message }) => {
    expect(firstMessage(messageInputSchema, post(body))).toBe(message);
  });

  it('keeps a message over several lines as it was typed, Windows line ends as newlines', () => {
    expect(messageInputSchema.parse(post('First point:\n\t- accounts\r\nSecond point')).body).toBe(
      'First point:\n\t- accounts\nSecond point',
    );
  });

  it('stores NFD input as NFC: "é" typed as e + combining accent is one character', () => {
    const nfd = 'Re\u0301gion Nord'; // as macOS file names and some keyboards send it
    expect(nfd).toHaveLength(12);
    const name = profileUpdateSchema.parse({ name: nfd }).name!;
    expect(name).toBe('R\u00e9gion Nord');
    expect(name).toHaveLength(11);
    expect(multilineText().parse(`Note\r\nde\u0301but`)).toBe('Note\nd\u00e9but');
  });

  it('trims the spaces, tabs and newlines around a one-line text rather than refusing them', () => {
    expect(lineText().parse('\t Ekaterina Smoroda \n')).toBe('Ekaterina Smoroda');
  });

  it('refuses a register cell the same way, naming its column', () => {
    const row = {
      member_no: '61',
      territory_no: '',
      college: 'effective',
      continent: 'Europe',
      country: 'Belgium',
      territory: 'Liège',
      organisation: 'Plateforme\u202e',
      platform_type: 'CLAS',
    };
    const result = registerCsvRowSchema.safeParse(row);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['organisation', direction],
    ]);
    expect(registerCsvRowSchema.parse({ ...row, organisation: 'Plateforme Liège' }).organisation).toBe(
      'Plateforme Liège',
    );
  });

  it('words each problem in the validation catalogue, so the client shows it in French too', () => {
    const english = Object.values(validationMessages) as string[];
    for (const message of Object.values(textProblemMessages)) expect(english).toContain(message);
  });
});
