/**
 * Provisional holiday arrangement for a year whose official notice is not loaded,
 * computed from 《全国年节及纪念日放假办法》.
 *
 * Only what the law itself fixes is produced: the statutory days off (art. 2) and,
 * because art. 6 says a statutory day falling on a Saturday or Sunday "应当在工作日补假",
 * one substitute day off for each such day, on the first free weekday after the
 * holiday. The same is done when two holidays share a date (中秋 on 10/1–10/3), so
 * that no statutory day is lost. No make-up working day (调休上班) is ever invented:
 * those exist only by the yearly notice, so an estimate without them errs towards
 * fewer working days, never towards a working day that may turn out to be off.
 */
import { addDays, isWeekend, makeDate, type IsoDate } from './dates.js';
import { lunarNewYear, lunarNewYearsEve, lunarToGregorian, qingmingDate } from './lunar-calendar.js';
import type { NamedDay, YearArrangement } from './types.js';

/** First and last years the provisional rules can compute. */
export const STATUTORY_RULES_FIRST_YEAR = 2008;
export const STATUTORY_RULES_LAST_YEAR = 2100;

interface StatutoryHoliday {
  readonly name: string;
  readonly dates: readonly IsoDate[];
}

interface RuleSet {
  readonly since: number;
  readonly source: string;
  /** Days of 春节 counted from 正月初一; -1 is 除夕. */
  readonly springFestivalDays: readonly number[];
  readonly labourDayDays: number;
}

/** Versions of the law, newest first. */
const RULE_SETS: readonly RuleSet[] = [
  { since: 2025, source: '《全国年节及纪念日放假办法》（2024年修订，国务院令第795号）', springFestivalDays: [-1, 0, 1, 2], labourDayDays: 2 },
  { since: 2014, source: '《全国年节及纪念日放假办法》（2013年修订，国务院令第644号）', springFestivalDays: [0, 1, 2], labourDayDays: 1 },
  { since: 2008, source: '《全国年节及纪念日放假办法》（2007年修订，国务院令第513号）', springFestivalDays: [-1, 0, 1], labourDayDays: 1 },
];

function ruleSetFor(year: number): RuleSet {
  const rules = RULE_SETS.find((r) => year >= r.since);
  if (!rules || !Number.isInteger(year) || year > STATUTORY_RULES_LAST_YEAR) {
    throw new RangeError(`statutory holiday rules are implemented for ${STATUTORY_RULES_FIRST_YEAR}–${STATUTORY_RULES_LAST_YEAR}, not ${year}`);
  }
  return rules;
}

function consecutive(first: IsoDate, count: number): IsoDate[] {
  return Array.from({ length: count }, (_, i) => addDays(first, i));
}

/**
 * The statutory days off of a Gregorian year (art. 2), without substitute days.
 * @example statutoryHolidays(2027).find((h) => h.name === '春节')?.dates
 * // ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08']
 */
export function statutoryHolidays(year: number): StatutoryHoliday[] {
  const rules = ruleSetFor(year);
  const newYear = lunarNewYear(year);
  return [
    { name: '元旦', dates: [makeDate(year, 1, 1)] },
    {
      name: '春节',
      // 除夕 is the last day of the previous lunar year, i.e. the eve of this 正月初一.
      dates: rules.springFestivalDays.map((offset) => (offset < 0 ? lunarNewYearsEve(year - 1) : addDays(newYear, offset))),
    },
    { name: '清明节', dates: [qingmingDate(year)] },
    { name: '劳动节', dates: consecutive(makeDate(year, 5, 1), rules.labourDayDays) },
    { name: '端午节', dates: [lunarToGregorian(year, 5, 5)] },
    { name: '中秋节', dates: [lunarToGregorian(year, 8, 15)] },
    { name: '国庆节', dates: consecutive(makeDate(year, 10, 1), 3) },
  ];
}

/**
 * A year's arrangement computed from the statutory rules, flagged `provisional`.
 * @example provisionalArrangement(2027).holidays[0] // { date: '2027-01-01', name: '元旦' }
 */
export function provisionalArrangement(year: number): YearArrangement {
  const rules = ruleSetFor(year);
  const holidays = [...statutoryHolidays(year)].sort((a, b) => (a.dates[0] ?? '').localeCompare(b.dates[0] ?? '')); // stable: ties keep the law's order
  const daysOff = new Map<IsoDate, string>();
  const owed: { name: string; after: IsoDate; count: number }[] = [];

  for (const holiday of holidays) {
    let count = 0;
    for (const date of holiday.dates) {
      const taken = daysOff.get(date);
      if (taken === undefined) daysOff.set(date, holiday.name);
      else daysOff.set(date, `${taken}、${holiday.name}`);
      if (isWeekend(date) || taken !== undefined) count++;
    }
    const last = holiday.dates[holiday.dates.length - 1];
    if (count > 0 && last !== undefined) owed.push({ name: holiday.name, after: last, count });
  }

  // Placed after all statutory days so a substitute never lands on another holiday.
  for (const { name, after, count } of owed) {
    let date = after;
    for (let placed = 0; placed < count; ) {
      date = addDays(date, 1);
      if (isWeekend(date) || daysOff.has(date)) continue;
      daysOff.set(date, `${name}（补假）`);
      placed++;
    }
  }

  const entries: NamedDay[] = [...daysOff].map(([date, name]) => ({ date, name }));
  entries.sort((a, b) => (a.date < b.date ? -1 : 1));
  return { year, source: `${rules.source}（推算，待国务院办公厅通知）`, provisional: true, holidays: entries, workdays: [] };
}
