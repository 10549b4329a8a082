/**
 * Who may do what, from the actor's role grants alone (no I/O). A department sees only its
 * own work: a grant counts when its scope covers the department the work belongs to.
 */
import type { Role } from '../../../../shared/identity.js';
import type { Actor, RoleGrant } from './commands.js';
import { ruleError, type RuleError } from './errors.js';
import type { CaseState, Task } from './state.js';

/**
 * Whether a grant reaches a department: its own department, or its whole region.
 * @example covers({ role: 'reviewer', scopeType: 'department', scopeCode: 'xf' }, 'xf', '500102') // true
 */
export function covers(grant: RoleGrant, department: string, regionCode: string | null): boolean {
  if (grant.scopeType === 'department') return grant.scopeCode === department;
  if (grant.scopeType === 'region') return regionCode !== null && grant.scopeCode === regionCode;
  return false;
}

/**
 * Staff holding one of `roles` in `department`; the error says whether the role or the scope is missing.
 * @example requireStaff(clerk, ['window_clerk'], 'scjgj', '500102') // null
 */
export function requireStaff(actor: Actor, roles: readonly Role[], department: string, regionCode: string | null): RuleError | null {
  if (actor.kind !== 'staff') return ruleError('staff_only');
  const withRole = actor.roles.filter((grant) => roles.includes(grant.role));
  if (withRole.length === 0) return ruleError('role_required', roles.join('/'));
  if (!withRole.some((grant) => covers(grant, department, regionCode))) return ruleError('department_scope', department);
  return null;
}

/**
 * The applicant who owns the case.
 * @example requireOwner({ id: 'p1', kind: 'applicant', roles: [] }, state) // null when state.applicantId === 'p1'
 */
export function requireOwner(actor: Actor, state: CaseState): RuleError | null {
  if (actor.kind !== 'applicant') return ruleError('applicant_only');
  return actor.id === state.applicantId ? null : ruleError('not_owner');
}

/**
 * The owner, or a window clerk of the item's department acting for them (帮办代办, paper at the window).
 * @example requireOwnerOrClerk(clerk, state) // null
 */
export function requireOwnerOrClerk(actor: Actor, state: CaseState): RuleError | null {
  if (actor.kind === 'applicant') return requireOwner(actor, state);
  return requireStaff(actor, ['window_clerk'], state.departmentCode ?? '', state.regionCode);
}

/**
 * The task's role in the task's department, and — once claimed — the assignee.
 * @example requireAssignee(reviewer, task, state) // { rule: 'task_not_claimed', … } while queued
 */
export function requireAssignee(actor: Actor, task: Task, state: CaseState): RuleError | null {
  const staff = requireStaff(actor, [task.role], task.department, state.regionCode);
  if (staff) return staff;
  if (task.status === 'queued') return ruleError('task_not_claimed');
  return task.assigneeId === actor.id ? null : ruleError('not_assignee');
}

/**
 * The head of the task's department.
 * @example requireHead(head, task, state) // null
 */
export function requireHead(actor: Actor, task: Task, state: CaseState): RuleError | null {
  return requireStaff(actor, ['department_head'], task.department, state.regionCode);
}
