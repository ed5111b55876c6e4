/**
 * What a person wrote in a reply by e-mail, without what their mail program added: the quoted
 * message under "On … wrote:" (or its French, Portuguese and Russian forms, or Outlook's header
 * block), the lines quoted with ">", and the signature after "-- ".
 */
export function stripQuotedText(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const kept: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const trimmed = line.trim();
    // A signature: the standard "-- " separator (also sent as "--" once trailing spaces are trimmed).
    if (line === '-- ' || line === '--') break;
    if (isQuoteHeader(trimmed, lines[index + 1]?.trim() ?? '')) break;
    if (isOutlookHeader(lines, index)) break;
    if (
      /^_{10,}$|^-{5,}\s*(Original Message|Message d'origine|Mensagem original|Исходное сообщение)\s*-{5,}$/i.test(
        trimmed,
      )
    )
      break;
    if (trimmed.startsWith('>')) continue;
    kept.push(line);
  }
  return kept.join('\n').trim();
}

/** "On Mon, 7 Dec 2026 at 10:00, Ana <ana@…> wrote:", possibly wrapped over two lines. */
const quoteHeaders = [
  /^On\b.*\bwrote:$/i,
  /^Le\b.*\ba écrit\s?:$/i,
  /^Em\b.*\bescreveu:$/i,
  /(^|\s)написал(а|\(а\))?\s?:$/iu,
];

function isQuoteHeader(line: string, next: string): boolean {
  if (quoteHeaders.some((header) => header.test(line))) return true;
  // Mail programs wrap a long header line: "On …, Ana" / "<ana@example.org> wrote:".
  return /^(On|Le|Em)\b/.test(line) && next !== '' && quoteHeaders.some((header) => header.test(`${line} ${next}`));
}

/** Outlook's block: "From:"/"De:"/"От:" followed within a few lines by "Sent:"/"Envoyé :"/"Enviada:"/"To:"/"À :"… */
function isOutlookHeader(lines: string[], index: number): boolean {
  const line = lines[index]!.trim().replace(/^\*+|\*+$/g, '');
  if (!/^(From|De|От)\s?:/i.test(line)) return false;
  return lines
    .slice(index + 1, index + 5)
    .some((next) =>
      /^\**(Sent|Date|To|Subject|Envoyé|À|Objet|Enviada|Enviado|Para|Assunto|Отправлено|Кому|Тема|Дата)\s?\**\s?:/i.test(
        next.trim(),
      ),
    );
}
