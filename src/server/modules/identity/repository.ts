import { sql, type Selectable } from 'kysely';
import type { Db } from '../../db/connection.js';
import type { IdentityTables } from './tables.js';
import { forgetCached } from '../../platform/cache.js';
import { LIVE_SESSIONS, forgetSessionsOf } from './session-cache.js';

/** All SQL of identity. */

export type UserRow = Selectable<IdentityTables['users']>;
export type AssignmentRow = Selectable<IdentityTables['role_assignments']>;
export type ClientRow = Selectable<IdentityTables['api_clients']>;

/** A user with the department and unit they work in (staff only). */
export interface UserWithPlace extends UserRow {
  unit_code: string | null;
  unit_name: string | null;
  department_code: string | null;
  department_short_name: string | null;
  region_code: string | null;
}

function usersWithPlace(db: Db) {
  return db
    .selectFrom('users as u')
    .leftJoin('units as n', 'n.id', 'u.unit_id')
    .leftJoin('departments as d', 'd.id', 'n.department_id')
    .selectAll('u')
    .select(['n.code as unit_code', 'n.name as unit_name', 'd.code as department_code', 'd.short_name as department_short_name', 'd.region_code']);
}

export async function findUserById(db: Db, id: number): Promise<UserWithPlace | undefined> {
  return usersWithPlace(db).where('u.id', '=', id).executeTakeFirst();
}

export async function findUserForLogin(db: Db, login: string): Promise<UserRow | undefined> {
  return db
    .selectFrom('users')
    .selectAll()
    .where((eb) => eb.or([eb('username', '=', login.toLowerCase()), eb('phone', '=', login)]))
    .forUpdate()
    .executeTakeFirst();
}

export async function usernameOrPhoneTaken(db: Db, username: string, phone: string | null, idHash: string | null) {
  return db
    .selectFrom('users')
    .select(['username', 'phone', 'id_number_hash'])
    .where((eb) =>
      eb.or([
        eb('username', '=', username),
        ...(phone ? [eb('phone', '=', phone)] : []),
        ...(idHash ? [eb('id_number_hash', '=', idHash)] : []),
      ]),
    )
    .executeTakeFirst();
}

type DefaultedUserColumns = 'id' | 'created_at' | 'password_changed_at' | 'failed_logins' | 'locked_until' | 'status' | 'email' | 'realname_level' | 'phone_verified_at' | 'identity_verified_at';

export type NewUser = Omit<UserRow, DefaultedUserColumns> & Partial<Pick<UserRow, 'email' | 'realname_level' | 'phone_verified_at' | 'identity_verified_at'>>;

export async function insertUser(db: Db, user: NewUser): Promise<UserRow> {
  return db.insertInto('users').values(user).returningAll().executeTakeFirstOrThrow();
}

/** Users in one statement (the demo seed's hundred accounts); ids come back with their usernames. */
export async function insertUsers(db: Db, users: NewUser[]): Promise<{ id: number; username: string }[]> {
  if (users.length === 0) return [];
  return db.insertInto('users').values(users).returning(['id', 'username']).execute();
}

export async function updateUser(db: Db, id: number, changes: Partial<Omit<UserRow, 'id' | 'created_at'>>): Promise<void> {
  forgetCached(LIVE_SESSIONS, forgetSessionsOf(id));
  await db.updateTable('users').set(changes).where('id', '=', id).execute();
}

export async function recordFailedLogin(db: Db, id: number, lockAfter: number, lockMinutes: number): Promise<{ failed_logins: number; locked_until: Date | null }> {
  return db
    .updateTable('users')
    .set((eb) => ({
      failed_logins: eb('failed_logins', '+', 1),
      locked_until: sql`CASE WHEN failed_logins + 1 >= ${lockAfter} THEN now() + make_interval(mins => ${lockMinutes}) ELSE locked_until END`,
    }))
    .where('id', '=', id)
    .returning(['failed_logins', 'locked_until'])
    .executeTakeFirstOrThrow();
}

export async function listUsers(db: Db, filter: { q?: string | undefined; departmentCode?: string | undefined; role?: string | undefined; departmentCodes?: string[] | undefined }, afterId: number | undefined, limit: number) {
  let query = usersWithPlace(db);
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) => eb.or([eb('u.username', 'ilike', pattern), eb('u.display_name', 'ilike', pattern)]));
  }
  if (filter.departmentCode) query = query.where('d.code', '=', filter.departmentCode);
  if (filter.departmentCodes) query = query.where('d.code', 'in', filter.departmentCodes.length ? filter.departmentCodes : ['\u0000']);
  if (filter.role) {
    query = query.where((eb) => eb.exists(eb.selectFrom('role_assignments as r').select('r.id').whereRef('r.user_id', '=', 'u.id').where('r.role', '=', filter.role!)));
  }
  if (afterId !== undefined) query = query.where('u.id', '>', afterId);
  return query.orderBy('u.id').limit(limit).execute();
}

