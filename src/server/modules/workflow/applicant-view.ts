/**
 * A case as its applicant sees it: where it stands and what happened, without what is internal to
 * the departments — no staff login names (each step says applicant, a department's staff or the
 * system), no task ids, no claims, transfers or internal returns. The applicant's own route and
 * the shared case route both answer the applicant with this.
 */
import type { Db } from '../../db/connection.js';
import type { Actor } from '../identity/actor.js';
import { shanghaiDate, type Calendar } from '../calendar/engine/index.js';
import { allowedActions } from './allowed.js';
import { decidingTaskIds } from './case-people.js';
import { caseSummary } from './case-summary.js';
import { toEngineActor } from './actors.js';
import type { WorkflowEvent } from './engine/index.js';
import type { LoadedCase } from './service.js';

/** Steps the applicant is told about; claims, transfers, returns between stages and cancellations stay inside. */
const SHOWN: ReadonlySet<WorkflowEvent['kind']> = new Set([
  'submitted',
  'prereview_passed',
  'prereview_returned',
  'accepted',
  'deemed_accepted',
  'refused',
  'supplement_requested',
  'supplement_received',
  'task_created',
  'task_completed',
  'special_procedure_started',
  'special_procedure_ended',
  'extension_requested',
  'extension_decided',
  'decided',
  'completed',
  'delivered',
  'withdrawn',
]);

/** Event fields an applicant may read; everything else (actor ids, task ids, assignees, stage keys) is left out. */
const PUBLIC_FIELDS = [
  'kind', 'at', 'on', 'channel', 'preReview', 'opinion', 'reason', 'legalBasis', 'days', 'due', 'clockStart', 'deemedOn',
  'items', 'note', 'department', 'role', 'createdOn', 'outcome', 'procedure', 'result', 'approved', 'decision', 'method',
] as const;

export type ApplicantActor = 'applicant' | 'staff' | 'system';

/** True when the actor is this case's applicant (and not staff reading it in another role). */
export function isCaseApplicant(actor: Actor, applicantId: string): boolean {
  return actor.kind === 'user' && actor.userKind !== 'staff' && actor.username === applicantId;
}

/** One event as the applicant reads it: who in general terms, the task by its name, only public fields. */
export function applicantTimeline(loaded: Pick<LoadedCase, 'events' | 'tasks'>, deciding: ReadonlySet<string>) {
  const tasks = new Map(loaded.tasks.map((t) => [t.task_id, t]));
  return loaded.events.flatMap((row) => {
    const event = row.event as WorkflowEvent & Record<string, unknown>;
    if (!SHOWN.has(event.kind)) return [];
    const task = typeof event.taskId === 'string' ? tasks.get(event.taskId) : undefined;
    const actor: ApplicantActor = event.actor.kind;
    const shown = Object.fromEntries(PUBLIC_FIELDS.filter((field) => field in event).map((field) => [field, event[field]]));
    return [
      {
        seq: row.seq,
        kind: row.kind,
        at: new Date(row.at).toISOString(),
        actor,
        /** The department whose staff acted (a task's department), when the step belongs to one. */
        // A task is created by whoever moved the case on (the window accepting), not by its department.
        actorDepartment: actor === 'staff' && event.kind !== 'task_created' ? (task?.department_code ?? null) : null,
        taskName: task?.name ?? null,
        /** Whether the step's task decides the case (准予许可) rather than reviews it (审查通过). */
        taskDecides: typeof event.taskId === 'string' && deciding.has(event.taskId),
        event: shown,
      },
    ];
  });
}

/** The applicant's whole view of a case; its shape follows the staff view's names so the same page parts read it. */
export async function applicantCaseView(db: Db, calendar: Calendar, actor: Actor, loaded: LoadedCase) {
  const today = shanghaiDate(new Date());
  return {
    ...(await caseSummary(db, calendar, loaded, today)),
    queryCode: loaded.row.query_code,
    /** The departments' tasks are theirs; the applicant follows the timeline. */
    tasks: [] as never[],
    timeline: applicantTimeline(loaded, decidingTaskIds(loaded)),
    // Only the case's own commands (withdraw, hand in a supplement): none of them names a task.
    actions: allowedActions(loaded.definition, loaded.state, await toEngineActor(db, actor), { at: new Date().toISOString(), on: today }, calendar).filter((a) => a.taskId === undefined),
  };
}
