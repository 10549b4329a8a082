import { transact, type Db } from '../../db/connection.js';
import { recordAudit } from '../../platform/audit.js';
import { conflict, notFound } from '../../platform/errors.js';
import { shanghaiDate } from '../calendar/engine/index.js';
import { getItem } from '../catalogue/service.js';
import type { ItemDetail } from '../catalogue/schemas.js';
import { actorName, can, type Actor } from '../identity/actor.js';
import { applicantName } from '../identity/users.js';
import type { WorkflowEvent } from '../workflow/engine/index.js';
import { loadCase, type LoadedCase } from '../workflow/service.js';
import { renderCertificate } from './certificate-pdf.js';
import { certificateContent, type CertificatePayload } from './certificates.js';
import { renderAcceptance, renderDecision, renderRefusal, renderSupplement, type CaseFacts } from './notices.js';
import * as repo from './repository.js';
import { checkCode, normaliseCheckCode, type CertificateSigner } from './signing.js';
import { DOCUMENT_KINDS, type CertificateRef, type CertificateVerification, type DocumentKind, type DocumentRef, type VerificationBasis, type VerificationStatus } from '../../../shared/documents.js';
export { DOCUMENT_KINDS, type DocumentKind, type DocumentRef };

/** The documents of a case, what the public verification says, and revocation. */


/** The public progress lookup page that notices point to (web app route). */
export const PROGRESS_PATH = '/lookup';


interface Issued {
  kind: DocumentKind;
  n: number | null;
  title: string;
  event: WorkflowEvent;
}

/** What the events of a case have produced so far, in the order they were issued. */
function issuedDocuments(events: readonly WorkflowEvent[], certificates: readonly repo.CertificateRow[]): Issued[] {
  const issued: Issued[] = [];
  let supplements = 0;
  for (const event of events) {
    switch (event.kind) {
      case 'accepted':
      case 'deemed_accepted':
        issued.push({ kind: 'acceptance', n: null, title: '受理通知书', event });
        break;
      case 'refused':
        issued.push({ kind: 'refusal', n: null, title: '不予受理通知书', event });
        break;
      case 'supplement_requested':
        supplements += 1;
        issued.push({ kind: 'supplement', n: supplements, title: supplements > 1 ? `补正材料通知书（第${supplements}次）` : '补正材料通知书', event });
        break;
      case 'decided':
        issued.push({ kind: 'decision', n: null, title: event.decision === 'approved' ? '准予行政许可决定书' : '不予行政许可决定书', event });
        // The result bundle: each certificate at its position (a joint item issues one per department).
        if (event.decision === 'approved') for (const c of certificates) issued.push({ kind: 'certificate', n: c.position, title: c.title, event });
        break;
      default:
        break;
    }
  }
  return issued;
}

function href(caseId: number, doc: Pick<Issued, 'kind' | 'n'>): string {
  return `/api/v1/cases/${caseId}/documents/${doc.kind}${doc.n === null ? '' : `/${doc.n}`}.pdf`;
}

const eventsOf = (loaded: LoadedCase) => loaded.events.map((e) => e.event as WorkflowEvent);

export async function listCaseDocuments(db: Db, actor: Actor, caseId: number, ctx: RenderContext): Promise<DocumentRef[]> {
  const loaded = await loadCase(db, actor, caseId);
  const certificates = await repo.certificatesOfCase(db, caseId);
  return issuedDocuments(eventsOf(loaded), certificates).map((doc) => {
    const certificate = doc.kind === 'certificate' ? certificates.find((c) => c.position === doc.n) : undefined;
    return {
      kind: doc.kind,
      n: doc.n,
      title: doc.title,
      href: href(caseId, doc),
      createdOn: doc.event.on,
      ...(certificate && { certificate: certificateRef(certificate, ctx) }),
    };
  });
}

function certificateRef(row: repo.CertificateRow, ctx: RenderContext): CertificateRef {
  const content = certificateContent(row.payload as CertificatePayload);
  const signature = ctx.signer.sign(row.payload);
  return {
    number: row.number,
    verifyUrl: verifyUrl(ctx.baseUrl, row.number, signature),
    checkCode: checkCode(signature),
    type: content.type,
    holder: content.holder,
    department: { code: content.departmentCode, name: content.department },
    bundle: content.bundle,
    revokedAt: row.revoked_at ? new Date(row.revoked_at).toISOString() : null,
    revokeReason: row.revoke_reason,
  };
}

async function caseFacts(db: Db, loaded: LoadedCase, item: ItemDetail): Promise<CaseFacts> {
  const { row, state } = loaded;
  return {
    receiptNo: row.receipt_no,
    queryCode: row.query_code,
    itemCode: item.code,
    itemName: item.name,
    itemLegalBasis: item.legalBasis,
    statutoryDays: item.statutoryDays,
    departmentName: item.department.name,
    applicantName: (await applicantName(db, row.applicant_id)) ?? row.applicant_id,
    submittedOn: state.submittedOn ?? shanghaiDate(new Date(row.created_at)),
  };
}

