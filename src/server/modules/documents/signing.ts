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

/** Crockford's base-32 alphabet: no I, L, O, U, so a code read aloud or typed is hard to get wrong. */
const CHECK_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * The short check code printed on a certificate (e.g. `7K3M-Q9TD`): 40 bits of the SHA-256 of
 * its signature. Typed in with the number on the verify page, it shows that the paper in hand
 * was printed from the registered content, without the QR code.
 */
export function checkCode(signature: string): string {
  const bytes = createHash('sha256').update(signature, 'utf8').digest();
  let bits = 0n;
  for (const b of bytes.subarray(0, 5)) bits = (bits << 8n) | BigInt(b);
  let code = '';
  for (let i = 7; i >= 0; i--) code += CHECK_ALPHABET[Number((bits >> BigInt(i * 5)) & 31n)];
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** A typed check code in its printed form: case, spaces and dashes ignored; O read as 0, I and L as 1. */
export function normaliseCheckCode(input: string): string {
  const plain = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return plain.length === 8 ? `${plain.slice(0, 4)}-${plain.slice(4)}` : plain;
}
