import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type TestApp } from '../../testing/app.js';
import { signIn, type TestSession } from '../../testing/sessions.js';
import { routeModules } from '../index.js';
import { calendarRoutes } from './routes.js';
import type { CalendarDay } from './schemas.js';
import { loadCalendar, onCalendarChanged } from './service.js';

const ICS = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Fuling//Holiday test//ZH',
  'BEGIN:VEVENT',
  'UID:stop-1@test',
  'DTSTART;VALUE=DATE:20271206',
  'DTEND;VALUE=DATE:20271208',
  'SUMMARY:系统迁移停办',
  'BEGIN:VALARM',
  'ACTION:DISPLAY',
  'DESCRIPTION:明天停办',
  'TRIGGER:-P1D',
  'END:VALARM',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:work-1@test',
  'DTSTART;VALUE=DATE:20271212',
  'SUMMARY:调休上班',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:meeting@test',
  'DTSTART:20271209T090000',
  'DTEND:20271209T100000',
  'SUMMARY:一个有时刻的会议（不是全天事件，忽略）',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

describe('calendar over HTTP (demo district)', () => {
  let t: TestApp;
  let admin: TestSession;
  before(async () => {
    // Works before and after the calendar routes join the shared registry.
    t = await createTestApp({ demo: true, modules: [...new Set([...routeModules, calendarRoutes])] });
    admin = await signIn(t, 'region-admin');
  });
  after(() => t.close());

  const get = (url: string) => t.app.inject({ method: 'GET', url });
  const due = async (start: string, days: number) => {
    const res = await get(`/api/v1/calendar/deadline?start=${start}&days=${days}`);
    assert.equal(res.statusCode, 200, res.body);
    return res.json() as { start: string; days: number; due: string; provisional: boolean };
  };
  const days = async (from: string, to: string): Promise<CalendarDay[]> => {
    const res = await get(`/api/v1/calendar/days?from=${from}&to=${to}`);
    assert.equal(res.statusCode, 200, res.body);
    return res.json().days;
  };
  const setDay = (date: string, body: unknown, headers = admin.headers) =>
    t.app.inject({ method: 'PUT', url: `/api/v1/admin/calendar/days/${date}`, headers, payload: body as object });
  const removeDay = (date: string, headers = admin.headers) => t.app.inject({ method: 'DELETE', url: `/api/v1/admin/calendar/days/${date}`, headers });
  const importIcs = (ics: string, headers = admin.headers) => t.app.inject({ method: 'POST', url: '/api/v1/admin/calendar/import', headers, payload: { ics } });
  const audit = (action: string) =>
    t.database.db.selectFrom('audit_log').select(['actor', 'subject_id', 'details']).where('action', '=', action).orderBy('id').execute();

  test('SCENARIOS journey 8: accepted Thu 25 Sep 2025 with 5 working days is due Thu 9 Oct, after National Day', async () => {
    assert.deepEqual(await due('2025-09-25', 5), { start: '2025-09-25', days: 5, due: '2025-10-09', provisional: false });
    assert.equal((await due('2025-09-25', 0)).due, '2025-09-25', 'zero days: due the day the clock starts');
  });

  test('2026 Spring Festival: Sat 14 Feb is a make-up working day, 15–23 Feb are off', async () => {
    assert.deepEqual(await due('2026-02-12', 3), { start: '2026-02-12', days: 3, due: '2026-02-24', provisional: false });
    const festival = await days('2026-02-14', '2026-02-24');
    assert.equal(festival[0]!.kind, 'makeup_workday');
    assert.ok(festival.slice(1, 10).every((d) => d.kind === 'holiday' && d.name === '春节' && !d.workday));
    assert.equal(festival.at(-1)!.kind, 'workday');
  });

  test('a year without an official notice (2027) is computed from the statutory rules and flagged provisional', async () => {
    const result = await due('2027-03-01', 5);
    assert.equal(result.due, '2027-03-08');
    assert.equal(result.provisional, true);
    assert.ok((await days('2027-03-01', '2027-03-07')).every((d) => d.provisional && !d.override));
    assert.ok((await days('2026-12-01', '2026-12-07')).every((d) => !d.provisional));
  });

  test('days lists 27 Sep – 12 Oct 2025 with weekend, make-up working days and the holiday', async () => {
    const list = await days('2025-09-27', '2025-10-12');
    assert.equal(list.length, 16);
    assert.deepEqual(
      list.map((d) => [d.date.slice(5), d.kind]),
      [
        ['09-27', 'weekend'],
        ['09-28', 'makeup_workday'],
        ['09-29', 'workday'],
        ['09-30', 'workday'],
        ...['01', '02', '03', '04', '05', '06', '07', '08'].map((d) => [`10-${d}`, 'holiday']),
        ['10-09', 'workday'],
        ['10-10', 'workday'],
        ['10-11', 'makeup_workday'],
        ['10-12', 'weekend'],
      ],
    );
    const first = list[4]!;
    assert.deepEqual(first, { date: '2025-10-01', workday: false, kind: 'holiday', name: '国庆节、中秋节', provisional: false, override: false });
    assert.equal(list[1]!.workday, true);
    assert.equal(list[0]!.name, null);
  });

  test('malformed queries are 400 problems naming the field', async () => {
    const cases: [string, string][] = [
      ['/api/v1/calendar/deadline?start=2025-02-30&days=5', 'querystring.start'],
      ['/api/v1/calendar/deadline?start=20250925&days=5', 'querystring.start'],
      ['/api/v1/calendar/deadline?start=1999-01-04&days=5', 'querystring.start'],
      ['/api/v1/calendar/deadline?days=5', 'querystring.start'],
      ['/api/v1/calendar/deadline?start=2025-09-25&days=-1', 'querystring.days'],
      ['/api/v1/calendar/deadline?start=2025-09-25&days=3651', 'querystring.days'],
      ['/api/v1/calendar/deadline?start=2025-09-25&days=five', 'querystring.days'],
      ['/api/v1/calendar/deadline?start=2025-09-25&days=2.5', 'querystring.days'],
      ['/api/v1/calendar/deadline?start=2025-09-25', 'querystring.days'],
      ['/api/v1/calendar/deadline?start=2100-12-01&days=3650', 'querystring.days'],
      ['/api/v1/calendar/days?from=2025-10-12&to=2025-09-27', 'querystring.to'],
      ['/api/v1/calendar/days?from=2025-01-01&to=2026-02-05', 'querystring.to'],
      ['/api/v1/calendar/days?from=2025-01-01&to=2025-13-01', 'querystring.to'],
      ['/api/v1/calendar/days?from=yesterday&to=2025-01-01', 'querystring.from'],
    ];
    for (const [url, field] of cases) {
      const res = await get(url);
      assert.equal(res.statusCode, 400, url);
      assert.match(String(res.headers['content-type']), /^application\/problem\+json/, url);
      assert.equal(res.json().code, 'validation_failed', url);
      assert.equal(res.json().field, field, url);
    }
    assert.equal((await get('/api/v1/calendar/days?from=2025-01-01&to=2026-02-04')).json().days.length, 400, '400 days is the most, and allowed');
  });

  test('admin routes refuse the anonymous (401), other roles (403) and writes without the CSRF token', async () => {
    const reviewer = await signIn(t, 'scjg.reviewer');
    const anonymous = {};
    for (const headers of [anonymous, reviewer.headers]) {
      const expected = headers === anonymous ? 401 : 403;
      assert.equal((await setDay('2025-12-31', { workday: false }, headers)).statusCode, expected);
      assert.equal((await removeDay('2025-12-31', headers)).statusCode, expected);
      assert.equal((await importIcs(ICS, headers)).statusCode, expected);
    }
    const noCsrf = await setDay('2025-12-31', { workday: false }, { cookie: admin.cookie });
    assert.equal(noCsrf.statusCode, 403);
    assert.equal(noCsrf.json().code, 'csrf_failed');
    assert.equal((await days('2025-12-31', '2025-12-31'))[0]!.override, false, 'nothing was written');
    assert.equal((await audit('calendar.day_set')).length, 0);
  });

  test('an override makes Mon 29 Sep 2025 a holiday and the deadline moves; removing it moves it back; both are audited', async () => {
    const bad = await setDay('2025-02-30', { workday: false });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().field, 'params.date');
    const noWorkday = await setDay('2025-09-29', { name: '停电' });
    assert.equal(noWorkday.json().field, 'body.workday');

    const res = await setDay('2025-09-29', { workday: false, name: '停电检修' });
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(res.json(), { date: '2025-09-29', workday: false, kind: 'holiday', name: '停电检修', provisional: false, override: true, recomputedCases: 0 });
    assert.equal((await due('2025-09-25', 5)).due, '2025-10-10');
    const listed = await days('2025-09-28', '2025-09-30');
    assert.deepEqual(listed.map((d) => [d.kind, d.override]), [['makeup_workday', false], ['holiday', true], ['workday', false]]);

    // A make-up Sunday can be made a day off too; its official name stays when none is given.
    const sunday = (await setDay('2025-09-28', { workday: false })).json();
    assert.deepEqual([sunday.kind, sunday.name], ['holiday', '国庆节、中秋节']);
    assert.equal((await due('2025-09-25', 5)).due, '2025-10-11');

    assert.equal((await removeDay('2025-09-29')).statusCode, 204);
    assert.equal((await removeDay('2025-09-28')).statusCode, 204);
    assert.equal((await due('2025-09-25', 5)).due, '2025-10-09');
    assert.ok((await days('2025-09-28', '2025-09-30')).every((d) => !d.override));
    const again = await removeDay('2025-09-29');
    assert.equal(again.statusCode, 404);
    assert.equal(again.json().code, 'not_found');

    const set = await audit('calendar.day_set');
    assert.deepEqual(set.map((r) => [r.actor, r.subject_id]), [['region-admin', '2025-09-29'], ['region-admin', '2025-09-28']]);
    assert.deepEqual(set[0]!.details, { workday: false, name: '停电检修', previous: null });
    const removed = await audit('calendar.override_removed');
    assert.deepEqual(removed.map((r) => r.subject_id), ['2025-09-29', '2025-09-28']);
    assert.deepEqual((removed[0]!.details as { removed: unknown }).removed, { workday: false, name: '停电检修', source: 'admin' });
  });

  test('an iCalendar import sets days off and a make-up working day in one audited change', async () => {
    assert.equal((await due('2027-12-03', 3)).due, '2027-12-08');
    const res = await importIcs(ICS);
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(res.json(), { imported: 3, workdays: 1, holidays: 2, recomputedCases: 0 });

    const week = await days('2027-12-06', '2027-12-12');
    assert.deepEqual(
      week.map((d) => [d.date.slice(5), d.kind, d.override, d.provisional]),
      [
        ['12-06', 'holiday', true, false],
        ['12-07', 'holiday', true, false],
        ['12-08', 'workday', false, true],
        ['12-09', 'workday', false, true],
        ['12-10', 'workday', false, true],
        ['12-11', 'weekend', false, true],
        ['12-12', 'makeup_workday', true, false],
      ],
    );
    assert.equal(week[0]!.name, '系统迁移停办');
    assert.equal((await due('2027-12-03', 3)).due, '2027-12-10');
    const stored = await t.database.db.selectFrom('calendar_days').selectAll().where('source', '=', 'ical').orderBy('date').execute();
    assert.deepEqual(stored.map((r) => [r.date, r.workday, r.updated_by]), [
      ['2027-12-06', false, 'region-admin'],
      ['2027-12-07', false, 'region-admin'],
      ['2027-12-12', true, 'region-admin'],
    ]);
    const events = await audit('calendar.imported');
    assert.equal(events.length, 1);
    assert.equal(events[0]!.subject_id, '2027-12-06/2027-12-12');
    assert.deepEqual(events[0]!.details, { imported: 3, workdays: 1, holidays: 2, from: '2027-12-06', to: '2027-12-12' });
  });

  test('a malformed or unusable iCalendar file is a 400 naming body.ics and changes nothing', async () => {
    const before = await t.database.db.selectFrom('calendar_days').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const bad = [
      'date,name\n2027-10-01,国庆节\n',
      ICS.replace('END:VCALENDAR', ''),
      ICS.replace('END:VALARM', 'END:VEVENT'),
      'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n',
      ICS.replace('20271212', '19991212'),
      ICS.replace('DTSTART;VALUE=DATE:20271212', 'DTSTART;VALUE=DATE:20271206'),
    ];
    for (const ics of bad) {
      const res = await importIcs(ics);
      assert.equal(res.statusCode, 400, ics);
      assert.equal(res.json().field, 'body.ics', ics);
    }
    assert.equal((await importIcs('')).json().field, 'body.ics');
    const tooLarge = await importIcs('X'.repeat(2 * 1024 * 1024 + 1));
    assert.equal(tooLarge.statusCode, 413);
    const afterwards = await t.database.db.selectFrom('calendar_days').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    assert.equal(afterwards.n, before.n);
    assert.equal((await audit('calendar.imported')).length, 1, 'only the earlier good import');
  });

  test('change listeners run inside the change’s transaction with the new calendar; a failing listener rolls the change back', async () => {
    const seen: { dates: readonly string[]; inTransaction: boolean; workday: boolean }[] = [];
    const stop = onCalendarChanged(async (trx, change) => {
      const row = await trx.selectFrom('calendar_days').select('workday').where('date', '=', '2026-03-02').executeTakeFirst();
      assert.equal(row?.workday, false, 'the listener sees the uncommitted change');
      seen.push({ dates: change.dates, inTransaction: trx.isTransaction, workday: change.calendar.isWorkday('2026-03-02') });
    });
    try {
      assert.equal((await setDay('2026-03-02', { workday: false, name: '测试' })).statusCode, 200);
    } finally {
      stop();
    }
    assert.deepEqual(seen, [{ dates: ['2026-03-02'], inTransaction: true, workday: false }]);
    assert.equal((await loadCalendar(t.database.db)).isWorkday('2026-03-02'), false, 'the process cache was refreshed');

    const auditsBefore = (await audit('calendar.override_removed')).length;
    const stopFailing = onCalendarChanged(() => {
      throw new Error('recomputation failed');
    });
    try {
      assert.equal((await removeDay('2026-03-02')).statusCode, 500);
    } finally {
      stopFailing();
    }
    assert.equal((await days('2026-03-02', '2026-03-02'))[0]!.override, true, 'the removal was rolled back');
    assert.equal((await audit('calendar.override_removed')).length, auditsBefore, 'and so was its audit event');
    assert.equal((await removeDay('2026-03-02')).statusCode, 204);
    assert.equal((await due('2026-02-27', 1)).due, '2026-02-28', 'Sat 28 Feb 2026 is a make-up working day');
    assert.equal((await due('2026-02-28', 1)).due, '2026-03-02');
  });

  test('the routes are in the OpenAPI document with their policies', async () => {
    const spec = (await get('/openapi.json')).json();
    for (const path of ['/api/v1/calendar/deadline', '/api/v1/calendar/days', '/api/v1/admin/calendar/days/{date}', '/api/v1/admin/calendar/import']) {
      assert.ok(spec.paths[path], path);
    }
    const policies = t.app.routeTable.filter((r) => r.url.includes('/calendar')).map((r) => [r.method, r.url, JSON.stringify(r.policy)]);
    assert.deepEqual(policies.sort(), [
      ['DELETE', '/api/v1/admin/calendar/days/:date', '{"permission":"calendar.manage"}'],
      ['GET', '/api/v1/calendar/days', '{"public":true}'],
      ['GET', '/api/v1/calendar/deadline', '{"public":true}'],
      ['POST', '/api/v1/admin/calendar/import', '{"permission":"calendar.manage"}'],
      ['PUT', '/api/v1/admin/calendar/days/:date', '{"permission":"calendar.manage"}'],
    ]);
  });
});
