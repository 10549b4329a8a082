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

/**
 * Writes the case's new state only if nobody else wrote since `expectedVersion` was read.
 * Under READ COMMITTED a concurrent writer waits for the row lock, then finds the version
 * changed and updates nothing: the caller turns that into a 409.
 */
export async function updateCaseIfVersion(
  db: Db,
  id: number,
  expectedVersion: number,
  changes: Pick<CaseRow, 'status' | 'due_on' | 'acceptance_due_on' | 'clock_paused' | 'last_seq' | 'last_hash'>,
): Promise<boolean> {
  const result = await db
    .updateTable('cases')
    .set({ ...changes, version: expectedVersion + 1, updated_at: sql`now()` })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function eventsOf(db: Db, caseId: number): Promise<EventRow[]> {
  return db.selectFrom('case_events').selectAll().where('case_id', '=', caseId).orderBy('seq').execute();
}

export async function insertEvents(db: Db, rows: Insertable<WorkflowTables['case_events']>[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('case_events')
    .values(rows.map((r) => ({ ...r, event: JSON.stringify(r.event) })))
    .execute();
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

/**
 * Locks the case row for this transaction and reads it with its process definition (one round
 * trip: a transition's first statement). Undefined when there is no such case.
 */
export async function lockCase(db: Db, id: number): Promise<(CaseRow & { definition: unknown }) | undefined> {
  return db
    .selectFrom('cases as c')
    .innerJoin('process_definitions as p', 'p.id', 'c.definition_id')
    .selectAll('c')
    .select('p.definition')
    .where('c.id', '=', id)
    .forUpdate('c')
    .executeTakeFirst();
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
