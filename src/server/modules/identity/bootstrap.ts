import type { Db } from '../../db/connection.js';
import { transact } from '../../db/connection.js';
import { recordAudit } from '../../platform/audit.js';
import { hashPassword } from './passwords.js';
import * as repo from './repository.js';

/**
 * The first administrator of a fresh installation (outside demo mode there are no default
 * accounts). Creates the region when it is not there yet.
 */
export async function createFirstAdministrator(
  db: Db,
  input: { username: string; displayName: string; password: string; regionCode: string; regionName: string },
): Promise<{ id: number }> {
  if (!/^[a-z0-9][a-z0-9._-]{2,39}$/.test(input.username)) throw new Error('username: 3–40 lower-case letters, digits, . _ -');
  if (input.password.length < 12) throw new Error('password: at least 12 characters for an administrator');
  const passwordHash = await hashPassword(input.password);
  return transact(db, async (trx) => {
    const parent = input.regionCode.slice(0, 2) + '0000';
    if (parent !== input.regionCode) {
      await trx.insertInto('regions').values({ code: parent, name: parent === '500000' ? '重庆市' : parent, parent_code: null, level: 'province' }).onConflict((oc) => oc.column('code').doNothing()).execute();
    }
    await trx
      .insertInto('regions')
      .values({ code: input.regionCode, name: input.regionName, parent_code: parent === input.regionCode ? null : parent, level: parent === input.regionCode ? 'province' : 'district' })
      .onConflict((oc) => oc.column('code').doNothing())
      .execute();
    if (await repo.usernameOrPhoneTaken(trx, input.username, null, null)) throw new Error(`user ${input.username} already exists`);
    const user = await repo.insertUser(trx, {
      username: input.username,
      phone: null,
      display_name: input.displayName,
      kind: 'staff',
      unit_id: null,
      password_hash: passwordHash,
      id_number_hash: null,
      id_number_encrypted: null,
      id_number_masked: null,
      enterprise_name: null,
    });
    await repo.insertAssignment(trx, { user_id: user.id, role: 'system_admin', scope_type: 'region', scope_code: input.regionCode, granted_by: 'cli:create-admin' });
    await recordAudit(trx, { actor: 'cli', action: 'user.created', subjectType: 'user', subjectId: String(user.id), details: { username: input.username, roles: ['system_admin'] } });
    return { id: user.id };
  });
}
