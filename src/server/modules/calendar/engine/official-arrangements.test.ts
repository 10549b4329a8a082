import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createCalendar } from './calendar.js';
import { dateRange, isWeekend, yearOf } from './dates.js';
import { OFFICIAL_ARRANGEMENTS } from './official-arrangements.js';

const cal = createCalendar(OFFICIAL_ARRANGEMENTS);

/** Compact view of a period: `o` working day, `-` day off; upper case marks a make-up working day. */
function pattern(from: string, to: string): string {
  return cal
    .days(from, to)
    .map((d) => (d.kind === 'makeup_workday' ? 'M' : d.workday ? 'o' : '-'))
    .join('');
}

function offDays(year: number): string[] {
  return cal.days(`${year}-01-01`, `${year}-12-31`).filter((d) => d.kind === 'holiday').map((d) => d.date);
}

test('every make-up working day is a Saturday or Sunday, and every entry sits in its year', () => {
  for (const arrangement of Object.values(OFFICIAL_ARRANGEMENTS)) {
    for (const day of arrangement.workdays) assert.ok(isWeekend(day.date), `${day.date} should be a weekend`);
    for (const day of [...arrangement.holidays, ...arrangement.workdays]) assert.equal(yearOf(day.date), arrangement.year);
    assert.equal(arrangement.provisional, undefined);
  }
});

test('working-day totals per year', () => {
  const workdays = (y: number) => cal.days(`${y}-01-01`, `${y}-12-31`).filter((d) => d.workday).length;
  // days − 104 weekend days − holiday days falling on weekdays + make-up days
  assert.equal(workdays(2024), 366 - 104 - 19 + 8);
  assert.equal(workdays(2025), 365 - 104 - 18 + 5);
  assert.equal(workdays(2026), 365 - 104 - 19 + 6);
});

test('2024 periods', () => {
  // 春节: make-up Sun 2/4, off 2/10–2/17, make-up Sun 2/18
  assert.equal(pattern('2024-02-03', '2024-02-19'), '-Mooooo--------Mo');
  // 清明 4/4–4/6, make-up Sun 4/7
  assert.equal(pattern('2024-04-03', '2024-04-08'), 'o---Mo');
  // 劳动节: make-up Sun 4/28, off 5/1–5/5, make-up Sat 5/11
  assert.equal(pattern('2024-04-27', '2024-05-12'), '-Moo-----oooooM-');
  assert.deepEqual(offDays(2024).filter((d) => d.startsWith('2024-06')), ['2024-06-08', '2024-06-09', '2024-06-10']);
  // 中秋: make-up Sat 9/14, off 9/15–9/17; 国庆: make-up Sun 9/29, off 10/1–10/7, make-up Sat 10/12
  assert.equal(pattern('2024-09-13', '2024-09-18'), 'oM---o');
  assert.equal(pattern('2024-09-28', '2024-10-13'), '-Mo-------ooooM-');
  assert.equal(cal.isWorkday('2024-01-01'), false);
  assert.equal(cal.isWorkday('2024-01-02'), true);
});

test('2025 periods (first year of the 2024 amendment)', () => {
  assert.deepEqual(offDays(2025).filter((d) => d < '2025-01-05'), ['2025-01-01']);
  // 春节: make-up Sun 1/26, off 1/28 (除夕) – 2/4, make-up Sat 2/8
  assert.equal(pattern('2025-01-25', '2025-02-09'), '-Mo--------oooM-');
  assert.deepEqual(cal.dayInfo('2025-01-28'), { date: '2025-01-28', workday: false, kind: 'holiday', name: '春节', provisional: false });
  assert.equal(pattern('2025-04-03', '2025-04-07'), 'o---o');
  // 劳动节: make-up Sun 4/27, off 5/1–5/5
  assert.equal(pattern('2025-04-26', '2025-05-06'), '-Mooo-----o');
  assert.equal(pattern('2025-05-30', '2025-06-03'), 'o---o');
  // 国庆+中秋: make-up Sun 9/28, off 10/1–10/8, make-up Sat 10/11
  assert.equal(pattern('2025-09-27', '2025-10-12'), '-Moo--------ooM-');
  assert.deepEqual(cal.dayInfo('2025-09-28'), {
    date: '2025-09-28',
    workday: true,
    kind: 'makeup_workday',
    name: '国庆节、中秋节',
    provisional: false,
  });
  assert.equal(cal.dayInfo('2025-10-04').kind, 'holiday'); // a Saturday inside the period keeps the holiday's name
});

test('2026 periods', () => {
  // 元旦 1/1–1/3, make-up Sun 1/4
  assert.equal(pattern('2025-12-31', '2026-01-05'), 'o---Mo');
  // 春节: make-up Sat 2/14, off 2/15–2/23 (9 days), make-up Sat 2/28
  assert.equal(pattern('2026-02-13', '2026-03-01'), 'oM---------ooooM-');
  assert.equal(pattern('2026-04-03', '2026-04-07'), 'o---o');
  // 劳动节: off 5/1–5/5, make-up Sat 5/9
  assert.equal(pattern('2026-04-30', '2026-05-10'), 'o-----oooM-');
  assert.equal(pattern('2026-06-18', '2026-06-22'), 'o---o');
  // 中秋 9/25–9/27; 国庆: make-up Sun 9/20, off 10/1–10/7, make-up Sat 10/10
  assert.equal(pattern('2026-09-19', '2026-09-28'), '-Moooo---o');
  assert.equal(pattern('2026-09-30', '2026-10-11'), 'o-------ooM-');
});

test('official days-off counts per holiday period', () => {
  const count = (y: number, name: string) => OFFICIAL_ARRANGEMENTS[y]?.holidays.filter((d) => d.name === name).length;
  assert.equal(count(2025, '春节'), 8);
  assert.equal(count(2026, '春节'), 9);
  assert.equal(count(2025, '国庆节、中秋节'), 8);
  assert.equal(count(2024, '国庆节'), 7);
  assert.equal(dateRange('2026-02-15', '2026-02-23').every((d) => !cal.isWorkday(d)), true);
});
