import { hash, verify } from '@node-rs/argon2';

/**
 * argon2id through @node-rs/argon2 (maintained, prebuilt binaries from npm, no node-gyp).
 * Parameters are the library's defaults, which follow OWASP's recommendation (m=19 MiB, t=2, p=1).
 */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Verified against when the account does not exist, so timing does not reveal which usernames exist. */
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hash('onewindow decoy password that matches nothing');
  return decoy;
}
