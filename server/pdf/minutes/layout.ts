import { writeMarkdown } from '../markdown';

export const ink = '#1d2430';
export const grey = '#4a5565';

interface Column {
  label: string;
  width: number;
}

/** The page primitives of the minutes: headings, paragraphs, label-value facts and tables that run over pages. */
export interface MinutesPage {
  pdf: PDFKit.PDFDocument;
  left: number;
  width: number;
  room(height: number): void;
  heading(text: string, level: 1 | 2 | 3): void;
  para(text: string, options?: { size?: number; color?: string; bold?: boolean }): void;
  /** A text written in the room's Markdown (a message, a motion, the statement), with its type styles. */
  markdown(text: string, options?: { size?: number; color?: string }): void;
  facts(rows: Array<[string, string]>): void;
  table(columns: Column[], rows: string[][]): void;
  /** "Nobody", greyed, for an empty list. */
  none(): void;
}

/** Lays out the minutes on `pdf`; `nobody` is what an empty list says in the document's language. */
export function minutesPage(pdf: PDFKit.PDFDocument, nobody: string): MinutesPage {
  const left = pdf.page.margins.left;
  const width = pdf.page.width - pdf.page.margins.left - pdf.page.margins.right;
  const bottom = () => pdf.page.height - pdf.page.margins.bottom;
  const room = (height: number) => {
    if (pdf.y + height > bottom()) pdf.addPage();
  };

  const heading = (text: string, level: 1 | 2 | 3) => {
    const size = level === 1 ? 15 : level === 2 ? 12.5 : 11;
    room(size * 4);
    pdf.moveDown(level === 3 ? 0.6 : 1);
    pdf.font('bold').fontSize(size).fillColor(ink).text(text, left, pdf.y, { width });
    pdf.moveDown(0.3);
  };
  const para = (text: string, options: { size?: number; color?: string; bold?: boolean } = {}) => {
    pdf
      .font(options.bold ? 'bold' : 'body')
      .fontSize(options.size ?? 10)
      .fillColor(options.color ?? ink)
      .text(text, left, pdf.y, { width, lineGap: 1.5 });
  };
  const markdown = (text: string, options: { size?: number; color?: string } = {}) =>
    writeMarkdown(pdf, text, { left, width, size: options.size ?? 10, color: options.color ?? ink });
  const facts = (rows: Array<[string, string]>) => {
    const labelWidth = 130;
    for (const [label, value] of rows) {
      pdf.font('body').fontSize(10);
      const height = Math.max(pdf.heightOfString(value, { width: width - labelWidth }), 12);
      room(height + 2);
      const y = pdf.y;
      pdf
        .font('bold')
        .fontSize(10)
        .fillColor(grey)
        .text(label, left, y, { width: labelWidth - 8 });
      pdf
        .font('body')
        .fontSize(10)
        .fillColor(ink)
        .text(value, left + labelWidth, y, { width: width - labelWidth });
      pdf.y = y + height + 2;
    }
  };
  // A table as aligned lines: the header repeated on each page, a thin rule under it.
  const table = (columns: Column[], rows: string[][]) => {
    const scale = width / columns.reduce((sum, column) => sum + column.width, 0);
    const widths = columns.map((column) => column.width * scale);
    const line = (cells: string[], bold: boolean) => {
      pdf.font(bold ? 'bold' : 'body').fontSize(8.5);
      const height = Math.max(
        ...cells.map((cell, index) => pdf.heightOfString(cell || ' ', { width: (widths[index] ?? 40) - 6 })),
      );
      return height;
    };
    const header = () => {
      const height = line(
        columns.map((column) => column.label),
        true,
      );
      const y = pdf.y;
      let x = left;
      columns.forEach((column, index) => {
        pdf
          .font('bold')
          .fontSize(8.5)
          .fillColor(grey)
          .text(column.label, x, y, { width: (widths[index] ?? 40) - 6 });
        x += widths[index] ?? 40;
      });
      pdf.y = y + height + 2;
      pdf
        .moveTo(left, pdf.y)
        .lineTo(left + width, pdf.y)
        .lineWidth(0.5)
        .strokeColor('#b8bec8')
        .stroke();
      pdf.y += 3;
    };
    room(40);
    header();
    for (const row of rows) {
      const height = line(row, false);
      if (pdf.y + height > bottom()) {
        pdf.addPage();
        header();
      }
      const y = pdf.y;
      let x = left;
      row.forEach((cell, index) => {
        pdf
          .font('body')
          .fontSize(8.5)
          .fillColor(ink)
          .text(cell, x, y, { width: (widths[index] ?? 40) - 6 });
        x += widths[index] ?? 40;
      });
      pdf.y = y + height + 2.5;
    }
    pdf.x = left;
    pdf.moveDown(0.4);
  };
  const none = () => para(nobody, { color: grey });
  return { pdf, left, width, room, heading, para, markdown, facts, table, none };
}
