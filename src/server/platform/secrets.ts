import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A random token for sessions, CSRF, access tokens and client secrets (URL-safe, 256 bits). */
export function newToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** Tokens are stored only as their SHA-256: a leaked table cannot be replayed. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * The platform's secret key: personal-data encryption (AES-256-GCM) and lookup hashes (HMAC).
 * From SECRET_KEY (base64, 32 bytes) or, when unset, a key generated once under DATA_DIR.
 */
export interface Secrets {
  /** Deterministic keyed hash, for finding a person by ID number without storing it in clear. */
  lookupHash(value: string): string;
  encrypt(plaintext: string): string;
  decrypt(ciphertext: string): string;
  /**
   * A key of its own for one purpose (HKDF-SHA256 over the platform key, `info` naming the
   * purpose): e.g. the certificate signing seed. The same platform key always gives the same one.
   */
  deriveKey(info: string, length?: number): Buffer;
}

export function createSecrets(key: Buffer): Secrets {
  if (key.length !== 32) throw new Error('the secret key must be 32 bytes');
  const encryptionKey = createHmac('sha256', key).update('onewindow/encryption').digest();
  const lookupKey = createHmac('sha256', key).update('onewindow/lookup').digest();
  return {
    deriveKey: (info, length = 32) => Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), info, length)),
    lookupHash: (value) => createHmac('sha256', lookupKey).update(value.trim().toUpperCase()).digest('hex'),
    encrypt(plaintext) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', encryptionKey, iv);
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
    },
    decrypt(ciphertext) {
      const [version, iv, tag, body] = ciphertext.split('.');
      if (version !== 'v1' || !iv || !tag || body === undefined) throw new Error('unknown ciphertext format');
      const decipher = createDecipheriv('aes-256-gcm', encryptionKey, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
    },
  };
}

/** Reads SECRET_KEY, or the key file under the data directory (created on first use). */
export function loadSecretKey(secretKey: string | undefined, dataDir: string): Buffer {
  if (secretKey) return Buffer.from(secretKey, 'base64');
  const file = path.join(dataDir, 'secret.key');
  if (existsSync(file)) return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32);
  writeFileSync(file, key.toString('base64'), { mode: 0o600 });
  return key;
}
