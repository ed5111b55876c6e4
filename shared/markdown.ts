/**
 * The small Markdown of the assembly room: paragraphs, line breaks, **bold**, *italic*, `code`,
 * lists ("- " or "1. "), headings ("# ", "## ", "### "), quotes ("> ") and links (http, https,
 * mailto; bare URLs too). Parsed into a tree the client renders as elements (no HTML from a message
 * ever reaches the page) and the minutes' PDF prints with its type styles.
 */
export type Inline =
  | { type: 'text'; text: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'em'; children: Inline[] }
  | { type: 'code'; text: string }
  | { type: 'link'; href: string; children: Inline[] }
  | { type: 'break' };

export type Block =
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'list'; ordered: boolean; items: Inline[][] }
  | { type: 'heading'; level: 1 | 2 | 3; children: Inline[] }
  | { type: 'quote'; children: Block[] };

const safeHref = (href: string): string | null => (/^(https?:\/\/|mailto:)[^\s<>"]+$/i.test(href) ? href : null);

export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  const pattern =
    /\*\*([^*]+)\*\*|\*([^*\s][^*]*)\*|`([^`]+)`|\[([^\]]+)\]\(([^)\s]+)\)|((?:https?:\/\/|mailto:)[^\s<>()]+[^\s<>().,;:!?'"])/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const index = match.index ?? 0;
    if (index > last) out.push({ type: 'text', text: text.slice(last, index) });
    if (match[1] !== undefined) out.push({ type: 'strong', children: parseInline(match[1]) });
    else if (match[2] !== undefined) out.push({ type: 'em', children: parseInline(match[2]) });
    else if (match[3] !== undefined) out.push({ type: 'code', text: match[3] });
    else if (match[4] !== undefined && match[5] !== undefined) {
      const href = safeHref(match[5]);
      out.push(href ? { type: 'link', href, children: parseInline(match[4]) } : { type: 'text', text: match[0] });
    } else if (match[6] !== undefined) {
      const href = safeHref(match[6]);
      out.push(
        href ? { type: 'link', href, children: [{ type: 'text', text: match[6] }] } : { type: 'text', text: match[6] },
      );
    }
    last = index + match[0].length;
  }
  if (last < text.length) out.push({ type: 'text', text: text.slice(last) });
  return out;
}

function withBreaks(lines: string[]): Inline[] {
  return lines.flatMap((line, index) =>
    index === 0 ? parseInline(line) : [{ type: 'break' } as Inline, ...parseInline(line)],
  );
}

const headingLine = /^\s{0,3}(#{1,3})\s+(.*?)\s*#*\s*$/;
const quoteLine = /^\s{0,3}>\s?/;

/** Consecutive lines of one kind: plain lines make a paragraph or a list, as before headings and quotes. */
function linesBlock(lines: string[]): Block {
  const bullet = lines.every((line) => /^\s*[-*] /.test(line));
  const numbered = lines.every((line) => /^\s*\d+[.)] /.test(line));
  if (bullet || numbered)
    return {
      type: 'list',
      ordered: numbered,
      items: lines.map((line) => parseInline(line.replace(/^\s*(?:[-*]|\d+[.)]) /, ''))),
    };
  return { type: 'paragraph', children: withBreaks(lines) };
}

export function parseMarkdown(source: string, depth = 0): Block[] {
  const blocks: Block[] = [];
  for (const chunk of source.replace(/\r\n?/g, '\n').split(/\n{2,}/)) {
    const lines = chunk.split('\n').filter((line) => line.trim() !== '');
    let plain: string[] = [];
    let quoted: string[] = [];
    const flush = () => {
      if (plain.length > 0) blocks.push(linesBlock(plain));
      // A quote holds blocks of its own, one level deep (a quote in a quote is read as text).
      if (quoted.length > 0)
        blocks.push(
          depth === 0
            ? { type: 'quote', children: parseMarkdown(quoted.join('\n'), depth + 1) }
            : linesBlock(quoted.map((line) => `> ${line}`)),
        );
      plain = [];
      quoted = [];
    };
    for (const line of lines) {
      const heading = headingLine.exec(line);
      if (heading && heading[2]) {
        flush();
        blocks.push({ type: 'heading', level: heading[1]!.length as 1 | 2 | 3, children: parseInline(heading[2]) });
      } else if (quoteLine.test(line)) {
        if (plain.length > 0) flush();
        quoted.push(line.replace(quoteLine, ''));
      } else {
        if (quoted.length > 0) flush();
        plain.push(line);
      }
    }
    flush();
  }
  return blocks;
}
