import { inflateSync } from 'node:zlib';

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

/** One piece of text as a PDF draws it: its page (from 1), its font's name, its size and its words. */
export interface PdfRun {
  page: number;
  font: string;
  size: number;
  y: number;
  text: string;
}

/** The objects of a PDF as pdfkit writes them: each dictionary, and its stream inflated. */
function pdfObjects(pdf: Buffer): Map<number, { dictionary: string; stream: string | null }> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, { dictionary: string; stream: string | null }>();
  const start = /(?:^|\n)(\d+) 0 obj\n/g;
  for (let found = start.exec(text); found; found = start.exec(text)) {
    const begin = found.index + found[0].length;
    const streamAt = text.indexOf('\nstream\n', begin);
    const endAt = text.indexOf('\nendobj', begin);
    if (streamAt >= 0 && streamAt < endAt) {
      const dictionary = text.slice(begin, streamAt);
      const length = Number(/\/Length (\d+)/.exec(dictionary)?.[1] ?? 0);
      const bytes = pdf.subarray(streamAt + 8, streamAt + 8 + length);
      const stream = dictionary.includes('/FlateDecode')
        ? inflateSync(bytes).toString('latin1')
        : bytes.toString('latin1');
      objects.set(Number(found[1]), { dictionary, stream });
      start.lastIndex = streamAt + 8 + length;
    } else objects.set(Number(found[1]), { dictionary: text.slice(begin, endAt), stream: null });
  }
  return objects;
}

/** A font's ToUnicode map: each glyph code to its characters. */
function unicodeMap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  const utf16 = (hex: string) => String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((unit) => parseInt(unit, 16)));
  for (const range of cmap.matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>\s*\[([^\]]*)\]/gi)) {
    const first = parseInt(range[1]!, 16);
    // A ligature maps to several characters: "<0066 0069>" is "fi".
    [...range[3]!.matchAll(/<([0-9a-f\s]+)>/gi)].forEach((unit, index) =>
      map.set(first + index, utf16(unit[1]!.replace(/\s/g, ''))),
    );
  }
  return map;
}

/** Every piece of text a PDF made by pdfkit draws, page by page, with its font and size. */
export function pdfRuns(pdf: Buffer): PdfRun[] {
  const objects = pdfObjects(pdf);
  const ref = (dictionary: string, name: string) => Number(new RegExp(`/${name} (\\d+) 0 R`).exec(dictionary)?.[1]);
  const pagesObject = [...objects.values()].find((object) => /\/Type \/Pages\b/.test(object.dictionary))!;
  const kids = [...(/\/Kids \[([^\]]*)\]/.exec(pagesObject.dictionary)?.[1] ?? '').matchAll(/(\d+) 0 R/g)].map((kid) =>
    Number(kid[1]),
  );
  const runs: PdfRun[] = [];
  kids.forEach((kid, index) => {
    const page = objects.get(kid)!.dictionary;
    const resources = objects.get(ref(page, 'Resources'))!.dictionary;
    const fonts = new Map<string, { name: string; map: Map<number, string> }>();
    for (const font of (/\/Font <<([^>]*)>>/.exec(resources)?.[1] ?? '').matchAll(/\/(\w+) (\d+) 0 R/g)) {
      const dictionary = objects.get(Number(font[2]))!.dictionary;
      fonts.set(font[1]!, {
        name: /\/BaseFont \/(?:[A-Z]+\+)?([\w-]+)/.exec(dictionary)?.[1] ?? '',
        map: unicodeMap(objects.get(ref(dictionary, 'ToUnicode'))?.stream ?? ''),
      });
    }
    let font = { name: '', map: new Map<number, string>() };
    let size = 0;
    let y = 0;
    const content = objects.get(ref(page, 'Contents'))!.stream ?? '';
    for (const op of content.matchAll(
      /\/(\w+) ([\d.]+) Tf|[\d.-]+ [\d.-]+ [\d.-]+ [\d.-]+ [\d.-]+ ([\d.-]+) Tm|\[(.*)\] TJ/g,
    )) {
      if (op[1] !== undefined) {
        font = fonts.get(op[1]) ?? font;
        size = Number(op[2]);
      } else if (op[3] !== undefined) y = Number(op[3]);
      else {
        const text = [...op[4]!.matchAll(/<([0-9a-f]*)>/gi)]
          .flatMap((hex) => (hex[1]!.match(/.{4}/g) ?? []).map((code) => font.map.get(parseInt(code, 16)) ?? ''))
          .join('');
        runs.push({ page: index + 1, font: font.name, size, y, text });
      }
    }
  });
  return runs;
}

/** The text of each page (from 0), its runs joined, a new line where the line changes. */
export function pdfPageTexts(pdf: Buffer): string[] {
  const pages: string[] = [];
  let lastY: number | null = null;
  for (const run of pdfRuns(pdf)) {
    const before = pages[run.page - 1];
    const sameLine = lastY !== null && Math.abs(lastY - run.y) < 2;
    pages[run.page - 1] = before === undefined ? run.text : `${before}${sameLine ? '' : '\n'}${run.text}`;
    lastY = run.y;
  }
  return pages;
}
