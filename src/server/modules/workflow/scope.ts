import { ROLE_PERMISSIONS } from '../../../shared/identity.js';
import type { Db } from '../../db/connection.js';
import type { Actor } from '../identity/actor.js';
import { toEngineActor } from './actors.js';
import type { CaseScope } from './repository.js';

/**
 * Where the actor holds `permission`: the departments (unit roles count as their unit's
 * department) and whole regions. Every staff list filters by it, so a department sees only
 * its own cases.
 */
export async function scopeWith(db: Db, actor: Actor, permission: string): Promise<CaseScope> {
  if (actor.kind !== 'user') return { departments: [], regions: [] };
  const grants = (await toEngineActor(db, actor)).roles.filter((g) => ROLE_PERMISSIONS[g.role].includes(permission));
  return {
    departments: [...new Set(grants.filter((g) => g.scopeType === 'department').map((g) => g.scopeCode))],
    regions: [...new Set(grants.filter((g) => g.scopeType === 'region').map((g) => g.scopeCode))],
  };
}

export const isEmptyScope = (scope: CaseScope) => scope.departments.length === 0 && scope.regions.length === 0;