export async function assignmentsOf(db: Db, userIds: number[]): Promise<AssignmentRow[]> {
  if (userIds.length === 0) return [];
  return db.selectFrom('role_assignments').selectAll().where('user_id', 'in', userIds).orderBy('id').execute();
}

export async function insertAssignments(db: Db, assignments: Omit<AssignmentRow, 'id' | 'created_at'>[]): Promise<void> {
  if (assignments.length === 0) return;
  await db
    .insertInto('role_assignments')
    .values(assignments)
    .onConflict((oc) => oc.columns(['user_id', 'role', 'scope_type', 'scope_code']).doNothing())
    .execute();
}

export async function insertAssignment(db: Db, assignment: Omit<AssignmentRow, 'id' | 'created_at'>): Promise<AssignmentRow | undefined> {
  forgetCached(LIVE_SESSIONS, forgetSessionsOf(assignment.user_id));
  return db
    .insertInto('role_assignments')
    .values(assignment)
    .onConflict((oc) => oc.columns(['user_id', 'role', 'scope_type', 'scope_code']).doNothing())
    .returningAll()
    .executeTakeFirst();
}

export async function deleteAssignment(db: Db, userId: number, assignmentId: number): Promise<boolean> {
  forgetCached(LIVE_SESSIONS, forgetSessionsOf(userId));
  const result = await db.deleteFrom('role_assignments').where('id', '=', assignmentId).where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function insertSession(db: Db, session: { token_hash: string; user_id: number; csrf_token: string; ip: string | null; user_agent: string | null; expires_at: Date }) {
  return db.insertInto('sessions').values(session).returning(['id']).executeTakeFirstOrThrow();
}

export async function findLiveSession(db: Db, tokenHash: string) {
  return db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select(['s.id', 's.user_id', 's.csrf_token', 's.last_seen_at', 's.expires_at', 'u.username', 'u.kind', 'u.display_name'])
    .where('s.token_hash', '=', tokenHash)
    .where('s.revoked_at', 'is', null)
    .where('s.expires_at', '>', sql<Date>`now()`)
    .where('u.status', '=', 'active')
    .executeTakeFirst();
}

export async function touchSession(db: Db, id: number): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: sql`now()` }).where('id', '=', id).execute();
}

