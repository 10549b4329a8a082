import { sql, type Insertable, type Selectable } from 'kysely';
import type { Db } from '../../db/connection.js';
import type { WorkflowTables } from './tables.js';

/** All SQL of the workflow module. */

export type CaseRow = Selectable<WorkflowTables['cases']>;
export type TaskRow = Selectable<WorkflowTables['case_tasks']>;
export type EventRow = Selectable<WorkflowTables['case_events']>;
export type DefinitionRow = Selectable<WorkflowTables['process_definitions']>;

export async function latestDefinition(db: Db, key: string): Promise<DefinitionRow | undefined> {
  return db.selectFrom('process_definitions').selectAll().where('key', '=', key).orderBy('version', 'desc').limit(1).executeTakeFirst();
}

export async function definitionById(db: Db, id: number): Promise<DefinitionRow> {
  return db.selectFrom('process_definitions').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

export async function insertDefinition(db: Db, row: { key: string; version: number; name: string; definition: unknown; created_by: string }): Promise<DefinitionRow> {
  return db
    .insertInto('process_definitions')
    .values({ ...row, definition: JSON.stringify(row.definition) })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Next number of the day for the region; the row lock serialises concurrent intakes. */
export async function nextReceiptSequence(db: Db, regionCode: string, day: string): Promise<number> {
  const row = await db
    .insertInto('receipt_sequences')
    .values({ region_code: regionCode, day, last: 1 })
    .onConflict((oc) => oc.columns(['region_code', 'day']).doUpdateSet((eb) => ({ last: eb('receipt_sequences.last', '+', 1) })))
    .returning('last')
    .executeTakeFirstOrThrow();
  return row.last;
}

export async function insertCase(db: Db, row: Omit<CaseRow, 'id' | 'created_at' | 'updated_at' | 'version' | 'clock_paused' | 'last_seq'>): Promise<CaseRow> {
  return db.insertInto('cases').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findCase(db: Db, id: number): Promise<CaseRow | undefined> {
  return db.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirst();
}

type Jsonified<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] };

/**
 * The case row locked for update, with its tasks and events read in the same round trip. The
 * lock may wait for a concurrent writer; the row is then re-read as committed, but the
 * subqueries keep the statement's earlier snapshot. Events that do not reach the row's
 * `last_seq` betray that: tasks and events are then read again, after the lock.
 */
export function lockCaseWithHistory(db: Db, id: number): Promise<CaseWithHistory | undefined> {
  return readCaseWithHistory(db, id, true);
}

/** The case row with its tasks and events, as of one snapshot. */
export function caseWithHistory(db: Db, id: number): Promise<CaseWithHistory | undefined> {
  return readCaseWithHistory(db, id, false);
}

export interface CaseWithHistory {
  row: CaseRow;
  tasks: TaskRow[];
  events: EventRow[];
}

async function readCaseWithHistory(db: Db, id: number, lock: boolean): Promise<CaseWithHistory | undefined> {
  const query = db
    .selectFrom('cases as c')
    .selectAll('c')
    .select([
      sql<Jsonified<TaskRow>[]>`(SELECT coalesce(json_agg(t ORDER BY t.created_on, t.task_id), '[]') FROM case_tasks t WHERE t.case_id = c.id)`.as('tasks_json'),
      sql<Jsonified<EventRow>[]>`(SELECT coalesce(json_agg(e ORDER BY e.seq), '[]') FROM case_events e WHERE e.case_id = c.id)`.as('events_json'),
    ])
    .where('c.id', '=', id);
  const found = await (lock ? query.forUpdate('c') : query).executeTakeFirst();
  if (!found) return undefined;
  const { tasks_json, events_json, ...row } = found;
  const events = events_json.map(eventFromJson);
  if ((events.at(-1)?.seq ?? 0) !== row.last_seq) return { row, tasks: await tasksOf(db, id), events: await eventsOf(db, id) };
  return { row, tasks: tasks_json.map(taskFromJson), events };
}

/**
 * A case change in one statement: the versioned update of the case row, its new events and the
 * tasks that changed. Nothing is written unless the version is still `expectedVersion` (the
 * inserts take their rows from the update's result); undefined then, for the caller's 409.
 * Otherwise the case as it now stands, exactly as a read would find it: the updated row, every
 * task in the read's order and the events just appended (the earlier ones the caller has).
 */
export async function writeCaseChange(
  db: Db,
  change: {
    id: number;
    expectedVersion: number;
    changes: Pick<CaseRow, 'status' | 'due_on' | 'acceptance_due_on' | 'clock_paused' | 'last_seq' | 'last_hash'>;
    events: Insertable<WorkflowTables['case_events']>[];
    tasks: Omit<TaskRow, 'updated_at'>[];
  },
): Promise<{ row: CaseRow; tasks: TaskRow[]; newEvents: EventRow[] } | undefined> {
  const { id, expectedVersion, changes } = change;
  const result = await sql<CaseRow & { tasks_json: Jsonified<TaskRow>[]; events_json: Jsonified<EventRow>[] }>`
    WITH updated AS (
      UPDATE cases SET status = ${changes.status}, due_on = ${changes.due_on}, acceptance_due_on = ${changes.acceptance_due_on},
        clock_paused = ${changes.clock_paused}, last_seq = ${changes.last_seq}, last_hash = ${changes.last_hash},
        version = ${expectedVersion + 1}, updated_at = now()
      WHERE id = ${id} AND version = ${expectedVersion}
      RETURNING *
    ), new_events AS (
      INSERT INTO case_events (case_id, seq, kind, event, at, actor, prev_hash, hash)
      SELECT u.id, r.seq, r.kind, r.event, r.at, r.actor, r.prev_hash, r.hash
      FROM updated u, jsonb_to_recordset(${JSON.stringify(change.events)}::jsonb)
        AS r(seq int, kind text, event jsonb, at timestamptz, actor text, prev_hash text, hash text)
      RETURNING *
    ), changed_tasks AS (
      INSERT INTO case_tasks (case_id, task_id, stage_key, branch_key, name, department_code, role, status, assignee, created_on, due_on, clock_paused)
      SELECT u.id, r.task_id, r.stage_key, r.branch_key, r.name, r.department_code, r.role, r.status, r.assignee, r.created_on, r.due_on, r.clock_paused
      FROM updated u, jsonb_to_recordset(${JSON.stringify(change.tasks)}::jsonb)
        AS r(task_id text, stage_key text, branch_key text, name text, department_code text, role text, status text, assignee text, created_on date, due_on date, clock_paused boolean)
      ON CONFLICT (case_id, task_id) DO UPDATE SET status = excluded.status, assignee = excluded.assignee, due_on = excluded.due_on,
        clock_paused = excluded.clock_paused, department_code = excluded.department_code, updated_at = now()
      RETURNING *
    )
    SELECT u.*,
      (SELECT coalesce(json_agg(t ORDER BY t.created_on, t.task_id), '[]') FROM (
        SELECT * FROM case_tasks WHERE case_id = ${id} AND task_id NOT IN (SELECT task_id FROM changed_tasks)
        UNION ALL SELECT * FROM changed_tasks) t) AS tasks_json,
      (SELECT coalesce(json_agg(e ORDER BY e.seq), '[]') FROM new_events e) AS events_json
    FROM updated u`.execute(db);
  const found = result.rows[0];
  if (!found) return undefined;
  const { tasks_json, events_json, ...row } = found;
  return { row, tasks: tasks_json.map(taskFromJson), newEvents: events_json.map(eventFromJson) };
}

const taskFromJson = (t: Jsonified<TaskRow>): TaskRow => ({ ...t, updated_at: new Date(t.updated_at) });
const eventFromJson = (e: Jsonified<EventRow>): EventRow => ({ ...e, at: new Date(e.at) });

export async function eventsOf(db: Db, caseId: number): Promise<EventRow[]> {
  return db.selectFrom('case_events').selectAll().where('case_id', '=', caseId).orderBy('seq').execute();
}

export async function upsertTasks(db: Db, rows: Omit<TaskRow, 'updated_at'>[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('case_tasks')
    .values(rows)
    .onConflict((oc) =>
      oc.columns(['case_id', 'task_id']).doUpdateSet((eb) => ({
        status: eb.ref('excluded.status'),
        assignee: eb.ref('excluded.assignee'),
        due_on: eb.ref('excluded.due_on'),
        clock_paused: eb.ref('excluded.clock_paused'),
        department_code: eb.ref('excluded.department_code'),
        updated_at: sql`now()`,
      })),
    )
    .execute();
}

export async function tasksOf(db: Db, caseId: number): Promise<TaskRow[]> {
  return db.selectFrom('case_tasks').selectAll().where('case_id', '=', caseId).orderBy('created_on').orderBy('task_id').execute();
}

/** Open tasks of the given departments and roles, most urgent first. */
export async function inbox(db: Db, grants: { department: string; role: string }[], limit: number) {
  if (grants.length === 0) return [];
  return db
    .selectFrom('case_tasks as t')
    .innerJoin('cases as c', 'c.id', 't.case_id')
    .select([
      't.case_id',
      't.task_id',
      't.name',
      't.department_code',
      't.role',
      't.status',
      't.assignee',
      't.created_on',
      't.due_on',
      't.clock_paused',
      'c.receipt_no',
      'c.item_code',
      'c.due_on as case_due_on',
      'c.status as case_status',
      'c.version as case_version',
    ])
    .where('t.status', 'in', ['queued', 'claimed'])
    .where((eb) => eb.or(grants.map((g) => eb.and([eb('t.department_code', '=', g.department), eb('t.role', '=', g.role)]))))
    .orderBy(sql`t.due_on NULLS LAST`)
    .orderBy('t.case_id')
    .limit(limit)
    .execute();
}

export async function unitDepartments(db: Db, unitCodes: string[]): Promise<Map<string, string>> {
  if (unitCodes.length === 0) return new Map();
  const rows = await db
    .selectFrom('units as n')
    .innerJoin('departments as d', 'd.id', 'n.department_id')
    .select(['n.code', 'd.code as department_code'])
    .where('n.code', 'in', unitCodes)
    .execute();
  return new Map(rows.map((r) => [r.code, r.department_code]));
}

export async function allUnitDepartments(db: Db): Promise<Map<string, string>> {
  const rows = await db.selectFrom('units as n').innerJoin('departments as d', 'd.id', 'n.department_id').select(['n.code', 'd.code as department_code']).execute();
  return new Map(rows.map((r) => [r.code, r.department_code]));
}

const FINISHED = ['completed', 'delivered', 'refused', 'withdrawn'];

/** Cases whose clocks still matter. */
export async function openCases(db: Db): Promise<CaseRow[]> {
  return db.selectFrom('cases').selectAll().where('status', 'not in', FINISHED).orderBy('id').execute();
}

/** Due dates only: a recomputation after a calendar change is not a new version of the case. */
export async function updateDueDates(db: Db, id: number, dates: Pick<CaseRow, 'due_on' | 'acceptance_due_on' | 'clock_paused'>): Promise<void> {
  await db.updateTable('cases').set(dates).where('id', '=', id).execute();
}

/**
 * The latest version of each definition with how many versions it has. The search matches a
 * key, or a name any version had, and still answers that key's latest version.
 */
export async function latestDefinitions(db: Db, search: string | undefined): Promise<(DefinitionRow & { version_count: number })[]> {
  let query = db
    .selectFrom('process_definitions as p')
    .selectAll('p')
    .select(sql<number>`(count(*) over (partition by p.key))::int`.as('version_count'))
    .distinctOn('p.key');
  if (search) {
    const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where('p.key', 'in', (eb) =>
      eb.selectFrom('process_definitions as s').select('s.key').where((w) => w.or([w('s.key', 'ilike', pattern), w('s.name', 'ilike', pattern)])),
    );
  }
  return query.orderBy('p.key').orderBy('p.version', 'desc').limit(300).execute();
}

export async function definitionVersions(db: Db, key: string): Promise<DefinitionRow[]> {
  return db.selectFrom('process_definitions').selectAll().where('key', '=', key).orderBy('version', 'desc').execute();
}

/** Submitted cases whose 5-working-day acceptance period ended before `today`. */
export async function casesPastAcceptanceDue(db: Db, today: string): Promise<number[]> {
  const rows = await db.selectFrom('cases').select('id').where('status', '=', 'submitted').where('acceptance_due_on', '<', today).orderBy('id').execute();
  return rows.map((r) => r.id);
}

/** An applicant's own cases, newest first. */
export async function casesOfApplicant(db: Db, applicantId: string, limit = 200): Promise<CaseRow[]> {
  return db.selectFrom('cases').selectAll().where('applicant_id', '=', applicantId).orderBy('id', 'desc').limit(limit).execute();
}

/**
 * Cases waiting at the window (received, in pre-review, or sent back for supplement before
 * acceptance) in the given departments or regions, oldest first: the one-window queue.
 */
export async function intakeQueue(db: Db, scope: { departments: string[]; regions: string[] }, statuses: string[], limit = 200): Promise<CaseRow[]> {
  if (scope.departments.length === 0 && scope.regions.length === 0) return [];
  return db
    .selectFrom('cases')
    .selectAll()
    .where('status', 'in', statuses)
    .where((eb) =>
      eb.or([
        ...(scope.departments.length ? [eb('department_code', 'in', scope.departments)] : []),
        ...(scope.regions.length ? [eb('region_code', 'in', scope.regions)] : []),
      ]),
    )
    .orderBy('created_at')
    .orderBy('id')
    .limit(limit)
    .execute();
}

export async function findCaseByReceipt(db: Db, receiptNo: string): Promise<CaseRow | undefined> {
  return db.selectFrom('cases').selectAll().where('receipt_no', '=', receiptNo).executeTakeFirst();
}

export async function receiptNumbers(db: Db, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('cases').select(['id', 'receipt_no']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.receipt_no]));
}

