/**
 * Statutory clock arithmetic under the Administrative Licensing Law (行政许可法):
 * limits are counted in working days (art. 82); the day the clock starts is not
 * counted; supplement requests (补正) and special procedures such as hearings,
 * testing or expert review (art. 45) stop the clock; approved extensions add days
 * (art. 42); an application not answered within 5 working days is deemed accepted
 * (art. 32).
 */
import { assertIsoDate, compareDates, fromEpochDay, isAfter, toEpochDay, type IsoDate } from './dates.js';
import type { Calendar } from './calendar.js';

/** Working-day limits written in the Administrative Licensing Law. */
export const STATUTORY_DAYS = Object.freeze({
  /** Art. 32: tell the applicant everything to supplement within 5 days, or the application is deemed accepted. */
  acceptanceReview: 5,
  /** Art. 42: decide within 20 days of acceptance. */
  decision: 20,
  /** Art. 42: extension approved by the head of the authority. */
  decisionExtension: 10,
  /** Art. 42 ¶2: unified, joint or centralised handling. */
  jointDecision: 45,
  /** Art. 42 ¶2: extension of joint handling approved by the people's government. */
  jointExtension: 15,
  /** Art. 43: preliminary review by a lower-level authority. */
  lowerLevelReview: 20,
  /** Art. 44: issue and deliver the licence after the decision. */
  delivery: 10,
});

/**
 * A stop of the clock. It stops on `from` (that day still counts) and restarts on
 * `to` (that day does not count, like the day a clock starts); `to: null` means it
 * is still stopped.
 */
export interface ClockPause {
  readonly from: IsoDate;
  readonly to: IsoDate | null;
}

/** An approved extension (延期). Rows with more fields are fine. */
export interface ClockExtension {
  readonly days: number;
}

export interface ClockInput {
  readonly calendar: Calendar;
  /** Day the clock starts (acceptance, or a task's creation); not counted. */
  readonly start: IsoDate;
  /** Statutory limit in working days. */
  readonly days: number;
  readonly pauses?: readonly ClockPause[];
  readonly extensions?: readonly ClockExtension[];
  /** "Today": when given, the result also says how many working days are used and left. */
  readonly asOf?: IsoDate;
}

export interface ClockResult {
  /** Date of the last counted working day, or null while an open pause keeps the clock stopped short of it. */
  readonly due: IsoDate | null;
  /** An open pause exists: the clock is stopped now. */
  readonly paused: boolean;
  /** Some day the computation looked at lies in a year estimated from the statutory rules. */
  readonly provisional: boolean;
  /** `days` plus every approved extension. */
  readonly totalDays: number;
  /** Working days counted towards `totalDays`: all of them once `due` is known, those before the stop otherwise. */
  readonly countedDays: number;
  /** Working days that a pause kept from counting, up to `due` (or up to the stop). */
  readonly pausedDays: number;
  /** With `asOf`: working days counted from the start up to and including `asOf`. */
  readonly usedDays?: number;
  /** With `asOf`: `totalDays - usedDays`, at most -1 once `asOf` is past `due`. */
  readonly daysLeft?: number;
  /** With `asOf`: `asOf` is later than `due`. */
  readonly overdue?: boolean;
}

/** Guards against a calendar with no working day at all (e.g. a runaway override import). */
const MAX_SCAN_DAYS = 366 * 30;

