import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createCalendar } from './calendar.js';
import { parseICalendar } from './icalendar.js';

const FEED = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//test//holidays//CN',
  'BEGIN:VEVENT',
  'UID:1',
  'DTSTART;VALUE=DATE:20271001',
  'DTEND;VALUE=DATE:20271008',
  'SUMMARY:国庆节 休',
  'BEGIN:VALARM',
  'ACTION:DISPLAY',
  'SUMMARY:reminder 上班',
  'END:VALARM',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'DTSTART;VALUE=DATE:20270926',
  'SUMMARY:国庆节调休上',
  ' 班', // folded line
  'END:VEVENT',
  'BEGIN:VEVENT',
  'DTSTART:20271009',
  'X-WORKDAY:TRUE',
  'SUMMARY:Make-up day',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'DTSTART:20271010T090000Z',
  'DTEND:20271010T100000Z',
  'SUMMARY:A meeting',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'DTSTART;VALUE=DATE:20270101',
  'DURATION:P1D',
  'SUMMARY:元旦\\, 新年',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'STATUS:CANCELLED',
  'DTSTART;VALUE=DATE:20270102',
  'SUMMARY:元旦',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

test('reads all-day events: exclusive DTEND, folding, workday markers', () => {
  const days = parseICalendar(FEED);
  assert.deepEqual(
    days.map((d) => `${d.date} ${d.workday ? 'work' : 'off'} ${d.name}`),
    [
      '2027-10-01 off 国庆节 休',
      '2027-10-02 off 国庆节 休',
      '2027-10-03 off 国庆节 休',
      '2027-10-04 off 国庆节 休',
      '2027-10-05 off 国庆节 休',
      '2027-10-06 off 国庆节 休',
      '2027-10-07 off 国庆节 休',
      '2027-09-26 work 国庆节调休上班',
      '2027-10-09 work Make-up day',
      '2027-01-01 off 元旦, 新年',
    ],
  );
});

test('tolerates LF endings, lower-case names, missing SUMMARY and junk lines', () => {
  const text = 'begin:vcalendar\nbegin:vevent\ndtstart;value=date:20270506\nend:vevent\ngarbage\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20270230\nEND:VEVENT\nend:vcalendar';
  assert.deepEqual(parseICalendar(text), [{ date: '2027-05-06', workday: false, name: '' }]);
  assert.deepEqual(parseICalendar(''), []);
  // A multi-year "holiday" is a broken feed: skipped rather than closing the office.
  assert.deepEqual(parseICalendar('BEGIN:VEVENT\nDTSTART;VALUE=DATE:20270101\nDTEND;VALUE=DATE:20290101\nEND:VEVENT'), []);
});

test('parsed days feed straight into calendar overrides', () => {
  const cal = createCalendar(undefined, parseICalendar(FEED));
  assert.equal(cal.dayInfo('2027-09-26').kind, 'makeup_workday');
  assert.equal(cal.dayInfo('2027-10-07').workday, false);
  assert.equal(cal.dayInfo('2027-10-07').provisional, false);
});
