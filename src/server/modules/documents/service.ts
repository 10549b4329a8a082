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
import type { CertificatePayload } from './certificates.js';
import { renderAcceptance, renderDecision, renderRefusal, renderSupplement, type CaseFacts } from './notices.js';
import * as repo from './repository.js';
import type { CertificateSigner } from './signing.js';
import { DOCUMENT_KINDS, type CertificateVerification, type DocumentKind, type DocumentRef, type VerificationStatus } from '../../../shared/documents.js';
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
function issuedDocuments(events: readonly WorkflowEvent[], certificate: repo.CertificateRow | undefined): Issued[] {
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
        if (event.decision === 'approved' && certificate) issued.push({ kind: 'certificate', n: null, title: certificate.title, event });
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
  const certificate = await repo.certificateOfCase(db, caseId);
  return issuedDocuments(eventsOf(loaded), certificate).map((doc) => ({
    kind: doc.kind,
    n: doc.n,
    title: doc.title,
    href: href(caseId, doc),
    createdOn: doc.event.on,
    ...(doc.kind === 'certificate' &&
      certificate && {
        certificate: {
          number: certificate.number,
          verifyUrl: verifyUrl(ctx.baseUrl, certificate.number, ctx.signer.sign(certificate.payload)),
          revokedAt: certificate.revoked_at ? new Date(certificate.revoked_at).toISOString() : null,
          revokeReason: certificate.revoke_reason,
        },
      }),
  }));
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
  const certificate = await repo.certificateOfCase(db, caseId);
  const doc = issuedDocuments(eventsOf(loaded), certificate).find((d) => d.kind === kind && d.n === n);
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
      certificate: certificate ? { number: certificate.number, title: certificate.title, validUntil: certificate.valid_until } : null,
    });
    return { pdf, fileName };
  }
  if (event.kind === 'decided' && kind === 'certificate' && certificate) {
    const payload = certificate.payload as CertificatePayload;
    const signature = ctx.signer.sign(payload);
    const pdf = await renderCertificate({
      payload,
      signature,
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


export const VERIFICATION_TEXT: Record<VerificationStatus, string> = {
  valid: '真实有效',
  revoked: '已撤销',
  expired: '已过期',
  forged: '无法验证：签名与登记内容不符，证照可能被伪造或篡改',
};


function verification(row: repo.CertificateRow, signer: CertificateSigner, signature: string | undefined, today: string): CertificateVerification {
  const payload = row.payload as CertificatePayload;
  const genuine = signature !== undefined && signer.verify(payload, signature);
  const expired = row.valid_until !== null && row.valid_until < today;
  const status: VerificationStatus = !genuine ? 'forged' : row.revoked_at ? 'revoked' : expired ? 'expired' : 'valid';
  return {
    number: row.number,
    genuine,
    valid: status === 'valid',
    status,
    statusText: VERIFICATION_TEXT[status],
    title: payload.title,
    holder: maskName(payload.holder),
    department: payload.department,
    issuedOn: payload.issuedOn,
    validUntil: payload.validUntil,
    revokedAt: row.revoked_at ? new Date(row.revoked_at).toISOString() : null,
    revokeReason: row.revoke_reason,
    keyId: signer.keyId,
  };
}

/**
 * Public verification: genuine when the signature fits the stored payload under the current
 * key; valid when genuine, not revoked and not past its validity. An unknown number is a 404.
 */
export async function verifyCertificate(db: Db, signer: CertificateSigner, number: string, signature: string | undefined, now = new Date()): Promise<CertificateVerification> {
  const row = await repo.certificateByNumber(db, number);
  if (!row) throw notFound(`证照 ${number} `);
  return verification(row, signer, signature, shanghaiDate(now));
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
    return verification(revoked, signer, signer.sign(payload), shanghaiDate(new Date()));
  });
}
