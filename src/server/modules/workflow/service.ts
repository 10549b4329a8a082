import { randomInt } from 'node:crypto';
import { formatReceiptNumber } from '../../../shared/receipt-number.js';
import { transact, type Db } from '../../db/connection.js';
import { AppError, conflict, notFound } from '../../platform/errors.js';
import { createCalendar, shanghaiDate, type Calendar } from '../calendar/engine/index.js';
import { getItem, publishedVersionRef } from '../catalogue/service.js';
import { actorName, type Actor } from '../identity/actor.js';
import {
  caseDue,
  decide,
  definitionFor,
  fold,
  acceptanceDue,
  taskDue,
  type CaseState,
  type Command,
  type Now,
  type ProcessDefinition,
  type WorkflowEvent,
  type Actor as EngineActor,
} from './engine/index.js';
import { toEngineActor } from './actors.js';
import { GENESIS_HASH, eventHash } from './hash-chain.js';
import * as repo from './repository.js';
import { definitionById, latestDefinition, unitDepartments } from './cached-reads.js';
import { taskName } from './views.js';
import type { CaseEffect } from './effects.js';
import { recordCertificate } from '../documents/certificates.js';
import { withTransferTarget } from './transfer-target.js';
import { noticeCaseChange } from '../notifications/case-notices.js';
import { enforceSupplementRules } from '../applications/supplements.js';
import { beginCaseWrite, caseCache, forgetCase, type CachedCase } from './case-cache.js';

/** Run in order inside the transaction of every case change (see effects.ts). */
const CASE_EFFECTS: readonly CaseEffect[] = [enforceSupplementRules, recordCertificate, noticeCaseChange];

/**
 * The imperative shell around the pure engine: load a case, decide, and in one transaction
 * append the hash-chained events, update the case and task rows (with their due dates) under an
 * optimistic version check.
 */

export interface WorkflowContext {
  db: Db;
  calendar: Calendar;
  /** Injected so tests can place a command on a chosen day. */
  now?: () => Date;
}

export const defaultCalendar = createCalendar();

function nowOf(ctx: WorkflowContext): Now {
  const instant = ctx.now?.() ?? new Date();
  return { at: instant.toISOString(), on: shanghaiDate(instant) };
}

const QUERY_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** Six characters without look-alikes (0/O, 1/I): read out over the phone without mistakes. */
function newQueryCode(): string {
  return Array.from({ length: 6 }, () => QUERY_CODE_ALPHABET[randomInt(QUERY_CODE_ALPHABET.length)]).join('');
}

function ruleFailure(rule: string, message: string): AppError {
  return new AppError(rule, 422, message);
}

async function definitionForItem(db: Db, reference: Db, itemCode: string): Promise<repo.DefinitionRow> {
  const key = `item:${itemCode}`;
  const existing = (await latestDefinition(reference, key)) ?? (await repo.latestDefinition(db, key));
  if (existing) return existing;
  const item = await getItem(reference, itemCode);
  const definition = definitionFor({
    code: item.code,
    name: item.name,
    processKind: item.processKind,
    promisedDays: item.promisedDays,
    coDepartments: item.coDepartments,
    handlingDepth: item.handlingDepth,
  });
  return repo.insertDefinition(db, { key, version: 1, name: definition.name, definition, created_by: 'system:seed' });
}

/** Rows derived from the folded state: the case's stored due dates and every task with its own. */
function derivedRows(caseId: number, state: CaseState, definition: ProcessDefinition, calendar: Calendar) {
  const due = caseDue(state, calendar);
  const tasks = state.tasks.map((task) => {
    const clock = taskDue(task, calendar);
    return {
      case_id: caseId,
      task_id: task.id,
      stage_key: task.stageKey,
      branch_key: task.branchKey,
      name: taskName(definition, task),
      department_code: task.department,
      role: task.role,
      status: task.status,
      assignee: task.assigneeId,
      created_on: task.createdOn,
      due_on: clock.due,
      clock_paused: clock.paused,
    };
  });
  return {
    case: { status: state.status, due_on: due?.due ?? null, acceptance_due_on: acceptanceDue(state, calendar), clock_paused: due?.paused ?? false },
    tasks,
  };
}

