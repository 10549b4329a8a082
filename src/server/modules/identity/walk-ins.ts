import { isValidIdCardNumber, isValidUscc, maskIdNumber } from '../../../shared/id-numbers.js';
import type { Db } from '../../db/connection.js';
import { AppError, invalid } from '../../platform/errors.js';
import { recordAudit } from '../../platform/audit.js';
import { newToken, type Secrets } from '../../platform/secrets.js';
import { hashPassword } from './passwords.js';
import * as repo from './repository.js';
import { sendCode, type CodeChannels } from './verification.js';

export interface WalkInApplicant {
  name: string;
  /** Resident ID card number (person) or unified social credit code (enterprise). */
  idNumber: string;
  phone: string;
}

/**
 * The applicant a window clerk files for (帮办代办): the account already registered under that
 * ID number, or a new one without a usable password (the applicant can claim it later by
 * resetting the password with their phone). Runs in the caller's transaction.
 */
export interface WalkInAccount {
  userId: number;
  username: string;
  displayName: string;
  kind: 'person' | 'enterprise';
  /** An enterprise's registered name (the name typed at the window for a new one). */
  enterpriseName: string | null;
  created: boolean;
}

export async function findOrCreateWalkInApplicant(trx: Db, secrets: Secrets, input: WalkInApplicant, clerk: string): Promise<WalkInAccount> {
  const idNumber = input.idNumber.trim().toUpperCase();
  const kind = isValidIdCardNumber(idNumber) ? 'person' : isValidUscc(idNumber) ? 'enterprise' : null;
  if (!kind) throw invalid('body.applicant.idNumber', '证件号码无效：应为18位居民身份证号码或统一社会信用代码（校验位不符）');
  const idHash = secrets.lookupHash(idNumber);
  const existing = await repo.findUserByIdHash(trx, idHash);
  if (existing) {
    const existingKind = existing.kind === 'enterprise' ? 'enterprise' : 'person';
    return { userId: existing.id, username: existing.username, displayName: existing.display_name, kind: existingKind, enterpriseName: existing.enterprise_name, created: false };
  }
  const username = `walkin-${newToken(6).toLowerCase().replace(/[^a-z0-9]/g, '').slice(0, 8)}`;
  const taken = await repo.usernameOrPhoneTaken(trx, username, input.phone, null);
  if (taken?.phone === input.phone) {
    throw new AppError('phone_taken', 409, '该手机号已登记在另一证件号码下', [{ field: 'body.applicant.phone', message: '该手机号已登记在另一证件号码下' }]);
  }
  const user = await repo.insertUser(trx, {
    username,
    phone: input.phone,
    display_name: input.name.trim(),
    kind,
    unit_id: null,
    password_hash: await hashPassword(newToken(32)),
    id_number_hash: idHash,
    id_number_encrypted: secrets.encrypt(idNumber),
    id_number_masked: maskIdNumber(idNumber),
    enterprise_name: kind === 'enterprise' ? input.name.trim() : null,
  });
  await repo.insertAssignment(trx, { user_id: user.id, role: 'applicant', scope_type: 'self', scope_code: String(user.id), granted_by: clerk });
  await recordAudit(trx, { actor: clerk, action: 'user.registered_at_window', subjectType: 'user', subjectId: String(user.id), details: { kind } });
  return { userId: user.id, username: user.username, displayName: user.display_name, kind, enterpriseName: user.enterprise_name, created: true };
}

export type ClaimNotice = { sent: true; sentTo: string; demoCode?: string } | { sent: false; message: string };

/**
 * Tells a walk-in whose account the window just created how to claim it: an SMS with a one-time
 * code and the claim page's address, where they set a password and are signed in. Sent after the
 * filing committed; a failure is reported to the clerk and never undoes the filing (the person can
 * still use 忘记密码 with their phone later).
 */
export async function sendClaimCode(db: Db, secrets: Secrets, channels: CodeChannels, account: { userId: number; phone: string }, claimUrl: string, ip: string | null): Promise<ClaimNotice> {
  try {
    const sent = await sendCode(db, secrets, channels, { purpose: 'claim', channel: 'sms', destination: account.phone, userId: account.userId, ip, link: claimUrl });
    return { sent: true, sentTo: sent.sentTo, ...(sent.demoCode ? { demoCode: sent.demoCode } : {}) };
  } catch (error) {
    return { sent: false, message: error instanceof AppError ? error.message : '认领短信发送失败' };
  }
}
