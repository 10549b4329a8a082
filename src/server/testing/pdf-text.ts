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
