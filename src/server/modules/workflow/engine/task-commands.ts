/**
 * Commands on one task: claim, transfer, approve, reject, return, supplement, special
 * procedures and extensions. Each checks the case status, the task, the actor, the input,
 * in that order, so the first failing rule is the one reported.
 */
import { SPECIAL_PROCEDURES } from '../../../../shared/catalogue.js';
import type { CommandOf } from './commands.js';
import { supplementDue } from './clock.js';
import { decisionStageIndex, maxExtensionDays } from './definition.js';
import { filled, ruleError } from './errors.js';
import { WorkflowEvent } from './events.js';
import { requireAssignee, requireHead, requireStaff } from './policy.js';
import { advance, cancelOpenTasks, currentRound, fail, ok, stageTasks, type Context, type Decision } from './stages.js';
import { isOpen, type CaseStatus, type Task } from './state.js';

/** Before the decision; a branch's supplement leaves the case `awaiting_supplement` while others work. */
const WORKING: readonly CaseStatus[] = ['in_review', 'awaiting_supplement'];
/** Stages after the decision (e.g. 制证) are still claimed, transferred and forwarded. */
const FORWARDING: readonly CaseStatus[] = [...WORKING, 'decided_approved'];

/** Task work exists only after acceptance (`awaiting_supplement` is also an intake status). */
function inStatus(ctx: Context, statuses: readonly CaseStatus[]): boolean {
  return ctx.state.acceptedOn !== null && statuses.includes(ctx.state.status);
}

type Found = { ok: true; task: Task } | { ok: false; decision: Decision };

function findTask(ctx: Context, id: string, statuses: readonly CaseStatus[]): Found {
  if (!inStatus(ctx, statuses)) return { ok: false, decision: fail(ruleError('wrong_status', ctx.state.status)) };
  const task = ctx.state.tasks.find((t) => t.id === id);
  if (task === undefined) return { ok: false, decision: fail(ruleError('task_not_found', id)) };
  if (!isOpen(task)) return { ok: false, decision: fail(ruleError('task_closed', id)) };
  return { ok: true, task };
}

/** The assignee of an open task, in one of `statuses`, optionally not paused. */
function assigned(ctx: Context, id: string, statuses: readonly CaseStatus[], mayBePaused = false): Found {
  const found = findTask(ctx, id, statuses);
  if (!found.ok) return found;
  const denied = requireAssignee(ctx.actor, found.task, ctx.state);
  if (denied) return { ok: false, decision: fail(denied) };
  if (!mayBePaused && found.task.pauses.some((p) => p.to === null)) return { ok: false, decision: fail(ruleError('task_paused')) };
  return found;
}

export function claim(ctx: Context, cmd: CommandOf<'claim'>): Decision {
  const found = findTask(ctx, cmd.taskId, FORWARDING);
  if (!found.ok) return found.decision;
  const denied = requireStaff(ctx.actor, [found.task.role], found.task.department, ctx.state.regionCode);
  if (denied) return fail(denied);
  if (found.task.status === 'claimed') return fail(ruleError('already_claimed', found.task.assigneeId ?? ''));
  return ok([WorkflowEvent.task_claimed(ctx.meta, { taskId: cmd.taskId, assigneeId: ctx.actor.id })]);
}

/** The assignee hands over their own task; the department head may move any task of the department. */
export function transfer(ctx: Context, cmd: CommandOf<'transfer'>): Decision {
  const found = findTask(ctx, cmd.taskId, FORWARDING);
  if (!found.ok) return found.decision;
  const { task } = found;
  if (requireHead(ctx.actor, task, ctx.state) !== null) {
    const denied = requireAssignee(ctx.actor, task, ctx.state);
    if (denied) return fail(denied);
  }
  const target = { ...cmd.to, kind: 'staff' as const };
  if (cmd.to.id === task.assigneeId || requireStaff(target, [task.role], task.department, ctx.state.regionCode) !== null) {
    return fail(ruleError('transfer_target_ineligible', cmd.to.id));
  }
  return ok([WorkflowEvent.task_transferred(ctx.meta, { taskId: task.id, fromId: task.assigneeId, toId: cmd.to.id })]);
}

