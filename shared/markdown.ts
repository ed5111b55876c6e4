/**
 * The small Markdown of the assembly room: paragraphs, line breaks, **bold**, *italic*, `code`,
 * lists ("- " or "1. ") and links (http, https, mailto; bare URLs too). Parsed into a tree the
 * client renders as elements: no HTML from a message ever reaches the page.
 */
export type Inline =
  | { type: 'text'; text: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'em'; children: Inline[] }
  | { type: 'code'; text: string }
  | { type: 'link'; href: string; children: Inline[] }
  | { type: 'break' };

export type Block = { type: 'paragraph'; children: Inline[] } | { type: 'list'; ordered: boolean; items: Inline[][] };

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

export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of source.replace(/\r\n?/g, '\n').split(/\n{2,}/)) {
    const lines = chunk.split('\n').filter((line) => line.trim() !== '');
    if (lines.length === 0) continue;
    const bullet = lines.every((line) => /^\s*[-*] /.test(line));
    const numbered = lines.every((line) => /^\s*\d+[.)] /.test(line));
    if (bullet || numbered) {
      blocks.push({
        type: 'list',
        ordered: numbered,
        items: lines.map((line) => parseInline(line.replace(/^\s*(?:[-*]|\d+[.)]) /, ''))),
      });
    } else {
      blocks.push({ type: 'paragraph', children: withBreaks(lines) });
    }
  }
  return blocks;
}