function assertDayCount(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${what} must be a non-negative integer, got ${value}`);
}

/** Pauses as epoch-day intervals (from, to]; `to` = Infinity while open. */
function normalisePauses(pauses: readonly ClockPause[]): { from: number; to: number }[] {
  return pauses.map((pause) => {
    assertIsoDate(pause.from, 'pause start');
    if (pause.to !== null) {
      assertIsoDate(pause.to, 'pause end');
      if (compareDates(pause.to, pause.from) < 0) throw new RangeError(`pause ends (${pause.to}) before it starts (${pause.from})`);
    }
    return { from: toEpochDay(pause.from), to: pause.to === null ? Infinity : toEpochDay(pause.to) };
  });
}

/** Overlapping pauses exclude a day once: the test is membership, not a count. */
function isPausedOn(epochDay: number, pauses: readonly { from: number; to: number }[]): boolean {
  return pauses.some((p) => epochDay > p.from && epochDay <= p.to);
}

interface Scan {
  readonly due: IsoDate | null;
  readonly counted: number;
  readonly pausedDays: number;
  readonly provisional: boolean;
}

/** Walks the days after `start` until `target` working days are counted or an open pause stops the clock. */
function scanForDue(calendar: Calendar, start: IsoDate, target: number, pauses: readonly ClockPause[]): Scan {
  const intervals = normalisePauses(pauses);
  const stoppedAfter = Math.min(...intervals.filter((p) => p.to === Infinity).map((p) => p.from));
  const first = toEpochDay(start);
  let counted = 0;
  let pausedDays = 0;
  let provisional = false;
  for (let day = first + 1; counted < target; day++) {
    if (day > stoppedAfter) return { due: null, counted, pausedDays, provisional };
    if (day - first > MAX_SCAN_DAYS) throw new RangeError(`no deadline within ${MAX_SCAN_DAYS} days of ${start}`);
    const info = calendar.dayInfo(fromEpochDay(day));
    provisional ||= info.provisional;
    if (!info.workday) continue;
    if (isPausedOn(day, intervals)) pausedDays++;
    else if (++counted === target) return { due: info.date, counted, pausedDays, provisional };
  }
  return { due: start, counted, pausedDays, provisional }; // target 0: due the day the clock starts
}

/**
 * Working days in (`from`, `to`]: `from` excluded, `to` included; 0 when `to` ≤ `from`.
 * @example workingDaysBetween(cal, '2025-09-25', '2025-10-11') // 7 (9/26, 9/28 make-up, 9/29, 9/30, 10/9, 10/10, 10/11 make-up)
 */
export function workingDaysBetween(calendar: Calendar, from: IsoDate, to: IsoDate): number {
  return workingDaysUsed(calendar, from, to);
}

/**
 * Working days counted from a clock's start up to and including `today`, pauses excluded.
 * May exceed the limit once overdue.
 * @example workingDaysUsed(cal, '2025-09-25', '2025-10-09') // 5 (9/26, 9/28, 9/29, 9/30, 10/9)
 */
export function workingDaysUsed(calendar: Calendar, start: IsoDate, today: IsoDate, pauses: readonly ClockPause[] = []): number {
  const intervals = normalisePauses(pauses);
  const first = toEpochDay(start);
  const last = toEpochDay(today);
  let used = 0;
  for (let day = first + 1; day <= last; day++) {
    if (calendar.isWorkday(fromEpochDay(day)) && !isPausedOn(day, intervals)) used++;
  }
  return used;
}

/**
 * Working days left until `due`, seen on `today`: the working days after today up to
 * and including `due` (0 on the due date). Once `today` is past `due` it is negative,
 * minus the working days since `due`, and never above -1 so an overdue case never reads
 * as "due today" over a weekend.
 * @example workingDaysLeft(cal, '2025-10-11', '2025-09-30') // 3 (10/9, 10/10, 10/11)
 * @example workingDaysLeft(cal, '2025-10-11', '2025-10-13') // -1
 */
export function workingDaysLeft(calendar: Calendar, due: IsoDate, today: IsoDate): number {
  if (!isAfter(today, due)) return workingDaysBetween(calendar, today, due);
  return Math.min(-1, -workingDaysBetween(calendar, due, today));
}

/**
 * The full statutory clock: due date with pauses and extensions, and, given `asOf`,
 * the working days used and left.
 *
 * @example
 * computeDue({ calendar: cal, start: '2025-09-25', days: 5 });
 * // { due: '2025-10-09', paused: false, provisional: false, totalDays: 5, countedDays: 5, pausedDays: 0 }
 * computeDue({ calendar: cal, start: '2025-09-01', days: 20, pauses: [{ from: '2025-09-03', to: null }] });
 * // { due: null, paused: true, countedDays: 3, … } — 补正 outstanding, clock stopped
 */
export function computeDue(input: ClockInput): ClockResult {
  const { calendar, start, days, pauses = [], extensions = [], asOf } = input;
  assertIsoDate(start, 'clock start');
  assertDayCount(days, 'days');
  for (const extension of extensions) assertDayCount(extension.days, 'extension days');
  const totalDays = extensions.reduce((sum, extension) => sum + extension.days, days);

  const scan = scanForDue(calendar, start, totalDays, pauses);
  const result: ClockResult = {
    due: scan.due,
    paused: pauses.some((pause) => pause.to === null),
    provisional: scan.provisional,
    totalDays,
    countedDays: scan.counted,
    pausedDays: scan.pausedDays,
  };
  if (asOf === undefined) return result;

  assertIsoDate(asOf, 'asOf');
  const usedDays = workingDaysUsed(calendar, start, asOf, pauses);
  const overdue = scan.due !== null && isAfter(asOf, scan.due);
  const daysLeft = overdue ? Math.min(-1, totalDays - usedDays) : totalDays - usedDays;
  return { ...result, usedDays, daysLeft, overdue };
}

/**
 * Date of the `days`-th working day after `start` (the start day is not counted;
 * `days` = 0 gives `start`).
 * @example deadline(cal, '2025-09-25', 5) // '2025-10-09'
 */
export function deadline(calendar: Calendar, start: IsoDate, days: number): IsoDate {
  const { due } = computeDue({ calendar, start, days });
  if (due === null) throw new Error('unreachable: a clock without pauses always has a due date');
  return due;
}

/**
 * Art. 32: an application neither accepted, refused nor sent back for supplement within
 * 5 working days is deemed accepted; this is that 5th working day after submission.
 * Note that the law dates the deemed acceptance back to the day the materials were
 * received ("自收到申请材料之日起即为受理"), so the decision clock starts on `submittedOn`.
 * @example deemedAcceptanceDate(cal, '2025-09-25') // '2025-10-09'
 */
export function deemedAcceptanceDate(calendar: Calendar, submittedOn: IsoDate): IsoDate {
  return deadline(calendar, submittedOn, STATUTORY_DAYS.acceptanceReview);
}
