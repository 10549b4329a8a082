import type { CertificatePayloadV2 } from './certificates.js';
import { chineseDate, PLATFORM } from './notices.js';
import { createPdf, pdfToBuffer, printable, qrCode, type Pdf } from './pdf.js';
import { canonicalJson } from './signing.js';

export interface CertificateArtwork {
  /** The content in the current shape (see certificateContent). */
  payload: CertificatePayloadV2;
  /** The payload exactly as stored and signed (an older version stays as it was). */
  signed: unknown;
  /** base64url Ed25519 signature of the canonical payload. */
  signature: string;
  /** The short code derived from the signature, printed for verification by number. */
  checkCode: string;
  keyId: string;
  /** `<base>/verify/<number>?s=<signature>`: what the QR code opens. */
  verifyUrl: string;
  /** Issue instant, for the PDF's dates. */
  issuedAt: string;
  revoked: { on: string; reason: string } | null;
}

const RED = '#b0201c';
const PAGE_MARGIN = 36;
const LEFT = 80;
const QR_SIZE = 110;
/** Largest and smallest type of the content rows: a long business scope shrinks the rows to fit the page. */
const ROW_FONT = { max: 13, min: 7 };

interface Row {
  label: string;
  value: string;
}

/** Height the rows take at a font size, label column and value column as laid out below. */
function rowsHeight(doc: Pdf, rows: readonly Row[], size: number, labelWidth: number, valueWidth: number): number {
  doc.font('regular').fontSize(size);
  return rows.reduce((sum, row) => sum + Math.max(doc.heightOfString(row.value || '—', { width: valueWidth }), size * 1.4) + size * 0.8, 0);
}

/**
 * The certificate (证照) as a one-page PDF, laid out from top to bottom without fixed rows, so a
 * long title or holder name pushes what follows down instead of printing over it; the content
 * rows shrink to fit above the issuing block. Besides the printed fields, the PDF's information
 * dictionary carries the canonical signed payload and the signature, so a verifier holding the
 * public key (GET /api/v1/certificates/public-key) can check the file offline.
 */
export async function renderCertificate(input: CertificateArtwork): Promise<Buffer> {
  const { payload } = input;
  const doc = await createPdf({ title: `${payload.title}（${payload.number}）`, subject: payload.itemName, createdAt: new Date(input.issuedAt) });
  const info = doc.info as Record<string, unknown>;
  info.Keywords = `证照编号 ${payload.number} 校验码 ${input.checkCode}`;
  info.OnewindowCertificate = canonicalJson(input.signed);
  info.OnewindowSignature = `ed25519:${input.keyId}:${input.signature}`;

  const { width, height } = doc.page;
  doc.rect(PAGE_MARGIN, PAGE_MARGIN, width - PAGE_MARGIN * 2, height - PAGE_MARGIN * 2).lineWidth(3).stroke(RED);
  doc.rect(PAGE_MARGIN + 6, PAGE_MARGIN + 6, width - (PAGE_MARGIN + 6) * 2, height - (PAGE_MARGIN + 6) * 2).lineWidth(0.8).stroke(RED);

  const inner = width - LEFT * 2;
  const title = printable(payload.title);
  doc.fillColor(RED).font('bold').fontSize(title.length > 12 ? 24 : 32);
  doc.text(title, LEFT, 96, { width: inner, align: 'center' });
  doc.fillColor('#444444').font('regular').fontSize(11);
  doc.text(`证照编号：${payload.number}　　校验码：${input.checkCode}`, LEFT, doc.y + 10, { width: inner, align: 'center' });
  doc.fillColor('#000000');

  const qrTop = height - 250;
  const rows: Row[] = [
    { label: payload.holderLabel, value: printable(payload.holder) },
    ...payload.lines.map((line) => ({ label: line.label, value: printable(line.value) })),
    { label: '有效期限', value: payload.validUntil ? `${chineseDate(payload.issuedOn)}至${chineseDate(payload.validUntil)}` : '长期' },
  ];
  const top = doc.y + 28;
  const bottom = qrTop - (input.revoked ? 60 : 16);
  const longestLabel = Math.max(...rows.map((r) => [...r.label].length));
  const layout = (size: number) => {
    const labelWidth = longestLabel * size + size * 1.5;
    return { size, labelWidth, valueWidth: inner - labelWidth };
  };
  let fit = layout(ROW_FONT.max);
  while (fit.size > ROW_FONT.min && top + rowsHeight(doc, rows, fit.size, fit.labelWidth, fit.valueWidth) > bottom) fit = layout(fit.size - 0.5);

  let y = top;
  for (const row of rows) {
    doc.font('bold').fontSize(fit.size).text(row.label, LEFT, y, { width: fit.labelWidth - fit.size });
    const labelBottom = doc.y;
    doc.font('regular').fontSize(fit.size).text(row.value || '—', LEFT + fit.labelWidth, y, { width: fit.valueWidth });
    y = Math.max(doc.y, labelBottom, y + fit.size * 1.4) + fit.size * 0.8;
  }

  if (input.revoked) {
    doc.fillColor(RED).font('bold').fontSize(16).text(`本证照已于${chineseDate(input.revoked.on)}撤销：${printable(input.revoked.reason)}`, LEFT, Math.max(y + 6, bottom + 10), { width: inner, align: 'center', height: 44, ellipsis: true });
    doc.fillColor('#000000');
  }

  await qrCode(doc, input.verifyUrl, width - LEFT - QR_SIZE, qrTop, QR_SIZE);
  doc.font('regular').fontSize(9).fillColor('#444444').text('扫码查验真伪', width - LEFT - QR_SIZE, qrTop + QR_SIZE + 4, { width: QR_SIZE, align: 'center' });

  const blockWidth = inner - QR_SIZE - 20;
  doc.font('bold').fontSize(14).fillColor('#000000').text(printable(payload.department), LEFT, qrTop + 20, { width: blockWidth });
  doc.font('regular').fontSize(12).text(chineseDate(payload.issuedOn), LEFT, doc.y + 4, { width: blockWidth });
  const bundle = payload.bundle.size > 1 ? `；办件结果共 ${payload.bundle.size} 份，本件为第 ${payload.bundle.position} 份` : '';
  doc.font('regular').fontSize(9).fillColor('#444444').text(`办件编号：${payload.receiptNo}${bundle}`, LEFT, doc.y + 10, { width: blockWidth });

  const short = `${input.signature.slice(0, 16)}…${input.signature.slice(-8)}`;
  doc.fontSize(8).fillColor('#555555');
  doc.text(`电子签名：Ed25519 · 密钥 ${input.keyId} · ${short}`, LEFT, height - 110, { width: inner });
  doc.text(`本证照由${PLATFORM}签发。扫描二维码，或在查验页输入证照编号和校验码，可查验证照是否真实、是否仍然有效。`, LEFT, doc.y + 2, { width: inner });
  doc.fillColor('#000000');
  return pdfToBuffer(doc);
}
