import type { CurrentUser, Role } from '../../../shared/identity.js';
import { ROLE_AREAS } from '../../../shared/identity.js';
import { transact, type Db } from '../../db/connection.js';
import { AppError, invalid, unauthenticated } from '../../platform/errors.js';
import { recordAudit } from '../../platform/audit.js';
import { hashToken, newToken, type Secrets } from '../../platform/secrets.js';
import type { Actor, Assignment } from './actor.js';
import { decoyHash, hashPassword, verifyPassword } from './passwords.js';
import * as repo from './repository.js';
import { describeAssignments } from './scope-names.js';
import { isValidIdCardNumber, isValidUscc, maskIdNumber } from '../../../shared/id-numbers.js';
import type { RegisterBody } from './schemas.js';
import { checkIdentity, type RealnameService } from './realname-service.js';
import { withVerifiedCode } from './verification.js';
import { cached } from '../../platform/cache.js';
import { LIVE_SESSIONS, type LiveSession } from './session-cache.js';

/** Sign-in, sign-out, registration and the session behind each browser request. */

export const LOCK_AFTER_FAILURES = 10;
export const LOCK_MINUTES = 15;

export interface SessionContext {
  db: Db;
  secrets: Secrets;
  sessionHours: number;
  /** The province's identity service; null when real-name checks are off (demo). */
  realname?: RealnameService | null;
}

export interface RequestInfo {
  ip: string | null;
  userAgent: string | null;
  requestId?: string;
}

export interface SignedIn {
  /** Goes into the cookie; only its hash is stored. */
  token: string;
  user: CurrentUser;
}

function toAssignments(rows: repo.AssignmentRow[]): Assignment[] {
  return rows.map((r) => ({ id: r.id, role: r.role as Role, scopeType: r.scope_type, scopeCode: r.scope_code }));
}

/** The signed-in user as the web app sees it: roles with readable scope names and allowed areas. */
export async function currentUser(db: Db, userId: number, csrfToken: string): Promise<CurrentUser> {
  const user = await repo.findUserById(db, userId);
  if (!user) throw unauthenticated();
  const assignments = toAssignments(await repo.assignmentsOf(db, [userId]));
  return {
    id: user.id,
    username: user.username,
    displayName: user.display_name,
    kind: user.kind,
    roles: await describeAssignments(db, assignments),
    csrfToken,
    areas: [...new Set(assignments.map((a) => ROLE_AREAS[a.role]))],
  };
}

async function openSession(ctx: SessionContext, db: Db, userId: number, info: RequestInfo): Promise<SignedIn> {
  const token = newToken();
  const csrfToken = newToken(24);
  await repo.insertSession(db, {
    token_hash: hashToken(token),
    user_id: userId,
    csrf_token: csrfToken,
    ip: info.ip,
    user_agent: info.userAgent?.slice(0, 300) ?? null,
    expires_at: new Date(Date.now() + ctx.sessionHours * 3600_000),
  });
  return { token, user: await currentUser(db, userId, csrfToken) };
}

/**
 * Checks a password and opens a session. Ten wrong passwords in a row lock the account for
 * fifteen minutes, during which even the right password is refused. Every attempt is recorded,
 * and the record survives the refusal (it is written outside the refusing transaction).
 */
export async function login(ctx: SessionContext, username: string, password: string, info: RequestInfo): Promise<SignedIn> {
  type Outcome = { signedIn: SignedIn } | { refused: 'invalid_credentials' } | { refused: 'account_locked'; until: Date };
  const outcome: Outcome = await ctx.db.transaction().execute(async (trx): Promise<Outcome> => {
    const user = await repo.findUserForLogin(trx, username.trim());
    if (!user) {
      await verifyPassword(await decoyHash(), password);
      await repo.insertLoginEvent(trx, { username, user_id: null, ip: info.ip, success: false, reason: 'unknown_user' });
      return { refused: 'invalid_credentials' as const };
    }
    if (user.status !== 'active') {
      await repo.insertLoginEvent(trx, { username, user_id: user.id, ip: info.ip, success: false, reason: 'disabled' });
      return { refused: 'invalid_credentials' as const };
    }
    if (user.locked_until && new Date(user.locked_until) > new Date()) {
      await repo.insertLoginEvent(trx, { username, user_id: user.id, ip: info.ip, success: false, reason: 'locked' });
      return { refused: 'account_locked' as const, until: new Date(user.locked_until) };
    }
    // A lock that has run out starts the count again rather than re-locking at the next slip.
    if (user.locked_until) await repo.updateUser(trx, user.id, { failed_logins: 0, locked_until: null });
    if (!(await verifyPassword(user.password_hash, password))) {
      const state = await repo.recordFailedLogin(trx, user.id, LOCK_AFTER_FAILURES, LOCK_MINUTES);
      const locked = state.failed_logins >= LOCK_AFTER_FAILURES;
      await repo.insertLoginEvent(trx, { username, user_id: user.id, ip: info.ip, success: false, reason: locked ? 'wrong_password_locked' : 'wrong_password' });
      return locked ? { refused: 'account_locked' as const, until: new Date(state.locked_until!) } : { refused: 'invalid_credentials' as const };
    }
    await repo.updateUser(trx, user.id, { failed_logins: 0, locked_until: null });
    await repo.insertLoginEvent(trx, { username, user_id: user.id, ip: info.ip, success: true, reason: 'ok' });
    return { signedIn: await openSession(ctx, trx, user.id, info) };
  });
  if ('signedIn' in outcome) return outcome.signedIn;
  if ('until' in outcome) {
    const until = outcome.until.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
    throw new AppError('account_locked', 401, `连续登录失败次数过多，账号已临时锁定至 ${until}，请稍后再试或联系管理员解锁`);
  }
  throw new AppError('invalid_credentials', 401, '用户名或密码错误');
}

