import { randomInt } from 'node:crypto';
import type { Config } from '../../config.js';
import { transact, type Db } from '../../db/connection.js';
import { AppError } from '../../platform/errors.js';
import type { Logger } from '../../platform/logger.js';
import type { Secrets } from '../../platform/secrets.js';
import { maskPhone } from '../../../shared/id-numbers.js';
import { channelSettings, type ChannelSettings } from '../notifications/channels.js';
import { SMS_SIGNATURE, scrubError, sendMail, sendSms } from '../notifications/delivery.js';
import * as repo from './repository.js';
import type { VerificationPurpose } from './tables.js';
import { CODE_RULES, DESTINATION_LIMITS, ADDRESS_LIMIT, RESEND_COOLDOWN_SECONDS, checkCode, sendDecision } from './verification-policy.js';

/**
 * One-time verification codes (短信/邮件验证码): six digits, kept only as a keyed hash, short-lived,
 * a few tries each, single use, with a resend cooldown and per-destination and per-address limits.
 * SMS goes straight through the notifications module's gateway sender (a code is useless after
 * the hours of retries a notice gets); in demo mode without a gateway the code is logged and
 * handed back to the page, marked as demo.
 */

export interface CodeChannels {
  sms: ChannelSettings['sms'];
  email: ChannelSettings['email'];
  /** Demo district without an SMS gateway: codes are shown instead of sent. */
  demo: boolean;
  logger: Logger;
}

export function codeChannels(config: Config, logger: Logger): CodeChannels {
  const settings = channelSettings(config);
  return { sms: settings.sms, email: settings.email, demo: config.seedDemo && !settings.sms, logger };
}

export interface CodeRequest {
  purpose: VerificationPurpose;
  channel: 'sms' | 'email';
  /** A mobile number, or a mailbox (compared in lower case). */
  destination: string;
  userId: number | null;
  ip: string | null;
  /** Absolute link to put in a claim SMS (the claim page), if the platform knows its address. */
  link?: string | undefined;
}

export interface CodeSent {
  channel: 'sms' | 'email';
  /** The destination, masked. */
  sentTo: string;
  expiresAt: string;
  resendAfterSeconds: number;
  /** Only in demo mode without an SMS gateway: the code itself, for the page to show as demo. */
  demoCode?: string;
}

const SMS_TEXTS: Record<VerificationPurpose, (code: string, minutes: number, link?: string) => string> = {
  register: (code, minutes) => `您正在注册涪陵区网上行政审批平台账号，验证码 ${code}，${minutes} 分钟内有效。如非本人操作，请忽略本短信。`,
  reset: (code, minutes) => `您正在重置登录密码，验证码 ${code}，${minutes} 分钟内有效。请勿将验证码告诉他人。`,
  change_phone: (code, minutes) => `您正在将本号码设为平台账号的登录手机号，验证码 ${code}，${minutes} 分钟内有效。如非本人操作，请忽略。`,
  change_email: (code, minutes) => `您正在验证平台账号的电子邮箱，验证码 ${code}，${minutes} 分钟内有效。`,
  claim: (code, minutes, link) =>
    `窗口已为您代办事项并建立平台账号。请在 ${Math.round(minutes / 60 / 24)} 天内打开 ${link ?? '涪陵区网上行政审批平台“认领账号”页面'} ，输入本手机号和验证码 ${code} 设置登录密码。`,
};

export const normaliseDestination = (channel: 'sms' | 'email', destination: string) => (channel === 'email' ? destination.trim().toLowerCase() : destination.trim());

const codeHash = (secrets: Secrets, purpose: VerificationPurpose, destination: string, code: string) => secrets.lookupHash(`${purpose}:${destination}:${code}`);

const maskEmail = (email: string) => email.replace(/^(.)[^@]*(@.*)$/, '$1***$2');

/** Refuses plainly when the channel a code must travel by is not there (and demo cannot stand in). */
function requireChannel(channels: CodeChannels, channel: 'sms' | 'email'): void {
  if (channel === 'sms' && !channels.sms && !channels.demo) {
    throw new AppError('sms_unavailable', 503, '短信服务尚未开通，暂时无法发送验证码。请到政务服务大厅窗口办理，或联系平台管理员配置短信网关。');
  }
  if (channel === 'email' && !channels.email) {
    throw new AppError('email_unavailable', 503, '平台未配置邮件服务，暂时无法通过邮件验证邮箱地址。请联系平台管理员配置邮件服务（SMTP）后再试。');
  }
}

/**
 * Issues a code and sends it. Everything happens in one transaction that holds the destination's
 * lock: the limits are checked against the codes already sent, earlier codes for the same purpose
 * are replaced, and a send that fails rolls the new code back (so a failed send costs no cooldown).
 */
