import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createCalendar } from './calendar.js';
import { dateRange } from './dates.js';
import { OFFICIAL_ARRANGEMENTS } from './official-arrangements.js';
import type { YearArrangement } from './types.js';

test('weekends, holidays and make-up days by kind', () => {
  const cal = createCalendar();
  assert.deepEqual(cal.dayInfo('2025-09-26'), { date: '2025-09-26', workday: true, kind: 'workday', provisional: false });
  assert.deepEqual(cal.dayInfo('2025-09-27'), { date: '2025-09-27', workday: false, kind: 'weekend', provisional: false });
  assert.equal(cal.dayInfo('2025-10-11').kind, 'makeup_workday');
  assert.equal(cal.dayInfo('2025-10-08').kind, 'holiday');
  assert.equal(cal.isWorkday('2025-10-11'), true);
  assert.equal(cal.days('2025-09-26', '2025-09-28').length, 3);
});

test('overrides win over tables and are never provisional', () => {
  const cal = createCalendar(OFFICIAL_ARRANGEMENTS, [
    { date: '2025-10-08', workday: true },
    { date: '2025-12-31', workday: false, name: '地方停工' },
    { date: '2025-10-11', workday: false },
    { date: '2025-11-01', workday: true, name: '临时上班' },
    { date: '2027-02-11', workday: false, name: '春节' },
  ]);
  assert.deepEqual(cal.dayInfo('2025-10-08'), { date: '2025-10-08', workday: true, kind: 'workday', name: '国庆节、中秋节', provisional: false });
  assert.deepEqual(cal.dayInfo('2025-12-31'), { date: '2025-12-31', workday: false, kind: 'holiday', name: '地方停工', provisional: false });
  assert.equal(cal.dayInfo('2025-10-11').kind, 'holiday'); // keeps the table's name, so it reads as part of the holiday
  assert.equal(cal.dayInfo('2025-11-01').kind, 'makeup_workday');
  assert.equal(cal.dayInfo('2027-02-11').provisional, false);
  assert.equal(cal.dayInfo('2027-02-12').provisional, true);
});

test('years without a table are provisional', () => {
  const cal = createCalendar();
  assert.equal(cal.isProvisionalYear(2026), false);
  assert.equal(cal.isProvisionalYear(2027), true);
  assert.deepEqual(cal.dayInfo('2027-02-05'), { date: '2027-02-05', workday: false, kind: 'holiday', name: '春节', provisional: true });
  assert.equal(cal.dayInfo('2027-02-11').workday, true);
  assert.equal(cal.arrangement(2027).provisional, true);
  assert.equal(cal.arrangement(2025).source, '国办发明电〔2024〕12号');
  // Without any table even a year with an official notice is estimated, and says so.
  const bare = createCalendar({});
  assert.equal(bare.dayInfo('2025-10-01').provisional, true);
  assert.equal(bare.isWorkday('2025-10-06'), false); // 中秋 by the lunar rule
  assert.equal(bare.isWorkday('2025-10-07'), true); // notice-only days are unknown to the rules
});

test('a replacement table for a year can be supplied by the caller', () => {
  const y2027: YearArrangement = {
    year: 2027,
    source: 'test notice',
    holidays: [{ date: '2027-02-11', name: '春节' }],
    workdays: [{ date: '2027-02-20', name: '春节' }],
  };
  const cal = createCalendar({ ...OFFICIAL_ARRANGEMENTS, 2027: y2027 });
  assert.equal(cal.dayInfo('2027-02-05').workday, true); // the supplied table replaces the rules entirely
  assert.equal(cal.dayInfo('2027-02-11').kind, 'holiday');
  assert.equal(cal.dayInfo('2027-02-20').kind, 'makeup_workday');
  assert.equal(cal.dayInfo('2027-02-20').provisional, false);
});

test('bad data fails at load time', () => {
  const bad = (arrangement: YearArrangement) => () => createCalendar({ [arrangement.year]: arrangement });
  assert.throws(bad({ year: 2030, source: 'x', holidays: [{ date: '2031-01-01', name: '元旦' }], workdays: [] }), RangeError);
  assert.throws(bad({ year: 2030, source: 'x', holidays: [{ date: '2030-02-30', name: '?' }], workdays: [] }), RangeError);
  assert.throws(
    bad({ year: 2030, source: 'x', holidays: [{ date: '2030-01-05', name: 'a' }], workdays: [{ date: '2030-01-05', name: 'b' }] }),
    RangeError,
  );
  assert.throws(() => createCalendar({ 2031: { year: 2030, source: 'x', holidays: [], workdays: [] } }), RangeError);
  assert.throws(
    () =>
      createCalendar(OFFICIAL_ARRANGEMENTS, [
        { date: '2025-10-08', workday: true },
        { date: '2025-10-08', workday: false },
      ]),
    RangeError,
  );
  assert.throws(() => createCalendar().dayInfo('2025-10-32'), RangeError);
  assert.throws(() => createCalendar().dayInfo('2101-01-03'), RangeError); // beyond the lunar table
});

test('a calendar asked about more dates than it remembers answers each the same, and its answers cannot be changed', () => {
  const dates = dateRange('2020-01-01', '2031-12-31'); // twelve years: past the ten the memo holds
  const walked = createCalendar();
  dates.forEach((date) => walked.dayInfo(date));
  const again = dates.map((date) => walked.dayInfo(date));
  const reversed = createCalendar();
  const once = [...dates].reverse().map((date) => reversed.dayInfo(date)).reverse();
  assert.deepEqual(again, once);
  assert.equal(again.filter((info) => !info.workday && info.kind === 'holiday').length > 0, true);
  assert.throws(() => {
    (again[0] as { workday: boolean }).workday = !again[0]!.workday;
  }, TypeError);
});
