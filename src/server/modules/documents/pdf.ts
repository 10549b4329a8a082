import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { woffToSfnt } from './woff.js';

const require = createRequire(import.meta.url);

/**
 * The CJK font ships with the project through npm (@fontsource/noto-sans-sc), so a document
 * never depends on the fonts of the machine it is generated on. pdfkit embeds only the glyphs used.
 */
const FONT_FILES = {
  regular: '@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-400-normal.woff',
  bold: '@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-700-normal.woff',
};

let fonts: { regular: Buffer; bold: Buffer } | undefined;

/** The fonts as plain sfnt buffers, unwrapped once per process (see woff.ts for why). */
function loadFonts(): { regular: Buffer; bold: Buffer } {
  fonts ??= {
    regular: woffToSfnt(readFileSync(require.resolve(FONT_FILES.regular)), ['GSUB', 'GPOS']),
    bold: woffToSfnt(readFileSync(require.resolve(FONT_FILES.bold)), ['GSUB', 'GPOS']),
  };
  return fonts;
}

export type Pdf = PDFKit.PDFDocument;

/**
 * Characters the embedded font has no glyph for, with a stand-in it has: without this they
 * print as empty boxes (e.g. the arrows of a process summary 申请→受理→决定).
 */
const STAND_INS: Record<string, string> = { '→': ' > ', '⇒': ' > ', '←': ' < ', '✓': '√', '•': '·' };

export function printable(text: string): string {
  return text.replace(/[→⇒←✓•]/g, (c) => STAND_INS[c] ?? c);
}

export interface PdfMeta {
  title: string;
  subject?: string;
  /** Fixed so the same content always gives the same document. */
  createdAt: Date;
}

/**
 * A4 document with the Chinese fonts registered as `regular` and `bold`. pdfkit (and qrcode) load
 * on the first document, not at server start: they cost a fifth of a second of start-up.
 */
export async function createPdf(meta: PdfMeta): Promise<Pdf> {
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 56, left: 60, right: 60 },
    info: {
      Title: meta.title,
      Subject: meta.subject ?? meta.title,
      Author: '重庆市涪陵区网上行政审批平台',
      Creator: 'onewindow',
      Producer: 'onewindow',
      CreationDate: meta.createdAt,
      ModDate: meta.createdAt,
    },
    // Deterministic file identifier: otherwise pdfkit derives it from the current time.
    pdfVersion: '1.7',
    lang: 'zh-CN',
    displayTitle: true,
  });
  const { regular, bold } = loadFonts();
  doc.registerFont('regular', regular);
  doc.registerFont('bold', bold);
  doc.font('regular');
  return doc;
}

/** Collects the document into one buffer. */
export function pdfToBuffer(doc: Pdf): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

export function heading(doc: Pdf, text: string, size = 20): void {
  doc.font('bold').fontSize(size).text(printable(text), { align: 'center' });
  doc.moveDown(0.6);
  doc.font('regular').fontSize(11);
}

export function section(doc: Pdf, text: string): void {
  doc.moveDown(0.5);
  doc.font('bold').fontSize(13).text(printable(text));
  doc.moveDown(0.25);
  doc.font('regular').fontSize(11);
}

/** A label in bold followed by its value, wrapping under the value's column. */
export function field(doc: Pdf, label: string, value: string): void {
  const left = doc.page.margins.left;
  const labelWidth = 110;
  const width = doc.page.width - left - doc.page.margins.right;
  const y = doc.y;
  doc.font('bold').fontSize(11).text(label, left, y, { width: labelWidth });
  const afterLabel = doc.y;
  doc.font('regular').fontSize(11).text(printable(value) || '—', left + labelWidth, y, { width: width - labelWidth });
  doc.x = left;
  doc.y = Math.max(doc.y, afterLabel) + 3;
}

export function paragraph(doc: Pdf, text: string): void {
  doc.font('regular').fontSize(11).text(printable(text), { align: 'left' });
  doc.moveDown(0.3);
}

/** A simple ruled table; rows wrap and break across pages. */
export function table(doc: Pdf, columns: { header: string; width: number }[], rows: string[][]): void {
  const left = doc.page.margins.left;
  const total = columns.reduce((sum, c) => sum + c.width, 0);
  const available = doc.page.width - left - doc.page.margins.right;
  const widths = columns.map((c) => (c.width / total) * available);
  const padding = 4;
  const drawRow = (raw: string[], font: 'regular' | 'bold') => {
    const cells = raw.map(printable);
    doc.font(font).fontSize(10);
    const heights = cells.map((cell, i) => doc.heightOfString(cell || '—', { width: widths[i]! - padding * 2 }));
    const height = Math.max(...heights) + padding * 2;
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
    const top = doc.y;
    let x = left;
    cells.forEach((cell, i) => {
      doc.rect(x, top, widths[i]!, height).lineWidth(0.5).stroke('#888888');
      doc.fillColor('#000000').text(cell || '—', x + padding, top + padding, { width: widths[i]! - padding * 2 });
      x += widths[i]!;
    });
    doc.x = left;
    doc.y = top + height;
  };
  drawRow(columns.map((c) => c.header), 'bold');
  for (const row of rows) drawRow(row, 'regular');
  doc.font('regular').fontSize(11);
  doc.moveDown(0.5);
}

/** A QR code image (PNG) placed at the given position; a URL is also clickable on screen. */
export async function qrCode(doc: Pdf, text: string, x: number, y: number, size = 80): Promise<void> {
  const { default: QRCode } = await import('qrcode');
  const png = await QRCode.toBuffer(text, { type: 'png', margin: 1, width: size * 3, errorCorrectionLevel: 'M' });
  doc.image(png, x, y, { width: size, height: size });
  if (/^https?:\/\//.test(text)) doc.link(x, y, size, size, text);
}
