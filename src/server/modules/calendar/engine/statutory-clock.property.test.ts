import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createCalendar, type Calendar } from './calendar.js';
import { addDays, fromEpochDay, toEpochDay, type IsoDate } from './dates.js';
import { OFFICIAL_ARRANGEMENTS } from './official-arrangements.js';
import { computeDue, deadline, workingDaysLeft, workingDaysUsed, type ClockPause } from './statutory-clock.js';
import type { DayOverride } from './types.js';

// 2024–2027: official years and one provisional year.
const dateArb: fc.Arbitrary<IsoDate> = fc
  .integer({ min: toEpochDay('2024-01-01'), max: toEpochDay('2027-10-31') })
  .map(fromEpochDay);

const calendarArb: fc.Arbitrary<Calendar> = fc
  .uniqueArray(fc.record({ date: dateArb, workday: fc.boolean() }), { maxLength: 20, selector: (o) => o.date })
  .map((overrides: DayOverride[]) => createCalendar(OFFICIAL_ARRANGEMENTS, overrides));

const pauseArb = (start: IsoDate): fc.Arbitrary<ClockPause> =>
  fc.record({
    from: fc.integer({ min: -10, max: 60 }).map((d) => addDays(start, d)),
    length: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null, freq: 5 }),
  }).map(({ from, length }) => ({ from, to: length === null ? null : addDays(from, length) }));

const clockArb = fc
  .record({ calendar: calendarArb, start: dateArb, days: fc.integer({ min: 0, max: 45 }) })
  .chain((c) =>
    fc.record({
      calendar: fc.constant(c.calendar),
      start: fc.constant(c.start),
      days: fc.constant(c.days),
      pauses: fc.array(pauseArb(c.start), { maxLength: 3 }),
      extra: pauseArb(c.start),
    }),
  );

const runs = { numRuns: 300 };

test('a pause never brings a due date earlier', () => {
  fc.assert(
    fc.property(clockArb, ({ calendar, start, days, pauses, extra }) => {
      const without = computeDue({ calendar, start, days, pauses });
      const withMore = computeDue({ calendar, start, days, pauses: [...pauses, extra] });
      const bare = deadline(calendar, start, days);
      if (without.due !== null) assert.ok(without.due >= bare);
      if (withMore.due !== null) {
        assert.ok(without.due !== null && withMore.due >= without.due);
      }
    }),
    runs,
  );
});

test('more days never give an earlier due date, and each extra day moves it later', () => {
  fc.assert(
    fc.property(calendarArb, dateArb, fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 20 }), (calendar, start, n, more) => {
      assert.ok(deadline(calendar, start, n) < deadline(calendar, start, n + more));
      const extended = computeDue({ calendar, start, days: n, extensions: [{ days: more }, { days: 0 }] });
      assert.equal(extended.due, deadline(calendar, start, n + more));
    }),
    runs,
  );
});

test('with N ≥ 1 the due date is a working day outside every pause', () => {
  fc.assert(
    fc.property(clockArb, ({ calendar, start, days, pauses }) => {
      const { due, countedDays, totalDays } = computeDue({ calendar, start, days, pauses });
      if (due === null) {
        assert.ok(countedDays < totalDays);
        return;
      }
      assert.equal(countedDays, totalDays);
      if (days === 0) return assert.equal(due, start);
      assert.equal(calendar.isWorkday(due), true);
      for (const p of pauses) assert.ok(!(due > p.from && (p.to === null || due <= p.to)), `due ${due} inside ${p.from}–${p.to}`);
      assert.equal(workingDaysUsed(calendar, start, due, pauses), days);
    }),
    runs,
  );
});

test('pause order does not matter', () => {
  fc.assert(
    fc.property(clockArb, ({ calendar, start, days, pauses }) => {
      assert.deepEqual(computeDue({ calendar, start, days, pauses: [...pauses].reverse() }), computeDue({ calendar, start, days, pauses }));
    }),
    runs,
  );
});

test('working days left: 0 on the due date, N on the start, and steps down one per working day', () => {
  fc.assert(
    fc.property(calendarArb, dateArb, fc.integer({ min: 0, max: 30 }), fc.integer({ min: 1, max: 10 }), (calendar, start, n, k) => {
      const due = deadline(calendar, start, n);
      assert.equal(workingDaysLeft(calendar, due, due), 0);
      assert.equal(workingDaysLeft(calendar, due, start), n);
      assert.equal(workingDaysLeft(calendar, due, deadline(calendar, due, k)), -k);
      for (let today = start; today < due; today = addDays(today, 1)) {
        const tomorrow = addDays(today, 1);
        const step = workingDaysLeft(calendar, due, today) - workingDaysLeft(calendar, due, tomorrow);
        assert.equal(step, calendar.isWorkday(tomorrow) ? 1 : 0);
      }
      const seen = computeDue({ calendar, start, days: n, asOf: addDays(start, k) });
      if (!seen.overdue) assert.equal((seen.usedDays ?? NaN) + (seen.daysLeft ?? NaN), n);
      else assert.ok((seen.daysLeft ?? 0) <= -1);
    }),
    runs,
  );
});
