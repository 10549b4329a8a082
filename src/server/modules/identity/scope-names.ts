import type { Db } from '../../db/connection.js';
import type { Assignment } from './actor.js';
import type { RoleAssignmentView } from '../../../shared/identity.js';

/** Readable names for assignment scopes: 涪陵区, 区市场监管局, a unit's name, 本人. */
export async function describeAssignments(db: Db, assignments: Assignment[]): Promise<RoleAssignmentView[]> {
  const codes = (type: Assignment['scopeType']) => [...new Set(assignments.filter((a) => a.scopeType === type).map((a) => a.scopeCode))];
  const [regions, departments, units] = await Promise.all([
    codes('region').length ? db.selectFrom('regions').select(['code', 'name']).where('code', 'in', codes('region')).execute() : [],
    codes('department').length ? db.selectFrom('departments').select(['code', 'short_name as name']).where('code', 'in', codes('department')).execute() : [],
    codes('unit').length ? db.selectFrom('units').select(['code', 'name']).where('code', 'in', codes('unit')).execute() : [],
  ]);
  const names = new Map<string, string>([
    ...regions.map((r) => [`region:${r.code}`, r.name] as const),
    ...departments.map((d) => [`department:${d.code}`, d.name] as const),
    ...units.map((u) => [`unit:${u.code}`, u.name] as const),
  ]);
  return assignments.map((a) => ({
    ...a,
    scopeName: a.scopeType === 'self' ? '本人' : (names.get(`${a.scopeType}:${a.scopeCode}`) ?? a.scopeCode),
  }));
}
