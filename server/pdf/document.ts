import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';

const require = createRequire(import.meta.url);
// DejaVu Sans: Latin with every accent, and Cyrillic for the Russian territories' names.
const regular = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const bold = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');
const italic = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf');
const boldItalic = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-BoldOblique.ttf');
const mono = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSansMono.ttf');

/**
 * An A4 document with Agora's fonts registered as 'body', 'bold', 'italic',
 * 'boldItalic' and 'mono', and a promise of its bytes
 * once `pdf.end()` is called. Every printable document (convocations, minutes) starts here.
 */
export function agoraPdf(options: PDFKit.PDFDocumentOptions = {}): { pdf: PDFKit.PDFDocument; done: Promise<Buffer> } {
  const pdf = new PDFDocument({ size: 'A4', margins: { top: 56, bottom: 56, left: 64, right: 64 }, ...options });
  pdf.registerFont('body', regular);
  pdf.registerFont('bold', bold);
  pdf.registerFont('italic', italic);
  pdf.registerFont('boldItalic', boldItalic);
  pdf.registerFont('mono', mono);
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  return { pdf, done };
}