/** Where staff may look: whole regions, and departments (a case counts when it or one of its tasks is theirs). */
export interface CaseScope {
  departments: string[];
  regions: string[];
}

/** Cases a department works on: its own items and cases with a task of it (parallel branches). Table alias `c`. */
function inScope(scope: CaseScope) {
  const parts = [
    ...(scope.regions.length ? [sql`c.region_code = ANY(${scope.regions})`] : []),
    ...(scope.departments.length
      ? [sql`c.department_code = ANY(${scope.departments})`, sql`EXISTS (SELECT 1 FROM case_tasks st WHERE st.case_id = c.id AND st.department_code = ANY(${scope.departments}))`]
      : []),
  ];
  return sql<boolean>`(${sql.join(parts, sql` OR `)})`;
}

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Statuses in which the case clock runs towards the decision: only these can be overdue. */
export const CLOCK_STATUSES = ['accepted', 'in_review', 'awaiting_supplement'];

export interface CaseListFilter {
  q?: string | undefined;
  statuses?: string[] | undefined;
  itemCode?: string | undefined;
  /** Submission dates, inclusive, Asia/Shanghai. */
  from?: string | undefined;
  to?: string | undefined;
  /** Past their due date `today` while the clock runs. */
  overdueOn?: string | undefined;
}

