/**
 * Case documents (文书与证照) and the public certificate verification. Types mirror the server's
 * schemas in src/server/modules/documents/schemas.ts.
 */
import { apiGet, apiPost, type RequestOptions } from './client.js';
import type { CertificateVerification } from '../../shared/certificates.js';

export type DocumentKind = 'acceptance' | 'refusal' | 'supplement' | 'decision' | 'certificate';

export interface CaseDocument {
  kind: DocumentKind;
  /** The n-th supplement notice; null for the other kinds. */
  n: number | null;
  title: string;
  /** The PDF; add `?download=true` to save it instead of opening it. */
  href: string;
  createdOn: string;
  /** Certificates only: the number, the public verification link (the QR code), revocation. */
  certificate?: { number: string; verifyUrl: string; revokedAt: string | null; revokeReason: string | null };
}

export type { CertificateVerification, VerificationStatus } from '../../shared/certificates.js';

export async function fetchCaseDocuments(caseId: number, options?: RequestOptions): Promise<CaseDocument[]> {
  return (await apiGet<{ documents: CaseDocument[] }>(`/api/v1/cases/${caseId}/documents`, options)).documents;
}

export function verifyCertificate(number: string, signature: string | null, options?: RequestOptions): Promise<CertificateVerification> {
  const query = signature ? `?s=${encodeURIComponent(signature)}` : '';
  return apiGet<CertificateVerification>(`/api/v1/certificates/${encodeURIComponent(number)}/verify${query}`, options);
}

export function revokeCertificate(number: string, reason: string): Promise<CertificateVerification> {
  return apiPost<CertificateVerification>(`/api/v1/admin/certificates/${encodeURIComponent(number)}/revoke`, { reason });
}
