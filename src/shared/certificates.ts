/** What the public certificate check answers; shared by the server and the verify page. */

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
