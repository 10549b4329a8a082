/**
 * Moving a case through its stages: creating a stage's tasks (all branches of a parallel
 * stage at the same moment), and what follows once a stage's last task is done.
 */
import { deadline, type Calendar } from '../../calendar/engine/index.js';
import type { Actor, Now } from './commands.js';
import { decisionStageIndex, ITEM_DEPARTMENT, type ProcessDefinition } from './definition.js';
import type { RuleError } from './errors.js';
import { WorkflowEvent, type EventMeta, type TaskCreated } from './events.js';
import { fold, isOpen, type CaseState, type Task } from './state.js';

/** Everything `decide` works from. */
export interface Context {
  readonly def: ProcessDefinition;
  readonly state: CaseState;
  readonly actor: Actor;
  readonly now: Now;
  readonly calendar: Calendar;
  readonly meta: EventMeta;
}

export type Decision = { ok: true; events: WorkflowEvent[] } | { ok: false; error: RuleError };

export const ok = (events: WorkflowEvent[]): Decision => ({ ok: true, events });
export const fail = (error: RuleError): Decision => ({ ok: false, error });

/**
 * Task ids are derived, not random: a running number over the case plus the stage (and
 * branch) key, e.g. `t3.joint_review.xf`. Replaying the same commands gives the same ids.
 */
export function taskId(sequence: number, stageKey: string, branchKey?: string): string {
  return branchKey === undefined ? `t${sequence}.${stageKey}` : `t${sequence}.${stageKey}.${branchKey}`;
}

/** Who follow-on work is credited to: the platform, not the person whose action happened to trigger it. */
export const SYSTEM_ACTOR = { id: 'system', kind: 'system' } as const;

/**
 * Tasks created or cancelled because a stage ended are the platform's doing (系统), so the
 * timeline does not credit them to the last person who acted.
 */
const systemMeta = (ctx: Context): EventMeta => ({ ...ctx.meta, actor: SYSTEM_ACTOR });

/** The tasks of stage `index`, created today; `state` gives the running number and the item's department. */
export function stageTasks(ctx: Context, state: CaseState, index: number): TaskCreated[] {
  const stage = ctx.def.stages[index];
  if (stage === undefined) return [];
  const department = (d: string) => (d === ITEM_DEPARTMENT ? (state.departmentCode ?? d) : d);
  const work =
    stage.kind === 'task'
      ? [{ branchKey: undefined, department: department(stage.department), role: stage.role, days: stage.days }]
      : stage.branches.map((b) => ({ branchKey: b.key, department: department(b.department), role: b.role, days: b.days }));
  return work.map((w, i) =>
    WorkflowEvent.task_created(systemMeta(ctx), {
      taskId: taskId(state.tasks.length + i + 1, stage.key, w.branchKey),
      stageKey: stage.key,
      stageIndex: index,
      ...(w.branchKey !== undefined && { branchKey: w.branchKey }),
      department: w.department,
      role: w.role,
      days: w.days,
      createdOn: ctx.now.on,
      due: deadline(ctx.calendar, ctx.now.on, w.days),
    }),
  );
}

/** The tasks of the stage's latest round (a return re-enters a stage with new tasks). */
export function currentRound(state: CaseState): readonly Task[] {
  return state.tasks.slice(state.stageEntry);
}

/** Closes every open task because the case ended elsewhere. */
export function cancelOpenTasks(ctx: Context, state: CaseState, reason: string, except?: string): WorkflowEvent[] {
  return state.tasks.filter((t) => isOpen(t) && t.id !== except).map((t) => WorkflowEvent.task_cancelled(systemMeta(ctx), { taskId: t.id, reason }));
}

/**
 * What follows `closing` (events that close a task): nothing while the stage still has open
 * tasks (a parallel stage joins only when every branch is done); otherwise the decision, if
 * this is the deciding stage, and the next stage's tasks unless the case was rejected.
 */
export function advance(ctx: Context, closing: WorkflowEvent[]): WorkflowEvent[] {
  const after = fold(closing, ctx.state);
  const round = currentRound(after);
  if (round.some(isOpen)) return closing;
  const index = after.stageIndex;
  const rejected = round.find((t) => t.outcome === 'rejected');
  const events = [...closing];
  if (index === decisionStageIndex(ctx.def) && after.decision === null) {
    // A deciding parallel stage whose branches may reject without ending the case decides on all of them.
    const decision = rejected
      ? WorkflowEvent.decided(ctx.meta, { decision: 'rejected', ...rejected.rejection })
      : WorkflowEvent.decided(ctx.meta, { decision: 'approved' });
    events.push(decision);
    if (rejected) return events;
  }
  return [...events, ...stageTasks(ctx, after, index + 1)];
}
