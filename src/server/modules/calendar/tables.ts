import type { ColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export type CalendarDaySource = 'admin' | 'ical';

export interface CalendarTables {
  /** Per-day overrides of the official arrangements; DATE columns are 'YYYY-MM-DD' strings. */
  calendar_days: {
    date: string;
    workday: boolean;
    name: string | null;
    source: CalendarDaySource;
    updated_by: string;
    updated_at: Timestamp;
  };
}