export function verifyUrl(base: string, number: string, signature: string): string {
  return `${base}/verify/${encodeURIComponent(number)}?s=${signature}`;
}

export interface RenderContext {
  /** Absolute base of public links (PUBLIC_URL or the request's own origin), no trailing slash. */
  baseUrl: string;
  signer: CertificateSigner;
}

/** One document of a case as a PDF; the same case always gives the same bytes. */
export async function caseDocumentPdf(db: Db, actor: Actor, caseId: number, kind: DocumentKind, n: number | null, ctx: RenderContext): Promise<{ pdf: Buffer; fileName: string }> {
  const loaded = await loadCase(db, actor, caseId);
  const certificates = await repo.certificatesOfCase(db, caseId);
  // …/certificate.pdf (no position) is the bundle's first document, where links made before bundles point.
  const wanted = kind === 'certificate' ? (n ?? 1) : n;
  const doc = issuedDocuments(eventsOf(loaded), certificates).find((d) => d.kind === kind && d.n === wanted);
  if (!doc) throw notFound('文书');
  const item = await getItem(db, loaded.row.item_code);
  const facts = await caseFacts(db, loaded, item);
  const { event } = doc;
  const issued = { at: event.at, on: event.on };
  const fileName = `${loaded.row.receipt_no}-${doc.title}.pdf`;
  const state = loaded.state;

  if (event.kind === 'accepted' || event.kind === 'deemed_accepted') {
    const deemed = event.kind === 'deemed_accepted';
    const lookupUrl = `${ctx.baseUrl}${PROGRESS_PATH}?receiptNo=${encodeURIComponent(facts.receiptNo)}&queryCode=${encodeURIComponent(facts.queryCode)}`;
    const pdf = await renderAcceptance(facts, issued, { acceptedOn: deemed ? event.clockStart : event.on, deemed, days: event.days, due: event.due, lookupUrl });
    return { pdf, fileName };
  }
  if (event.kind === 'refused') return { pdf: await renderRefusal(facts, issued, { reason: event.reason, legalBasis: event.legalBasis ?? null }), fileName };
  if (event.kind === 'supplement_requested') {
    const task = event.taskId === undefined ? undefined : state.tasks.find((t) => t.id === event.taskId);
    const departments = new Map([[item.department.code, item.department.name], ...item.coDepartments.map((d) => [d.code, d.name] as const)]);
    const requestedBy = task ? (departments.get(task.department) ?? task.department) : facts.departmentName;
    const phase = state.supplements[(doc.n ?? 1) - 1]?.phase ?? 'review';
    return { pdf: await renderSupplement(facts, issued, { n: doc.n ?? 1, items: event.items, phase, requestedBy, due: event.due ?? null }), fileName };
  }
  if (event.kind === 'decided' && kind === 'decision') {
    const acceptance = eventsOf(loaded).find((e) => e.kind === 'accepted' || e.kind === 'deemed_accepted');
    const acceptedOn = acceptance?.kind === 'accepted' ? acceptance.on : acceptance?.kind === 'deemed_accepted' ? acceptance.clockStart : null;
    const pdf = await renderDecision(facts, issued, {
      decision: event.decision,
      acceptedOn,
      reason: event.reason ?? null,
      legalBasis: event.legalBasis ?? null,
      // The letter names every document of the bundle (notices.ts prints one line each for title and number).
      certificate: certificates.length
        ? { number: certificates.map((c) => c.number).join('、'), title: certificates.map((c) => c.title).join('、'), validUntil: certificates[0]!.valid_until }
        : null,
    });
    return { pdf, fileName };
  }
  const certificate = kind === 'certificate' ? certificates.find((c) => c.position === wanted) : undefined;
  if (event.kind === 'decided' && certificate) {
    const payload = certificate.payload as CertificatePayload;
    const signature = ctx.signer.sign(payload);
    const pdf = await renderCertificate({
      payload: certificateContent(payload),
      signed: payload,
      signature,
      checkCode: checkCode(signature),
      keyId: ctx.signer.keyId,
      verifyUrl: verifyUrl(ctx.baseUrl, certificate.number, signature),
      issuedAt: event.at,
      revoked: certificate.revoked_at ? { on: shanghaiDate(new Date(certificate.revoked_at)), reason: certificate.revoke_reason ?? '' } : null,
    });
    return { pdf, fileName: `${certificate.number}-${certificate.title}.pdf` };
  }
  throw notFound('文书');
}