function eventRows(caseId: number, firstSeq: number, prevHash: string, events: readonly WorkflowEvent[]) {
  let prev = prevHash;
  return events.map((event, index) => {
    const seq = firstSeq + index;
    const hash = eventHash(prev, caseId, seq, event);
    const row = { case_id: caseId, seq, kind: event.kind, event, at: event.at, actor: event.actor.id, prev_hash: prev, hash };
    prev = hash;
    return row;
  });
}

export interface CreateCaseInput {
  itemCode: string;
  /** The applicant's username; staff file on behalf of an applicant (assisted filing). */
  applicantId: string;
  channel: 'online' | 'window' | 'assisted';
}

/** Files a case: submit through the engine, receipt number, definition version, first events. */
export async function createCase(ctx: WorkflowContext, input: CreateCaseInput, actor: Actor): Promise<{ id: number; receiptNo: string; queryCode: string }> {
  const now = nowOf(ctx);
  return transact(ctx.db, async (trx) => {
    // The catalogue and definitions as committed (cached); the case itself in the transaction.
    const item = await getItem(ctx.db, input.itemCode);
    const version = await publishedVersionRef(ctx.db, input.itemCode);
    const definitionRow = await definitionForItem(trx, ctx.db, input.itemCode);
    const definition = definitionRow.definition as ProcessDefinition;
    const engineActor = await toEngineActor(ctx.db, actor);
    const command: Command = { kind: 'submit', applicantId: input.applicantId, itemCode: item.code, departmentCode: item.department.code, regionCode: '500102', channel: input.channel };
    const decision = decide(definition, fold([]), command, engineActor, now, ctx.calendar);
    if (!decision.ok) throw ruleFailure(decision.error.rule, decision.error.message);
    const sequence = await repo.nextReceiptSequence(trx, '500102', now.on);
    const receiptNo = formatReceiptNumber('500102', now.on, sequence);
    const queryCode = newQueryCode();
    const state = fold(decision.events);
    const created = await repo.insertCase(trx, {
      receipt_no: receiptNo,
      query_code: queryCode,
      item_code: item.code,
      item_version_id: version.versionId,
      definition_id: definitionRow.id,
      applicant_id: input.applicantId,
      channel: input.channel,
      region_code: '500102',
      department_code: item.department.code,
      status: state.status,
      acceptance_due_on: null,
      due_on: null,
      last_hash: GENESIS_HASH,
    });
    await persist(trx, ctx.db, created, { tasks: [], events: [] }, decision.events, state, definition, ctx.calendar);
    return { id: created.id, receiptNo, queryCode };
  });
}

/** Task rows that differ from what is stored: only these are written. */
function changedTasks(derived: ReturnType<typeof derivedRows>['tasks'], stored: readonly repo.TaskRow[]) {
  const before = new Map(stored.map((t) => [t.task_id, t]));
  return derived.filter((t) => {
    const was = before.get(t.task_id);
    return !was || was.status !== t.status || was.assignee !== t.assignee || was.due_on !== t.due_on || was.clock_paused !== t.clock_paused || was.department_code !== t.department_code;
  });
}

/** Writes the change and runs the case effects; answers the case as it now stands (for the case cache). */
async function persist(db: Db, reference: Db, row: repo.CaseRow, stored: { tasks: readonly repo.TaskRow[]; events: readonly repo.EventRow[] }, events: readonly WorkflowEvent[], state: CaseState, definition: ProcessDefinition, calendar: Calendar): Promise<CachedCase> {
  const rows = eventRows(row.id, row.last_seq + 1, row.last_hash, events);
  const derived = derivedRows(row.id, state, definition, calendar);
  beginCaseWrite(row.id, row.version + 1);
  const written = await repo.writeCaseChange(db, {
    id: row.id,
    expectedVersion: row.version,
    changes: { ...derived.case, last_seq: row.last_seq + rows.length, last_hash: rows.at(-1)?.hash ?? row.last_hash },
    events: rows,
    tasks: changedTasks(derived.tasks, stored.tasks),
  });
  if (!written) throw conflict('stale_case', '办件已被他人更新，请刷新后重试');
  const change = { row, events: rows.map((r, i) => ({ seq: r.seq, event: events[i]! })), state, reference };
  for (const effect of CASE_EFFECTS) await effect(db, change);
  return { row: written.row, tasks: written.tasks, events: [...stored.events, ...written.newEvents], state, derived: new Map() };
}