export function approve(ctx: Context, cmd: CommandOf<'approve'>): Decision {
  const found = assigned(ctx, cmd.taskId, FORWARDING);
  if (!found.ok) return found.decision;
  if (!filled(cmd.opinion)) return fail(ruleError('opinion_required'));
  return ok(advance(ctx, [WorkflowEvent.task_completed(ctx.meta, { taskId: cmd.taskId, outcome: 'approved', opinion: cmd.opinion })]));
}

/**
 * Only the deciding stage rejects the application, and a parallel branch may reject its part:
 * with `rejectEndsCase` that ends the case at once (the other branches are cancelled);
 * otherwise the stage still joins and the decision weighs every branch. A reviewer who thinks
 * the answer is no forwards that opinion or returns the case.
 */
export function reject(ctx: Context, cmd: CommandOf<'reject'>): Decision {
  const found = assigned(ctx, cmd.taskId, WORKING);
  if (!found.ok) return found.decision;
  const { task } = found;
  const stage = ctx.def.stages[task.stageIndex];
  const deciding = task.stageIndex === decisionStageIndex(ctx.def);
  if (stage === undefined || (stage.kind === 'task' && !deciding) || task.stageIndex > decisionStageIndex(ctx.def)) {
    return fail(ruleError('reject_not_allowed', stage?.name));
  }
  if (!filled(cmd.reason)) return fail(ruleError('reason_required'));
  if (!filled(cmd.legalBasis)) return fail(ruleError('legal_basis_required'));
  const rejection = { reason: cmd.reason, legalBasis: cmd.legalBasis };
  const completed = WorkflowEvent.task_completed(ctx.meta, { taskId: task.id, outcome: 'rejected', opinion: cmd.opinion ?? cmd.reason, ...rejection });
  if (stage.kind === 'parallel' && !stage.rejectEndsCase) return ok(advance(ctx, [completed]));
  const cancelled = cancelOpenTasks(ctx, ctx.state, `${stage.name}不予许可，办件终止`, task.id);
  return ok([completed, ...cancelled, WorkflowEvent.decided(ctx.meta, { decision: 'rejected', ...rejection })]);
}

/** Back to an earlier stage, which gets new tasks. Branches do not return: it would discard the other branches' work. */
export function returnTask(ctx: Context, cmd: CommandOf<'return'>): Decision {
  const found = assigned(ctx, cmd.taskId, WORKING);
  if (!found.ok) return found.decision;
  const { task } = found;
  if (task.branchKey !== null) return fail(ruleError('return_not_allowed', '并联分支'));
  const target = cmd.toStageKey === undefined ? task.stageIndex - 1 : ctx.def.stages.findIndex((s) => s.key === cmd.toStageKey);
  if (target < 0 || target >= task.stageIndex) return fail(ruleError('invalid_return_target', cmd.toStageKey ?? ''));
  if (!filled(cmd.reason)) return fail(ruleError('reason_required'));
  const targetKey = ctx.def.stages[target]?.key ?? '';
  return ok([WorkflowEvent.task_returned(ctx.meta, { taskId: task.id, toStageKey: targetKey, reason: cmd.reason }), ...stageTasks(ctx, ctx.state, target)]);
}

/**
 * A supplement asked from a task stops the case clock and the asking task's clock. Other
 * branches keep working on their own clocks unless named in `alsoPauses` (the missing
 * material concerns them too). Each task may ask once, with the full list, and only one
 * supplement is outstanding at a time so the applicant answers one list.
 */
export function requestTaskSupplement(ctx: Context, cmd: CommandOf<'request_supplement'> & { taskId: string }): Decision {
  if (inStatus(ctx, ['awaiting_supplement'])) return fail(ruleError('supplement_pending'));
  const found = assigned(ctx, cmd.taskId, WORKING);
  if (!found.ok) return found.decision;
  if (found.task.supplementRequested) return fail(ruleError('supplement_already_requested'));
  if (cmd.items.length === 0 || !cmd.items.every(filled)) return fail(ruleError('items_required'));
  const others = [...new Set(cmd.alsoPauses ?? [])].filter((id) => id !== cmd.taskId);
  const round = currentRound(ctx.state);
  const unknown = others.find((id) => !round.some((t) => t.id === id && isOpen(t)));
  if (unknown !== undefined) return fail(ruleError('task_not_found', unknown));
  return ok([WorkflowEvent.supplement_requested(ctx.meta, { items: cmd.items, taskId: cmd.taskId, pausedTaskIds: [cmd.taskId, ...others], due: supplementDue(ctx.calendar, ctx.now.on) })]);
}

