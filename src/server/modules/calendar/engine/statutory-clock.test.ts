import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createCalendar } from './calendar.js';
import { OFFICIAL_ARRANGEMENTS } from './official-arrangements.js';
import {
  computeDue,
  deadline,
  deemedAcceptanceDate,
  STATUTORY_DAYS,
  workingDaysBetween,
  workingDaysLeft,
  workingDaysUsed,
} from './statutory-clock.js';

const cal = createCalendar(OFFICIAL_ARRANGEMENTS);

test('journey 8: accepted Thu 2025-09-25 with 5 working days, across National Day', () => {
  // 9/26 Fri = 1, 9/27 Sat off, 9/28 Sun make-up = 2, 9/29 Mon = 3, 9/30 Tue = 4,
  // 10/1–10/8 off, 10/9 Thu = 5, 10/10 = 6, 10/11 Sat make-up = 7.
  const steps = [1, 2, 3, 4, 5, 6, 7].map((n) => deadline(cal, '2025-09-25', n));
  assert.deepEqual(steps, ['2025-09-26', '2025-09-28', '2025-09-29', '2025-09-30', '2025-10-09', '2025-10-10', '2025-10-11']);
  const result = computeDue({ calendar: cal, start: '2025-09-25', days: 5 });
  assert.deepEqual(result, { due: '2025-10-09', paused: false, provisional: false, totalDays: 5, countedDays: 5, pausedDays: 0 });
  assert.ok(result.due! > '2025-10-08', 'never due before the holiday ends');
});

test('the start day is not counted, even when it is a day off; 0 days is due on the start', () => {
  assert.equal(deadline(cal, '2025-09-25', 0), '2025-09-25');
  assert.equal(deadline(cal, '2025-10-04', 0), '2025-10-04');
  assert.equal(deadline(cal, '2025-10-04', 1), '2025-10-09');
  assert.equal(deadline(cal, '2025-10-12', 1), '2025-10-13');
  assert.equal(deadline(cal, '2025-10-10', 1), '2025-10-11'); // the make-up Saturday counts
  assert.equal(deadline(cal, '2025-09-27', 1), '2025-09-28'); // clock started on a Saturday: Sunday make-up is day 1
});

test('Spring Festival 2026: nine days off and two make-up Saturdays', () => {
  // Accepted Fri 2/13: 2/14 Sat make-up = 1, 2/15–2/23 off, 2/24 = 2 … 2/27 = 5, 2/28 Sat make-up = 6.
  assert.equal(deadline(cal, '2026-02-13', 1), '2026-02-14');
  assert.equal(deadline(cal, '2026-02-13', 2), '2026-02-24');
  assert.equal(deadline(cal, '2026-02-13', 6), '2026-02-28');
  assert.equal(deadline(cal, '2026-02-13', 7), '2026-03-02');
});

test('Labour Day 2024 and 2026, New Year 2026', () => {
  assert.equal(deadline(cal, '2024-04-26', 1), '2024-04-28'); // Sunday make-up
  assert.equal(deadline(cal, '2024-04-30', 1), '2024-05-06');
  assert.equal(deadline(cal, '2024-05-10', 1), '2024-05-11'); // Saturday make-up
  // 2026: 5/1–5/5 off, 5/6 = 1, 5/7 = 2, 5/8 = 3, 5/9 Sat make-up = 4, 5/11 = 5.
  assert.equal(deadline(cal, '2026-04-30', 4), '2026-05-09');
  assert.equal(deadline(cal, '2026-04-30', 5), '2026-05-11');
  assert.equal(deadline(cal, '2025-12-31', 1), '2026-01-04'); // Sunday make-up after 元旦 1/1–1/3
});

test('supplement (补正) spanning the 2025 Spring Festival', () => {
  // Accepted Mon 1/20, 20 days. Notice to supplement on Fri 1/24 (day 4); materials back Mon 2/10.
  // Not counted: working days in (1/24, 2/10] = 1/26 make-up, 1/27, 2/5, 2/6, 2/7, 2/8 make-up, 2/10.
  const closed = computeDue({ calendar: cal, start: '2025-01-20', days: 20, pauses: [{ from: '2025-01-24', to: '2025-02-10' }] });
  assert.deepEqual(closed, { due: '2025-03-04', paused: false, provisional: false, totalDays: 20, countedDays: 20, pausedDays: 7 });
  assert.equal(deadline(cal, '2025-01-20', 20), '2025-02-21');
  assert.equal(deadline(cal, '2025-02-21', 7), '2025-03-04'); // the pause shifts the due date by its 7 working days

  const open = computeDue({ calendar: cal, start: '2025-01-20', days: 20, pauses: [{ from: '2025-01-24', to: null }], asOf: '2025-02-05' });
  assert.deepEqual(open, {
    due: null,
    paused: true,
    provisional: false,
    totalDays: 20,
    countedDays: 4,
    pausedDays: 0,
    usedDays: 4,
    daysLeft: 16,
    overdue: false,
  });
});

test('a pause opened after the due date leaves the due date alone', () => {
  const result = computeDue({ calendar: cal, start: '2025-09-25', days: 5, pauses: [{ from: '2025-10-20', to: null }] });
  assert.equal(result.due, '2025-10-09');
  assert.equal(result.paused, true);
});