/**
 * The department case list: search by receipt number, applicant (name, enterprise, account) or
 * item (name, code), filtered, newest first, one page with the total.
 */
export async function listCases(db: Db, scope: CaseScope, filter: CaseListFilter, page: { offset: number; limit: number }) {
  if (scope.departments.length === 0 && scope.regions.length === 0) return { rows: [], total: 0 };
  let query = db
    .selectFrom('cases as c')
    .innerJoin('item_versions as v', 'v.id', 'c.item_version_id')
    .leftJoin('users as u', 'u.username', 'c.applicant_id')
    .where(inScope(scope));
  if (filter.q) {
    const pattern = likePattern(filter.q);
    query = query.where((eb) =>
      eb.or([
        eb('c.receipt_no', 'ilike', pattern),
        eb('c.item_code', 'ilike', pattern),
        eb('v.name', 'ilike', pattern),
        eb('u.display_name', 'ilike', pattern),
        eb('u.enterprise_name', 'ilike', pattern),
        eb('c.applicant_id', '=', filter.q!),
      ]),
    );
  }
  if (filter.statuses?.length) query = query.where('c.status', 'in', filter.statuses);
  if (filter.itemCode) query = query.where('c.item_code', '=', filter.itemCode);
  if (filter.from) query = query.where(sql<string>`(c.created_at AT TIME ZONE 'Asia/Shanghai')::date`, '>=', filter.from);
  if (filter.to) query = query.where(sql<string>`(c.created_at AT TIME ZONE 'Asia/Shanghai')::date`, '<=', filter.to);
  if (filter.overdueOn) query = query.where('c.status', 'in', CLOCK_STATUSES).where('c.clock_paused', '=', false).where('c.due_on', '<', filter.overdueOn);
  const rows = await query
    .select([
      'c.id',
      'c.receipt_no',
      'c.item_code',
      'v.name as item_name',
      'c.applicant_id',
      'u.display_name as applicant_display_name',
      'u.enterprise_name as applicant_enterprise_name',
      'u.kind as applicant_kind',
      'c.department_code',
      'c.status',
      'c.due_on',
      'c.clock_paused',
      'c.created_at',
    ])
    .select(sql<number>`(count(*) over ())::int`.as('total'))
    .orderBy('c.created_at', 'desc')
    .orderBy('c.id', 'desc')
    .offset(page.offset)
    .limit(page.limit)
    .execute();
  return { rows, total: rows[0]?.total ?? (page.offset > 0 ? await countCases(db, scope) : 0) };
}

