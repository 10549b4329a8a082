import type { VerificationPurpose } from './tables.js';

/**
 * How long a one-time code lives, how often one may be asked for, and how many tries it allows.
 * Pure: the service feeds in the recent sends it read under a lock and acts on the answer.
 */

export interface CodeRules {
  ttlMinutes: number;
  maxAttempts: number;
}

/** A walk-in's claim code travels home with them, so it lives for days; the rest are for someone at a screen now. */
export const CODE_RULES: Record<VerificationPurpose, CodeRules> = {
  register: { ttlMinutes: 10, maxAttempts: 5 },
  reset: { ttlMinutes: 10, maxAttempts: 5 },
  change_phone: { ttlMinutes: 10, maxAttempts: 5 },
  change_email: { ttlMinutes: 30, maxAttempts: 5 },
  claim: { ttlMinutes: 72 * 60, maxAttempts: 5 },
};

export const RESEND_COOLDOWN_SECONDS = 60;
/** Codes one phone number or mailbox may receive: per hour, and per day. */
export const DESTINATION_LIMITS = [
  { windowSeconds: 3600, max: 5, message: '该号码 1 小时内获取验证码次数已达上限，请稍后再试' },
  { windowSeconds: 86_400, max: 10, message: '该号码今日获取验证码次数已达上限，请明天再试' },
] as const;
/** Codes one client address may ask for per hour, whatever the destination (stops one sender spraying many numbers). */
export const ADDRESS_LIMIT = { windowSeconds: 3600, max: 20, message: '您所在网络获取验证码过于频繁，请 1 小时后再试' } as const;

export type SendDecision = { allowed: true } | { allowed: false; reason: 'cooldown' | 'destination_limit' | 'address_limit'; retryAfterSeconds: number; message: string };

/**
 * May another code go to this destination now?
 * @param destinationSends when earlier codes went to the same destination (any purpose), newest first or not
 * @param addressSends when the same client address asked for codes
 */
export function sendDecision(now: Date, destinationSends: Date[], addressSends: Date[]): SendDecision {
  const ago = (at: Date) => (now.getTime() - at.getTime()) / 1000;
  const newest = Math.min(...destinationSends.map(ago));
  if (newest < RESEND_COOLDOWN_SECONDS) {
    const wait = Math.ceil(RESEND_COOLDOWN_SECONDS - newest);
    return { allowed: false, reason: 'cooldown', retryAfterSeconds: wait, message: `验证码已发送，请 ${wait} 秒后再重新获取` };
  }
  for (const limit of DESTINATION_LIMITS) {
    const inWindow = destinationSends.filter((at) => ago(at) < limit.windowSeconds);
    if (inWindow.length >= limit.max) {
      const oldest = Math.max(...inWindow.map(ago));
      return { allowed: false, reason: 'destination_limit', retryAfterSeconds: Math.ceil(limit.windowSeconds - oldest), message: limit.message };
    }
  }
  const fromAddress = addressSends.filter((at) => ago(at) < ADDRESS_LIMIT.windowSeconds);
  if (fromAddress.length >= ADDRESS_LIMIT.max) {
    const oldest = Math.max(...fromAddress.map(ago));
    return { allowed: false, reason: 'address_limit', retryAfterSeconds: Math.ceil(ADDRESS_LIMIT.windowSeconds - oldest), message: ADDRESS_LIMIT.message };
  }
  return { allowed: true };
}

export type CodeCheck = { ok: true } | { ok: false; reason: 'missing' | 'expired' | 'exhausted' | 'wrong'; attemptsLeft: number; message: string };

/**
 * Does the typed code unlock this stored one? `matches` is whether its hash equals the stored hash.
 * A wrong try counts against the code; the last allowed wrong try uses it up.
 */
export function checkCode(now: Date, stored: { expiresAt: Date; attempts: number; maxAttempts: number } | undefined, matches: boolean): CodeCheck {
  if (!stored) return { ok: false, reason: 'missing', attemptsLeft: 0, message: '验证码不正确或已失效，请重新获取' };
  if (stored.expiresAt.getTime() <= now.getTime()) return { ok: false, reason: 'expired', attemptsLeft: 0, message: '验证码已过期，请重新获取' };
  if (stored.attempts >= stored.maxAttempts) return { ok: false, reason: 'exhausted', attemptsLeft: 0, message: '验证码输入错误次数过多，已失效，请重新获取' };
  if (matches) return { ok: true };
  const left = stored.maxAttempts - stored.attempts - 1;
  return left > 0
    ? { ok: false, reason: 'wrong', attemptsLeft: left, message: `验证码不正确，还可再试 ${left} 次` }
    : { ok: false, reason: 'exhausted', attemptsLeft: 0, message: '验证码输入错误次数过多，已失效，请重新获取' };
}