/** Hearing, testing, expert review, site inspection or public notice: the case and task clocks stop. */
export function startSpecialProcedure(ctx: Context, cmd: CommandOf<'start_special_procedure'>): Decision {
  const found = assigned(ctx, cmd.taskId, WORKING, true);
  if (!found.ok) return found.decision;
  const open = found.task.pauses.filter((p) => p.to === null);
  if (open.some((p) => p.reason !== 'supplement')) return fail(ruleError('special_procedure_open'));
  if (open.length > 0) return fail(ruleError('task_paused'));
  if (!SPECIAL_PROCEDURES.includes(cmd.procedure)) return fail(ruleError('invalid_procedure', String(cmd.procedure)));
  if (!filled(cmd.reason)) return fail(ruleError('reason_required'));
  return ok([WorkflowEvent.special_procedure_started(ctx.meta, { taskId: cmd.taskId, procedure: cmd.procedure, reason: cmd.reason })]);
}

export function endSpecialProcedure(ctx: Context, cmd: CommandOf<'end_special_procedure'>): Decision {
  const found = assigned(ctx, cmd.taskId, WORKING, true);
  if (!found.ok) return found.decision;
  const open = found.task.pauses.find((p) => p.to === null && p.reason !== 'supplement');
  if (open === undefined || open.reason === 'supplement') return fail(ruleError('no_special_procedure'));
  if (!filled(cmd.result)) return fail(ruleError('result_required'));
  return ok([WorkflowEvent.special_procedure_ended(ctx.meta, { taskId: cmd.taskId, procedure: open.reason, result: cmd.result })]);
}

/** Art. 42: approved extensions together stay within the definition's ceiling (10, joint 15). */
export function requestExtension(ctx: Context, cmd: CommandOf<'request_extension'>): Decision {
  const found = assigned(ctx, cmd.taskId, WORKING, true);
  if (!found.ok) return found.decision;
  if (!Number.isSafeInteger(cmd.days) || cmd.days < 1) return fail(ruleError('invalid_days'));
  if (!filled(cmd.reason)) return fail(ruleError('reason_required'));
  if (ctx.state.extensions.some((x) => x.status === 'pending')) return fail(ruleError('extension_pending'));
  const granted = ctx.state.extensions.filter((x) => x.status === 'approved').reduce((sum, x) => sum + x.days, 0);
  const ceiling = maxExtensionDays(ctx.def);
  if (granted + cmd.days > ceiling) return fail(ruleError('extension_limit', `已延长${granted}日，上限${ceiling}日`));
  return ok([WorkflowEvent.extension_requested(ctx.meta, { taskId: cmd.taskId, days: cmd.days, reason: cmd.reason })]);
}

/** The head of the requesting task's department decides; a denial says why. */
export function decideExtension(ctx: Context, cmd: CommandOf<'decide_extension'>): Decision {
  if (!inStatus(ctx, WORKING)) return fail(ruleError('wrong_status', ctx.state.status));
  const pending = ctx.state.extensions.find((x) => x.status === 'pending');
  if (pending === undefined) return fail(ruleError('no_pending_extension'));
  const task = ctx.state.tasks.find((t) => t.id === pending.taskId);
  if (task === undefined) return fail(ruleError('task_not_found', pending.taskId));
  const denied = requireHead(ctx.actor, task, ctx.state);
  if (denied) return fail(denied);
  if (!cmd.approved && !filled(cmd.reason)) return fail(ruleError('reason_required'));
  return ok([WorkflowEvent.extension_decided(ctx.meta, { approved: cmd.approved, days: pending.days, ...(cmd.reason !== undefined && { reason: cmd.reason }) })]);
}
