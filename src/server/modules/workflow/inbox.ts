import type { Db } from '../../db/connection.js';
import type { Actor } from '../identity/actor.js';
import { toEngineActor } from './actors.js';

const TASK_ROLES = ['reviewer', 'approver', 'department_head'];

/** The (department, role) pairs whose open tasks the actor sees in their inbox. */
export async function inboxGrants(db: Db, actor: Actor): Promise<{ department: string; role: string }[]> {
  const engineActor = await toEngineActor(db, actor);
  return engineActor.roles.filter((r) => r.scopeType === 'department' && TASK_ROLES.includes(r.role)).map((r) => ({ department: r.scopeCode, role: r.role }));
}
