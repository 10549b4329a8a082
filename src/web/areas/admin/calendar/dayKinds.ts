import type { DayKind } from '../../../api/calendar.js';

/** The calendar's kinds of day (the server's DAY_KINDS, restated to keep its schema code out of the bundle). */
export const DAY_KINDS: readonly DayKind[] = ['workday', 'weekend', 'holiday', 'makeup_workday'];