test('special procedures: overlapping pauses of two branches are not double-counted', () => {
  const start = '2025-03-03';
  const union = computeDue({ calendar: cal, start, days: 20, pauses: [{ from: '2025-03-05', to: '2025-03-14' }] });
  const overlapping = computeDue({
    calendar: cal,
    start,
    days: 20,
    pauses: [
      { from: '2025-03-05', to: '2025-03-12' }, // expert review (专家评审)
      { from: '2025-03-10', to: '2025-03-14' }, // site inspection in another branch
      { from: '2025-03-06', to: '2025-03-07' }, // nested: no effect
    ],
  });
  assert.deepEqual(overlapping, union);
  assert.equal(union.pausedDays, 7); // 3/6, 3/7, 3/10–3/14
  assert.equal(union.due, deadline(cal, start, 27));
  // A zero-length pause and one that ended before the start change nothing.
  const none = computeDue({
    calendar: cal,
    start,
    days: 20,
    pauses: [
      { from: '2025-03-05', to: '2025-03-05' },
      { from: '2025-02-01', to: '2025-03-03' },
    ],
  });
  assert.equal(none.due, deadline(cal, start, 20));
});

test('extensions add working days (20 + 10; joint 45 + 15)', () => {
  const start = '2025-09-15';
  const extended = computeDue({ calendar: cal, start, days: STATUTORY_DAYS.decision, extensions: [{ days: STATUTORY_DAYS.decisionExtension }] });
  assert.equal(extended.totalDays, 30);
  assert.equal(extended.due, deadline(cal, start, 30));
  const joint = computeDue({ calendar: cal, start, days: STATUTORY_DAYS.jointDecision, extensions: [{ days: STATUTORY_DAYS.jointExtension }] });
  assert.equal(joint.totalDays, 60);
  assert.equal(joint.due, deadline(cal, start, 60));
  assert.throws(() => computeDue({ calendar: cal, start, days: 20, extensions: [{ days: -1 }] }), RangeError);
  assert.throws(() => computeDue({ calendar: cal, start, days: 2.5 }), RangeError);
  assert.throws(() => computeDue({ calendar: cal, start, days: 5, pauses: [{ from: '2025-09-20', to: '2025-09-19' }] }), RangeError);
});

test('deemed acceptance on the 5th working day after submission (art. 32)', () => {
  assert.equal(STATUTORY_DAYS.acceptanceReview, 5);
  assert.equal(deemedAcceptanceDate(cal, '2025-09-25'), '2025-10-09');
  assert.equal(deemedAcceptanceDate(cal, '2025-01-24'), '2025-02-07'); // 1/26 make-up, 1/27, 2/5, 2/6, 2/7
  assert.equal(deemedAcceptanceDate(cal, '2025-10-04'), '2025-10-14'); // submitted during the holiday
});

test('working days left and used', () => {
  assert.equal(workingDaysLeft(cal, '2025-10-09', '2025-09-30'), 1);
  assert.equal(workingDaysLeft(cal, '2025-10-09', '2025-10-09'), 0);
  assert.equal(workingDaysLeft(cal, '2025-10-09', '2025-09-25'), 5);
  assert.equal(workingDaysLeft(cal, '2025-10-09', '2025-10-10'), -1);
  assert.equal(workingDaysLeft(cal, '2025-10-09', '2025-10-11'), -2); // make-up Saturday
  // Due Fri 10/17: the weekend after it already reads overdue, not "due today".
  assert.equal(workingDaysLeft(cal, '2025-10-17', '2025-10-18'), -1);
  assert.equal(workingDaysLeft(cal, '2025-10-17', '2025-10-20'), -1);
  assert.equal(workingDaysLeft(cal, '2025-10-17', '2025-10-21'), -2);
  assert.equal(workingDaysUsed(cal, '2025-09-25', '2025-10-09'), 5);
  assert.equal(workingDaysUsed(cal, '2025-09-25', '2025-09-20'), 0);
  assert.equal(workingDaysBetween(cal, '2025-09-25', '2025-10-11'), 7);

  const late = computeDue({ calendar: cal, start: '2025-09-25', days: 5, asOf: '2025-10-13' });
  assert.deepEqual([late.usedDays, late.daysLeft, late.overdue], [8, -3, true]);
  const weekendAfterDue = computeDue({ calendar: cal, start: '2025-10-13', days: 4, asOf: '2025-10-18' });
  assert.equal(weekendAfterDue.due, '2025-10-17');
  assert.deepEqual([weekendAfterDue.daysLeft, weekendAfterDue.overdue], [-1, true]);
  const onTime = computeDue({ calendar: cal, start: '2025-09-25', days: 5, asOf: '2025-09-29' });
  assert.deepEqual([onTime.usedDays, onTime.daysLeft, onTime.overdue], [3, 2, false]);
});

test('a clock reaching a year without a notice says its result is provisional', () => {
  const result = computeDue({ calendar: cal, start: '2026-12-21', days: 20 });
  assert.equal(result.provisional, true);
  assert.equal(result.due, '2027-01-19'); // 2027-01-01 off by the statutory rules
  assert.equal(computeDue({ calendar: cal, start: '2026-11-02', days: 5 }).provisional, false);
  // Spring Festival 2027 estimated from the lunar calendar: 除夕 2/5 to 初三 2/8, substitutes 2/9–2/10.
  assert.equal(deadline(cal, '2027-02-04', 1), '2027-02-11');
  // An override confirming the days makes them official.
  const confirmed = createCalendar(OFFICIAL_ARRANGEMENTS, [{ date: '2027-01-01', workday: false, name: '元旦' }]);
  assert.equal(computeDue({ calendar: confirmed, start: '2026-12-28', days: 4 }).provisional, true); // 1/4 still estimated
  assert.equal(computeDue({ calendar: confirmed, start: '2026-12-28', days: 3 }).provisional, false);
});
