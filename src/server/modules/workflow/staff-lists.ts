import type { Db } from '../../db/connection.js';
import { forbidden } from '../../platform/errors.js';
import { shanghaiDate, workingDaysLeft, type Calendar } from '../calendar/engine/index.js';
import type { Actor } from '../identity/actor.js';
import { peopleByUsername } from '../identity/people.js';
import * as repo from './repository.js';
import { isEmptyScope, scopeWith } from './scope.js';
import { byUrgency } from './urgency.js';

/** Staff lists beyond the inbox: 已办, the department case list, the head's overview. */

export interface ListContext {
  db: Db;
  calendar: Calendar;
  now?: () => Date;
}

export interface Page {
  page: number;
  pageSize: number;
}

const offsetOf = (page: Page) => ({ offset: (page.page - 1) * page.pageSize, limit: page.pageSize });
const today = (ctx: ListContext) => shanghaiDate(ctx.now?.() ?? new Date());

/** 已办: the tasks I finished in the departments I work for now, newest first. */
export async function doneByMe(ctx: ListContext, actor: Actor, page: Page) {
  if (actor.kind !== 'user') throw forbidden();
  const scope = await scopeWith(ctx.db, actor, 'tasks.read');
  if (isEmptyScope(scope)) throw forbidden();
  const { rows, total } = await repo.doneBy(ctx.db, actor.username, scope.departments, offsetOf(page));
  return {
    ...page,
    total,
    tasks: rows.map((r) => ({
      caseId: r.case_id,
      receiptNo: r.receipt_no,
      itemCode: r.item_code,
      itemName: r.item_name,
      taskId: r.task_id,
      taskName: r.task_name,
      department: r.department_code,
      /** `approved` / `rejected` for a completed task, `returned` for one sent back. */
      outcome: r.kind === 'task_returned' ? 'returned' : (r.outcome ?? 'approved'),
      opinion: r.opinion,
      at: new Date(r.at).toISOString(),
      caseStatus: r.case_status,
    })),
  };
}

export interface CaseListQuery extends Page {
  q?: string | undefined;
  status?: string[] | undefined;
  itemCode?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  overdue?: boolean | undefined;
}

/** The cases of my departments (or region), searched and filtered, newest first. */
export async function departmentCases(ctx: ListContext, actor: Actor, query: CaseListQuery) {
  const scope = await scopeWith(ctx.db, actor, 'cases.read');
  if (isEmptyScope(scope)) throw forbidden();
  const on = today(ctx);
  const { rows, total } = await repo.listCases(
    ctx.db,
    scope,
    { q: query.q?.trim() || undefined, statuses: query.status, itemCode: query.itemCode, from: query.from, to: query.to, overdueOn: query.overdue ? on : undefined },
    offsetOf(query),
  );
  return {
    page: query.page,
    pageSize: query.pageSize,
    total,
    cases: rows.map((r) => {
      const running = repo.CLOCK_STATUSES.includes(r.status);
      const daysLeft = running && r.due_on ? workingDaysLeft(ctx.calendar, r.due_on, on) : null;
      return {
        id: r.id,
        receiptNo: r.receipt_no,
        itemCode: r.item_code,
        itemName: r.item_name,
        applicantName: (r.applicant_kind === 'enterprise' ? r.applicant_enterprise_name : null) ?? r.applicant_display_name ?? r.applicant_id,
        department: r.department_code,
        status: r.status,
        due: r.due_on,
        daysLeft,
        clockPaused: r.clock_paused,
        overdue: daysLeft !== null && daysLeft < 0 && !r.clock_paused,
        submittedAt: new Date(r.created_at).toISOString(),
      };
    }),
  };
}

/**
 * The department head's overview: every open task of their departments with who holds it,
 * overdue and nearly due first, so they can step in (reassign, decide an extension).
 */
export async function headOverview(ctx: ListContext, actor: Actor) {
  const scope = await scopeWith(ctx.db, actor, 'tasks.assign');
  if (scope.departments.length === 0) throw forbidden('只有部门负责人可以查看本部门在办情况');
  const on = today(ctx);
  const rows = await repo.openTasksOf(ctx.db, scope.departments, 500);
  const people = await peopleByUsername(ctx.db, rows.flatMap((r) => (r.assignee ? [r.assignee] : [])));
  const work = rows.map((r) => ({
    caseId: r.case_id,
    receiptNo: r.receipt_no,
    itemCode: r.item_code,
    itemName: r.item_name,
    caseStatus: r.case_status,
    caseVersion: r.case_version,
    taskId: r.task_id,
    taskName: r.name,
    department: r.department_code,
    role: r.role,
    status: r.status,
    assignee: r.assignee,
    assigneeName: r.assignee ? (people.get(r.assignee)?.name ?? null) : null,
    due: r.due_on,
    daysLeft: r.due_on ? workingDaysLeft(ctx.calendar, r.due_on, on) : null,
    clockPaused: r.clock_paused,
  }));
  const ranked = byUrgency(work);
  return {
    counts: {
      open: ranked.length,
      overdue: ranked.filter((w) => w.urgency === 'overdue').length,
      nearing: ranked.filter((w) => w.urgency === 'nearing').length,
    },
    tasks: ranked,
  };
}
