import { fetchCalendarDays } from '../../../api/calendar.js';
import { useApiResource } from '../../../hooks/useApiResource.js';

/** Every day of one year as the server's calendar sees it (a year fits one request of ≤ 400 days). */
export function useCalendarYear(year: number, revision: number) {
  return useApiResource(`calendar-year:${year}:${revision}`, (signal) => fetchCalendarDays(`${year}-01-01`, `${year}-12-31`, { signal }));
}
