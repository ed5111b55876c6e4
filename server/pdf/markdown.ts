import { parseMarkdown, type Inline } from '@shared/markdown';

/** How a piece of text is drawn: the room's Markdown as the PDF's type styles. */
interface Style {
  bold: boolean;
  italic: boolean;
  code: boolean;
  href: string | null;
}

interface Span extends Style {
  text: string;
}

export interface MarkdownBox {
  left: number;
  width: number;
  size: number;
  color: string;
  /** The colour of a link's words (underlined too). */
  linkColor?: string;
  lineGap?: number;
}

const plain: Style = { bold: false, italic: false, code: false, href: null };

function spans(inlines: Inline[], style: Style = plain): Span[] {
  return inlines.flatMap((inline): Span[] => {
    switch (inline.type) {
      case 'text':
        return [{ ...style, text: inline.text }];
      case 'break':
        return [{ ...style, text: '\n' }];
      case 'code':
        return [{ ...style, code: true, text: inline.text }];
      case 'strong':
        return spans(inline.children, { ...style, bold: true });
      case 'em':
        return spans(inline.children, { ...style, italic: true });
      case 'link':
        return spans(inline.children, { ...style, href: inline.href });
    }
  });
}

const fontOf = (span: Style) =>
  span.code ? 'mono' : span.bold && span.italic ? 'boldItalic' : span.bold ? 'bold' : span.italic ? 'italic' : 'body';

/** One run of styled spans as a paragraph starting at (x, pdf.y), `width` wide. */
function writeSpans(pdf: PDFKit.PDFDocument, list: Span[], x: number, width: number, box: MarkdownBox): void {
  const shown = list.filter((span) => span.text !== '');
  if (shown.length === 0) return;
  shown.forEach((span, index) => {
    pdf
      .font(fontOf(span))
      .fontSize(span.code ? box.size * 0.92 : box.size)
      .fillColor(span.href ? (box.linkColor ?? '#1f4f99') : box.color);
    const options = {
      width,
      lineGap: box.lineGap ?? 1.5,
      continued: index < shown.length - 1,
      link: span.href,
      underline: span.href !== null,
    };
    if (index === 0) pdf.text(span.text, x, pdf.y, options);
    else pdf.text(span.text, options);
  });
}

/**
 * A text written in the room's Markdown (shared/markdown.ts), drawn with type styles: bold, italic,
 * code in a fixed-width face, links underlined and clickable, lists with their bullets or numbers.
 * Nothing of the Markdown's own characters is printed.
 */
export function writeMarkdown(pdf: PDFKit.PDFDocument, source: string, box: MarkdownBox): void {
  const blocks = parseMarkdown(source);
  blocks.forEach((block, index) => {
    if (index > 0) pdf.moveDown(0.35);
    if (block.type === 'paragraph') {
      writeSpans(pdf, spans(block.children), box.left, box.width, box);
      return;
    }
    const indent = box.size * 1.6;
    block.items.forEach((item, position) => {
      const y = pdf.y;
      pdf
        .font('body')
        .fontSize(box.size)
        .fillColor(box.color)
        .text(block.ordered ? `${position + 1}.` : '•', box.left, y, { width: indent - 3, align: 'right' });
      pdf.y = y;
      writeSpans(pdf, spans(item), box.left + indent + 3, box.width - indent - 3, box);
    });
  });
  pdf.x = box.left;
}
