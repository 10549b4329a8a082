import { transact, type Db } from '../../db/connection.js';
import { AppError, invalid, unauthenticated } from '../../platform/errors.js';
import { recordAudit } from '../../platform/audit.js';
import type { Secrets } from '../../platform/secrets.js';
import { maskPhone } from '../../../shared/id-numbers.js';
import { isRealnameLevel, levelShortfall, type RealnameLevel } from '../../../shared/realname.js';
import type { Actor } from './actor.js';
import { checkIdentity, type RealnameService } from './realname-service.js';
import * as repo from './repository.js';
import { sendCode, withVerifiedCode, type CodeChannels, type CodeSent } from './verification.js';

/**
 * The signed-in user's own account (个人中心): what it holds, its real-name level, and changing
 * the phone or email — each proved by a code sent to the NEW address — and the identity check.
 */

export interface AccountContext {
  db: Db;
  secrets: Secrets;
  channels: CodeChannels;
  realname: RealnameService | null;
}

type UserActor = Extract<Actor, { kind: 'user' }>;

function userOf(actor: Actor): UserActor {
  if (actor.kind !== 'user') throw unauthenticated();
  return actor;
}

async function ownRow(db: Db, actor: Actor): Promise<repo.UserWithPlace> {
  const user = await repo.findUserById(db, userOf(actor).userId);
  if (!user) throw unauthenticated();
  return user;
}

const iso = (value: Date | null) => (value ? new Date(value).toISOString() : null);

export async function accountView(ctx: AccountContext, actor: Actor) {
  const user = await ownRow(ctx.db, actor);
  const level: RealnameLevel = isRealnameLevel(user.realname_level) ? user.realname_level : 0;
  return {
    username: user.username,
    displayName: user.display_name,
    kind: user.kind,
    enterpriseName: user.enterprise_name,
    idNumberMasked: user.id_number_masked,
    phone: user.phone,
    email: user.email,
    realnameLevel: level,
    phoneVerifiedAt: iso(user.phone_verified_at),
    identityVerifiedAt: iso(user.identity_verified_at),
    /** What this platform can do here, so the page says plainly what is not available. */
    services: {
      sms: ctx.channels.sms !== null || ctx.channels.demo,
      smsDemo: ctx.channels.demo,
      email: ctx.channels.email !== null,
      identityCheck: ctx.realname !== null,
    },
  };
}

export type AccountCodeRequest = { purpose: 'change_phone'; phone: string } | { purpose: 'change_email'; email: string };

/** Sends a code to the phone or mailbox the caller wants to switch to. */
export async function sendAccountCode(ctx: AccountContext, actor: Actor, request: AccountCodeRequest, ip: string | null): Promise<CodeSent> {
  const user = await ownRow(ctx.db, actor);
  if (request.purpose === 'change_phone') {
    if (request.phone === user.phone) throw invalid('body.phone', '新手机号与当前手机号相同');
    const owner = await repo.findUserByPhone(ctx.db, request.phone);
    if (owner) throw new AppError('phone_taken', 409, '该手机号已被其他账号使用', [{ field: 'body.phone', message: '该手机号已被其他账号使用' }]);
    return sendCode(ctx.db, ctx.secrets, ctx.channels, { purpose: 'change_phone', channel: 'sms', destination: request.phone, userId: user.id, ip });
  }
  if (request.email.toLowerCase() === user.email?.toLowerCase()) throw invalid('body.email', '新邮箱与当前邮箱相同');
  return sendCode(ctx.db, ctx.secrets, ctx.channels, { purpose: 'change_email', channel: 'email', destination: request.email, userId: user.id, ip });
}

/** The code must be the one sent to this address for this account. */
function requireOwnCode(userId: number, code: { userId: number | null }, field: string): void {
  if (code.userId !== userId) throw new AppError('code_invalid', 400, '验证码不正确或已失效，请重新获取', [{ field, message: '验证码不正确或已失效，请重新获取' }]);
}

