import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type TestApp } from '../../testing/app.js';
import { createLogger } from '../../platform/logger.js';
import { loadCalendar } from '../calendar/service.js';
import type { Actor } from '../identity/actor.js';
import { DEEMED_ACCEPTANCE_TASK, workflowJobs } from './jobs.js';
import { createCase, sweepDeemedAcceptance } from './service.js';

describe('deemed acceptance (art. 32)', () => {
  let t: TestApp;
  let clerk: Actor;
  before(async () => {
    t = await createTestApp({ demo: true });
    const user = await t.database.db.selectFrom('users').select('id').where('username', '=', 'window').executeTakeFirstOrThrow();
    const role = await t.database.db.selectFrom('role_assignments').selectAll().where('user_id', '=', user.id).executeTakeFirstOrThrow();
    clerk = { kind: 'user', userId: user.id, username: 'window', userKind: 'staff', sessionId: 0, csrfToken: '', assignments: [{ id: role.id, role: 'window_clerk', scopeType: 'region', scopeCode: '500102' }] };
  });
  after(() => t.close());

  test('a submission left unanswered for 5 working days is deemed accepted by the sweep, from the day after the 5th', async () => {
    const item = (await t.database.db.selectFrom('items').select('code').where('code', 'like', '500102-scjg-%').orderBy('code').executeTakeFirstOrThrow()).code;
    const calendar = await loadCalendar(t.database.db);
    const at = (iso: string) => () => new Date(iso);
    // Thursday 25 September 2025: the 5th working day after it is 9 October (National Day in between).
    const { id } = await createCase({ db: t.database.db, calendar, now: at('2025-09-25T02:00:00Z') }, { itemCode: item, applicantId: 'citizen', channel: 'window' }, clerk);
    const stored = await t.database.db.selectFrom('cases').select(['status', 'acceptance_due_on']).where('id', '=', id).executeTakeFirstOrThrow();
    assert.deepEqual(stored, { status: 'submitted', acceptance_due_on: '2025-10-09' });

    const onTheFifthDay = await sweepDeemedAcceptance({ db: t.database.db, calendar, now: at('2025-10-09T09:00:00Z') });
    assert.ok(!onTheFifthDay.deemed.includes(id), 'the window has the whole 5th working day');

    const dayAfter = await sweepDeemedAcceptance({ db: t.database.db, calendar, now: at('2025-10-10T01:00:00Z') });
    assert.ok(dayAfter.deemed.includes(id));
    assert.deepEqual(dayAfter.failed, []);
    const after = await t.database.db.selectFrom('cases').select(['status', 'due_on']).where('id', '=', id).executeTakeFirstOrThrow();
    assert.notEqual(after.status, 'submitted');
    const kinds = (await t.database.db.selectFrom('case_events').select('kind').where('case_id', '=', id).orderBy('seq').execute()).map((e) => e.kind);
    assert.ok(kinds.includes('deemed_accepted'));

    const again = await sweepDeemedAcceptance({ db: t.database.db, calendar, now: at('2025-10-11T01:00:00Z') });
    assert.ok(!again.deemed.includes(id), 'the sweep is idempotent');
  });

  test('the scheduled job deems long-unanswered submissions accepted', async () => {
    const item = (await t.database.db.selectFrom('items').select('code').where('code', 'like', '500102-jt-%').orderBy('code').executeTakeFirstOrThrow()).code;
    const calendar = await loadCalendar(t.database.db);
    const { id } = await createCase({ db: t.database.db, calendar, now: () => new Date('2025-09-01T02:00:00Z') }, { itemCode: item, applicantId: 'citizen', channel: 'window' }, clerk);
    const handler = workflowJobs(t.deps)[DEEMED_ACCEPTANCE_TASK]!;
    await handler({}, { jobId: '1', attempt: 1, logger: createLogger('silent') });
    const kinds = (await t.database.db.selectFrom('case_events').select('kind').where('case_id', '=', id).execute()).map((e) => e.kind);
    assert.ok(kinds.includes('deemed_accepted'));
  });
});
