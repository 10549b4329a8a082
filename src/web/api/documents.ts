/**
 * Case documents (文书与证照) and the public certificate verification; the types are the
 * server's own (src/shared/documents.ts).
 */
import type { CertificateVerification, DocumentRef as CaseDocument } from '../../shared/documents.js';
import { apiGet, apiPost, type RequestOptions } from './client.js';

export type { CertificateVerification, VerificationBasis, DocumentKind, DocumentRef as CaseDocument, VerificationStatus } from '../../shared/documents.js';

export async function fetchCaseDocuments(caseId: number, options?: RequestOptions): Promise<CaseDocument[]> {
  return (await apiGet<{ documents: CaseDocument[] }>(`/api/v1/cases/${caseId}/documents`, options)).documents;
}

/** With the QR link's signature `s`, or the printed check `code`, or neither (the record's answer). */
export function verifyCertificate(number: string, evidence: { s?: string | null; code?: string | null }, options?: RequestOptions): Promise<CertificateVerification> {
  const query = evidence.s ? `?s=${encodeURIComponent(evidence.s)}` : evidence.code ? `?code=${encodeURIComponent(evidence.code)}` : '';
  return apiGet<CertificateVerification>(`/api/v1/certificates/${encodeURIComponent(number)}/verify${query}`, options);
}

export function revokeCertificate(number: string, reason: string): Promise<CertificateVerification> {
  return apiPost<CertificateVerification>(`/api/v1/admin/certificates/${encodeURIComponent(number)}/revoke`, { reason });
}
