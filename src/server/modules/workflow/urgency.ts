/**
 * How pressing open work is, for the department head's overview: overdue first, then work
 * due within a working day, then the rest by due date; work whose clock is stopped (补正,
 * 特别程序) waits behind, and work without a due date comes last.
 */
export type Urgency = 'overdue' | 'nearing' | 'normal' | 'paused' | 'none';

/** Working days left at or below which work counts as nearing its deadline (as the inbox's yellow mark). */
export const NEARING_DAYS = 1;

const RANK: Record<Urgency, number> = { overdue: 0, nearing: 1, normal: 2, paused: 3, none: 4 };

/**
 * @example urgency(-2, false) // 'overdue'
 * @example urgency(1, false)  // 'nearing'
 * @example urgency(-2, true)  // 'paused'
 */
export function urgency(daysLeft: number | null, clockPaused: boolean): Urgency {
  if (daysLeft === null) return 'none';
  if (clockPaused) return 'paused';
  if (daysLeft < 0) return 'overdue';
  return daysLeft <= NEARING_DAYS ? 'nearing' : 'normal';
}

/** Most pressing first; among equals the fewest days left, then the oldest case. */
export function byUrgency<T extends { daysLeft: number | null; clockPaused: boolean; caseId: number }>(work: readonly T[]): (T & { urgency: Urgency })[] {
  return work
    .map((w) => ({ ...w, urgency: urgency(w.daysLeft, w.clockPaused) }))
    .sort((a, b) => RANK[a.urgency] - RANK[b.urgency] || (a.daysLeft ?? 0) - (b.daysLeft ?? 0) || a.caseId - b.caseId);
}
