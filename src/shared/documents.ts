/** A case's documents and the public certificate check, as the server answers and the web reads them. */

export const DOCUMENT_KINDS = ['acceptance', 'refusal', 'supplement', 'decision', 'certificate'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** One document of a case, as listed at GET /api/v1/cases/{id}/documents. */
export interface DocumentRef {
  kind: DocumentKind;
  /** The n-th supplement notice (1-based); null for the other kinds. */
  n: number | null;
  title: string;
  /** The PDF; add `?download=true` to save it instead of opening it. */
  href: string;
  createdOn: string;
  /** Certificates only: the number, the public verification link (the QR code), revocation. */
  certificate?: { number: string; verifyUrl: string; revokedAt: string | null; revokeReason: string | null };
}

/** forged: the signature does not match the registered content (or none was given). */
export type VerificationStatus = 'valid' | 'revoked' | 'expired' | 'forged';

export interface CertificateVerification {
  number: string;
  /** The signature is valid for the stored content under the current key. */
  genuine: boolean;
  /** Genuine, not revoked and not expired. */
  valid: boolean;
  status: VerificationStatus;
  statusText: string;
  title: string;
  /** Partly hidden. */
  holder: string;
  department: string;
  issuedOn: string;
  /** Null: long-term. */
  validUntil: string | null;
  revokedAt: string | null;
  revokeReason: string | null;
  keyId: string;
}
