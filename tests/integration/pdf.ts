/** A string of the PDF's document information (/Title, /Subject...), decoded as pdfkit writes it (UTF-16 with a BOM when not ASCII). */
export function pdfInfo(pdf: Buffer, name: string): string | null {
  const text = pdf.toString('latin1');
  // The info dictionary names each string inline, or as an object of its own ("/Title 13 0 R").
  const reference = new RegExp(`/${name} (\\d+) 0 R`).exec(text);
  const opening = reference ? `\n${reference[1]} 0 obj\n(` : `/${name} (`;
  const found = text.indexOf(opening);
  if (found < 0) return null;
  const start = found + opening.length;
  const bytes: number[] = [];
  const escapes: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12, '(': 40, ')': 41, '\\': 92 };
  for (let i = start; i < text.length; i++) {
    const char = text[i]!;
    if (char === ')') break;
    if (char === '\\') {
      const next = text[++i]!;
      if (/[0-7]/.test(next)) {
        const octal = text.slice(i, i + 3).match(/^[0-7]{1,3}/)![0];
        bytes.push(parseInt(octal, 8));
        i += octal.length - 1;
      } else bytes.push(escapes[next] ?? next.charCodeAt(0));
    } else bytes.push(char.charCodeAt(0));
  }
  const raw = Buffer.from(bytes);
  if (raw[0] === 0xfe && raw[1] === 0xff) return raw.subarray(2).swap16().toString('utf16le');
  return raw.toString('latin1');
}
