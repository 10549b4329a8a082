import type { Role } from '../../../shared/identity.js';
import { ROLE_PERMISSIONS } from '../../../shared/identity.js';
import { transact, type Db } from '../../db/connection.js';
import { AppError, forbidden, invalid, notFound } from '../../platform/errors.js';
import { recordAudit } from '../../platform/audit.js';
import { actorName, can, hasPermission, scopesWith, type Actor, type Assignment, type RecordScope } from './actor.js';
import { maskPhone } from '../../../shared/id-numbers.js';
import { hashPassword } from './passwords.js';
import * as repo from './repository.js';
import { describeAssignments } from './scope-names.js';
import type { AssignmentInput, CreateUserBody, UpdateUserBody, UserListQuery } from './schemas.js';

/** Administration of users, units and role assignments, each checked against the caller's scope. */

const REGION = '500102';

function scopeOf(user: repo.UserWithPlace): RecordScope {
  return { regionCode: user.region_code ?? REGION, departmentCode: user.department_code, unitCode: user.unit_code, ownerUserId: user.id };
}

/** Loads a user the actor may read; anyone else's record looks exactly like a missing one. */
async function readableUser(db: Db, actor: Actor, id: number): Promise<repo.UserWithPlace> {
  const user = await repo.findUserById(db, id);
  if (!user || !can(actor, 'identity.read', scopeOf(user))) throw notFound('用户');
  return user;
}

async function manageableUser(db: Db, actor: Actor, id: number): Promise<repo.UserWithPlace> {
  const user = await readableUser(db, actor, id);
  if (!can(actor, 'identity.manage', scopeOf(user))) throw forbidden('只读权限，不能修改该用户');
  return user;
}

function toAssignment(row: repo.AssignmentRow): Assignment {
  return { id: row.id, role: row.role as Role, scopeType: row.scope_type, scopeCode: row.scope_code };
}

async function summaries(db: Db, users: repo.UserWithPlace[]) {
  const assignments = await repo.assignmentsOf(db, users.map((u) => u.id));
  const described = await describeAssignments(db, assignments.map(toAssignment));
  const byUser = new Map<number, typeof described>();
  assignments.forEach((row, i) => byUser.set(row.user_id, [...(byUser.get(row.user_id) ?? []), described[i]!]));
  return users.map((u) => ({
    id: u.id,
    username: u.username,
    displayName: u.display_name,
    kind: u.kind,
    status: u.status,
    locked: !!u.locked_until && new Date(u.locked_until) > new Date(),
    department: u.department_code ? { code: u.department_code, shortName: u.department_short_name! } : null,
    unit: u.unit_code ? { code: u.unit_code, name: u.unit_name! } : null,
    roles: byUser.get(u.id) ?? [],
  }));
}

export async function listUsers(db: Db, actor: Actor, query: UserListQuery) {
  const scopes = scopesWith(actor, 'identity.read');
  if (scopes.length === 0) throw forbidden();
  const regionWide = scopes.some((s) => s.scopeType === 'region');
  // Department-scoped readers see their own departments' staff only.
  const departmentCodes = regionWide ? undefined : scopes.filter((s) => s.scopeType === 'department').map((s) => s.scopeCode);
  const rows = await repo.listUsers(db, { q: query.q, departmentCode: query.department, role: query.role, departmentCodes }, query.cursor, query.limit + 1);
  const page = rows.slice(0, query.limit);
  return { users: await summaries(db, page), nextCursor: rows.length > query.limit ? page.at(-1)!.id : null };
}

function allowedActions(actor: Actor, user: repo.UserWithPlace): string[] {
  if (!can(actor, 'identity.manage', scopeOf(user))) return [];
  const self = actor.kind === 'user' && actor.userId === user.id;
  const locked = !!user.locked_until && new Date(user.locked_until) > new Date();
  return [
    'update',
    ...(self ? [] : [user.status === 'active' ? 'disable' : 'enable']),
    ...(locked ? ['unlock'] : []),
    'reset_password',
    'assign_role',
    'remove_role',
    'revoke_sessions',
  ];
}