export async function logout(db: Db, actor: Actor): Promise<void> {
  if (actor.kind === 'user') await repo.revokeSession(db, actor.sessionId);
}

/** The actor behind a session cookie, or undefined when the token is unknown, expired or revoked. */
export async function resolveSession(db: Db, token: string): Promise<Extract<Actor, { kind: 'user' }> | undefined> {
  const tokenHash = hashToken(token);
  const session = await cached(db, LIVE_SESSIONS, tokenHash, () => loadLiveSession(db, tokenHash));
  if (!session || session.expiresAt <= Date.now()) return undefined;
  // Touch at most once a minute: a page load makes many requests.
  if (Date.now() - session.lastSeenAt > 60_000) {
    session.lastSeenAt = Date.now();
    await repo.touchSession(db, session.id);
  }
  return {
    kind: 'user',
    userId: session.userId,
    username: session.username,
    userKind: session.userKind,
    assignments: session.assignments,
    sessionId: session.id,
    csrfToken: session.csrfToken,
  };
}

async function loadLiveSession(db: Db, tokenHash: string): Promise<LiveSession | undefined> {
  const session = await repo.findLiveSession(db, tokenHash);
  if (!session) return undefined;
  return {
    id: session.id,
    userId: session.user_id,
    username: session.username,
    userKind: session.kind,
    csrfToken: session.csrf_token,
    assignments: toAssignments(await repo.assignmentsOf(db, [session.user_id])),
    expiresAt: new Date(session.expires_at).getTime(),
    lastSeenAt: new Date(session.last_seen_at).getTime(),
  };
}

/**
 * Applicant self-registration (person or enterprise) with the phone proved by an SMS code; signs
 * the new applicant in. With the province's identity service configured, the name and number are
 * checked first: a mismatch is refused, a confirmed match makes the account L2 at once; if the
 * service cannot be reached the account starts at L1 and can be checked later from the profile.
 */
export async function register(ctx: SessionContext, body: RegisterBody, info: RequestInfo): Promise<SignedIn> {
  const idNumber = body.idNumber.toUpperCase();
  if (body.kind === 'person' && !isValidIdCardNumber(idNumber)) throw invalid('body.idNumber', '身份证号码无效（校验位不符）');
  if (body.kind === 'enterprise' && !isValidUscc(idNumber)) throw invalid('body.idNumber', '统一社会信用代码无效（校验位不符）');
  if (body.kind === 'enterprise' && !body.enterpriseName) throw invalid('body.enterpriseName', '企业名称不能为空');
  const idHash = ctx.secrets.lookupHash(idNumber);
  const taken = await repo.usernameOrPhoneTaken(ctx.db, body.username, body.phone, idHash);
  if (taken) throw registrationTaken(taken, body);
  let identityVerified = false;
  if (ctx.realname) {
    const claim = { kind: body.kind, name: body.kind === 'enterprise' ? body.enterpriseName! : body.displayName, idNumber };
    try {
      identityVerified = await checkIdentity(ctx.realname, claim);
      if (!identityVerified) {
        throw invalid('body.idNumber', body.kind === 'enterprise' ? '企业名称与统一社会信用代码不一致，请核对后重新填写' : '姓名与身份证号码不一致，请核对后重新填写');
      }
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'realname_unavailable') throw error;
    }
  }
  const passwordHash = await hashPassword(body.password);
  const proof = { channel: 'sms' as const, destination: body.phone, code: body.code, purposes: ['register' as const] };
  return withVerifiedCode(ctx.db, ctx.secrets, proof, async (trx) => {
    const raced = await repo.usernameOrPhoneTaken(trx, body.username, body.phone, idHash);
    if (raced) throw registrationTaken(raced, body);
    const now = new Date();
    const user = await repo.insertUser(trx, {
      username: body.username,
      phone: body.phone,
      email: body.email ?? null,
      display_name: body.displayName,
      kind: body.kind,
      unit_id: null,
      password_hash: passwordHash,
      id_number_hash: idHash,
      id_number_encrypted: ctx.secrets.encrypt(idNumber),
      id_number_masked: maskIdNumber(idNumber),
      enterprise_name: body.kind === 'enterprise' ? body.enterpriseName! : null,
      realname_level: identityVerified ? 2 : 1,
      phone_verified_at: now,
      identity_verified_at: identityVerified ? now : null,
    });
    await repo.insertAssignment(trx, { user_id: user.id, role: 'applicant', scope_type: 'self', scope_code: String(user.id), granted_by: 'self-registration' });
    await recordAudit(trx, {
      actor: user.username,
      action: 'user.registered',
      subjectType: 'user',
      subjectId: String(user.id),
      requestId: info.requestId,
      details: { kind: body.kind, realnameLevel: identityVerified ? 2 : 1 },
    });
    return openSession(ctx, trx, user.id, info);
  });
}

