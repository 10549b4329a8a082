import { transact } from '../../db/connection.js';
import { AppError, forbidden, notFound } from '../../platform/errors.js';
import { recordAudit } from '../../platform/audit.js';
import { actorName, type Actor } from '../identity/actor.js';
import { departmentStaff } from '../identity/contacts.js';
import { peopleByUsername } from '../identity/people.js';
import { covers } from './engine/index.js';
import { toEngineActor } from './actors.js';
import { loadCase, runCommandsIn, type WorkflowContext } from './service.js';

/** Engine rules that mean "not your department's task to move": the head of another department. */
const NOT_YOURS = new Set(['department_scope', 'role_required', 'not_assignee', 'task_not_claimed', 'staff_only']);

export interface ReassignInput {
  expectedVersion: number;
  /** The colleague's username. */
  to: string;
  reason?: string | undefined;
}

/**
 * A department head moves a task to another person of the department (the engine's
 * `transfer`), in the case's transaction with its event and audit entry; the new assignee is
 * told in-app by the case notices. Someone else's case answers 404, another department's task
 * 403, a colleague who may not hold the task 422 naming `to`, a stale version 409.
 */
export async function reassignTask(ctx: WorkflowContext, actor: Actor, caseId: number, taskId: string, input: ReassignInput, requestId?: string) {
  return transact(ctx.db, async (trx) => {
    let result;
    try {
      result = await runCommandsIn(ctx, trx, caseId, [{ kind: 'transfer', taskId, to: { id: input.to, roles: [] } }], actor, input.expectedVersion);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      if (error.code === 'task_not_found') throw notFound('任务');
      if (NOT_YOURS.has(error.code)) throw forbidden('只能调配本部门的任务');
      if (error.code === 'transfer_target_ineligible') throw new AppError('transfer_target_ineligible', 422, '接收人须是本部门担任该岗位的其他在岗人员', [{ field: 'body.to', message: '请选择本部门担任该岗位的其他人员' }]);
      throw error;
    }
    const transferred = result.appended.find((e) => e.kind === 'task_transferred');
    await recordAudit(trx, {
      actor: actorName(actor),
      action: 'task.reassigned',
      subjectType: 'case',
      subjectId: String(caseId),
      requestId,
      details: { taskId, from: transferred?.kind === 'task_transferred' ? transferred.fromId : null, to: input.to, reason: input.reason ?? null },
    });
    return { version: result.version };
  });
}

/** The colleagues a head may move a task to: active staff of the task's department in its role, but not its assignee. */
export async function reassignCandidates(ctx: WorkflowContext, actor: Actor, caseId: number, taskId: string) {
  const loaded = await loadCase(ctx.db, actor, caseId);
  const task = loaded.state.tasks.find((t) => t.id === taskId);
  if (!task) throw notFound('任务');
  const engineActor = await toEngineActor(ctx.db, actor);
  const isHead = engineActor.roles.some((g) => g.role === 'department_head' && covers(g, task.department, loaded.row.region_code));
  if (!isHead) throw forbidden('只能调配本部门的任务');
  const usernames = (await departmentStaff(ctx.db, task.department, task.role)).filter((u) => u !== task.assigneeId);
  const people = await peopleByUsername(ctx.db, usernames);
  return usernames.flatMap((username) => {
    const person = people.get(username);
    return person ? [{ username, name: person.name }] : [];
  });
}