export async function getUser(db: Db, actor: Actor, id: number) {
  const user = await readableUser(db, actor, id);
  const [summary] = await summaries(db, [user]);
  const sessions = await repo.liveSessionsOf(db, id);
  return {
    ...summary!,
    phone: user.phone ? maskPhone(user.phone) : null,
    idNumber: user.id_number_masked,
    enterpriseName: user.enterprise_name,
    lockedUntil: user.locked_until ? new Date(user.locked_until).toISOString() : null,
    createdAt: new Date(user.created_at).toISOString(),
    activeSessions: sessions.length,
    actions: allowedActions(actor, user),
  };
}

/** Checks that the actor may grant this role in this scope, and that the scope exists. */
async function checkGrant(db: Db, actor: Actor, input: AssignmentInput, targetUserId: number): Promise<void> {
  if ((input.role === 'system_admin' || input.role === 'region_admin') && !actor_is(actor, 'system_admin')) {
    throw forbidden('只有系统管理员可以授予管理员角色');
  }
  let scope: RecordScope;
  switch (input.scopeType) {
    case 'region': {
      const region = await db.selectFrom('regions').select('code').where('code', '=', input.scopeCode).executeTakeFirst();
      if (!region) throw invalid('body.scopeCode', `行政区划 ${input.scopeCode} 不存在`);
      scope = { regionCode: input.scopeCode };
      break;
    }
    case 'department': {
      const department = await db.selectFrom('departments').select(['code', 'region_code']).where('code', '=', input.scopeCode).executeTakeFirst();
      if (!department) throw invalid('body.scopeCode', `部门 ${input.scopeCode} 不存在`);
      scope = { regionCode: department.region_code, departmentCode: department.code };
      break;
    }
    case 'unit': {
      const unit = await repo.findUnit(db, input.scopeCode);
      if (!unit) throw invalid('body.scopeCode', `科室 ${input.scopeCode} 不存在`);
      scope = { regionCode: unit.region_code, departmentCode: unit.department_code, unitCode: unit.code };
      break;
    }
    case 'self':
      if (input.scopeCode !== String(targetUserId)) throw invalid('body.scopeCode', '“本人”范围的代码必须是该用户的编号');
      if (input.role !== 'applicant') throw invalid('body.scopeType', '只有申请人角色使用“本人”范围');
      scope = { ownerUserId: targetUserId, regionCode: REGION };
      break;
  }
  if (!can(actor, 'identity.manage', scope)) throw forbidden('不能在自己的管理范围之外授权');
}

function actor_is(actor: Actor, role: Role): boolean {
  return actor.kind === 'user' && actor.assignments.some((a) => a.role === role);
}

export async function createUser(db: Db, actor: Actor, body: CreateUserBody) {
  if (!hasPermission(actor, 'identity.manage')) throw forbidden();
  const passwordHash = await hashPassword(body.password);
  const id = await transact(db, async (trx) => {
    let unitId: number | null = null;
    if (body.unitCode) {
      const unit = await repo.findUnit(trx, body.unitCode);
      if (!unit) throw invalid('body.unitCode', `科室 ${body.unitCode} 不存在`);
      if (!can(actor, 'identity.manage', { regionCode: unit.region_code, departmentCode: unit.department_code, unitCode: unit.code })) throw forbidden();
      unitId = unit.id;
    }
    const taken = await repo.usernameOrPhoneTaken(trx, body.username, body.phone ?? null, null);
    if (taken) {
      const field = taken.username === body.username ? 'body.username' : 'body.phone';
      throw new AppError('user_exists', 409, field === 'body.username' ? '用户名已被使用' : '手机号已被使用', [{ field, message: '已被使用' }]);
    }
    const user = await repo.insertUser(trx, {
      username: body.username,
      phone: body.phone ?? null,
      display_name: body.displayName,
      kind: 'staff',
      unit_id: unitId,
      password_hash: passwordHash,
      id_number_hash: null,
      id_number_encrypted: null,
      id_number_masked: null,
      enterprise_name: null,
    });
    for (const [index, role] of body.roles.entries()) {
      try {
        await checkGrant(trx, actor, role, user.id);
      } catch (error) {
        if (error instanceof AppError && error.fieldErrors.length) {
          throw new AppError(error.code, error.status, error.message, [{ field: `body.roles.${index}.scopeCode`, message: error.message }]);
        }
        throw error;
      }
      await repo.insertAssignment(trx, { user_id: user.id, role: role.role, scope_type: role.scopeType, scope_code: role.scopeCode, granted_by: actorName(actor) });
    }
    await recordAudit(trx, { actor: actorName(actor), action: 'user.created', subjectType: 'user', subjectId: String(user.id), details: { username: user.username, roles: body.roles } });
    return user.id;
  });
  return getUser(db, actor, id);
}

