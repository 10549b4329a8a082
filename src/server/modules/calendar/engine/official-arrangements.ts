/**
 * The State Council General Office's yearly notices on public-holiday arrangements
 * (国务院办公厅关于部分节假日安排的通知), transcribed as data.
 *
 * Each year lists every day off of a holiday period (weekend days inside the period
 * included, so the UI can name them) and every make-up working day (调休上班).
 * Ordinary weekends are not listed: the calendar derives them.
 *
 * When a new notice is published (usually in November for the following year), add
 * the year here and bump `OFFICIAL_ARRANGEMENTS_VERSION`; until then the calendar
 * falls back to the provisional statutory rules and flags its answers as such.
 */
import { dateRange, type IsoDate } from './dates.js';
import type { ArrangementTables, NamedDay, YearArrangement } from './types.js';

/** Date of the newest notice included below; changes whenever the data changes. */
export const OFFICIAL_ARRANGEMENTS_VERSION = '2025-11-04';

function off(from: IsoDate, to: IsoDate, name: string): NamedDay[] {
  return dateRange(from, to).map((date) => ({ date, name }));
}

function work(date: IsoDate, name: string): NamedDay {
  return { date, name };
}

const Y2024: YearArrangement = {
  year: 2024,
  source: '国办发明电〔2023〕7号',
  published: '2023-10-25',
  holidays: [
    ...off('2024-01-01', '2024-01-01', '元旦'),
    ...off('2024-02-10', '2024-02-17', '春节'),
    ...off('2024-04-04', '2024-04-06', '清明节'),
    ...off('2024-05-01', '2024-05-05', '劳动节'),
    ...off('2024-06-08', '2024-06-10', '端午节'),
    ...off('2024-09-15', '2024-09-17', '中秋节'),
    ...off('2024-10-01', '2024-10-07', '国庆节'),
  ],
  workdays: [
    work('2024-02-04', '春节'), // Sunday
    work('2024-02-18', '春节'), // Sunday
    work('2024-04-07', '清明节'), // Sunday
    work('2024-04-28', '劳动节'), // Sunday
    work('2024-05-11', '劳动节'), // Saturday
    work('2024-09-14', '中秋节'), // Saturday
    work('2024-09-29', '国庆节'), // Sunday
    work('2024-10-12', '国庆节'), // Saturday
  ],
};

/** First year under the 2024 amendment (除夕 and 5/2 became statutory days off). */
const Y2025: YearArrangement = {
  year: 2025,
  source: '国办发明电〔2024〕12号',
  published: '2024-11-12',
  holidays: [
    ...off('2025-01-01', '2025-01-01', '元旦'),
    ...off('2025-01-28', '2025-02-04', '春节'),
    ...off('2025-04-04', '2025-04-06', '清明节'),
    ...off('2025-05-01', '2025-05-05', '劳动节'),
    ...off('2025-05-31', '2025-06-02', '端午节'),
    ...off('2025-10-01', '2025-10-08', '国庆节、中秋节'),
  ],
  workdays: [
    work('2025-01-26', '春节'), // Sunday
    work('2025-02-08', '春节'), // Saturday
    work('2025-04-27', '劳动节'), // Sunday
    work('2025-09-28', '国庆节、中秋节'), // Sunday
    work('2025-10-11', '国庆节、中秋节'), // Saturday
  ],
};

const Y2026: YearArrangement = {
  year: 2026,
  source: '国办发明电〔2025〕7号',
  published: '2025-11-04',
  holidays: [
    ...off('2026-01-01', '2026-01-03', '元旦'),
    ...off('2026-02-15', '2026-02-23', '春节'),
    ...off('2026-04-04', '2026-04-06', '清明节'),
    ...off('2026-05-01', '2026-05-05', '劳动节'),
    ...off('2026-06-19', '2026-06-21', '端午节'),
    ...off('2026-09-25', '2026-09-27', '中秋节'),
    ...off('2026-10-01', '2026-10-07', '国庆节'),
  ],
  workdays: [
    work('2026-01-04', '元旦'), // Sunday
    work('2026-02-14', '春节'), // Saturday
    work('2026-02-28', '春节'), // Saturday
    work('2026-05-09', '劳动节'), // Saturday
    work('2026-09-20', '国庆节'), // Sunday
    work('2026-10-10', '国庆节'), // Saturday
  ],
};

/** Official arrangements shipped with the project, by year. */
export const OFFICIAL_ARRANGEMENTS: ArrangementTables = Object.freeze({
  2024: Y2024,
  2025: Y2025,
  2026: Y2026,
});