export async function changePhone(ctx: AccountContext, actor: Actor, phone: string, code: string, requestId?: string) {
  const user = await ownRow(ctx.db, actor);
  await withVerifiedCode(ctx.db, ctx.secrets, { channel: 'sms', destination: phone, code, purposes: ['change_phone'] }, async (trx, proved) => {
    requireOwnCode(user.id, proved, 'body.code');
    const owner = await repo.findUserByPhone(trx, phone);
    if (owner && owner.id !== user.id) throw new AppError('phone_taken', 409, '该手机号已被其他账号使用', [{ field: 'body.phone', message: '该手机号已被其他账号使用' }]);
    await repo.updateUser(trx, user.id, { phone, phone_verified_at: new Date(), realname_level: Math.max(user.realname_level, 1) });
    await recordAudit(trx, {
      actor: user.username,
      action: 'user.phone_changed',
      subjectType: 'user',
      subjectId: String(user.id),
      requestId,
      details: { from: user.phone ? maskPhone(user.phone) : null, to: maskPhone(phone) },
    });
  });
  return accountView(ctx, actor);
}

export async function changeEmail(ctx: AccountContext, actor: Actor, email: string, code: string, requestId?: string) {
  const user = await ownRow(ctx.db, actor);
  const address = email.trim();
  await withVerifiedCode(ctx.db, ctx.secrets, { channel: 'email', destination: address, code, purposes: ['change_email'] }, async (trx, proved) => {
    requireOwnCode(user.id, proved, 'body.code');
    await repo.updateUser(trx, user.id, { email: address });
    await recordAudit(trx, { actor: user.username, action: 'user.email_changed', subjectType: 'user', subjectId: String(user.id), requestId });
  });
  return accountView(ctx, actor);
}

/**
 * Asks the province's identity service about the account's name and number (实名核验); a match
 * raises the account to L2. A mismatch changes nothing and says what to do.
 */
export async function verifyIdentity(ctx: AccountContext, actor: Actor, requestId?: string) {
  const user = await ownRow(ctx.db, actor);
  if (!ctx.realname) throw new AppError('realname_off', 409, '本平台尚未接入实名核验服务，请携带有效身份证件到政务服务大厅窗口核验身份。');
  if (user.kind === 'staff' || !user.id_number_encrypted) throw new AppError('realname_not_applicable', 409, '工作人员账号无需进行实名核验');
  if (user.realname_level >= 2) return accountView(ctx, actor);
  if (user.realname_level < 1) throw new AppError('phone_not_verified', 409, '请先验证手机号（实名等级 L1），再进行身份核验');
  const name = user.kind === 'enterprise' ? user.enterprise_name ?? user.display_name : user.display_name;
  const matched = await checkIdentity(ctx.realname, { kind: user.kind, name, idNumber: ctx.secrets.decrypt(user.id_number_encrypted) });
  await transact(ctx.db, async (trx) => {
    if (matched) await repo.updateUser(trx, user.id, { realname_level: 2, identity_verified_at: new Date() });
    await recordAudit(trx, { actor: user.username, action: matched ? 'user.identity_verified' : 'user.identity_mismatch', subjectType: 'user', subjectId: String(user.id), requestId });
  });
  if (!matched) {
    const what = user.kind === 'enterprise' ? '企业名称与统一社会信用代码' : '姓名与身份证号码';
    throw new AppError('realname_mismatch', 422, `身份核验未通过：${what}不一致。如信息有误，请携带有效证件到政务服务大厅窗口更正。`);
  }
  return accountView(ctx, actor);
}

/**
 * Refuses an applicant whose real-name level is below what an item asks, saying how to get there.
 * Read by the applications module when an application is started or submitted online.
 */
export async function requireRealnameLevel(db: Db, username: string, required: number): Promise<void> {
  if (required <= 0) return;
  const shortfall = levelShortfall((await repo.realnameLevelOf(db, username)) ?? 0, required);
  if (shortfall) throw new AppError('realname_level_required', 403, shortfall);
}