export async function updateUser(db: Db, actor: Actor, id: number, body: UpdateUserBody) {
  await transact(db, async (trx) => {
    const user = await manageableUser(trx, actor, id);
    if (body.status === 'disabled' && actor.kind === 'user' && actor.userId === id) throw invalid('body.status', '不能停用自己的账号');
    let unitId: number | null | undefined;
    if (body.unitCode !== undefined) {
      if (body.unitCode === null) unitId = null;
      else {
        const unit = await repo.findUnit(trx, body.unitCode);
        if (!unit) throw invalid('body.unitCode', `科室 ${body.unitCode} 不存在`);
        unitId = unit.id;
      }
    }
    await repo.updateUser(trx, id, {
      ...(body.displayName !== undefined ? { display_name: body.displayName } : {}),
      ...(body.phone !== undefined ? { phone: body.phone } : {}),
      ...(unitId !== undefined ? { unit_id: unitId } : {}),
      ...(body.status !== undefined ? { status: body.status } : {}),
    });
    if (body.status === 'disabled') await repo.revokeSessions(trx, id);
    await recordAudit(trx, { actor: actorName(actor), action: 'user.updated', subjectType: 'user', subjectId: String(id), details: { ...body, phone: body.phone ? maskPhone(body.phone) : body.phone, username: user.username } });
  });
  return getUser(db, actor, id);
}

export async function assignRole(db: Db, actor: Actor, id: number, input: AssignmentInput) {
  return transact(db, async (trx) => {
    await manageableUser(trx, actor, id);
    await checkGrant(trx, actor, input, id);
    const row = await repo.insertAssignment(trx, { user_id: id, role: input.role, scope_type: input.scopeType, scope_code: input.scopeCode, granted_by: actorName(actor) });
    if (!row) throw new AppError('role_exists', 409, '该用户已有此角色和范围');
    await recordAudit(trx, { actor: actorName(actor), action: 'user.role_assigned', subjectType: 'user', subjectId: String(id), details: { ...input } });
    const [view] = await describeAssignments(trx, [toAssignment(row)]);
    return view!;
  });
}

export async function removeRole(db: Db, actor: Actor, id: number, assignmentId: number): Promise<void> {
  await transact(db, async (trx) => {
    await manageableUser(trx, actor, id);
    const row = (await repo.assignmentsOf(trx, [id])).find((a) => a.id === assignmentId);
    if (!row) throw notFound('角色授权');
    await checkGrant(trx, actor, { role: row.role as Role, scopeType: row.scope_type, scopeCode: row.scope_code }, id);
    await repo.deleteAssignment(trx, id, assignmentId);
    await recordAudit(trx, { actor: actorName(actor), action: 'user.role_removed', subjectType: 'user', subjectId: String(id), details: { role: row.role, scopeType: row.scope_type, scopeCode: row.scope_code } });
  });
}

export async function unlockUser(db: Db, actor: Actor, id: number): Promise<void> {
  await transact(db, async (trx) => {
    await manageableUser(trx, actor, id);
    await repo.updateUser(trx, id, { failed_logins: 0, locked_until: null });
    await recordAudit(trx, { actor: actorName(actor), action: 'user.unlocked', subjectType: 'user', subjectId: String(id) });
  });
}

export async function resetPassword(db: Db, actor: Actor, id: number, newPassword: string): Promise<void> {
  const passwordHash = await hashPassword(newPassword);
  await transact(db, async (trx) => {
    await manageableUser(trx, actor, id);
    await repo.updateUser(trx, id, { password_hash: passwordHash, password_changed_at: new Date(), failed_logins: 0, locked_until: null });
    await repo.revokeSessions(trx, id);
    await recordAudit(trx, { actor: actorName(actor), action: 'user.password_reset', subjectType: 'user', subjectId: String(id) });
  });
}

export async function listSessions(db: Db, actor: Actor, id: number) {
  await readableUser(db, actor, id);
  return (await repo.liveSessionsOf(db, id)).map((s) => ({
    id: s.id,
    createdAt: new Date(s.created_at).toISOString(),
    lastSeenAt: new Date(s.last_seen_at).toISOString(),
    expiresAt: new Date(s.expires_at).toISOString(),
    ip: s.ip,
    userAgent: s.user_agent,
  }));
}

