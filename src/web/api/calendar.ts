/**
 * The working-day calendar: days as the calendar sees them (public), and the administrators'
 * day overrides and iCalendar import (permission calendar.manage).
 */
import type { CalendarDay, ImportResult, SetDayBody, SetDayResult } from '../../server/modules/calendar/schemas.js';
import { apiDelete, apiGet, apiPost, apiPut, type RequestOptions } from './client.js';

export type { CalendarDay, ImportResult, SetDayBody, SetDayResult };
export type DayKind = CalendarDay['kind'];

/** Every date from `from` to `to`, both included (at most 400 days). */
export async function fetchCalendarDays(from: string, to: string, options?: RequestOptions): Promise<CalendarDay[]> {
  return (await apiGet<{ days: CalendarDay[] }>(`/api/v1/calendar/days?${new URLSearchParams({ from, to })}`, options)).days;
}

export const setCalendarDay = (date: string, body: SetDayBody) => apiPut<SetDayResult>(`/api/v1/admin/calendar/days/${date}`, body);

/** Back to the official arrangement (or the statutory rules in a provisional year). */
export const resetCalendarDay = (date: string) => apiDelete(`/api/v1/admin/calendar/days/${date}`);

export const importCalendar = (ics: string) => apiPost<ImportResult>('/api/v1/admin/calendar/import', { ics });
