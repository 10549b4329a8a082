import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addDays } from './dates.js';
import {
  LUNAR_FIRST_YEAR,
  LUNAR_LAST_YEAR,
  lunarLeapMonth,
  lunarMonthLengths,
  lunarNewYear,
  lunarNewYearsEve,
  lunarToGregorian,
  qingmingDate,
} from './lunar-calendar.js';

test('Chinese New Year matches published dates', () => {
  const published: Record<number, string> = {
    1949: '1949-01-29',
    1985: '1985-02-20',
    2000: '2000-02-05',
    2008: '2008-02-07',
    2020: '2020-01-25',
    2021: '2021-02-12',
    2022: '2022-02-01',
    2023: '2023-01-22',
    2024: '2024-02-10',
    2025: '2025-01-29',
    2026: '2026-02-17',
    2027: '2027-02-06', // ICU's Intl Chinese calendar gets this one wrong (02-07)
    2028: '2028-01-26',
    2029: '2029-02-13',
    2030: '2030-02-03',
  };
  for (const [year, date] of Object.entries(published)) assert.equal(lunarNewYear(Number(year)), date, `CNY ${year}`);
  assert.equal(lunarNewYearsEve(2026), '2027-02-05');
  assert.equal(lunarNewYearsEve(2024), '2025-01-28');
});

test('端午 and 中秋 match published dates', () => {
  assert.equal(lunarToGregorian(2024, 5, 5), '2024-06-10');
  assert.equal(lunarToGregorian(2025, 5, 5), '2025-05-31');
  assert.equal(lunarToGregorian(2026, 5, 5), '2026-06-19');
  assert.equal(lunarToGregorian(2027, 5, 5), '2027-06-09');
  assert.equal(lunarToGregorian(2024, 8, 15), '2024-09-17');
  assert.equal(lunarToGregorian(2025, 8, 15), '2025-10-06'); // after 闰六月
  assert.equal(lunarToGregorian(2026, 8, 15), '2026-09-25');
  assert.equal(lunarToGregorian(2027, 8, 15), '2027-09-15');
  assert.equal(lunarToGregorian(2020, 8, 15), '2020-10-01');
});

test('leap months', () => {
  assert.equal(lunarLeapMonth(2025), 6);
  assert.equal(lunarLeapMonth(2023), 2);
  assert.equal(lunarLeapMonth(2024), 0);
  assert.equal(lunarLeapMonth(2033), 11); // the "2033 problem", resolved as 闰十一月
  assert.equal(lunarToGregorian(2025, 6, 1, true), '2025-07-25');
  assert.equal(lunarToGregorian(2023, 2, 1, true), '2023-03-22');
  assert.throws(() => lunarToGregorian(2024, 6, 1, true), RangeError);
  assert.throws(() => lunarToGregorian(2024, 1, 31), RangeError);
});

test('the table is self-consistent: each lunar year ends where the next begins', () => {
  for (let year = LUNAR_FIRST_YEAR; year < LUNAR_LAST_YEAR; year++) {
    const lengths = lunarMonthLengths(year);
    assert.equal(lengths.length, lunarLeapMonth(year) ? 13 : 12);
    const total = lengths.reduce((a, b) => a + b, 0);
    assert.ok(total >= 353 && total <= 385, `length of ${year}`);
    assert.equal(addDays(lunarNewYear(year), total), lunarNewYear(year + 1), `year ${year}`);
    const ny = lunarNewYear(year);
    assert.ok(ny >= `${year}-01-21` && ny <= `${year}-02-20`, `CNY ${year} in window`);
  }
  assert.throws(() => lunarNewYear(1899), RangeError);
  assert.throws(() => lunarNewYear(2101), RangeError);
});

test('清明 matches published dates and the 寿星 formula', () => {
  assert.equal(qingmingDate(2024), '2024-04-04');
  assert.equal(qingmingDate(2025), '2025-04-04');
  assert.equal(qingmingDate(2026), '2026-04-05');
  assert.equal(qingmingDate(2027), '2027-04-05');
  assert.equal(qingmingDate(2028), '2028-04-04');
  // Independent check: [Y·0.2422 + 4.81] − [Y/4] for 2001–2099.
  for (let year = 2001; year <= 2099; year++) {
    const y = year % 100;
    const day = Math.floor(y * 0.2422 + 4.81) - Math.floor(y / 4);
    assert.equal(qingmingDate(year), `${year}-04-0${day}`, `清明 ${year}`);
  }
});