/**
 * Hides most of a name on the public page: enough to match it with the paper in hand, not
 * enough to learn who holds what by trying numbers.
 * @example maskName('李明') // '李*'
 * @example maskName('重庆市涪陵区示例商贸有限公司') // '重庆市涪******有限公司'
 */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  const n = chars.length;
  if (n <= 1) return '*';
  if (n === 2) return `${chars[0]}*`;
  if (n <= 4) return `${chars[0]}${'*'.repeat(n - 2)}${chars[n - 1]}`;
  const keep = n >= 10 ? 4 : 2;
  return `${chars.slice(0, keep).join('')}${'*'.repeat(Math.min(n - keep * 2, 6))}${chars.slice(n - keep).join('')}`;
}


/** The statement for each answer; the signed QR link alone says 签名有效. */
export function verificationText(basis: VerificationBasis, status: VerificationStatus): string {
  if (status === 'forged') return '无法验证：签名与登记内容不符，证照可能被伪造或篡改';
  if (status === 'code_mismatch') return '校验码不符：与登记的证照不一致，证照可能被伪造或篡改';
  const state = { valid: '目前有效', revoked: '已撤销', expired: '已过期' }[status];
  if (basis === 'signature') return status === 'valid' ? '签名有效，证照真实有效' : `签名有效，但证照${state}`;
  if (basis === 'check_code') return `校验码相符，证照${state}`;
  return `平台登记有该证照，${state}`;
}

/** What the caller gave to check the certificate against: the QR link's signature, or the printed check code. */
export interface VerifyEvidence {
  signature?: string | undefined;
  checkCode?: string | undefined;
}

function verification(row: repo.CertificateRow, signer: CertificateSigner, evidence: VerifyEvidence, today: string): CertificateVerification {
  const payload = row.payload as CertificatePayload;
  const content = certificateContent(payload);
  const basis: VerificationBasis = evidence.signature !== undefined ? 'signature' : evidence.checkCode !== undefined ? 'check_code' : 'record';
  const genuine =
    basis === 'signature'
      ? signer.verify(payload, evidence.signature!)
      : basis === 'check_code'
        ? normaliseCheckCode(evidence.checkCode!) === checkCode(signer.sign(payload))
        : null;
  const expired = row.valid_until !== null && row.valid_until < today;
  const status: VerificationStatus =
    genuine === false ? (basis === 'signature' ? 'forged' : 'code_mismatch') : row.revoked_at ? 'revoked' : expired ? 'expired' : 'valid';
  return {
    number: row.number,
    basis,
    genuine,
    valid: status === 'valid',
    status,
    statusText: verificationText(basis, status),
    title: content.title,
    holder: content.holderKind === 'enterprise' ? content.holder : maskName(content.holder),
    holderKind: content.holderKind,
    department: content.department,
    issuedOn: content.issuedOn,
    validUntil: content.validUntil,
    revokedAt: row.revoked_at ? new Date(row.revoked_at).toISOString() : null,
    revokeReason: row.revoke_reason,
    keyId: signer.keyId,
  };
}

/**
 * Public verification. With the QR link's signature: genuine when it fits the stored payload
 * under the current key. With the printed check code: whether it is the registered one. With
 * the number alone: what the record says (valid, revoked, expired). An unknown number is a 404.
 */
export async function verifyCertificate(db: Db, signer: CertificateSigner, number: string, evidence: VerifyEvidence, now = new Date()): Promise<CertificateVerification> {
  const row = await repo.certificateByNumber(db, number.trim().toUpperCase());
  if (!row) throw notFound(`证照 ${number} `);
  return verification(row, signer, evidence, shanghaiDate(now));
}

/**
 * Revokes a certificate: the issuing department's head or the region's administrator. Anyone
 * else is told it does not exist. Revoking twice is a conflict, not a second revocation.
 */
export async function revokeCertificate(db: Db, signer: CertificateSigner, actor: Actor, number: string, reason: string, requestId?: string): Promise<CertificateVerification> {
  return transact(db, async (trx) => {
    const row = await repo.lockCertificate(trx, number);
    if (!row || !can(actor, 'certificates.revoke', { regionCode: row.number.slice(0, 6), departmentCode: row.department_code })) throw notFound(`证照 ${number} `);
    if (row.revoked_at) throw conflict('already_revoked', `证照 ${number} 已于 ${shanghaiDate(new Date(row.revoked_at))} 撤销`);
    const revoked = await repo.revokeCertificate(trx, row.id, actorName(actor), reason.trim());
    await recordAudit(trx, {
      actor: actorName(actor),
      action: 'certificate.revoke',
      subjectType: 'certificate',
      subjectId: number,
      requestId,
      details: { caseId: row.case_id, reason: reason.trim() },
    });
    const payload = revoked.payload as CertificatePayload;
    return verification(revoked, signer, { signature: signer.sign(payload) }, shanghaiDate(new Date()));
  });
}
