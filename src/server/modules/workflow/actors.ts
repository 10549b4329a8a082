import type { Db } from '../../db/connection.js';
import type { Actor } from '../identity/actor.js';
import type { Actor as EngineActor } from './engine/index.js';
import { unitDepartments } from './cached-reads.js';

/**
 * The engine knows no organisation tree: unit-scoped roles are handed to it as roles of the
 * unit's department, and machine clients act as `system`.
 */
export async function toEngineActor(db: Db, actor: Actor): Promise<EngineActor> {
  if (actor.kind === 'client') return { id: `client:${actor.clientId}`, kind: 'system', roles: [] };
  if (actor.kind === 'anonymous') return { id: 'anonymous', kind: 'applicant', roles: [] };
  const units = await unitDepartments(db, actor.assignments.filter((a) => a.scopeType === 'unit').map((a) => a.scopeCode));
  return {
    id: actor.username,
    kind: actor.userKind === 'staff' ? 'staff' : 'applicant',
    roles: actor.assignments.map((a) =>
      a.scopeType === 'unit'
        ? { role: a.role, scopeType: 'department' as const, scopeCode: units.get(a.scopeCode) ?? a.scopeCode }
        : a.scopeType === 'self'
          ? { role: a.role, scopeType: 'self' as const, scopeCode: actor.username }
          : { role: a.role, scopeType: a.scopeType, scopeCode: a.scopeCode },
    ),
  };
}