/** Only asked when a page past the end comes back empty, so the pager still knows the total. */
async function countCases(db: Db, scope: CaseScope): Promise<number> {
  const row = await db.selectFrom('cases as c').select(sql<number>`count(*)::int`.as('n')).where(inScope(scope)).executeTakeFirstOrThrow();
  return row.n;
}

/** 已办: the tasks a person finished (approved, rejected or returned) in the given departments, newest first. */
export async function doneBy(db: Db, username: string, departments: string[], page: { offset: number; limit: number }) {
  if (departments.length === 0) return { rows: [], total: 0 };
  const rows = await db
    .selectFrom('case_events as e')
    .innerJoin('cases as c', 'c.id', 'e.case_id')
    .innerJoin('case_tasks as t', (join) => join.onRef('t.case_id', '=', 'e.case_id').on(sql<boolean>`t.task_id = e.event->>'taskId'`))
    .innerJoin('item_versions as v', 'v.id', 'c.item_version_id')
    .select([
      'e.case_id',
      'e.seq',
      'e.kind',
      'e.at',
      sql<string | null>`e.event->>'outcome'`.as('outcome'),
      sql<string | null>`coalesce(e.event->>'opinion', e.event->>'reason')`.as('opinion'),
      't.task_id',
      't.name as task_name',
      't.department_code',
      't.stage_key',
      'c.receipt_no',
      'c.item_code',
      'v.name as item_name',
      'c.status as case_status',
    ])
    .select(sql<number>`(count(*) over ())::int`.as('total'))
    .where('e.actor', '=', username)
    .where('e.kind', 'in', ['task_completed', 'task_returned'])
    .where('t.department_code', 'in', departments)
    .orderBy('e.at', 'desc')
    .orderBy('e.case_id', 'desc')
    .orderBy('e.seq', 'desc')
    .offset(page.offset)
    .limit(page.limit)
    .execute();
  return { rows, total: rows[0]?.total ?? 0 };
}

