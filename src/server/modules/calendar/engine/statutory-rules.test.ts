import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isWeekend } from './dates.js';
import { OFFICIAL_ARRANGEMENTS } from './official-arrangements.js';
import { provisionalArrangement, statutoryHolidays } from './statutory-rules.js';

const datesOf = (year: number, name: string) => statutoryHolidays(year).find((h) => h.name === name)?.dates;

test('2027 statutory days under the 2024 amendment, lunar dates included', () => {
  assert.deepEqual(datesOf(2027, '元旦'), ['2027-01-01']);
  assert.deepEqual(datesOf(2027, '春节'), ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08']); // 除夕 to 初三
  assert.deepEqual(datesOf(2027, '清明节'), ['2027-04-05']);
  assert.deepEqual(datesOf(2027, '劳动节'), ['2027-05-01', '2027-05-02']);
  assert.deepEqual(datesOf(2027, '端午节'), ['2027-06-09']);
  assert.deepEqual(datesOf(2027, '中秋节'), ['2027-09-15']);
  assert.deepEqual(datesOf(2027, '国庆节'), ['2027-10-01', '2027-10-02', '2027-10-03']);
  const total = statutoryHolidays(2027).reduce((n, h) => n + h.dates.length, 0);
  assert.equal(total, 13);
});

test('earlier versions of the law', () => {
  assert.deepEqual(datesOf(2024, '春节'), ['2024-02-10', '2024-02-11', '2024-02-12']); // 初一 to 初三
  assert.deepEqual(datesOf(2024, '劳动节'), ['2024-05-01']);
  assert.deepEqual(datesOf(2013, '春节'), ['2013-02-09', '2013-02-10', '2013-02-11']); // 除夕, 初一, 初二
  assert.throws(() => statutoryHolidays(2007), RangeError);
  assert.throws(() => statutoryHolidays(2101), RangeError);
});

test('provisional 2027: statutory days plus art. 6 substitutes, no make-up working day', () => {
  const arrangement = provisionalArrangement(2027);
  assert.equal(arrangement.provisional, true);
  assert.deepEqual(arrangement.workdays, []);
  const off = arrangement.holidays.map((d) => d.date);
  // 初一 (Sat) and 初二 (Sun) fall on the weekend: substitutes on Tue 2/9 and Wed 2/10.
  assert.deepEqual(
    off.filter((d) => d.startsWith('2027-02')),
    ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10'],
  );
  assert.deepEqual(off.filter((d) => d.startsWith('2027-05')), ['2027-05-01', '2027-05-02', '2027-05-03', '2027-05-04']);
  assert.deepEqual(off.filter((d) => d.startsWith('2027-10')), ['2027-10-01', '2027-10-02', '2027-10-03', '2027-10-04', '2027-10-05']);
  assert.equal(arrangement.holidays.find((d) => d.date === '2027-02-09')?.name, '春节（补假）');
});

test('a holiday sharing a date with another is compensated too (中秋 on 国庆, 2020)', () => {
  const off = provisionalArrangement(2020).holidays;
  assert.equal(off.find((d) => d.date === '2020-10-01')?.name, '中秋节、国庆节');
  // 10/1 shared, 10/3 Sat: two substitutes after 10/3, skipping the weekend 10/4.
  assert.deepEqual(
    off.filter((d) => d.date.startsWith('2020-10')).map((d) => d.date),
    ['2020-10-01', '2020-10-02', '2020-10-03', '2020-10-05', '2020-10-06'],
  );
});

test('the provisional rules agree with the official statutory days of 2025 and 2026', () => {
  // Every statutory day must be off in the official arrangement (the notices only add days).
  for (const year of [2025, 2026]) {
    const official = new Set(OFFICIAL_ARRANGEMENTS[year]?.holidays.map((d) => d.date));
    for (const holiday of statutoryHolidays(year)) {
      for (const date of holiday.dates) assert.ok(official.has(date) || isWeekend(date), `${holiday.name} ${date}`);
    }
  }
});
