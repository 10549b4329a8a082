import type { Role } from '../../../shared/identity.js';
import type { Person, PersonGrant } from '../identity/people.js';
import type { WorkflowEvent } from './engine/index.js';

/**
 * Who an event is credited to, as people read it: the system (系统) for the platform's own
 * doing, otherwise a person by name and post (张三（市场监管局 审查人员）) — never a login name.
 */
export type Credit =
  | { kind: 'system' }
  | { kind: 'staff'; name: string; department: string | null; role: Role | null }
  | { kind: 'applicant'; name: string }
  /** A username no account holds any more: shown as "工作人员", not as the login name. */
  | { kind: 'unknown' };

const STAFF_ROLES: readonly Role[] = ['window_clerk', 'reviewer', 'approver', 'department_head', 'supervisor', 'region_admin', 'system_admin'];

/**
 * The post a person acted in for work of `department` (in `role` when known): the matching
 * department role first, then any role there, then a region-wide one, then whatever they hold.
 * @example postFor([{ role: 'reviewer', scopeType: 'department', scopeCode: 'scjg' }], 'scjg', 'reviewer') // { department: 'scjg', role: 'reviewer' }
 */
export function postFor(grants: readonly PersonGrant[], department: string | null, role: Role | null): { department: string | null; role: Role | null } {
  const staff = grants.filter((g) => STAFF_ROLES.includes(g.role));
  const here = staff.filter((g) => g.scopeType === 'department' && g.scopeCode === department);
  const chosen =
    here.find((g) => g.role === role) ?? here[0] ?? staff.find((g) => g.scopeType === 'region' && g.role === role) ?? staff.find((g) => g.scopeType === 'region') ?? staff[0];
  if (!chosen) return { department: null, role: null };
  return { department: chosen.scopeType === 'department' ? chosen.scopeCode : null, role: chosen.role };
}

/** The work an event belongs to: its task's department and role, or else the case's department. */
export interface EventWork {
  taskOf(taskId: string): { department: string; role: Role } | undefined;
  caseDepartment: string;
}

/**
 * The credit of one event. The engine stamps the platform's own events (deemed acceptance, the
 * tasks a finished stage opens or closes) with the `system` actor; machine clients count as it too.
 */
export function creditFor(event: WorkflowEvent, people: ReadonlyMap<string, Person>, work: EventWork): Credit {
  if (event.actor.kind === 'system' || event.actor.id === 'system' || event.actor.id.startsWith('client:')) return { kind: 'system' };
  const person = people.get(event.actor.id);
  if (!person) return { kind: 'unknown' };
  if (person.kind !== 'staff') return { kind: 'applicant', name: person.name };
  const task = 'taskId' in event && typeof event.taskId === 'string' ? work.taskOf(event.taskId) : undefined;
  return { kind: 'staff', name: person.name, ...postFor(person.grants, task?.department ?? work.caseDepartment, task?.role ?? null) };
}

/** Every username an event names (who acted, who a task went to or came from). */
export function usernamesOf(event: WorkflowEvent): string[] {
  const names = [event.actor.id];
  if (event.kind === 'task_claimed') names.push(event.assigneeId);
  if (event.kind === 'task_transferred') names.push(event.toId, ...(event.fromId ? [event.fromId] : []));
  return names;
}
