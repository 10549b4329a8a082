import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Extracts the text of every page, as a reader (or a screen reader) would get it. */
export async function pdfText(pdf: Buffer): Promise<{ text: string; pages: number }> {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const page = await document.getPage(n);
    const content = await page.getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
  }
  await document.destroy();
  return { text: pages.join('\n'), pages: document.numPages };
}

/** One run of text on a page and the box it occupies (PDF points, origin bottom left). */
export interface TextBox {
  page: number;
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Every non-blank text run of the document with its position, as pdf.js lays it out. */
export async function pdfTextBoxes(pdf: Buffer): Promise<TextBox[]> {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const boxes: TextBox[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const page = await document.getPage(n);
    for (const item of (await page.getTextContent()).items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const [, , , scaleY, x, y] = item.transform as number[];
      boxes.push({ page: n, text: item.str, x: x!, y: y!, width: item.width, height: item.height || Math.abs(scaleY!) });
    }
  }
  await document.destroy();
  return boxes;
}

/** Pairs of runs whose boxes overlap by more than `tolerance` points both ways: text printed over text. */
export function overlappingBoxes(boxes: readonly TextBox[], tolerance = 0.5): [TextBox, TextBox][] {
  const overlaps: [TextBox, TextBox][] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (a.page !== b.page) continue;
      const across = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const down = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      if (across > tolerance && down > tolerance) overlaps.push([a, b]);
    }
  }
  return overlaps;
}
