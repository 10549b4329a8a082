import { transact, type Db } from '../../db/connection.js';
import { invalid, notFound } from '../../platform/errors.js';
import { recordAudit } from '../../platform/audit.js';
import {
  computeDue,
  createCalendar,
  daysBetween,
  isIsoDate,
  OFFICIAL_ARRANGEMENTS,
  parseICalendar,
  STATUTORY_RULES_FIRST_YEAR,
  STATUTORY_RULES_LAST_YEAR,
  yearOf,
  type Calendar,
  type DayInfo,
  type IsoDate,
} from './engine/index.js';
import * as repo from './repository.js';
import { MAX_DEADLINE_DAYS, MAX_LISTED_DAYS, type CalendarDay, type Deadline, type ImportResult, type SetDayResult } from './schemas.js';

/**
 * The calendar's use cases: the working-day calendar as the official tables shipped in code
 * plus administrators' overrides stored in `calendar_days`. Every change runs in one
 * transaction with its audit event and the change listeners (see `onCalendarChanged`).
 */

export interface Actor {
  /** Username or client id, recorded in the audit trail. */
  id: string;
  requestId?: string | undefined;
}

/** Most distinct dates one iCalendar import may set (decades of holidays fit easily). */
export const MAX_IMPORT_DAYS = 5000;

const YEARS = `${STATUTORY_RULES_FIRST_YEAR}–${STATUTORY_RULES_LAST_YEAR}`;

function supportedDate(value: string): boolean {
  if (!isIsoDate(value)) return false;
  const year = yearOf(value);
  return year >= STATUTORY_RULES_FIRST_YEAR && year <= STATUTORY_RULES_LAST_YEAR;
}

/** A real `YYYY-MM-DD` date in a year the calendar covers, else a 400 naming `field`. */
function checkDate(value: string, field: string): IsoDate {
  if (!isIsoDate(value)) throw invalid(field, `${value} 不是有效日期（YYYY-MM-DD）`);
  if (!supportedDate(value)) throw invalid(field, `日历支持 ${YEARS} 年，${value} 不在范围内`);
  return value;
}

function toDay(info: DayInfo, override: boolean): CalendarDay {
  return { date: info.date, workday: info.workday, kind: info.kind, name: info.name ?? null, provisional: info.provisional, override };
}

// ---------------------------------------------------------------------------------------------
// Loading, with a per-process cache

interface CalendarState {
  readonly calendar: Calendar;
  /** Dates that have a row in `calendar_days`. */
  readonly overrides: ReadonlySet<IsoDate>;
}

async function readState(db: Db): Promise<CalendarState> {
  const rows = await repo.listOverrides(db);
  const calendar = createCalendar(
    OFFICIAL_ARRANGEMENTS,
    rows.map((row) => ({ date: row.date, workday: row.workday, ...(row.name !== null && { name: row.name }) })),
  );
  return { calendar, overrides: new Set(rows.map((row) => row.date)) };
}

/** Loaded states by connection; replaced wholesale on invalidation, so a load in flight at that moment is never kept. */
let cache = new WeakMap<Db, Promise<CalendarState>>();

/**
 * Forgets the cached calendar of this process. The calendar's own changes call it after they
 * commit. Call it yourself after committing a transaction into which you composed a change
 * (`setDay(trx, …)`), and on a reload signal when several instances share one database.
 */
export function invalidateCalendar(): void {
  cache = new WeakMap();
}

async function loadState(db: Db): Promise<CalendarState> {
  // Inside a transaction: read what this transaction sees (its own uncommitted changes included), never the cache.
  if (db.isTransaction) return readState(db);
  const cached = cache.get(db);
  if (cached) return cached;
  const entries = cache;
  const loading = readState(db);
  entries.set(db, loading);
  loading.catch(() => {
    if (entries.get(db) === loading) entries.delete(db);
  });
  return loading;
}

/**
 * The working-day calendar: official arrangements plus the overrides in `calendar_days`.
 * Cached per process until the next change; read fresh inside a transaction.
 *
 * @example
 * const cal = await loadCalendar(db);
 * deadline(cal, '2025-09-25', 5); // '2025-10-09'
 */
export async function loadCalendar(db: Db): Promise<Calendar> {
  return (await loadState(db)).calendar;
}

// ---------------------------------------------------------------------------------------------
// Change listeners

export interface CalendarChange {
  /** Dates whose override was set, replaced or removed. */
  readonly dates: readonly IsoDate[];
  /** The calendar with the change applied, as the transaction sees it. */
  readonly calendar: Calendar;
  readonly actor: Actor;
}

