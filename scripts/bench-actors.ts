import type { Db } from '../src/server/db/connection.js';
import type { Actor } from '../src/server/modules/identity/actor.js';
import { assignmentsOf } from '../src/server/modules/identity/repository.js';

/** The actor a signed-in demo user would be, without going through HTTP (benchmarks only). */
export async function resolveSessionActor(db: Db, username: string): Promise<Actor> {
  const user = await db.selectFrom('users').select(['id', 'kind']).where('username', '=', username).executeTakeFirstOrThrow();
  const assignments = (await assignmentsOf(db, [user.id])).map((a) => ({ id: a.id, role: a.role as never, scopeType: a.scope_type, scopeCode: a.scope_code }));
  return { kind: 'user', userId: user.id, username, userKind: user.kind, assignments, sessionId: 0, csrfToken: '' };
}
