/**
 * The working-day calendar: weekends, the yearly arrangement tables, and
 * administrators' per-day overrides, in increasing order of precedence.
 * Years without a table fall back to the provisional statutory rules.
 */
import { assertIsoDate, dateRange, isWeekend, yearOf, type IsoDate } from './dates.js';
import { OFFICIAL_ARRANGEMENTS } from './official-arrangements.js';
import { provisionalArrangement } from './statutory-rules.js';
import type { ArrangementTables, DayInfo, DayOverride, YearArrangement } from './types.js';

export interface Calendar {
  /** True when the date is a working day. */
  isWorkday(date: IsoDate): boolean;
  /** Everything the calendar knows about a date. */
  dayInfo(date: IsoDate): DayInfo;
  /** Day information for every date from `from` to `to`, both included. */
  days(from: IsoDate, to: IsoDate): DayInfo[];
  /** The arrangement used for a year: the loaded table, or the provisional one. */
  arrangement(year: number): YearArrangement;
  /** True when a year has no loaded table and is computed from the statutory rules. */
  isProvisionalYear(year: number): boolean;
}

interface YearIndex {
  readonly arrangement: YearArrangement;
  readonly holidays: ReadonlyMap<IsoDate, string>;
  readonly workdays: ReadonlyMap<IsoDate, string>;
}

function indexArrangement(arrangement: YearArrangement): YearIndex {
  const holidays = new Map<IsoDate, string>();
  const workdays = new Map<IsoDate, string>();
  const add = (into: Map<IsoDate, string>, date: IsoDate, name: string): void => {
    assertIsoDate(date, `arrangement ${arrangement.year} date`);
    if (yearOf(date) !== arrangement.year) throw new RangeError(`arrangement ${arrangement.year} lists ${date}, which is in another year`);
    if (holidays.has(date) || workdays.has(date)) throw new RangeError(`arrangement ${arrangement.year} lists ${date} twice`);
    into.set(date, name);
  };
  for (const day of arrangement.holidays) add(holidays, day.date, day.name);
  for (const day of arrangement.workdays) add(workdays, day.date, day.name);
  return { arrangement, holidays, workdays };
}

function indexOverrides(overrides: readonly DayOverride[]): Map<IsoDate, DayOverride> {
  const byDate = new Map<IsoDate, DayOverride>();
  for (const override of overrides) {
    assertIsoDate(override.date, 'override date');
    // Two answers for one date would make a legal deadline depend on list order.
    if (byDate.has(override.date)) throw new RangeError(`two overrides for ${override.date}`);
    byDate.set(override.date, override);
  }
  return byDate;
}

/** Dates one calendar remembers its answer for: ten years of them. */
const MAX_REMEMBERED_DAYS = 3660;

/**
 * Builds a calendar from arrangement tables (default: the official ones shipped
 * with the project) and administrators' overrides, which win over the tables.
 * Tables are validated eagerly so a bad import fails at load, not mid-deadline.
 *
 * @example
 * const cal = createCalendar(OFFICIAL_ARRANGEMENTS, [{ date: '2025-12-31', workday: false, name: '停电' }]);
 * cal.isWorkday('2025-09-28'); // true (国庆 make-up working Sunday)
 * cal.dayInfo('2025-10-01');   // { date: '2025-10-01', workday: false, kind: 'holiday', name: '国庆节、中秋节', provisional: false }
 */
export function createCalendar(tables: ArrangementTables = OFFICIAL_ARRANGEMENTS, overrides: readonly DayOverride[] = []): Calendar {
  const official = new Map<number, YearIndex>();
  for (const [key, arrangement] of Object.entries(tables)) {
    if (Number(key) !== arrangement.year) throw new RangeError(`arrangement table key ${key} holds year ${arrangement.year}`);
    official.set(arrangement.year, indexArrangement(arrangement));
  }
  const provisional = new Map<number, YearIndex>();
  const overridden = indexOverrides(overrides);

  const yearIndex = (year: number): YearIndex => {
    const loaded = official.get(year) ?? provisional.get(year);
    if (loaded) return loaded;
    const computed = indexArrangement(provisionalArrangement(year));
    provisional.set(year, computed);
    return computed;
  };

  const describe = (date: IsoDate): DayInfo => {
    assertIsoDate(date);
    const weekend = isWeekend(date);
    const override = overridden.get(date);
    const year = yearOf(date);

    if (override) {
      // Only an official table lends its name; an override needs no provisional estimate.
      const officialYear = official.get(year);
      const name = override.name ?? officialYear?.holidays.get(date) ?? officialYear?.workdays.get(date);
      const kind = override.workday ? (weekend ? 'makeup_workday' : 'workday') : !weekend || name !== undefined ? 'holiday' : 'weekend';
      return { date, workday: override.workday, kind, ...(name !== undefined && { name }), provisional: false };
    }

    const index = yearIndex(year);
    const isProvisional = !official.has(year);
    const holidayName = index.holidays.get(date);
    if (holidayName !== undefined) return { date, workday: false, kind: 'holiday', name: holidayName, provisional: isProvisional };
    const workdayName = index.workdays.get(date);
    if (workdayName !== undefined) {
      return { date, workday: true, kind: weekend ? 'makeup_workday' : 'workday', name: workdayName, provisional: isProvisional };
    }
    return { date, workday: !weekend, kind: weekend ? 'weekend' : 'workday', provisional: isProvisional };
  };

  // A calendar never changes once built, and clocks ask about the same few hundred days again
  // and again (every deadline walks its days): answer each date once. Public routes take any
  // date from 0000 to 9999, so the memo is bounded: when full it starts afresh, and the dates
  // cases use come back at once.
  const known = new Map<IsoDate, DayInfo>();
  const dayInfo = (date: IsoDate): DayInfo => {
    let info = known.get(date);
    if (info === undefined) {
      info = Object.freeze(describe(date));
      if (known.size >= MAX_REMEMBERED_DAYS) known.clear();
      known.set(date, info);
    }
    return info;
  };

  return {
    dayInfo,
    isWorkday: (date) => dayInfo(date).workday,
    days: (from, to) => dateRange(from, to).map(dayInfo),
    arrangement: (year) => yearIndex(year).arrangement,
    isProvisionalYear: (year) => !official.has(year),
  };
}