/**
 * Who may see a case at all: its applicant, staff of a department working it (a unit-scoped
 * role counts as its unit's department), region-wide readers.
 */
export function canSeeCase(actor: Actor, row: repo.CaseRow, taskDepartments: string[], unitDepartment: Map<string, string>): boolean {
  if (actor.kind !== 'user') return false;
  if (row.applicant_id === actor.username) return true;
  const working = (department: string | undefined) => department !== undefined && (department === row.department_code || taskDepartments.includes(department));
  return actor.assignments.some((a) => {
    if (a.role === 'applicant') return false;
    if (a.scopeType === 'region') return a.scopeCode === row.region_code;
    if (a.scopeType === 'department') return working(a.scopeCode);
    if (a.scopeType === 'unit') return working(unitDepartment.get(a.scopeCode));
    return false;
  });
}

export interface LoadedCase {
  row: repo.CaseRow;
  definition: ProcessDefinition;
  state: CaseState;
  events: repo.EventRow[];
  tasks: repo.TaskRow[];
  /** The case cache's entry this was served from, for answers derived from this version alone. */
  cached?: CachedCase;
}

/** A case version as read from the database, folded. */
function readCase(found: repo.CaseWithHistory): CachedCase {
  return { ...found, state: fold(found.events.map((e) => e.event as WorkflowEvent)), derived: new Map() };
}

/**
 * The case for reading: from this instance's case cache when it holds the case, else read and
 * kept there. `db` inside a transaction always reads (the transaction must see its own writes).
 */
async function currentCase(db: Db, id: number): Promise<CachedCase | undefined> {
  const cache = caseCache(db);
  const hit = cache?.get(id);
  if (hit) return hit;
  const generation = cache?.generation(id);
  const found = await repo.caseWithHistory(db, id);
  if (!found) return undefined;
  const entry = readCase(found);
  if (cache && generation !== undefined) cache.keepRead(id, generation, entry);
  return entry;
}

/** Loads a case the actor may see; anyone else's case answers exactly like a missing one. */
export async function loadCase(db: Db, actor: Actor, id: number): Promise<LoadedCase> {
  const found = await currentCase(db, id);
  if (!found) throw notFound('办件');
  return visibleCase(db, actor, found, (await definitionById(db, found.row.definition_id)).definition);
}

/** The case as read, if the actor may see it; `db` is the root handle (cached unit lookups). */
async function visibleCase(db: Db, actor: Actor, found: CachedCase, definition: unknown): Promise<LoadedCase> {
  const { row, tasks, events, state } = found;
  const units = actor.kind === 'user' ? actor.assignments.filter((a) => a.scopeType === 'unit').map((a) => a.scopeCode) : [];
  if (!canSeeCase(actor, row, tasks.map((t) => t.department_code), await unitDepartments(db, units))) throw notFound('办件');
  return { row, definition: definition as ProcessDefinition, state, events, tasks, cached: found };
}

/**
 * Runs one command on a case. `expectedVersion` is the version the caller saw: if anyone
 * changed the case since, nothing is written and the answer is 409.
 */
export async function runCommand(ctx: WorkflowContext, id: number, command: Command, actor: Actor, expectedVersion: number): Promise<{ version: number; events: string[] }> {
  const result = await transact(ctx.db, (trx) => runCommandsIn(ctx, trx, id, [command], actor, expectedVersion));
  // Committed: the next command on this case (usually the same person's) starts from here.
  if (!ctx.db.isTransaction) caseCache(ctx.db)?.committed(id, result.written);
  return { version: result.version, events: result.events };
}

export interface CommandsResult {
  version: number;
  events: string[];
  /** The events appended, in order. */
  appended: WorkflowEvent[];
  /** The case as read under the lock, before the change. */
  loaded: LoadedCase;
  /** The case as written (not yet committed). */
  written: CachedCase;
}

/**
 * Inside the caller's transaction: locks the case, checks the actor may see it, decides each
 * command on the state the previous one left, and writes them all as one new version (e.g.
 * 办结 and 送达 at the window's handover). Other writes of the caller join the same transaction.
 */
