import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import type { Secrets } from '../../platform/secrets.js';

/**
 * Certificate signatures: Ed25519 over the canonical JSON of the certificate's payload.
 *
 * The key is derived from the platform secret key, so every instance sharing SECRET_KEY signs
 * alike and nothing else has to be stored or distributed; a signature is recomputed from the
 * stored payload whenever it is needed (Ed25519 is deterministic: same payload → same bytes).
 */

export const SIGNING_INFO = 'onewindow certificate signing v1';

/** RFC 8410 PKCS#8 wrapping of a raw Ed25519 seed (the 16 bytes before the 32-byte seed). */
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

export interface CertificateSigner {
  /** First 16 hex digits of SHA-256 of the raw 32-byte public key. */
  keyId: string;
  publicKeyPem: string;
  sign(payload: unknown): string;
  verify(payload: unknown, signature: string): boolean;
}

/**
 * JSON with object keys sorted at every level: the stored payload comes back from jsonb with
 * its keys reordered, and the bytes signed must not depend on that.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function signerFromSeed(seed: Buffer): CertificateSigner {
  if (seed.length !== 32) throw new Error('an Ed25519 seed is 32 bytes');
  const privateKey: KeyObject = createPrivateKey({ key: Buffer.concat([PKCS8_ED25519_PREFIX, seed]), format: 'der', type: 'pkcs8' });
  const publicKey = createPublicKey(privateKey);
  const spki = publicKey.export({ type: 'spki', format: 'der' });
  const raw = spki.subarray(spki.length - 32);
  return {
    keyId: createHash('sha256').update(raw).digest('hex').slice(0, 16),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    sign: (payload) => sign(null, Buffer.from(canonicalJson(payload), 'utf8'), privateKey).toString('base64url'),
    verify(payload, signature) {
      if (!/^[A-Za-z0-9_-]{86}$/.test(signature)) return false;
      const bytes = Buffer.from(signature, 'base64url');
      return bytes.length === 64 && verify(null, Buffer.from(canonicalJson(payload), 'utf8'), publicKey, bytes);
    },
  };
}

const signers = new WeakMap<Secrets, CertificateSigner>();

/** The platform's certificate signer, derived once per secrets instance. */
export function certificateSigner(secrets: Secrets): CertificateSigner {
  let signer = signers.get(secrets);
  if (!signer) {
    signer = signerFromSeed(secrets.deriveKey(SIGNING_INFO, 32));
    signers.set(secrets, signer);
  }
  return signer;
}
