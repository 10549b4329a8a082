/**
 * Commands on the case as a whole: submission and pre-review, the window's intake (受理,
 * 不予受理, 补正), deemed acceptance, withdrawal, 办结 and 送达.
 */
import { deadline, deemedAcceptanceDate, isAfter } from '../../calendar/engine/index.js';
import type { CommandOf } from './commands.js';
import { supplementDue } from './clock.js';
import { caseLimitDays, validateDefinition } from './definition.js';
import { filled, ruleError } from './errors.js';
import { WorkflowEvent } from './events.js';
import { requireOwner, requireOwnerOrClerk, requireStaff } from './policy.js';
import { cancelOpenTasks, fail, ok, stageTasks, type Context, type Decision } from './stages.js';
import { isOpen, type CaseStatus } from './state.js';

const wrongStatus = (ctx: Context): Decision => fail(ruleError('wrong_status', ctx.state.status));
const itemDepartment = (ctx: Context): string => ctx.state.departmentCode ?? '';

/** The applicant files for themself, or a window clerk files for them (帮办代办). */
export function submit(ctx: Context, cmd: CommandOf<'submit'>): Decision {
  if (ctx.state.status !== 'draft') return wrongStatus(ctx);
  const valid = validateDefinition(ctx.def);
  if (!valid.ok) return fail(ruleError('invalid_definition', valid.errors.map((e) => `${e.path} ${e.message}`).join('; ')));
  if (ctx.state.applicantId !== null && cmd.applicantId !== ctx.state.applicantId) return fail(ruleError('not_owner'));
  if (ctx.actor.kind === 'applicant') {
    if (ctx.actor.id !== cmd.applicantId) return fail(ruleError('not_owner'));
  } else {
    const denied = requireStaff(ctx.actor, ['window_clerk'], cmd.departmentCode, cmd.regionCode);
    if (denied) return fail(denied);
  }
  const { applicantId, itemCode, departmentCode, regionCode, channel } = cmd;
  const definition = { key: ctx.def.key, version: ctx.def.version };
  return ok([WorkflowEvent.submitted(ctx.meta, { applicantId, itemCode, departmentCode, regionCode, channel, definition, preReview: ctx.def.preReview })]);
}

function prereviewer(ctx: Context): Decision | null {
  if (ctx.state.status !== 'in_prereview') return wrongStatus(ctx);
  const denied = requireStaff(ctx.actor, ['window_clerk', 'reviewer'], itemDepartment(ctx), ctx.state.regionCode);
  return denied ? fail(denied) : null;
}

export function passPrereview(ctx: Context, cmd: CommandOf<'pass_prereview'>): Decision {
  return prereviewer(ctx) ?? ok([WorkflowEvent.prereview_passed(ctx.meta, { opinion: cmd.opinion ?? '' })]);
}

/** Sent back to the applicant as a draft to fix and submit again. */
export function returnPrereview(ctx: Context, cmd: CommandOf<'return_prereview'>): Decision {
  const denied = prereviewer(ctx);
  if (denied) return denied;
  if (!filled(cmd.reason)) return fail(ruleError('reason_required'));
  return ok([WorkflowEvent.prereview_returned(ctx.meta, { reason: cmd.reason })]);
}

/** A window clerk of the item's department, on a case waiting for acceptance. */
function clerk(ctx: Context, statuses: readonly CaseStatus[] = ['submitted']): Decision | null {
  if (!statuses.includes(ctx.state.status)) return wrongStatus(ctx);
  const denied = requireStaff(ctx.actor, ['window_clerk'], itemDepartment(ctx), ctx.state.regionCode);
  return denied ? fail(denied) : null;
}

/** True once the 5 working days of art. 32 have passed: the application is then accepted by law. */
function acceptancePeriodOver(ctx: Context): boolean {
  return ctx.state.receivedOn !== null && isAfter(ctx.now.on, deemedAcceptanceDate(ctx.calendar, ctx.state.receivedOn));
}

/** Acceptance and the first stage's tasks in one decision (every branch at the same moment). */
function acceptanceEvents(ctx: Context, deemed: boolean) {
  const days = caseLimitDays(ctx.def);
  const receivedOn = ctx.state.receivedOn ?? ctx.now.on;
  // Art. 32: a deemed acceptance takes effect from receipt, so the case clock starts there.
  const clockStart = deemed ? receivedOn : ctx.now.on;
  const due = deadline(ctx.calendar, clockStart, days);
  const accepted = deemed
    ? WorkflowEvent.deemed_accepted(ctx.meta, { deemedOn: deemedAcceptanceDate(ctx.calendar, receivedOn), days, clockStart, due })
    : WorkflowEvent.accepted(ctx.meta, { days, clockStart, due });
  return [accepted, ...stageTasks(ctx, ctx.state, 0)];
}

/** Accepting after the 5-day period records the deemed acceptance that already took effect. */
export function accept(ctx: Context): Decision {
  return clerk(ctx) ?? ok(acceptanceEvents(ctx, acceptancePeriodOver(ctx)));
}