export async function revokeSessions(db: Db, userId: number, exceptSessionId?: number): Promise<number> {
  forgetCached(LIVE_SESSIONS, (_, session) => session?.userId === userId && session.id !== exceptSessionId);
  let query = db.updateTable('sessions').set({ revoked_at: sql`now()` }).where('user_id', '=', userId).where('revoked_at', 'is', null);
  if (exceptSessionId !== undefined) query = query.where('id', '<>', exceptSessionId);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function revokeSession(db: Db, id: number): Promise<void> {
  forgetCached(LIVE_SESSIONS, (_, session) => session?.id === id);
  await db.updateTable('sessions').set({ revoked_at: sql`now()` }).where('id', '=', id).execute();
}

export async function liveSessionsOf(db: Db, userId: number) {
  return db
    .selectFrom('sessions')
    .select(['id', 'created_at', 'last_seen_at', 'expires_at', 'ip', 'user_agent'])
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', sql<Date>`now()`)
    .orderBy('id', 'desc')
    .execute();
}

export async function insertLoginEvent(db: Db, event: { username: string; user_id: number | null; ip: string | null; success: boolean; reason: string }): Promise<void> {
  await db.insertInto('login_events').values(event).execute();
}

export async function loginEvents(db: Db, username: string | undefined, limit: number) {
  let query = db.selectFrom('login_events').select(['occurred_at', 'username', 'ip', 'success', 'reason']);
  if (username) query = query.where('username', '=', username);
  return query.orderBy('id', 'desc').limit(limit).execute();
}

export async function findUnit(db: Db, code: string) {
  return db
    .selectFrom('units as n')
    .innerJoin('departments as d', 'd.id', 'n.department_id')
    .select(['n.id', 'n.code', 'n.name', 'd.code as department_code', 'd.short_name as department_short_name', 'd.region_code'])
    .where('n.code', '=', code)
    .executeTakeFirst();
}

export async function listUnits(db: Db, departmentCode: string | undefined) {
  let query = db
    .selectFrom('units as n')
    .innerJoin('departments as d', 'd.id', 'n.department_id')
    .leftJoin('users as u', 'u.unit_id', 'n.id')
    .select(['n.code', 'n.name', 'd.code as department_code', 'd.short_name as department_short_name'])
    .select((eb) => eb.fn.count<number>('u.id').as('user_count'))
    .groupBy(['n.id', 'd.id'])
    .orderBy('d.sort')
    .orderBy('n.code');
  if (departmentCode) query = query.where('d.code', '=', departmentCode);
  return query.execute();
}

export async function insertUnit(db: Db, unit: { code: string; department_id: number; name: string }) {
  return db.insertInto('units').values(unit).returningAll().executeTakeFirstOrThrow();
}

export async function insertUnits(db: Db, units: { code: string; department_id: number; name: string }[]): Promise<{ id: number; code: string }[]> {
  if (units.length === 0) return [];
  return db.insertInto('units').values(units).returning(['id', 'code']).execute();
}

export async function insertClient(db: Db, client: Omit<ClientRow, 'id' | 'created_at' | 'secret_rotated_at' | 'status'>): Promise<ClientRow> {
  return db.insertInto('api_clients').values(client).returningAll().executeTakeFirstOrThrow();
}

export async function findClient(db: Db, clientId: string): Promise<ClientRow | undefined> {
  return db.selectFrom('api_clients').selectAll().where('client_id', '=', clientId).executeTakeFirst();
}

export async function listClients(db: Db): Promise<ClientRow[]> {
  return db.selectFrom('api_clients').selectAll().orderBy('id').execute();
}

export async function updateClient(db: Db, id: number, changes: Partial<Pick<ClientRow, 'secret_hash' | 'status'>> & { rotated?: boolean }): Promise<ClientRow> {
  const { rotated, ...rest } = changes;
  return db
    .updateTable('api_clients')
    .set({ ...rest, ...(rotated ? { secret_rotated_at: sql`now()` } : {}) })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function insertAccessToken(db: Db, token: { token_hash: string; client_id: number; scopes: string[]; expires_at: Date }): Promise<void> {
  await db.insertInto('access_tokens').values(token).execute();
}

export async function deleteAccessTokens(db: Db, clientRowId: number): Promise<void> {
  await db.deleteFrom('access_tokens').where('client_id', '=', clientRowId).execute();
}

export async function findLiveAccessToken(db: Db, tokenHash: string) {
  return db
    .selectFrom('access_tokens as t')
    .innerJoin('api_clients as c', 'c.id', 't.client_id')
    .select(['c.id as client_row_id', 'c.client_id', 'c.department_code', 'c.ip_allowlist', 't.scopes'])
    .where('t.token_hash', '=', tokenHash)
    .where('t.expires_at', '>', sql<Date>`now()`)
    .where('c.status', '=', 'active')
    .executeTakeFirst();
}

export async function countUsers(db: Db): Promise<number> {
  const row = await db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findUserByIdHash(db: Db, idHash: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id_number_hash', '=', idHash).executeTakeFirst();
}

export async function namesOf(db: Db, usernames: string[]): Promise<Pick<UserRow, 'username' | 'display_name' | 'enterprise_name' | 'kind'>[]> {
  if (usernames.length === 0) return [];
  return db.selectFrom('users').select(['username', 'display_name', 'enterprise_name', 'kind']).where('username', 'in', [...new Set(usernames)]).execute();
}

/** Who a notice goes to and how to reach them (notifications module). */
export async function findContact(db: Db, username: string) {
  return db.selectFrom('users').select(['username', 'display_name', 'kind', 'email', 'phone', 'status']).where('username', '=', username).executeTakeFirst();
}

/** Active staff holding a role for a department, directly or through one of its units. */
export async function staffWithDepartmentRole(db: Db, departmentCode: string, role: string, regionCode?: string): Promise<string[]> {
  const rows = await db
    .selectFrom('users as u')
    .innerJoin('role_assignments as r', 'r.user_id', 'u.id')
    .leftJoin('units as un', (join) => join.onRef('un.code', '=', 'r.scope_code').on('r.scope_type', '=', 'unit'))
    .leftJoin('departments as d', 'd.id', 'un.department_id')
    .select('u.username')
    .distinct()
    .where('u.status', '=', 'active')
    .where('r.role', '=', role)
    .where((eb) =>
      eb.or([
        eb.and([eb('r.scope_type', '=', 'department'), eb('r.scope_code', '=', departmentCode)]),
        eb('d.code', '=', departmentCode),
        ...(regionCode ? [eb.and([eb('r.scope_type', '=', 'region'), eb('r.scope_code', '=', regionCode)])] : []),
      ]),
    )
    .orderBy('u.username')
    .execute();
  return rows.map((r) => r.username);
}

/** What an applicant's new application is prefilled from (name, phone, enterprise name, encrypted ID number). */
export async function findApplicantProfile(db: Db, username: string) {
  return db.selectFrom('users').select(['display_name', 'kind', 'phone', 'enterprise_name', 'id_number_encrypted']).where('username', '=', username).executeTakeFirst();
}

// ---------------------------------------------------------------------------------------------
// One-time verification codes

export type VerificationCodeRow = Selectable<IdentityTables['verification_codes']>;

/** Serialises code requests and checks for one destination until the transaction ends. */
export async function lockDestination(db: Db, destination: string): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtextextended(${`verification:${destination}`}, 0))`.execute(db);
}

/** When codes went to a destination, or were asked for from a client address, since a moment. */
export async function codeSendTimes(db: Db, by: { destination: string } | { ip: string }, since: Date): Promise<Date[]> {
  let query = db.selectFrom('verification_codes').select('created_at').where('created_at', '>', since);
  query = 'destination' in by ? query.where('destination', '=', by.destination) : query.where('requested_ip', '=', by.ip);
  return (await query.execute()).map((r) => new Date(r.created_at));
}

export async function supersedeCodes(db: Db, destination: string, purpose: VerificationCodeRow['purpose']): Promise<void> {
  await db
    .updateTable('verification_codes')
    .set({ superseded_at: sql`now()` })
    .where('destination', '=', destination)
    .where('purpose', '=', purpose)
    .where('consumed_at', 'is', null)
    .where('superseded_at', 'is', null)
    .execute();
}

export async function insertCode(db: Db, code: Omit<VerificationCodeRow, 'id' | 'attempts' | 'created_at' | 'consumed_at' | 'superseded_at'>): Promise<VerificationCodeRow> {
  return db.insertInto('verification_codes').values(code).returningAll().executeTakeFirstOrThrow();
}

/** The newest unused, unreplaced code for a destination and one of the purposes, locked. */
export async function liveCode(db: Db, destination: string, purposes: VerificationCodeRow['purpose'][]): Promise<VerificationCodeRow | undefined> {
  return db
    .selectFrom('verification_codes')
    .selectAll()
    .where('destination', '=', destination)
    .where('purpose', 'in', purposes)
    .where('consumed_at', 'is', null)
    .where('superseded_at', 'is', null)
    .orderBy('id', 'desc')
    .limit(1)
    .forUpdate()
    .executeTakeFirst();
}

export async function recordCodeAttempt(db: Db, id: number): Promise<void> {
  await db.updateTable('verification_codes').set((eb) => ({ attempts: eb('attempts', '+', 1) })).where('id', '=', id).execute();
}

export async function consumeCode(db: Db, id: number): Promise<void> {
  await db.updateTable('verification_codes').set({ consumed_at: sql`now()` }).where('id', '=', id).execute();
}

export async function findUserByPhone(db: Db, phone: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('phone', '=', phone).executeTakeFirst();
}


export async function realnameLevelOf(db: Db, username: string): Promise<number | undefined> {
  return (await db.selectFrom('users').select('realname_level').where('username', '=', username).executeTakeFirst())?.realname_level;
}
/**
 * Users by username with each role they hold, unit roles carrying their unit's department
 * (one row per role; a user without roles comes once with null role columns).
 */
export async function usersWithRoles(db: Db, usernames: string[]) {
  if (usernames.length === 0) return [];
  return db
    .selectFrom('users as u')
    .leftJoin('role_assignments as r', 'r.user_id', 'u.id')
    .leftJoin('units as un', (join) => join.onRef('un.code', '=', 'r.scope_code').on('r.scope_type', '=', 'unit'))
    .leftJoin('departments as d', 'd.id', 'un.department_id')
    .select(['u.username', 'u.display_name', 'u.enterprise_name', 'u.kind', 'u.status', 'r.role', 'r.scope_type', 'r.scope_code', 'd.code as unit_department'])
    .where('u.username', 'in', [...new Set(usernames)])
    .orderBy('u.username')
    .orderBy('r.id')
    .execute();
}
