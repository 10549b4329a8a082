/** Date arithmetic on `YYYY-MM-DD` strings; the district's calendar is Asia/Shanghai's. */

/** The year today has in Shanghai, whatever the browser's time zone. */
export function shanghaiYear(now = new Date()): number {
  return Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(now));
}

/** 0 = Monday … 6 = Sunday (Chinese calendars start the week on Monday). */
export function mondayIndex(date: string): number {
  return (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
}

export const monthOf = (date: string): number => Number(date.slice(5, 7));
export const dayOf = (date: string): number => Number(date.slice(8, 10));

/** The years the server's calendar covers (statutory rules 2008–2100). */
export const FIRST_YEAR = 2008;
export const LAST_YEAR = 2100;