function registrationTaken(taken: { username: string; phone: string | null }, body: RegisterBody): AppError {
  if (taken.username === body.username) return new AppError('username_taken', 409, '用户名已被使用', [{ field: 'body.username', message: '用户名已被使用' }]);
  if (taken.phone === body.phone) return new AppError('phone_taken', 409, '手机号已注册', [{ field: 'body.phone', message: '手机号已注册，可直接登录或找回密码' }]);
  return new AppError('id_number_taken', 409, '该证件号码已注册', [{ field: 'body.idNumber', message: '该证件号码已注册，可直接登录或找回密码' }]);
}

/**
 * Sets a new password with a code sent to the account's phone (忘记密码), or the code a walk-in got
 * at the window (认领账号). Every session of the account ends, a lock is lifted, the phone counts
 * as verified, and this browser is signed in.
 */
export async function resetPasswordWithCode(ctx: SessionContext, input: { phone: string; code: string; newPassword: string }, info: RequestInfo): Promise<SignedIn> {
  const passwordHash = await hashPassword(input.newPassword);
  const proof = { channel: 'sms' as const, destination: input.phone, code: input.code, purposes: ['reset' as const, 'claim' as const] };
  return withVerifiedCode(ctx.db, ctx.secrets, proof, async (trx, code) => {
    const user = await repo.findUserByPhone(trx, input.phone);
    // The code went to this phone for this account; a number moved to another account since then does not carry it over.
    if (!user || user.status !== 'active' || (code.userId !== null && code.userId !== user.id)) {
      throw new AppError('code_invalid', 400, '验证码不正确或已失效，请重新获取', [{ field: 'body.code', message: '验证码不正确或已失效，请重新获取' }]);
    }
    await repo.updateUser(trx, user.id, {
      password_hash: passwordHash,
      password_changed_at: new Date(),
      failed_logins: 0,
      locked_until: null,
      phone_verified_at: new Date(),
      realname_level: Math.max(user.realname_level, 1),
    });
    await repo.revokeSessions(trx, user.id);
    await recordAudit(trx, {
      actor: user.username,
      action: code.purpose === 'claim' ? 'user.claimed' : 'user.password_reset_by_code',
      subjectType: 'user',
      subjectId: String(user.id),
      requestId: info.requestId,
    });
    return openSession(ctx, trx, user.id, info);
  });
}

/** Changes the caller's own password; every other session of theirs is signed out. */
export async function changePassword(db: Db, actor: Actor, currentPassword: string, newPassword: string): Promise<void> {
  if (actor.kind !== 'user') throw unauthenticated();
  const user = await repo.findUserById(db, actor.userId);
  if (!user || !(await verifyPassword(user.password_hash, currentPassword))) {
    throw invalid('body.currentPassword', '当前密码不正确');
  }
  if (currentPassword === newPassword) throw invalid('body.newPassword', '新密码不能与当前密码相同');
  const passwordHash = await hashPassword(newPassword);
  await transact(db, async (trx) => {
    await repo.updateUser(trx, actor.userId, { password_hash: passwordHash, password_changed_at: new Date() });
    await repo.revokeSessions(trx, actor.userId, actor.sessionId);
    await recordAudit(trx, { actor: actor.username, action: 'user.password_changed', subjectType: 'user', subjectId: String(actor.userId) });
  });
}
