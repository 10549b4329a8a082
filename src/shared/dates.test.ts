import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { formatInstant, formatShanghaiDate } from './dates.js';

describe('dates on the district clock (Asia/Shanghai)', () => {
  const cases: [iso: string, date: string, instant: string][] = [
    ['2025-10-09T02:05:00Z', '2025-10-09', '2025-10-09 10:05'],
    // Late evening UTC is already the next day in Fuling.
    ['2026-03-01T17:00:00Z', '2026-03-02', '2026-03-02 01:00'],
    ['2026-12-31T16:00:00.000Z', '2027-01-01', '2027-01-01 00:00'],
    ['2026-12-31T15:59:00+00:00', '2026-12-31', '2026-12-31 23:59'],
    // An instant given in another zone is converted, not read as written.
    ['2026-06-30T20:30:00-07:00', '2026-07-01', '2026-07-01 11:30'],
    ['not a date', 'not a date', 'not a date'],
  ];
  for (const [iso, date, instant] of cases) {
    test(`${iso} → ${date} / ${instant}`, () => {
      assert.equal(formatShanghaiDate(iso), date);
      assert.equal(formatInstant(iso), instant);
    });
  }
});
