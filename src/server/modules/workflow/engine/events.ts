/**
 * Everything that can happen to a case, in the past tense. Events are the source of truth:
 * the state is `fold(events)`, the service appends them hash-chained, and supervision reads
 * them as the trace (审批痕迹). Each one says when (`at`, `on`) and who (`actor`).
 */
import type { IsoDate } from '../../calendar/engine/index.js';
import type { SpecialProcedure } from '../../../../shared/catalogue.js';
import type { StageRole } from './definition.js';

export const CHANNELS = ['online', 'window', 'assisted'] as const;
/** How the application came in: online, at the window, or filed by the clerk for the applicant (帮办代办). */
export type Channel = (typeof CHANNELS)[number];

export type ActorKind = 'applicant' | 'staff' | 'system';
export interface ActorRef {
  readonly id: string;
  readonly kind: ActorKind;
}

export interface EventMeta {
  /** ISO 8601 instant. */
  readonly at: string;
  /** Calendar date of `at` in Asia/Shanghai: the day the statutory clock sees. */
  readonly on: IsoDate;
  readonly actor: ActorRef;
}

type E<K extends string, P = {}> = EventMeta & { readonly kind: K } & Readonly<P>;

export type Submitted = E<
  'submitted',
  { applicantId: string; itemCode: string; departmentCode: string; regionCode: string; channel: Channel; definition: { key: string; version: number }; preReview: boolean }
>;
export type PrereviewPassed = E<'prereview_passed', { opinion: string }>;
export type PrereviewReturned = E<'prereview_returned', { reason: string }>;
/** `days` is the case limit; `clockStart` the day the case clock starts (not counted). */
export type Accepted = E<'accepted', { days: number; clockStart: IsoDate; due: IsoDate }>;
/** Art. 32: nobody answered within 5 working days; acceptance dates back to receipt (`clockStart`). */
export type DeemedAccepted = E<'deemed_accepted', { deemedOn: IsoDate; days: number; clockStart: IsoDate; due: IsoDate }>;
export type Refused = E<'refused', { reason: string; legalBasis?: string }>;
/**
 * `taskId` is the task that asked; `pausedTaskIds` every task whose clock stops with it; `due` the
 * last day to hand the supplement in (absent on events recorded before the period was kept).
 */
export type SupplementRequested = E<'supplement_requested', { items: string[]; taskId?: string; pausedTaskIds: string[]; due?: IsoDate }>;
export type SupplementReceived = E<'supplement_received', { note?: string }>;
export type TaskCreated = E<
  'task_created',
  { taskId: string; stageKey: string; stageIndex: number; branchKey?: string; department: string; role: StageRole; days: number; createdOn: IsoDate; due: IsoDate }
>;
export type TaskClaimed = E<'task_claimed', { taskId: string; assigneeId: string }>;
export type TaskTransferred = E<'task_transferred', { taskId: string; fromId: string | null; toId: string }>;
export type TaskCompleted = E<
  'task_completed',
  { taskId: string; outcome: 'approved' | 'rejected'; opinion: string; reason?: string; legalBasis?: string }
>;
export type TaskReturned = E<'task_returned', { taskId: string; toStageKey: string; reason: string }>;
/** A task ended without an outcome: the case ended elsewhere (a rejecting branch, a withdrawal). */
export type TaskCancelled = E<'task_cancelled', { taskId: string; reason: string }>;
export type SpecialProcedureStarted = E<'special_procedure_started', { procedure: SpecialProcedure; reason: string; taskId: string }>;
export type SpecialProcedureEnded = E<'special_procedure_ended', { taskId: string; procedure: SpecialProcedure; result: string }>;
export type ExtensionRequested = E<'extension_requested', { days: number; reason: string; taskId: string }>;
export type ExtensionDecided = E<'extension_decided', { approved: boolean; days: number; reason?: string }>;
export type Decided = E<'decided', { decision: 'approved' | 'rejected'; reason?: string; legalBasis?: string }>;
export type Completed = E<'completed'>;
export type Delivered = E<'delivered', { method: 'window' | 'mail' | 'electronic' }>;
export type Withdrawn = E<'withdrawn', { reason?: string }>;

export type WorkflowEvent =
  | Submitted
  | PrereviewPassed
  | PrereviewReturned
  | Accepted
  | DeemedAccepted
  | Refused
  | SupplementRequested
  | SupplementReceived
  | TaskCreated
  | TaskClaimed
  | TaskTransferred
  | TaskCompleted
  | TaskReturned
  | TaskCancelled
  | SpecialProcedureStarted
  | SpecialProcedureEnded
  | ExtensionRequested
  | ExtensionDecided
  | Decided
  | Completed
  | Delivered
  | Withdrawn;

export type EventKind = WorkflowEvent['kind'];
export type EventOf<K extends EventKind> = Extract<WorkflowEvent, { kind: K }>;
export type EventPayload<K extends EventKind> = Omit<EventOf<K>, 'kind' | keyof EventMeta>;

/**
 * Builds an event of a kind from its metadata and payload.
 * @example event('completed', { at: '2025-10-09T02:00:00Z', on: '2025-10-09', actor: { id: 'u7', kind: 'staff' } }, {})
 */
export function event<K extends EventKind>(kind: K, meta: EventMeta, payload: EventPayload<K>): EventOf<K> {
  // Metadata first, then the payload, then the tag, so a stray payload field never overrides them.
  return { ...payload, at: meta.at, on: meta.on, actor: meta.actor, kind } as unknown as EventOf<K>;
}

const ctor =
  <K extends EventKind>(kind: K) =>
  (meta: EventMeta, payload: EventPayload<K>): EventOf<K> =>
    event(kind, meta, payload);

/**
 * One constructor per event kind, named after it (Kysely's `XNode.create` style).
 * @example WorkflowEvent.withdrawn(meta, { reason: '不再需要' }) // { kind: 'withdrawn', reason: '不再需要', at, on, actor }
 */
export const WorkflowEvent = {
  submitted: ctor('submitted'),
  prereview_passed: ctor('prereview_passed'),
  prereview_returned: ctor('prereview_returned'),
  accepted: ctor('accepted'),
  deemed_accepted: ctor('deemed_accepted'),
  refused: ctor('refused'),
  supplement_requested: ctor('supplement_requested'),
  supplement_received: ctor('supplement_received'),
  task_created: ctor('task_created'),
  task_claimed: ctor('task_claimed'),
  task_transferred: ctor('task_transferred'),
  task_completed: ctor('task_completed'),
  task_returned: ctor('task_returned'),
  task_cancelled: ctor('task_cancelled'),
  special_procedure_started: ctor('special_procedure_started'),
  special_procedure_ended: ctor('special_procedure_ended'),
  extension_requested: ctor('extension_requested'),
  extension_decided: ctor('extension_decided'),
  decided: ctor('decided'),
  completed: ctor('completed'),
  delivered: ctor('delivered'),
  withdrawn: ctor('withdrawn'),
} satisfies { [K in EventKind]: (meta: EventMeta, payload: EventPayload<K>) => EventOf<K> };

/** Every event kind, in lifecycle order (for exhaustive tables and the exchange schema). */
export const EVENT_KINDS = Object.keys(WorkflowEvent) as EventKind[];