export async function sendCode(db: Db, secrets: Secrets, channels: CodeChannels, request: CodeRequest): Promise<CodeSent> {
  requireChannel(channels, request.channel);
  const destination = normaliseDestination(request.channel, request.destination);
  const rules = CODE_RULES[request.purpose];
  return transact(db, async (trx) => {
    await repo.lockDestination(trx, destination);
    const now = new Date();
    const longest = Math.max(...DESTINATION_LIMITS.map((l) => l.windowSeconds), ADDRESS_LIMIT.windowSeconds, RESEND_COOLDOWN_SECONDS);
    const since = new Date(now.getTime() - longest * 1000);
    const decision = sendDecision(
      now,
      await repo.codeSendTimes(trx, { destination }, since),
      request.ip ? await repo.codeSendTimes(trx, { ip: request.ip }, since) : [],
    );
    if (!decision.allowed) {
      throw new AppError(decision.reason === 'cooldown' ? 'code_cooldown' : 'code_rate_limited', 429, decision.message);
    }
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const expiresAt = new Date(now.getTime() + rules.ttlMinutes * 60_000);
    await repo.supersedeCodes(trx, destination, request.purpose);
    await repo.insertCode(trx, {
      purpose: request.purpose,
      channel: request.channel,
      destination,
      user_id: request.userId,
      code_hash: codeHash(secrets, request.purpose, destination, code),
      max_attempts: rules.maxAttempts,
      requested_ip: request.ip,
      expires_at: expiresAt,
    });
    const base = { channel: request.channel, expiresAt: expiresAt.toISOString(), resendAfterSeconds: RESEND_COOLDOWN_SECONDS };
    if (request.channel === 'email') {
      await deliverOrFail(destination, () =>
        sendMail(channels.email!, destination, '【涪陵区政务服务】邮箱验证码', `您好：\n\n${SMS_TEXTS[request.purpose](code, rules.ttlMinutes)}\n\n涪陵区网上行政审批平台\n（本邮件由系统自动发送，请勿直接回复）`),
        channels.logger,
      );
      return { ...base, sentTo: maskEmail(destination) };
    }
    const text = SMS_TEXTS[request.purpose](code, rules.ttlMinutes, request.link);
    if (!channels.sms) {
      // Demo mode: no gateway to send through, so the code goes to the log and back to the page.
      channels.logger.info({ purpose: request.purpose, to: maskPhone(destination), demoCode: code }, '演示模式：验证码未经短信发送');
      return { ...base, sentTo: maskPhone(destination), demoCode: code };
    }
    await deliverOrFail(destination, () => sendSms(channels.sms!, destination, `${SMS_SIGNATURE}${text}`), channels.logger);
    return { ...base, sentTo: maskPhone(destination) };
  });
}

async function deliverOrFail(destination: string, send: () => Promise<void>, logger?: Logger): Promise<void> {
  try {
    await send();
  } catch (error) {
    logger?.warn({ error: scrubError(error, destination) }, 'verification code not sent');
    throw new AppError('code_not_sent', 502, '验证码发送失败，请稍后重新获取。如多次失败，请到政务服务大厅窗口办理。');
  }
}

export interface CodeProof {
  channel: 'sms' | 'email';
  destination: string;
  code: string;
  /** Which purposes' codes are accepted (a walk-in's claim code also resets the password). */
  purposes: VerificationPurpose[];
  /** Where the code was typed, named in the error. */
  field?: string;
}

/**
 * Runs `work` in one transaction with the code used up. A wrong code's try is committed before
 * its error is thrown, so tries count even though nothing else changes; a failure inside `work`
 * rolls back everything, the code's use included.
 */
export async function withVerifiedCode<T>(db: Db, secrets: Secrets, proof: CodeProof, work: (trx: Db, code: { userId: number | null; purpose: VerificationPurpose }) => Promise<T>): Promise<T> {
  const destination = normaliseDestination(proof.channel, proof.destination);
  const outcome = await db.transaction().execute(async (trx) => {
    await repo.lockDestination(trx, destination);
    const stored = await repo.liveCode(trx, destination, proof.purposes);
    const matches = !!stored && stored.code_hash === codeHash(secrets, stored.purpose, destination, proof.code.trim());
    const check = checkCode(new Date(), stored && { expiresAt: new Date(stored.expires_at), attempts: stored.attempts, maxAttempts: stored.max_attempts }, matches);
    if (!check.ok) {
      // A wrong try counts (the last one uses the code up); tries at a dead code change nothing.
      if (stored && !matches && check.reason !== 'expired' && stored.attempts < stored.max_attempts) await repo.recordCodeAttempt(trx, stored.id);
      return { ok: false as const, message: check.message };
    }
    await repo.consumeCode(trx, stored!.id);
    return { ok: true as const, result: await work(trx, { userId: stored!.user_id, purpose: stored!.purpose }) };
  });
  if (!outcome.ok) {
    const field = proof.field ?? 'body.code';
    throw new AppError('code_invalid', 400, outcome.message, [{ field, message: outcome.message }]);
  }
  return outcome.result;
}
