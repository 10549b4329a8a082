/**
 * Calendar dates as `YYYY-MM-DD` strings (calendar dates in Asia/Shanghai).
 *
 * All arithmetic goes through integer "epoch days" (days since 1970-01-01) using
 * the proleptic Gregorian calendar, so the server's time zone and local-time
 * `Date` behaviour never leak into a legal deadline.
 */

/** A calendar date written `YYYY-MM-DD` (years 0000–9999). */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
/** China has used UTC+8 without daylight saving since 1992, so a fixed offset is exact. */
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/**
 * Days from 1970-01-01 to a civil date (Howard Hinnant's `days_from_civil`);
 * pure integer maths, valid for any proleptic Gregorian date.
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function civilFromDays(days: number): [year: number, month: number, day: number] {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/**
 * True when `value` is a real calendar date written `YYYY-MM-DD`.
 * @example isIsoDate('2025-02-29') // false
 */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/**
 * Throws a `RangeError` unless `value` is a valid `YYYY-MM-DD` date.
 * @example assertIsoDate('2025-10-11') // ok
 */
export function assertIsoDate(value: unknown, what = 'date'): asserts value is IsoDate {
  if (!isIsoDate(value)) throw new RangeError(`${what} must be a YYYY-MM-DD calendar date, got ${JSON.stringify(value)}`);
}

/**
 * Number of days in a Gregorian month.
 * @example daysInMonth(2024, 2) // 29
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Gregorian leap year test.
 * @example isLeapYear(2100) // false
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Builds a date from its parts (month and day 1-based).
 * @example makeDate(2025, 10, 1) // '2025-10-01'
 */
export function makeDate(year: number, month: number, day: number): IsoDate {
  const date = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
  assertIsoDate(date);
  return date;
}

/**
 * Days since 1970-01-01 for a date.
 * @example toEpochDay('1970-01-02') // 1
 */
export function toEpochDay(date: IsoDate): number {
  assertIsoDate(date);
  return daysFromCivil(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

/**
 * Date of an epoch day (days since 1970-01-01).
 * @example fromEpochDay(0) // '1970-01-01'
 */
export function fromEpochDay(epochDay: number): IsoDate {
  if (!Number.isInteger(epochDay)) throw new RangeError(`epoch day must be an integer, got ${epochDay}`);
  const [year, month, day] = civilFromDays(epochDay);
  if (year < 0 || year > 9999) throw new RangeError(`epoch day ${epochDay} is outside years 0000–9999`);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * The calendar date in Asia/Shanghai at a given instant, whatever the server's time zone.
 * @example shanghaiDate(new Date('2025-09-30T16:30:00Z')) // '2025-10-01'
 */
export function shanghaiDate(instant: Date): IsoDate {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('shanghaiDate: invalid Date');
  return fromEpochDay(Math.floor((ms + SHANGHAI_OFFSET_MS) / MS_PER_DAY));
}

/**
 * Calendar-day arithmetic (negative `days` go back).
 * @example addDays('2025-09-30', 2) // '2025-10-02'
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) throw new RangeError(`days must be an integer, got ${days}`);
  return fromEpochDay(toEpochDay(date) + days);
}

/**
 * Calendar days from `from` to `to` (negative when `to` is earlier).
 * @example daysBetween('2025-09-25', '2025-10-11') // 16
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

/**
 * ISO weekday: 1 = Monday … 6 = Saturday, 7 = Sunday.
 * @example weekday('2025-09-28') // 7 (a Sunday)
 */
export function weekday(date: IsoDate): number {
  // 1970-01-01 was a Thursday (ISO 4).
  return ((((toEpochDay(date) + 3) % 7) + 7) % 7) + 1;
}

/**
 * True on Saturdays and Sundays.
 * @example isWeekend('2025-10-11') // true
 */
export function isWeekend(date: IsoDate): boolean {
  return weekday(date) >= 6;
}

/**
 * The Gregorian year of a date.
 * @example yearOf('2026-02-17') // 2026
 */
export function yearOf(date: IsoDate): number {
  assertIsoDate(date);
  return Number(date.slice(0, 4));
}

/**
 * Three-way comparison: negative, 0 or positive, usable with `Array#sort`.
 * Fixed-width ISO strings order like the dates they name.
 * @example ['2025-10-08', '2025-09-28'].sort(compareDates) // ['2025-09-28', '2025-10-08']
 */
export function compareDates(a: IsoDate, b: IsoDate): number {
  assertIsoDate(a);
  assertIsoDate(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** @example isBefore('2025-09-30', '2025-10-01') // true */
export function isBefore(a: IsoDate, b: IsoDate): boolean {
  return compareDates(a, b) < 0;
}

/** @example isAfter('2025-10-01', '2025-09-30') // true */
export function isAfter(a: IsoDate, b: IsoDate): boolean {
  return compareDates(a, b) > 0;
}

/** @example minDate('2025-10-01', '2025-09-30') // '2025-09-30' */
export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return compareDates(a, b) <= 0 ? a : b;
}

/** @example maxDate('2025-10-01', '2025-09-30') // '2025-10-01' */
export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return compareDates(a, b) >= 0 ? a : b;
}

/**
 * Every date from `from` to `to`, both included (empty when `to` < `from`).
 * @example dateRange('2025-10-07', '2025-10-08') // ['2025-10-07', '2025-10-08']
 */
export function dateRange(from: IsoDate, to: IsoDate): IsoDate[] {
  const first = toEpochDay(from);
  const last = toEpochDay(to);
  const out: IsoDate[] = [];
  for (let d = first; d <= last; d++) out.push(fromEpochDay(d));
  return out;
}
