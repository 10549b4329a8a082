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
  certificate?: CertificateRef;
}

/**
 * One document of a case's result bundle (a joint item issues one per department: 营业执照,
 * 印章刻制备案证明, 涉税事项办理确认书, 社会保险登记证明); listed with `kind: 'certificate'` and
 * `n` = its position.
 */
export interface CertificateRef {
  number: string;
  verifyUrl: string;
  /** The short code printed on the certificate, checked on the verify page without the QR code. */
  checkCode: string;
  /** Certificate type (template key), e.g. business_licence. */
  type: string;
  holder: string;
  /** The issuing department (a co-department's own result in a joint item). */
  department: { code: string; name: string };
  bundle: { position: number; size: number };
  revokedAt: string | null;
  revokeReason: string | null;
}

/**
 * forged: the signature does not match the registered content; code_mismatch: the check code
 * typed in is not the one of the registered certificate.
 */
export type VerificationStatus = 'valid' | 'revoked' | 'expired' | 'forged' | 'code_mismatch';

/**
 * What the answer rests on: the QR link's signature (the strongest statement), the check code
 * printed on the certificate, or the number alone (the registry's record, nothing checked against the paper).
 */
export type VerificationBasis = 'signature' | 'check_code' | 'record';

export interface CertificateVerification {
  number: string;
  basis: VerificationBasis;
  /** The signature (or check code) fits the stored content; null when only the number was given. */
  genuine: boolean | null;
  /** Genuine, not revoked and not expired. */
  valid: boolean;
  status: VerificationStatus;
  statusText: string;
  title: string;
  /** A person's name partly hidden; an enterprise's name in full (it is public on the licence). */
  holder: string;
  holderKind: 'person' | 'enterprise';
  department: string;
  issuedOn: string;
  /** Null: long-term. */
  validUntil: string | null;
  revokedAt: string | null;
  revokeReason: string | null;
  keyId: string;
}
