import type { CertificatePayload } from './certificates.js';
import { chineseDate, PLATFORM } from './notices.js';
import { createPdf, pdfToBuffer, printable, qrCode } from './pdf.js';
import { canonicalJson } from './signing.js';

export interface CertificateArtwork {
  payload: CertificatePayload;
  /** base64url Ed25519 signature of the canonical payload. */
  signature: string;
  keyId: string;
  /** `<base>/verify/<number>?s=<signature>`: what the QR code opens. */
  verifyUrl: string;
  /** Issue instant, for the PDF's dates. */
  issuedAt: string;
  revoked: { on: string; reason: string } | null;
}

/**
 * The certificate (证照) as a one-page PDF. Besides the printed fields, the PDF's information
 * dictionary carries the canonical signed payload and the signature, so a verifier holding the
 * public key (GET /api/v1/certificates/public-key) can check the file offline.
 */
export async function renderCertificate(input: CertificateArtwork): Promise<Buffer> {
  const { payload } = input;
  const doc = createPdf({ title: `${payload.title}（${payload.number}）`, subject: payload.itemName, createdAt: new Date(input.issuedAt) });
  const info = doc.info as Record<string, unknown>;
  info.Keywords = `证照编号 ${payload.number}`;
  info.OnewindowCertificate = canonicalJson(payload);
  info.OnewindowSignature = `ed25519:${input.keyId}:${input.signature}`;

  const { width, height } = doc.page;
  const margin = 36;
  doc.rect(margin, margin, width - margin * 2, height - margin * 2).lineWidth(3).stroke('#b0201c');
  doc.rect(margin + 6, margin + 6, width - (margin + 6) * 2, height - (margin + 6) * 2).lineWidth(0.8).stroke('#b0201c');

  const left = 90;
  const inner = width - left * 2;
  doc.fillColor('#b0201c').font('bold').fontSize(30).text(printable(payload.title), left, 120, { width: inner, align: 'center' });
  doc.moveDown(0.4);
  doc.fillColor('#444444').font('regular').fontSize(11).text(`证照编号：${payload.number}`, { width: inner, align: 'center' });
  doc.fillColor('#000000');

  let y = 230;
  const row = (label: string, value: string) => {
    doc.font('bold').fontSize(13).text(label, left, y, { width: 110 });
    doc.font('regular').fontSize(13).text(printable(value), left + 110, y, { width: inner - 110 });
    y = Math.max(doc.y, y + 18) + 14;
  };
  row('持 证 人', payload.holder);
  row('许可事项', payload.itemName);
  row('事项编码', payload.itemCode);
  row('办件编号', payload.receiptNo);
  row('颁发日期', chineseDate(payload.issuedOn));
  row('有效期限', payload.validUntil ? `${chineseDate(payload.issuedOn)}至${chineseDate(payload.validUntil)}` : '长期');
  row('发证机关', payload.department);

  if (input.revoked) {
    doc.fillColor('#b0201c').font('bold').fontSize(16).text(`本证照已于${chineseDate(input.revoked.on)}撤销：${printable(input.revoked.reason)}`, left, y + 10, { width: inner, align: 'center' });
    doc.fillColor('#000000');
  }

  const qrSize = 110;
  const qrTop = height - 250;
  await qrCode(doc, input.verifyUrl, width - left - qrSize, qrTop, qrSize);
  doc.font('regular').fontSize(9).fillColor('#444444').text('扫码查验真伪', width - left - qrSize, qrTop + qrSize + 4, { width: qrSize, align: 'center' });

  doc.font('bold').fontSize(14).fillColor('#000000').text(printable(payload.department), left, qrTop + 20, { width: inner - qrSize - 20 });
  doc.font('regular').fontSize(12).text(chineseDate(payload.issuedOn), left, doc.y + 4, { width: inner - qrSize - 20 });

  const short = `${input.signature.slice(0, 16)}…${input.signature.slice(-8)}`;
  doc.fontSize(8).fillColor('#555555');
  doc.text(`电子签名：Ed25519 · 密钥 ${input.keyId} · ${short}`, left, height - 110, { width: inner });
  doc.text(`本证照由${PLATFORM}签发，扫描二维码可查验证照是否真实、是否仍然有效。`, left, doc.y + 2, { width: inner });
  doc.fillColor('#000000');
  return pdfToBuffer(doc);
}
