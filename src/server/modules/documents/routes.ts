import { Type } from 'typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps, AppInstance } from '../../http/types.js';
import { invalid } from '../../platform/errors.js';
import { CaseIdParams, CertificateNumberParams, DocumentList, DownloadQuery, PublicKey, RevokeBody, SingleDocumentParams, SupplementDocumentParams, Verification, VerifyQuery } from './schemas.js';
import { caseDocumentPdf, listCaseDocuments, revokeCertificate, verifyCertificate, type DocumentKind } from './service.js';
import { certificateSigner } from './signing.js';

const tags = ['documents'];
const PDF_RESPONSE = { 200: Type.Unsafe<Buffer>({ type: 'string', format: 'binary', description: 'PDF' }) };

/** A Chinese file name that survives every browser (RFC 6266 filename*). */
function pdfDisposition(fileName: string, download: boolean): string {
  return `${download ? 'attachment' : 'inline'}; filename="document.pdf"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** HTTP surface of the documents module (证照与文书). */
export async function documentsRoutes(app: AppInstance, deps: AppDeps): Promise<void> {
  const signer = certificateSigner(deps.secrets);
  // QR codes must open from a phone: the configured public address, else the one the caller used.
  const baseUrl = (request: FastifyRequest) => deps.config.publicUrl ?? `${request.protocol}://${request.host}`;

  const sendPdf = async (request: FastifyRequest, reply: FastifyReply, id: number, kind: DocumentKind, n: number | null, download: boolean | undefined) => {
    const { pdf, fileName } = await caseDocumentPdf(deps.db, request.actor, id, kind, n, { baseUrl: baseUrl(request), signer });
    return reply
      .type('application/pdf')
      .header('content-disposition', pdfDisposition(fileName, download === true))
      .header('cache-control', 'private, no-store')
      .send(pdf);
  };

  app.get(
    '/api/v1/cases/:id/documents',
    { config: { policy: { signedIn: true } }, schema: { tags, summary: '办件文书与证照列表（随办理进度产生）', params: CaseIdParams, response: { 200: DocumentList } } },
    async (request) => ({ documents: await listCaseDocuments(deps.db, request.actor, request.params.id, { baseUrl: baseUrl(request), signer }) }),
  );

  app.get(
    '/api/v1/cases/:id/documents/:kind.pdf',
    {
      config: { policy: { signedIn: true } },
      schema: { tags, summary: '受理通知书、不予受理通知书、决定书或证照 PDF', params: SingleDocumentParams, querystring: DownloadQuery, produces: ['application/pdf'], response: PDF_RESPONSE },
    },
    async (request, reply) => sendPdf(request, reply, request.params.id, request.params.kind, null, request.query.download),
  );

  app.get(
    '/api/v1/cases/:id/documents/:kind/:n.pdf',
    {
      config: { policy: { signedIn: true } },
      schema: { tags, summary: '第 n 次补正材料通知书，或结果包中第 n 份证照 PDF', params: SupplementDocumentParams, querystring: DownloadQuery, produces: ['application/pdf'], response: PDF_RESPONSE },
    },
    async (request, reply) => sendPdf(request, reply, request.params.id, request.params.kind, request.params.n, request.query.download),
  );

  app.get(
    '/api/v1/certificates/public-key',
    { config: { policy: { public: true } }, schema: { tags, summary: '证照签名公钥（离线查验）', response: { 200: PublicKey } } },
    async () => ({
      algorithm: 'Ed25519' as const,
      keyId: signer.keyId,
      publicKeyPem: signer.publicKeyPem,
      signedContent: '证照 PDF 文档信息中 OnewindowCertificate 字段：证照内容的规范 JSON（UTF-8，各层键按字典序排列、无空白）；签名为其 Ed25519 签名（base64url），见 OnewindowSignature 字段及二维码中的 s 参数',
    }),
  );

  app.get(
    '/api/v1/certificates/:number/verify',
    // Limited per address like the progress lookup: numbers are sequential, so nobody may walk them.
    { config: { policy: { public: true }, rateLimit: { max: 60, timeWindow: '1 minute' } }, schema: { tags, summary: '证照查验（公开）：是否真实、是否仍然有效', params: CertificateNumberParams, querystring: VerifyQuery, response: { 200: Verification } } },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return verifyCertificate(deps.db, signer, request.params.number, { signature: request.query.s, checkCode: request.query.code?.trim() || undefined });
    },
  );

  app.post(
    '/api/v1/admin/certificates/:number/revoke',
    {
      config: { policy: { permission: 'certificates.revoke' } },
      schema: { tags, summary: '撤销证照（发证部门负责人或区域管理员）', params: CertificateNumberParams, body: RevokeBody, response: { 200: Verification } },
    },
    async (request) => {
      if (request.body.reason.trim().length < 2) throw invalid('body.reason', '请填写撤销理由');
      return revokeCertificate(deps.db, signer, request.actor, request.params.number, request.body.reason, request.id);
    },
  );
}