export async function runCommandsIn(ctx: WorkflowContext, trx: Db, id: number, commands: readonly Command[], actor: Actor, expectedVersion: number): Promise<CommandsResult> {
  // The version the caller saw, as this instance last read or wrote it: no read at all. The write
  // is guarded by that version, so a change made elsewhere meanwhile still answers 409.
  const hit = caseCache(ctx.db)?.get(id);
  // Otherwise lock first: case row, tasks and events are then one consistent state, and a
  // concurrent writer is seen as a changed version (409), never as a half-read case.
  const current = hit?.row.version === expectedVersion ? hit : await lockedCase(trx, id);
  const loaded = await visibleCase(ctx.db, actor, current, (await definitionById(ctx.db, current.row.definition_id)).definition);
  const resolved = await Promise.all(commands.map((command) => withTransferTarget(trx, command)));
  return decideAndPersist(ctx, trx, loaded, resolved, await toEngineActor(ctx.db, actor), expectedVersion);
}

async function lockedCase(trx: Db, id: number): Promise<CachedCase> {
  const locked = await repo.lockCaseWithHistory(trx, id);
  if (!locked) throw notFound('办件');
  return readCase(locked);
}

/** The platform itself acting on a case (deemed acceptance): no visibility check, actor `system`. */
export async function runSystemCommand(ctx: WorkflowContext, id: number, command: Command): Promise<{ version: number; events: string[] }> {
  return transact(ctx.db, async (trx) => {
    const locked = await lockedCase(trx, id);
    const { row } = locked;
    const definition = (await definitionById(ctx.db, row.definition_id)).definition;
    const loaded = { ...locked, definition: definition as ProcessDefinition };
    const { version, events: kinds } = await decideAndPersist(ctx, trx, loaded, [command], { id: 'system', kind: 'system', roles: [] }, row.version);
    return { version, events: kinds };
  });
}

async function decideAndPersist(ctx: WorkflowContext, trx: Db, loaded: LoadedCase, commands: readonly Command[], engineActor: EngineActor, expectedVersion: number): Promise<CommandsResult> {
  if (loaded.row.version !== expectedVersion) throw conflict('stale_case', '办件已被他人更新，请刷新后重试');
  const now = nowOf(ctx);
  const appended: WorkflowEvent[] = [];
  let state = loaded.state;
  for (const command of commands) {
    const decision = decide(loaded.definition, state, command, engineActor, now, ctx.calendar);
    if (!decision.ok) throw ruleFailure(decision.error.rule, decision.error.message);
    appended.push(...decision.events);
    state = fold(decision.events, state);
  }
  const written = await persist(trx, ctx.db, loaded.row, loaded, appended, state, loaded.definition, ctx.calendar);
  return { version: expectedVersion + 1, events: appended.map((e) => e.kind), appended, loaded, written };
}

/**
 * Art. 32: a submission neither accepted, refused nor sent back within 5 working days is deemed
 * accepted. Run by a scheduled job; each case in its own transaction, so one failure stops none
 * of the others.
 */
export async function sweepDeemedAcceptance(ctx: WorkflowContext): Promise<{ deemed: number[]; failed: { id: number; error: string }[] }> {
  const today = nowOf(ctx).on;
  const overdue = await repo.casesPastAcceptanceDue(ctx.db, today);
  const deemed: number[] = [];
  const failed: { id: number; error: string }[] = [];
  for (const id of overdue) {
    try {
      await runSystemCommand(ctx, id, { kind: 'deem_accepted' });
      deemed.push(id);
    } catch (error) {
      failed.push({ id, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return { deemed, failed };
}

/**
 * Stores again the due dates of every open case and task under a changed calendar. Runs inside
 * the transaction that changes the calendar, so the two are never out of step.
 */
export async function recomputeDueDates(db: Db, calendar: Calendar): Promise<number> {
  const open = await repo.openCases(db);
  for (const row of open) {
    const events = await repo.eventsOf(db, row.id);
    const state = fold(events.map((e) => e.event as WorkflowEvent));
    const definition = (await repo.definitionById(db, row.definition_id)).definition as ProcessDefinition;
    const derived = derivedRows(row.id, state, definition, calendar);
    forgetCase(row.id);
    await repo.updateDueDates(db, row.id, derived.case);
    await repo.upsertTasks(db, derived.tasks);
  }
  return open.length;
}

export { actorName };