export async function revokeUserSessions(db: Db, actor: Actor, id: number): Promise<number> {
  return transact(db, async (trx) => {
    await manageableUser(trx, actor, id);
    const count = await repo.revokeSessions(trx, id);
    await recordAudit(trx, { actor: actorName(actor), action: 'user.sessions_revoked', subjectType: 'user', subjectId: String(id), details: { count } });
    return count;
  });
}

/** Every permission the user holds, per assignment and merged, with the scopes it applies in. */
export async function effectivePermissions(db: Db, actor: Actor, id: number) {
  const user = await readableUser(db, actor, id);
  const assignments = await describeAssignments(db, (await repo.assignmentsOf(db, [id])).map(toAssignment));
  const merged = new Map<string, Set<string>>();
  for (const a of assignments) {
    for (const permission of ROLE_PERMISSIONS[a.role]) {
      merged.set(permission, (merged.get(permission) ?? new Set()).add(`${a.scopeName}（${a.scopeType}:${a.scopeCode}）`));
    }
  }
  return {
    user: { id: user.id, username: user.username, displayName: user.display_name },
    assignments: assignments.map((a) => ({ ...a, permissions: [...ROLE_PERMISSIONS[a.role]] })),
    permissions: [...merged.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([permission, scopes]) => ({ permission, scopes: [...scopes] })),
  };
}

export async function listLoginEvents(db: Db, actor: Actor, username: string | undefined) {
  if (!hasPermission(actor, 'audit.read') && !hasPermission(actor, 'identity.manage')) throw forbidden();
  return (await repo.loginEvents(db, username, 200)).map((e) => ({
    occurredAt: new Date(e.occurred_at).toISOString(),
    username: e.username,
    ip: e.ip,
    success: e.success,
    reason: e.reason,
  }));
}

export async function listUnits(db: Db, actor: Actor, departmentCode: string | undefined) {
  const scopes = scopesWith(actor, 'identity.read');
  const rows = await repo.listUnits(db, departmentCode);
  return rows
    .filter((u) => scopes.some((s) => s.scopeType === 'region' || (s.scopeType === 'department' && s.scopeCode === u.department_code)))
    .map((u) => ({ code: u.code, name: u.name, department: { code: u.department_code, shortName: u.department_short_name }, userCount: Number(u.user_count) }));
}

export async function createUnit(db: Db, actor: Actor, body: { code: string; departmentCode: string; name: string }) {
  return transact(db, async (trx) => {
    const department = await trx.selectFrom('departments').select(['id', 'code', 'short_name', 'region_code']).where('code', '=', body.departmentCode).executeTakeFirst();
    if (!department) throw invalid('body.departmentCode', `部门 ${body.departmentCode} 不存在`);
    if (!can(actor, 'identity.manage', { regionCode: department.region_code, departmentCode: department.code })) throw forbidden();
    if (await repo.findUnit(trx, body.code)) throw new AppError('unit_exists', 409, `科室代码 ${body.code} 已存在`, [{ field: 'body.code', message: '已存在' }]);
    await repo.insertUnit(trx, { code: body.code, department_id: department.id, name: body.name });
    await recordAudit(trx, { actor: actorName(actor), action: 'unit.created', subjectType: 'unit', subjectId: body.code, details: { department: department.code } });
    return { code: body.code, name: body.name, department: { code: department.code, shortName: department.short_name }, userCount: 0 };
  });
}

/**
 * The name an applicant goes by on documents: an enterprise's registered name, a person's name.
 * Undefined for an unknown username.
 */
export async function applicantName(db: Db, username: string): Promise<string | undefined> {
  return (await applicantParty(db, username))?.name;
}

/** The applicant's document name and whether it is an enterprise (whose name is public) or a person. */
export async function applicantParty(db: Db, username: string): Promise<{ name: string; kind: 'person' | 'enterprise' } | undefined> {
  const [row] = await repo.namesOf(db, [username]);
  if (!row) return undefined;
  const enterprise = row.kind === 'enterprise' && row.enterprise_name;
  return { name: enterprise ? row.enterprise_name! : row.display_name, kind: enterprise ? 'enterprise' : 'person' };
}

/** Display names of users by username, for lists that show who applied. */
export async function displayNames(db: Db, usernames: string[]): Promise<Map<string, string>> {
  return new Map((await repo.namesOf(db, usernames)).map((r) => [r.username, r.display_name]));
}