/** Every open task of the departments, any role, with its case: what a department head oversees. */
export async function openTasksOf(db: Db, departments: string[], limit: number) {
  if (departments.length === 0) return [];
  return db
    .selectFrom('case_tasks as t')
    .innerJoin('cases as c', 'c.id', 't.case_id')
    .innerJoin('item_versions as v', 'v.id', 'c.item_version_id')
    .select([
      't.case_id',
      't.task_id',
      't.name',
      't.department_code',
      't.role',
      't.status',
      't.assignee',
      't.due_on',
      't.clock_paused',
      'c.receipt_no',
      'c.item_code',
      'v.name as item_name',
      'c.status as case_status',
      'c.version as case_version',
    ])
    .where('t.status', 'in', ['queued', 'claimed'])
    .where('t.department_code', 'in', departments)
    .orderBy(sql`t.due_on NULLS LAST`)
    .orderBy('t.case_id')
    .limit(limit)
    .execute();
}

/** Statuses in which a decided case's result waits at the window. */
export const COLLECTABLE_STATUSES = ['decided_approved', 'decided_rejected', 'completed'];

/**
 * 统一出件: decided cases of the scope whose result is collected in person — not items handled
 * wholly online (their licence is delivered electronically), not those with work still open
 * (e.g. 制证), not those already handed over — oldest decision first.
 */
