/**
 * A case's state is the left fold of its events. `apply` needs nothing but the event, so
 * replaying a stored history always gives the same state (no definition, calendar or clock).
 */
import type { IsoDate } from '../../calendar/engine/index.js';
import type { SpecialProcedure } from '../../../../shared/catalogue.js';
import type { StageRole } from './definition.js';
import type { Channel, WorkflowEvent } from './events.js';

export const CASE_STATUSES = [
  'draft',
  'in_prereview',
  'submitted',
  'awaiting_supplement',
  'accepted',
  'in_review',
  'decided_approved',
  'decided_rejected',
  'completed',
  'delivered',
  'refused',
  'withdrawn',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** `queued` waits in the department queue; `claimed` has an assignee; the others are closed. */
export type TaskStatus = 'queued' | 'claimed' | 'done' | 'returned' | 'cancelled';

/** A stop of a clock: stops on `from` (still counted), restarts on `to` (not counted). */
export interface Pause {
  readonly reason: 'supplement' | SpecialProcedure;
  readonly from: IsoDate;
  readonly to: IsoDate | null;
  /** The task whose supplement or special procedure caused it. */
  readonly taskId: string | null;
}

export interface Task {
  readonly id: string;
  readonly stageKey: string;
  readonly stageIndex: number;
  readonly branchKey: string | null;
  readonly department: string;
  readonly role: StageRole;
  readonly days: number;
  readonly createdOn: IsoDate;
  /** Due date when created (no pauses yet); `taskDue` gives the current one. */
  readonly initialDue: IsoDate;
  readonly status: TaskStatus;
  readonly assigneeId: string | null;
  readonly outcome: 'approved' | 'rejected' | null;
  readonly opinion: string | null;
  /** Reason and legal basis when the outcome is `rejected`. */
  readonly rejection: { readonly reason: string; readonly legalBasis: string } | null;
  readonly closedOn: IsoDate | null;
  readonly pauses: readonly Pause[];
  /** Working days of approved extensions requested from this task. */
  readonly extensionDays: readonly number[];
  readonly supplementRequested: boolean;
}

export interface Extension {
  readonly days: number;
  readonly reason: string;
  readonly taskId: string;
  readonly requestedOn: IsoDate;
  readonly status: 'pending' | 'approved' | 'denied';
  readonly decidedOn: IsoDate | null;
}

export interface Supplement {
  readonly items: readonly string[];
  /** `intake`: before acceptance (no clock yet); `review`: after, the case clock stops. */
  readonly phase: 'intake' | 'review';
  readonly taskId: string | null;
  readonly pausedTaskIds: readonly string[];
  readonly requestedOn: IsoDate;
  /** Last day to hand it in; null on events recorded before the period was kept. */
  readonly due: IsoDate | null;
  readonly receivedOn: IsoDate | null;
}

export interface CaseState {
  readonly status: CaseStatus;
  /** Events applied: the case's optimistic-concurrency version. */
  readonly version: number;
  readonly definition: { readonly key: string; readonly version: number } | null;
  readonly applicantId: string | null;
  readonly itemCode: string | null;
  /** The item's (lead) department. */
  readonly departmentCode: string | null;
  readonly regionCode: string | null;
  readonly channel: Channel | null;
  readonly submittedOn: IsoDate | null;
  /** Day the complete application was received: the 5-working-day acceptance review runs from it. */
  readonly receivedOn: IsoDate | null;
  /** Day the case clock starts (not counted); for a deemed acceptance, the day of receipt. */
  readonly acceptedOn: IsoDate | null;
  readonly deemedAccepted: boolean;
  /** The case limit in working days, fixed at acceptance. */
  readonly caseDays: number | null;
  /** Index of the stage being worked, -1 before acceptance. */
  readonly stageIndex: number;
  /** Position in `tasks` where the current stage's latest round of tasks begins. */
  readonly stageEntry: number;
  readonly tasks: readonly Task[];
  readonly pauses: readonly Pause[];
  readonly extensions: readonly Extension[];
  readonly supplements: readonly Supplement[];
  readonly refusal: { readonly reason: string; readonly legalBasis: string | null } | null;
  readonly decision: { readonly decision: 'approved' | 'rejected'; readonly reason: string | null; readonly legalBasis: string | null; readonly on: IsoDate } | null;
  readonly lastOn: IsoDate | null;
}

/** The state before any event. */
export const initialState: CaseState = Object.freeze({
  status: 'draft',
  version: 0,
  definition: null,
  applicantId: null,
  itemCode: null,
  departmentCode: null,
  regionCode: null,
  channel: null,
  submittedOn: null,
  receivedOn: null,
  acceptedOn: null,
  deemedAccepted: false,
  caseDays: null,
  stageIndex: -1,
  stageEntry: 0,
  tasks: [],
  pauses: [],
  extensions: [],
  supplements: [],
  refusal: null,
  decision: null,
  lastOn: null,
});

/**
 * True while a task waits in the queue or with its assignee.
 * @example isOpen(task) // task.status === 'queued' || task.status === 'claimed'
 */
export function isOpen(task: Task): boolean {
  return task.status === 'queued' || task.status === 'claimed';
}

const closePause = (on: IsoDate, match: (p: Pause) => boolean) => (p: Pause) => (p.to === null && match(p) ? { ...p, to: on } : p);

function updateTask(state: CaseState, taskId: string, change: (task: Task) => Task): CaseState {
  return { ...state, tasks: state.tasks.map((t) => (t.id === taskId ? change(t) : t)) };
}

/** Closing a task or ending a case stops whatever clock it held open. */
function closeTask(state: CaseState, taskId: string, on: IsoDate, status: TaskStatus, extra: Partial<Task> = {}): CaseState {
  const s = updateTask(state, taskId, (t) => ({ ...t, ...extra, status, closedOn: on, pauses: t.pauses.map(closePause(on, () => true)) }));
  return { ...s, pauses: s.pauses.map(closePause(on, (p) => p.taskId === taskId && p.reason !== 'supplement')) };
}

function closeAllPauses(state: CaseState, on: IsoDate): CaseState {
  return { ...state, pauses: state.pauses.map(closePause(on, () => true)) };
}

function replaceLast<T>(list: readonly T[], match: (item: T) => boolean, change: (item: T) => T): T[] {
  const i = list.findLastIndex(match);
  return list.map((item, j) => (j === i ? change(item) : item));
}

function applyEvent(s: CaseState, e: WorkflowEvent): CaseState {
  switch (e.kind) {
    case 'submitted':
      return {
        ...s,
        status: e.preReview ? 'in_prereview' : 'submitted',
        definition: e.definition,
        applicantId: e.applicantId,
        itemCode: e.itemCode,
        departmentCode: e.departmentCode,
        regionCode: e.regionCode,
        channel: e.channel,
        submittedOn: e.on,
        receivedOn: e.preReview ? null : e.on,
      };
    case 'prereview_passed':
      return { ...s, status: 'submitted', receivedOn: e.on };
    case 'prereview_returned':
      return { ...s, status: 'draft' };
    case 'accepted':
      return { ...s, status: 'accepted', acceptedOn: e.clockStart, caseDays: e.days };
    case 'deemed_accepted':
      return { ...s, status: 'accepted', acceptedOn: e.clockStart, caseDays: e.days, deemedAccepted: true };
    case 'refused':
      return { ...s, status: 'refused', refusal: { reason: e.reason, legalBasis: e.legalBasis ?? null } };
    case 'supplement_requested': {
      const phase = s.acceptedOn === null ? 'intake' : 'review';
      const supplement: Supplement = { items: e.items, phase, taskId: e.taskId ?? null, pausedTaskIds: e.pausedTaskIds, requestedOn: e.on, due: e.due ?? null, receivedOn: null };
      const next: CaseState = { ...s, status: 'awaiting_supplement', supplements: [...s.supplements, supplement] };
      if (phase === 'intake') return next;
      const pause = (taskId: string | null): Pause => ({ reason: 'supplement', from: e.on, to: null, taskId });
      return {
        ...next,
        pauses: [...s.pauses, pause(e.taskId ?? null)],
        tasks: s.tasks.map((t) => ({
          ...t,
          pauses: e.pausedTaskIds.includes(t.id) ? [...t.pauses, pause(t.id)] : t.pauses,
          supplementRequested: t.supplementRequested || t.id === e.taskId,
        })),
      };
    }
    case 'supplement_received': {
      const open = s.supplements.find((x) => x.receivedOn === null);
      const supplements = replaceLast(s.supplements, (x) => x.receivedOn === null, (x) => ({ ...x, receivedOn: e.on }));
      // Art. 32: complete materials restart the 5-day acceptance review from their receipt.
      if (open?.phase !== 'review') return { ...s, status: 'submitted', supplements, receivedOn: e.on };
      const ids = new Set(open.pausedTaskIds);
      return {
        ...s,
        status: s.status === 'awaiting_supplement' ? 'in_review' : s.status,
        supplements,
        pauses: s.pauses.map(closePause(e.on, (p) => p.reason === 'supplement')),
        tasks: s.tasks.map((t) => (ids.has(t.id) ? { ...t, pauses: t.pauses.map(closePause(e.on, (p) => p.reason === 'supplement')) } : t)),
      };
    }
    case 'task_created': {
      const task: Task = {
        id: e.taskId,
        stageKey: e.stageKey,
        stageIndex: e.stageIndex,
        branchKey: e.branchKey ?? null,
        department: e.department,
        role: e.role,
        days: e.days,
        createdOn: e.createdOn,
        initialDue: e.due,
        status: 'queued',
        assigneeId: null,
        outcome: null,
        opinion: null,
        rejection: null,
        closedOn: null,
        pauses: [],
        extensionDays: [],
        supplementRequested: false,
      };
      const newRound = e.stageIndex !== s.stageIndex;
      return {
        ...s,
        status: s.status === 'accepted' ? 'in_review' : s.status,
        stageIndex: e.stageIndex,
        stageEntry: newRound ? s.tasks.length : s.stageEntry,
        tasks: [...s.tasks, task],
      };
    }
    case 'task_claimed':
      return updateTask(s, e.taskId, (t) => ({ ...t, status: 'claimed', assigneeId: e.assigneeId }));
    case 'task_transferred':
      return updateTask(s, e.taskId, (t) => ({ ...t, status: 'claimed', assigneeId: e.toId }));
    case 'task_completed':
      return closeTask(s, e.taskId, e.on, 'done', {
        outcome: e.outcome,
        opinion: e.opinion,
        rejection: e.outcome === 'rejected' ? { reason: e.reason ?? '', legalBasis: e.legalBasis ?? '' } : null,
      });
    case 'task_returned':
      return closeTask(s, e.taskId, e.on, 'returned', { opinion: e.reason });
    case 'task_cancelled':
      return closeTask(s, e.taskId, e.on, 'cancelled');
    case 'special_procedure_started': {
      const pause: Pause = { reason: e.procedure, from: e.on, to: null, taskId: e.taskId };
      const next = updateTask(s, e.taskId, (t) => ({ ...t, pauses: [...t.pauses, pause] }));
      return { ...next, pauses: [...s.pauses, pause] };
    }
    case 'special_procedure_ended': {
      const match = (p: Pause) => p.taskId === e.taskId && p.reason !== 'supplement';
      const next = updateTask(s, e.taskId, (t) => ({ ...t, pauses: t.pauses.map(closePause(e.on, match)) }));
      return { ...next, pauses: s.pauses.map(closePause(e.on, match)) };
    }
    case 'extension_requested': {
      const extension: Extension = { days: e.days, reason: e.reason, taskId: e.taskId, requestedOn: e.on, status: 'pending', decidedOn: null };
      return { ...s, extensions: [...s.extensions, extension] };
    }
    case 'extension_decided': {
      const pending = s.extensions.find((x) => x.status === 'pending');
      const extensions = replaceLast(s.extensions, (x) => x.status === 'pending', (x) => ({ ...x, status: e.approved ? ('approved' as const) : ('denied' as const), decidedOn: e.on }));
      const next = { ...s, extensions };
      if (!e.approved || pending === undefined) return next;
      return updateTask(next, pending.taskId, (t) => ({ ...t, extensionDays: [...t.extensionDays, pending.days] }));
    }
    case 'decided': {
      const decision = { decision: e.decision, reason: e.reason ?? null, legalBasis: e.legalBasis ?? null, on: e.on };
      return { ...closeAllPauses(s, e.on), status: e.decision === 'approved' ? 'decided_approved' : 'decided_rejected', decision };
    }
    case 'completed':
      return { ...s, status: 'completed' };
    case 'delivered':
      return { ...s, status: 'delivered' };
    case 'withdrawn':
      return { ...closeAllPauses(s, e.on), status: 'withdrawn' };
  }
}

/**
 * The state after one more event.
 * @example apply(initialState, submittedEvent).status // 'submitted'
 */
export function apply(state: CaseState, event: WorkflowEvent): CaseState {
  return { ...applyEvent(state, event), version: state.version + 1, lastOn: event.on };
}

/**
 * The state of a case from its whole history.
 * @example fold([submitted, accepted, taskCreated]).status // 'in_review'
 */
export function fold(events: readonly WorkflowEvent[], from: CaseState = initialState): CaseState {
  return events.reduce(apply, from);
}