/** What a listener did about a change, told back to the administrator who made it. */
export interface CalendarChangeReport {
  /** Open cases whose stored due dates were recomputed. */
  readonly recomputedCases?: number;
}

/** Runs inside the transaction of the change; throwing rolls the change back. */
export type CalendarChangeListener = (trx: Db, change: CalendarChange) => Promise<CalendarChangeReport | void> | CalendarChangeReport | void;

const listeners = new Set<CalendarChangeListener>();

/**
 * Registers a listener called inside the transaction of every calendar change, after the
 * change is written, so work that depends on the calendar (stored due dates of open cases and
 * tasks) is recomputed atomically with it. Returns a function that removes the listener.
 *
 * @example
 * onCalendarChanged(async (trx, { calendar }) => recomputeOpenDueDates(trx, calendar));
 */
export function onCalendarChanged(listener: CalendarChangeListener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/**
 * One calendar change: serialised with every other change, written by `write` (which records
 * the audit event and returns the dates it touched), followed by the listeners, all in one
 * transaction; the cache is dropped once it commits.
 */
async function changeCalendar(db: Db, actor: Actor, write: (trx: Db) => Promise<IsoDate[]>): Promise<CalendarState & { recomputedCases: number }> {
  const state = await transact(db, async (trx) => {
    await repo.lockCalendar(trx);
    const dates = await write(trx);
    const after = await readState(trx);
    let recomputedCases = 0;
    for (const listener of [...listeners]) {
      const report = await listener(trx, { dates, calendar: after.calendar, actor });
      recomputedCases += report?.recomputedCases ?? 0;
    }
    return { ...after, recomputedCases };
  });
  invalidateCalendar();
  return state;
}

// ---------------------------------------------------------------------------------------------
// Queries

/**
 * The `days`-th working day after `start` (the start day is not counted).
 * @example await getDeadline(db, '2025-09-25', 5) // { start: '2025-09-25', days: 5, due: '2025-10-09', provisional: false }
 */
export async function getDeadline(db: Db, start: string, days: number): Promise<Deadline> {
  checkDate(start, 'querystring.start');
  if (!Number.isSafeInteger(days) || days < 0 || days > MAX_DEADLINE_DAYS) {
    throw invalid('querystring.days', `期限应为 0–${MAX_DEADLINE_DAYS} 个工作日`);
  }
  const calendar = await loadCalendar(db);
  let result;
  try {
    result = computeDue({ calendar, start, days });
  } catch (error) {
    // The scan ran into a year the statutory rules do not cover.
    if (error instanceof RangeError) throw invalid('querystring.days', `届满日超出日历支持的年份（${YEARS}）`);
    throw error;
  }
  return { start, days, due: result.due ?? start, provisional: result.provisional };
}

/** Every date from `from` to `to` (both included, at most `MAX_LISTED_DAYS`) as the calendar sees it. */
export async function listDays(db: Db, from: string, to: string): Promise<CalendarDay[]> {
  checkDate(from, 'querystring.from');
  checkDate(to, 'querystring.to');
  const span = daysBetween(from, to) + 1;
  if (span < 1) throw invalid('querystring.to', '结束日期不得早于开始日期');
  if (span > MAX_LISTED_DAYS) throw invalid('querystring.to', `一次最多查询 ${MAX_LISTED_DAYS} 天`);
  const { calendar, overrides } = await loadState(db);
  return calendar.days(from, to).map((info) => toDay(info, overrides.has(info.date)));
}

// ---------------------------------------------------------------------------------------------
// Changes

/** Makes `date` a working day or a day off, whatever the official tables say. */
export async function setDay(db: Db, actor: Actor, input: { date: string; workday: boolean; name?: string | undefined }): Promise<SetDayResult> {
  const date = checkDate(input.date, 'params.date');
  const name = input.name?.trim() || null;
  const state = await changeCalendar(db, actor, async (trx) => {
    const previous = await repo.findOverride(trx, date);
    await repo.upsertDays(trx, [{ date, workday: input.workday, name, source: 'admin', updated_by: actor.id }]);
    await recordAudit(trx, {
      actor: actor.id,
      action: 'calendar.day_set',
      subjectType: 'calendar_day',
      subjectId: date,
      requestId: actor.requestId,
      details: { workday: input.workday, name, previous: previous ? { workday: previous.workday, name: previous.name, source: previous.source } : null },
    });
    return [date];
  });
  return { ...toDay(state.calendar.dayInfo(date), true), recomputedCases: state.recomputedCases };
}

/** Removes the override of `date`: the official tables (or the provisional rules) apply again. */
export async function removeOverride(db: Db, actor: Actor, date: string): Promise<CalendarDay> {
  checkDate(date, 'params.date');
  const state = await changeCalendar(db, actor, async (trx) => {
    const removed = await repo.deleteOverride(trx, date);
    if (!removed) throw notFound(`日期 ${date} 的日历调整`);
    await recordAudit(trx, {
      actor: actor.id,
      action: 'calendar.override_removed',
      subjectType: 'calendar_day',
      subjectId: date,
      requestId: actor.requestId,
      details: { removed: { workday: removed.workday, name: removed.name, source: removed.source } },
    });
    return [date];
  });
  return toDay(state.calendar.dayInfo(date), false);
}

/**
 * What makes a text an iCalendar object at all: content lines `NAME[;params]:value`, wrapped in
 * one VCALENDAR with balanced BEGIN/END. The reader itself is tolerant, so this is the check
 * that turns a wrong file (a spreadsheet, HTML) into a clear refusal instead of "0 imported".
 */
function icalendarStructureError(text: string): string | undefined {
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\n[ \t]/g, '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const stack: string[] = [];
  let calendars = 0;
  for (const [index, line] of lines.entries()) {
    const match = /^([A-Za-z0-9-]+)(?:;[^:]*)?:(.*)$/.exec(line);
    if (!match) return `无法识别的内容行：“${line.slice(0, 40)}”`;
    const name = match[1]!.toUpperCase();
    const value = match[2]!.trim().toUpperCase();
    if (index === 0 && !(name === 'BEGIN' && value === 'VCALENDAR')) return '文件应以 BEGIN:VCALENDAR 开头';
    if (name === 'BEGIN') {
      if (stack.length === 0 && calendars > 0) return 'END:VCALENDAR 之后还有内容';
      stack.push(value);
    } else if (name === 'END') {
      if (stack.pop() !== value) return `END:${value} 没有对应的 BEGIN`;
      if (stack.length === 0) calendars++;
    } else if (stack.length === 0) {
      return 'END:VCALENDAR 之后还有内容';
    }
  }
  if (calendars === 0 || stack.length > 0) return '文件不完整：缺少 END:VCALENDAR 或 END 行';
  return undefined;
}

/**
 * Imports the all-day events of an iCalendar text as overrides (source `ical`), replacing any
 * override of the same dates: days off, and make-up working days (SUMMARY with 班, or
 * X-WORKDAY:TRUE). All dates in one transaction with one audit event.
 */
export async function importICalendar(db: Db, actor: Actor, text: string): Promise<ImportResult> {
  const structure = icalendarStructureError(text);
  if (structure) throw invalid('body.ics', `不是有效的 iCalendar 文件：${structure}`);
  const byDate = new Map<IsoDate, { date: IsoDate; workday: boolean; name: string }>();
  for (const day of parseICalendar(text)) {
    if (!supportedDate(day.date)) throw invalid('body.ics', `日历支持 ${YEARS} 年，文件中的 ${day.date} 不在范围内`);
    const seen = byDate.get(day.date);
    if (!seen) byDate.set(day.date, { date: day.date, workday: day.workday, name: day.name });
    else if (seen.workday !== day.workday) throw invalid('body.ics', `${day.date} 既被标为上班又被标为放假`);
    else if (day.name && !seen.name.split('、').includes(day.name)) seen.name = seen.name ? `${seen.name}、${day.name}` : day.name;
  }
  if (byDate.size === 0) throw invalid('body.ics', '文件中没有全天事件（放假或调休上班日）');
  if (byDate.size > MAX_IMPORT_DAYS) throw invalid('body.ics', `一次最多导入 ${MAX_IMPORT_DAYS} 天，文件中有 ${byDate.size} 天`);

  const days = [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
  const workdays = days.filter((day) => day.workday).length;
  const result: Omit<ImportResult, 'recomputedCases'> = { imported: days.length, workdays, holidays: days.length - workdays };
  const from = days[0]!.date;
  const to = days.at(-1)!.date;
  const state = await changeCalendar(db, actor, async (trx) => {
    await repo.upsertDays(
      trx,
      days.map((day) => ({ date: day.date, workday: day.workday, name: day.name || null, source: 'ical' as const, updated_by: actor.id })),
    );
    await recordAudit(trx, {
      actor: actor.id,
      action: 'calendar.imported',
      subjectType: 'calendar',
      subjectId: `${from}/${to}`,
      requestId: actor.requestId,
      details: { ...result, from, to },
    });
    return days.map((day) => day.date);
  });
  return { ...result, recomputedCases: state.recomputedCases };
}
