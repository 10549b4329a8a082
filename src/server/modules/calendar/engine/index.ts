/**
 * Pure working-day calendar and statutory clock (no I/O). See DESIGN.md, "Statutory clock".
 */
export type { IsoDate } from './dates.js';
export {
  addDays,
  assertIsoDate,
  compareDates,
  dateRange,
  daysBetween,
  fromEpochDay,
  isAfter,
  isBefore,
  isIsoDate,
  isWeekend,
  makeDate,
  maxDate,
  minDate,
  shanghaiDate,
  toEpochDay,
  weekday,
  yearOf,
} from './dates.js';
export type { ArrangementTables, DayInfo, DayKind, DayOverride, NamedDay, YearArrangement } from './types.js';
export { OFFICIAL_ARRANGEMENTS, OFFICIAL_ARRANGEMENTS_VERSION } from './official-arrangements.js';
export { lunarNewYear, lunarNewYearsEve, lunarToGregorian, qingmingDate } from './lunar-calendar.js';
export { provisionalArrangement, statutoryHolidays, STATUTORY_RULES_FIRST_YEAR, STATUTORY_RULES_LAST_YEAR } from './statutory-rules.js';
export type { Calendar } from './calendar.js';
export { createCalendar } from './calendar.js';
export type { ClockExtension, ClockInput, ClockPause, ClockResult } from './statutory-clock.js';
export {
  computeDue,
  deadline,
  deemedAcceptanceDate,
  STATUTORY_DAYS,
  workingDaysBetween,
  workingDaysLeft,
  workingDaysUsed,
} from './statutory-clock.js';
export type { ICalendarDay } from './icalendar.js';
export { parseICalendar } from './icalendar.js';