export async function collectionQueue(db: Db, scope: CaseScope, limit: number) {
  if (scope.departments.length === 0 && scope.regions.length === 0) return [];
  return db
    .selectFrom('cases as c')
    .innerJoin('item_versions as v', 'v.id', 'c.item_version_id')
    .leftJoin('users as u', 'u.username', 'c.applicant_id')
    .select([
      'c.id',
      'c.receipt_no',
      'c.item_code',
      'v.name as item_name',
      'v.handling_depth',
      'c.applicant_id',
      'u.display_name as applicant_display_name',
      'u.enterprise_name as applicant_enterprise_name',
      'u.kind as applicant_kind',
      'c.department_code',
      'c.status',
      'c.version',
      'c.updated_at',
    ])
    .where(inScope(scope))
    .where('c.status', 'in', COLLECTABLE_STATUSES)
    .where('v.handling_depth', '!=', 'full_online')
    .where(sql<boolean>`NOT EXISTS (SELECT 1 FROM case_tasks ot WHERE ot.case_id = c.id AND ot.status IN ('queued', 'claimed'))`)
    .where(sql<boolean>`NOT EXISTS (SELECT 1 FROM case_collections k WHERE k.case_id = c.id)`)
    .orderBy('c.updated_at')
    .orderBy('c.id')
    .limit(limit)
    .execute();
}

export type CollectionRow = Selectable<WorkflowTables['case_collections']>;

export async function insertCollection(db: Db, row: Insertable<WorkflowTables['case_collections']>): Promise<CollectionRow> {
  return db.insertInto('case_collections').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findCollection(db: Db, caseId: number): Promise<CollectionRow | undefined> {
  return db.selectFrom('case_collections').selectAll().where('case_id', '=', caseId).executeTakeFirst();
}

/** The handling depth of the item version a case started with (网上受理 items check originals at collection). */
export async function handlingDepthOf(db: Db, caseId: number): Promise<string | undefined> {
  const row = await db.selectFrom('cases as c').innerJoin('item_versions as v', 'v.id', 'c.item_version_id').select('v.handling_depth').where('c.id', '=', caseId).executeTakeFirst();
  return row?.handling_depth;
}
