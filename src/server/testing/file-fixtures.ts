import { crc32, deflateSync } from 'node:zlib';

/**
 * Tiny valid files for upload tests, made in code. `variant` changes the bytes (not the type),
 * so a test can make distinct contents.
 */

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A 1×1 RGB PNG; the variant is a tEXt comment. */
export function tinyPng(variant = ''): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0);
  header.writeUInt32BE(1, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit, truecolour, deflate, no filter, no interlace
  const pixels = deflateSync(Buffer.from([0, 0x2f, 0x54, 0x8a])); // filter byte + one blue pixel
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    ...(variant ? [pngChunk('tEXt', Buffer.from(`Comment\0${variant}`, 'latin1'))] : []),
    pngChunk('IDAT', pixels),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

// A 1×1 greyscale baseline JPEG.
const JPEG_1X1 =
  '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=';

/** A 1×1 JPEG; the variant is a COM segment right after SOI. */
export function tinyJpeg(variant = ''): Buffer {
  const jpeg = Buffer.from(JPEG_1X1, 'base64');
  if (!variant) return jpeg;
  const text = Buffer.from(variant, 'latin1');
  const length = Buffer.alloc(2);
  length.writeUInt16BE(text.length + 2);
  return Buffer.concat([jpeg.subarray(0, 2), Buffer.from([0xff, 0xfe]), length, text, jpeg.subarray(2)]);
}

/** A one-page PDF with a correct cross-reference table; the variant is its title. */
export function tinyPdf(variant = 'onewindow'): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] >>',
    `<< /Title (${variant.replace(/[()\\]/g, '')}) >>`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 4 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** A web page: what an attacker would rename to .pdf. */
export const HTML_PAGE = Buffer.from('<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>\n');

/** A Windows executable header, likewise. */
export const EXE_HEADER = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(126)]);

/**
 * A real multipart/form-data body, as a browser's FormData makes it.
 * @example t.app.inject({ method: 'POST', url, ...(await multipartBody([{ bytes: tinyPdf(), filename: '营业执照.pdf' }])) })
 */
export async function multipartBody(parts: { field?: string; bytes: Buffer; filename: string; type?: string }[]) {
  const form = new FormData();
  for (const part of parts) form.append(part.field ?? 'file', new Blob([new Uint8Array(part.bytes)], { type: part.type ?? '' }), part.filename);
  const encoded = new Response(form);
  return { payload: Buffer.from(await encoded.arrayBuffer()), headers: { 'content-type': encoded.headers.get('content-type')! } };
}