export function deemAccepted(ctx: Context): Decision {
  if (ctx.state.status !== 'submitted') return wrongStatus(ctx);
  if (ctx.actor.kind !== 'system') return fail(ruleError('system_only'));
  // The window has the whole 5th working day; the flag is raised from the next day on.
  if (!acceptancePeriodOver(ctx)) return fail(ruleError('not_yet_due'));
  return ok(acceptanceEvents(ctx, true));
}

export function refuse(ctx: Context, cmd: CommandOf<'refuse'>): Decision {
  const denied = clerk(ctx);
  if (denied) return denied;
  if (acceptancePeriodOver(ctx)) return fail(ruleError('acceptance_period_over'));
  if (!filled(cmd.reason)) return fail(ruleError('reason_required'));
  return ok([WorkflowEvent.refused(ctx.meta, { reason: cmd.reason, ...(filled(cmd.legalBasis) && { legalBasis: cmd.legalBasis }) })]);
}

/**
 * 一次性告知: at intake the window asks once, listing everything missing, within the 5 days. If
 * what came back still leaves something on that list wrong, the same list (or part of it) may be
 * returned once more — never new items, never a third time.
 */
export function requestIntakeSupplement(ctx: Context, cmd: CommandOf<'request_supplement'>): Decision {
  if (ctx.state.acceptedOn !== null) {
    const working = ctx.state.status === 'in_review' || ctx.state.status === 'awaiting_supplement';
    return working ? fail(ruleError('task_required')) : wrongStatus(ctx);
  }
  const earlier = ctx.state.supplements.filter((s) => s.phase === 'intake');
  if (earlier.length >= 2) return fail(ruleError('supplement_already_requested'));
  const denied = clerk(ctx);
  if (denied) return denied;
  if (acceptancePeriodOver(ctx)) return fail(ruleError('acceptance_period_over'));
  if (cmd.items.length === 0 || !cmd.items.every(filled)) return fail(ruleError('items_required'));
  const first = earlier[0];
  if (first && !cmd.items.every((item) => first.items.includes(item))) return fail(ruleError('supplement_repeat_only'));
  return ok([WorkflowEvent.supplement_requested(ctx.meta, { items: cmd.items, pausedTaskIds: [], due: supplementDue(ctx.calendar, ctx.now.on) })]);
}

export function receiveSupplement(ctx: Context, cmd: CommandOf<'receive_supplement'>): Decision {
  if (ctx.state.status !== 'awaiting_supplement') return wrongStatus(ctx);
  if (!ctx.state.supplements.some((s) => s.receivedOn === null)) return fail(ruleError('no_open_supplement'));
  const denied = requireOwnerOrClerk(ctx.actor, ctx.state);
  if (denied) return fail(denied);
  return ok([WorkflowEvent.supplement_received(ctx.meta, { ...(cmd.note !== undefined && { note: cmd.note }) })]);
}

const WITHDRAWABLE: readonly CaseStatus[] = ['in_prereview', 'submitted', 'awaiting_supplement', 'accepted', 'in_review'];

/** Only before the decision; open tasks are cancelled so no department keeps working on it. */
export function withdraw(ctx: Context, cmd: CommandOf<'withdraw'>): Decision {
  if (!WITHDRAWABLE.includes(ctx.state.status)) return wrongStatus(ctx);
  const denied = requireOwner(ctx.actor, ctx.state);
  if (denied) return fail(denied);
  const cancelled = cancelOpenTasks(ctx, ctx.state, '申请人撤回申请');
  return ok([...cancelled, WorkflowEvent.withdrawn(ctx.meta, { ...(cmd.reason !== undefined && { reason: cmd.reason }) })]);
}

/** 办结: after the decision (either way) and once any post-decision stage is done. */
export function complete(ctx: Context): Decision {
  if (ctx.state.status !== 'decided_approved' && ctx.state.status !== 'decided_rejected') return wrongStatus(ctx);
  if (ctx.state.tasks.some(isOpen)) return fail(ruleError('tasks_open'));
  const denied = requireStaff(ctx.actor, ['approver', 'department_head', 'window_clerk'], itemDepartment(ctx), ctx.state.regionCode);
  return denied ? fail(denied) : ok([WorkflowEvent.completed(ctx.meta, {})]);
}

/** 送达: the window hands it over, or the system sends the electronic licence. */
export function deliver(ctx: Context, cmd: CommandOf<'deliver'>): Decision {
  if (ctx.state.status !== 'completed') return wrongStatus(ctx);
  if (ctx.actor.kind !== 'system') {
    const denied = requireStaff(ctx.actor, ['window_clerk', 'approver'], itemDepartment(ctx), ctx.state.regionCode);
    if (denied) return fail(denied);
  }
  return ok([WorkflowEvent.delivered(ctx.meta, { method: cmd.method })]);
}
