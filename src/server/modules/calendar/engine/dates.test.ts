import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  addDays,
  compareDates,
  dateRange,
  daysBetween,
  fromEpochDay,
  isIsoDate,
  isWeekend,
  maxDate,
  minDate,
  shanghaiDate,
  toEpochDay,
  weekday,
} from './dates.js';

test('validates real calendar dates only', () => {
  assert.equal(isIsoDate('2024-02-29'), true);
  assert.equal(isIsoDate('2025-02-29'), false);
  assert.equal(isIsoDate('2100-02-29'), false);
  assert.equal(isIsoDate('2000-02-29'), true);
  assert.equal(isIsoDate('2025-13-01'), false);
  assert.equal(isIsoDate('2025-1-01'), false);
  assert.equal(isIsoDate(20250101), false);
  assert.throws(() => addDays('2025-02-30', 1), RangeError);
});

test('epoch days round-trip and match Date.UTC', () => {
  assert.equal(toEpochDay('1970-01-01'), 0);
  assert.equal(fromEpochDay(-1), '1969-12-31');
  fc.assert(
    fc.property(fc.integer({ min: -700_000, max: 2_900_000 }), (day) => {
      const date = fromEpochDay(day);
      assert.equal(toEpochDay(date), day);
      if (day >= -600_000) assert.equal(date, new Date(day * 86_400_000).toISOString().slice(0, 10));
    }),
  );
});

test('addDays crosses months, leap days and years', () => {
  assert.equal(addDays('2024-02-28', 1), '2024-02-29');
  assert.equal(addDays('2025-02-28', 1), '2025-03-01');
  assert.equal(addDays('2025-12-31', 1), '2026-01-01');
  assert.equal(addDays('2026-01-01', -1), '2025-12-31');
  assert.equal(daysBetween('2025-09-25', '2025-10-11'), 16);
  assert.throws(() => addDays('2025-01-01', 0.5), RangeError);
});

test('weekday is ISO (Mon 1 … Sun 7)', () => {
  assert.equal(weekday('2025-09-25'), 4); // Thursday
  assert.equal(weekday('2025-09-28'), 7);
  assert.equal(weekday('2025-10-11'), 6);
  assert.equal(weekday('2026-02-17'), 2);
  assert.equal(isWeekend('2025-10-11'), true);
  assert.equal(isWeekend('2025-10-10'), false);
});

test('comparison helpers', () => {
  assert.deepEqual(['2025-10-08', '2024-12-31', '2025-09-28'].sort(compareDates), ['2024-12-31', '2025-09-28', '2025-10-08']);
  assert.equal(minDate('2025-10-01', '2025-09-30'), '2025-09-30');
  assert.equal(maxDate('2025-10-01', '2025-09-30'), '2025-10-01');
  assert.deepEqual(dateRange('2025-12-30', '2026-01-01'), ['2025-12-30', '2025-12-31', '2026-01-01']);
  assert.deepEqual(dateRange('2026-01-01', '2025-12-31'), []);
});

test('shanghaiDate is the UTC+8 calendar date whatever the server zone', () => {
  assert.equal(shanghaiDate(new Date('2025-09-30T15:59:59.999Z')), '2025-09-30');
  assert.equal(shanghaiDate(new Date('2025-09-30T16:00:00Z')), '2025-10-01');
  assert.equal(shanghaiDate(new Date('2025-12-31T23:00:00-05:00')), '2026-01-01');
  assert.throws(() => shanghaiDate(new Date('nope')), RangeError);
  const intl = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });
  fc.assert(
    fc.property(fc.integer({ min: Date.UTC(1992, 0, 1), max: Date.UTC(2100, 0, 1) }), (ms) => {
      assert.equal(shanghaiDate(new Date(ms)), intl.format(new Date(ms)));
    }),
  );
});
