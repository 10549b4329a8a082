import type { IsoDate } from './dates.js';

/** One named day in a year's arrangement, e.g. `{ date: '2025-10-01', name: '国庆节、中秋节' }`. */
export interface NamedDay {
  readonly date: IsoDate;
  readonly name: string;
}

/**
 * One year's holiday arrangement: every day off that is a holiday (weekend days
 * inside a holiday period included) and every make-up working day (调休上班).
 */
export interface YearArrangement {
  readonly year: number;
  /** Where the data comes from, e.g. '国办发明电〔2024〕12号', or the rules used for a provisional year. */
  readonly source: string;
  /** Publication date of the source notice, when known. */
  readonly published?: IsoDate;
  /** True when computed from the statutory rules because no official notice is loaded yet. */
  readonly provisional?: boolean;
  readonly holidays: readonly NamedDay[];
  readonly workdays: readonly NamedDay[];
}

/** Arrangement tables by year. */
export type ArrangementTables = Readonly<Record<number, YearArrangement>>;

/** An administrator's correction for one date; it wins over every table. */
export interface DayOverride {
  readonly date: IsoDate;
  readonly workday: boolean;
  readonly name?: string;
}

export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeup_workday';

/** What the calendar says about one date. */
export interface DayInfo {
  readonly date: IsoDate;
  readonly workday: boolean;
  readonly kind: DayKind;
  readonly name?: string;
  /** The year has no official table and no override covers this date: the answer is an estimate. */
  readonly provisional: boolean;
}
