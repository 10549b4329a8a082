/**
 * Case and task clocks derived from the state through the statutory clock of the calendar
 * module. The calendar is always passed in: holidays are edited at runtime, so a due date is
 * recomputed (and stored by the service) whenever the state or the calendar changes.
 */
import { computeDue, deadline, deemedAcceptanceDate, workingDaysLeft, type Calendar, type ClockResult, type IsoDate } from '../../calendar/engine/index.js';
import type { CaseState, Task } from './state.js';

/**
 * The whole case's clock: from acceptance, for the case limit, minus every pause of the
 * case (supplement, any branch's special procedure), plus approved extensions.
 * Null before acceptance.
 *
 * @example
 * caseDue(state, cal, '2025-10-09')
 * // { due: '2025-10-23', paused: false, totalDays: 20, usedDays: 5, daysLeft: 15, overdue: false, … }
 */
/**
 * Working days the applicant has to hand in a supplement, counted from the day of the request.
 * The licensing law sets none; 15 working days (three weeks) is the period of the notice.
 */
export const SUPPLEMENT_DAYS = 15;

/** The last day to hand in a supplement asked for on `requestedOn`. */
export function supplementDue(calendar: Calendar, requestedOn: IsoDate): IsoDate {
  return deadline(calendar, requestedOn, SUPPLEMENT_DAYS);
}

export function caseDue(state: CaseState, calendar: Calendar, asOf?: IsoDate): ClockResult | null {
  if (state.acceptedOn === null || state.caseDays === null) return null;
  const extensions = state.extensions.filter((x) => x.status === 'approved');
  return computeDue({ calendar, start: state.acceptedOn, days: state.caseDays, pauses: state.pauses, extensions, ...(asOf !== undefined && { asOf }) });
}

/**
 * One task's clock: from its creation, for its stage limit, minus its own pauses, plus the
 * extensions it asked for and got.
 *
 * @example taskDue(task, cal).due // '2025-10-16'
 */
export function taskDue(task: Task, calendar: Calendar, asOf?: IsoDate): ClockResult {
  const extensions = task.extensionDays.map((days) => ({ days }));
  return computeDue({ calendar, start: task.createdOn, days: task.days, pauses: task.pauses, extensions, ...(asOf !== undefined && { asOf }) });
}

/**
 * Last day the window may accept, refuse or ask for a supplement before the application is
 * deemed accepted (art. 32); null unless the case waits for acceptance.
 * @example acceptanceDue(state, cal) // '2025-10-09' for a case received on 2025-09-25
 */
export function acceptanceDue(state: CaseState, calendar: Calendar): IsoDate | null {
  if (state.status !== 'submitted' || state.receivedOn === null) return null;
  return deemedAcceptanceDate(calendar, state.receivedOn);
}

/**
 * Working days left on a clock seen on `today`; null while the clock is stopped short of
 * its due date (nothing is running out). Negative once overdue.
 * @example daysLeft(caseDue(state, cal), cal, '2025-10-20') // 3
 */
export function daysLeft(clock: ClockResult | null, calendar: Calendar, today: IsoDate): number | null {
  if (clock === null || clock.due === null) return null;
  return workingDaysLeft(calendar, clock.due, today);
}
