import { parseMarkdown, type Block, type Inline } from '@shared/markdown';

const quoteColor = '#4a5565';

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

function writeBlock(pdf: PDFKit.PDFDocument, block: Block, box: MarkdownBox): void {
  switch (block.type) {
    case 'paragraph':
      writeSpans(pdf, spans(block.children), box.left, box.width, box);
      return;
    case 'heading': {
      const size = box.size * (block.level === 1 ? 1.3 : block.level === 2 ? 1.18 : 1.08);
      writeSpans(pdf, spans(block.children, { ...plain, bold: true }), box.left, box.width, { ...box, size });
      return;
    }
    case 'quote': {
      // Set in from the margin, greyed, with a rule beside it on the page it starts on.
      const indent = box.size * 1.2;
      const page = pdf.page;
      const top = pdf.y;
      writeBlocks(pdf, block.children, {
        ...box,
        left: box.left + indent,
        width: box.width - indent,
        color: quoteColor,
      });
      const bottom = pdf.page === page ? pdf.y : page.height - page.margins.bottom;
      if (pdf.page === page)
        pdf
          .moveTo(box.left + 2, top)
          .lineTo(box.left + 2, bottom - 2)
          .lineWidth(1.5)
          .strokeColor('#b8bec8')
          .stroke();
      return;
    }
    case 'list': {
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
    }
  }
}

function writeBlocks(pdf: PDFKit.PDFDocument, blocks: Block[], box: MarkdownBox): void {
  blocks.forEach((block, index) => {
    if (index > 0) pdf.moveDown(0.35);
    writeBlock(pdf, block, box);
  });
}

/**
 * A text written in the room's Markdown (shared/markdown.ts), drawn with type styles: bold, italic,
 * code in a fixed-width face, links underlined and clickable, lists with their bullets or numbers,
 * headings in bold and larger, quotes set in with a rule. None of the Markdown's own marks is printed.
 */
export function writeMarkdown(pdf: PDFKit.PDFDocument, source: string, box: MarkdownBox): void {
  writeBlocks(pdf, parseMarkdown(source), box);
  pdf.x = box.left;
}
