import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { isValidReceiptNumber } from '../../../shared/receipt-number.js';
import { createTestApp, type TestApp } from '../../testing/app.js';
import { signIn, type TestSession } from '../../testing/sessions.js';
import { verifyChain } from './hash-chain.js';

describe('cases through the workflow service (demo district)', () => {
  let t: TestApp;
  let window: TestSession;
  let jointItem: string;
  before(async () => {
    t = await createTestApp({ demo: true });
    window = await signIn(t, 'window');
    const found = (await t.app.inject({ method: 'GET', url: `/api/v1/items?joint=true&q=${encodeURIComponent('企业开办')}` })).json();
    jointItem = found.items[0].code;
  });
  after(() => t.close());

  const getCase = (id: number, session: TestSession) => t.app.inject({ method: 'GET', url: `/api/v1/cases/${id}`, headers: session.headers });
  const command = (id: number, session: TestSession, expectedVersion: number, body: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/commands`, headers: session.headers, payload: { expectedVersion, command: body } });

  async function acceptedJointCase(): Promise<number> {
    const created = await t.app.inject({ method: 'POST', url: '/api/v1/cases', headers: window.headers, payload: { itemCode: jointItem, applicant: 'company', channel: 'window' } });
    assert.equal(created.statusCode, 201, created.body);
    assert.ok(isValidReceiptNumber(created.json().receiptNo));
    const id = created.json().id;
    const accepted = await command(id, window, 1, { kind: 'accept' });
    assert.equal(accepted.statusCode, 200, accepted.body);
    return id;
  }

  test('a joint item accepted at the window creates every branch task at the same moment, each in its department’s inbox', async () => {
    const id = await acceptedJointCase();
    const view = (await getCase(id, window)).json();
    assert.equal(view.status, 'in_review');
    assert.ok(view.due, 'the case due date is stored');
    assert.deepEqual(view.tasks.map((task: { department: string }) => task.department).sort(), ['ga', 'rs', 'scjg', 'sw']);
    assert.equal(new Set(view.tasks.map((task: { createdOn: string }) => task.createdOn)).size, 1);
    const created = view.timeline.filter((e: { kind: string }) => e.kind === 'task_created');
    assert.equal(new Set(created.map((e: { seq: number; at: string }) => e.at)).size, 1, 'one moment');

    const ga = await signIn(t, 'ga.reviewer');
    const inbox = (await t.app.inject({ method: 'GET', url: '/api/v1/tasks/inbox', headers: ga.headers })).json();
    const mine = inbox.tasks.filter((task: { caseId: number }) => task.caseId === id);
    assert.equal(mine.length, 1);
    assert.equal(mine[0].department, 'ga');
    assert.ok(typeof mine[0].daysLeft === 'number');
    const jt = await signIn(t, 'jt.reviewer');
    assert.equal((await getCase(id, jt)).statusCode, 404, 'another department sees nothing');
    const asGa = (await getCase(id, ga)).json();
    const gaTaskId = asGa.tasks.find((task: { department: string }) => task.department === 'ga').id;
    assert.deepEqual(asGa.actions, [{ kind: 'claim', taskId: gaTaskId }], 'the ga reviewer may only claim the ga branch');
    assert.ok(!view.actions.some((a: { kind: string }) => a.kind === 'approve'), 'the window clerk cannot approve');
  });

  test('one branch’s supplement request pauses the case clock; the case advances only when every branch is done', async () => {
    const id = await acceptedJointCase();
    let version = (await getCase(id, window)).json().version;
    const taskOf = async (dept: string) => (await getCase(id, window)).json().tasks.find((task: { department: string; status: string }) => task.department === dept && ['queued', 'claimed'].includes(task.status));

    const ga = await signIn(t, 'ga.reviewer');
    const gaTask = await taskOf('ga');
    assert.equal((await command(id, ga, version++, { kind: 'claim', taskId: gaTask.id })).statusCode, 200);
    const supplement = await command(id, ga, version++, { kind: 'request_supplement', taskId: gaTask.id, items: ['公章刻制申请表'] });
    assert.equal(supplement.statusCode, 200, supplement.body);
    assert.equal((await getCase(id, window)).json().clockPaused, true);

    const received = await command(id, window, version++, { kind: 'receive_supplement', note: '窗口收取' });
    assert.equal(received.statusCode, 200, received.body);
    assert.equal((await getCase(id, window)).json().clockPaused, false);

    for (const dept of ['scjg', 'ga', 'sw', 'rs']) {
      const reviewer = await signIn(t, `${dept}.reviewer`);
      const task = await taskOf(dept);
      if (task.assignee !== `${dept}.reviewer`) assert.equal((await command(id, reviewer, version++, { kind: 'claim', taskId: task.id })).statusCode, 200);
      const done = await command(id, reviewer, version++, { kind: 'approve', taskId: task.id, opinion: '同意' });
      assert.equal(done.statusCode, 200, done.body);
      const open = (await getCase(id, window)).json().tasks.filter((x: { status: string }) => ['queued', 'claimed'].includes(x.status));
      if (dept !== 'rs') assert.ok(open.every((x: { name: string }) => !x.name.includes('决定')), 'no decision task before all branches finish');
    }
    const afterJoin = (await getCase(id, window)).json();
    assert.ok(afterJoin.tasks.some((x: { status: string; department: string }) => x.status === 'queued' && x.department === 'scjg'), 'the lead department decides next');
  });

  test('two concurrent approvals of one task: exactly one succeeds, the other gets 409, the event chain has no gap', async () => {
    const id = await acceptedJointCase();
    const sw = await signIn(t, 'sw.reviewer');
    const view = (await getCase(id, window)).json();
    const task = view.tasks.find((x: { department: string }) => x.department === 'sw');
    assert.equal((await command(id, sw, view.version, { kind: 'claim', taskId: task.id })).statusCode, 200);
    const version = view.version + 1;
    const results = await Promise.all([
      command(id, sw, version, { kind: 'approve', taskId: task.id, opinion: '同意（甲）' }),
      command(id, sw, version, { kind: 'approve', taskId: task.id, opinion: '同意（乙）' }),
    ]);
    assert.deepEqual(results.map((r) => r.statusCode).sort(), [200, 409]);
    assert.equal(results.find((r) => r.statusCode === 409)!.json().code, 'stale_case');

    const events = await t.database.db.selectFrom('case_events').select(['seq', 'event', 'prev_hash', 'hash', 'kind']).where('case_id', '=', id).orderBy('seq').execute();
    assert.deepEqual(events.map((e) => e.seq), events.map((_, i) => i + 1), 'no gap, no duplicate');
    assert.equal(events.filter((e) => e.kind === 'task_completed').length, 1);
    assert.equal(verifyChain(id, events), null, 'the hash chain verifies');

    await t.database.db.updateTable('case_events').set({ event: JSON.stringify({ kind: 'tampered' }) }).where('case_id', '=', id).where('seq', '=', 2).execute();
    const tampered = await t.database.db.selectFrom('case_events').select(['seq', 'event', 'prev_hash', 'hash']).where('case_id', '=', id).orderBy('seq').execute();
    assert.equal(verifyChain(id, tampered), 2, 'an edited event breaks the chain where it was edited');
    await t.database.db.updateTable('case_events').set({ event: JSON.stringify(events[1]!.event) }).where('case_id', '=', id).where('seq', '=', 2).execute();
    const restored = await t.database.db.selectFrom('case_events').select(['seq', 'event', 'prev_hash', 'hash']).where('case_id', '=', id).orderBy('seq').execute();
    assert.equal(verifyChain(id, restored), null, 'restoring the original content heals it: the hash covers content, not storage');
  });

  test('when the calendar changes, the stored due dates of open cases and tasks are recomputed', async () => {
    const id = await acceptedJointCase();
    const before = (await getCase(id, window)).json();
    const admin = await signIn(t, 'region-admin');
    const holiday = await t.app.inject({ method: 'PUT', url: `/api/v1/admin/calendar/days/${before.due}`, headers: admin.headers, payload: { workday: false, name: '临时休息日（测试）' } });
    assert.equal(holiday.statusCode, 200, holiday.body);
    assert.ok(holiday.json().recomputedCases >= 1, 'the answer tells how many open cases were recomputed');
    try {
      const after = (await getCase(id, window)).json();
      assert.ok(after.due > before.due, `due moved from ${before.due} to ${after.due}`);
      assert.equal(after.version, before.version, 'a recomputation is not a new version of the case');
      const stored = await t.database.db.selectFrom('case_tasks').select('due_on').where('case_id', '=', id).execute();
      assert.ok(stored.every((task) => task.due_on !== before.due), 'no task is still due on the new day off');
    } finally {
      await t.app.inject({ method: 'DELETE', url: `/api/v1/admin/calendar/days/${before.due}`, headers: admin.headers });
    }
    assert.equal((await getCase(id, window)).json().due, before.due, 'removing the override moves it back');
  });

  test('process definitions are versioned data: a new version applies to new cases, running cases keep theirs', async () => {
    const running = await acceptedJointCase();
    const admin = await signIn(t, 'region-admin');
    const key = `item:${jointItem}`;
    const versions = (await t.app.inject({ method: 'GET', url: `/api/v1/admin/process-definitions/${encodeURIComponent(key)}`, headers: admin.headers })).json().versions;
    const current = versions[0];
    const invalid = await t.app.inject({ method: 'POST', url: `/api/v1/admin/process-definitions/${encodeURIComponent(key)}/versions`, headers: admin.headers, payload: { definition: { ...current.definition, stages: [] } } });
    assert.equal(invalid.statusCode, 400);
    assert.equal(invalid.json().code, 'invalid_definition');
    assert.match(invalid.json().field, /^body\.definition\.stages/);

    const renamed = { ...current.definition, name: `${current.definition.name}（简化版）` };
    const saved = await t.app.inject({ method: 'POST', url: `/api/v1/admin/process-definitions/${encodeURIComponent(key)}/versions`, headers: admin.headers, payload: { definition: renamed } });
    assert.equal(saved.statusCode, 201, saved.body);
    assert.equal(saved.json().version, current.version + 1);
    // Searching by the old name still finds the key, answered with its latest version and the count.
    const listed = (await t.app.inject({ method: 'GET', url: `/api/v1/admin/process-definitions?q=${encodeURIComponent(current.definition.name)}`, headers: admin.headers })).json().definitions;
    const entry = listed.find((d: { key: string }) => d.key === key);
    assert.deepEqual([entry?.version, entry?.versions, entry?.name], [current.version + 1, versions.length + 1, renamed.name]);

    const fresh = await t.app.inject({ method: 'POST', url: '/api/v1/cases', headers: window.headers, payload: { itemCode: jointItem, applicant: 'company', channel: 'window' } });
    const rows = await t.database.db
      .selectFrom('cases')
      .innerJoin('process_definitions', 'process_definitions.id', 'cases.definition_id')
      .select(['cases.id', 'process_definitions.version'])
      .where('cases.id', 'in', [running, fresh.json().id])
      .orderBy('cases.id')
      .execute();
    assert.deepEqual(rows.map((r) => r.version), [current.version, current.version + 1]);
  });

  test('a unit-scoped role sees the cases of its unit’s department only', async () => {
    const id = await acceptedJointCase();
    const admin = await signIn(t, 'region-admin');
    for (const [username, unitCode] of [['ga.unit-reviewer', 'ga.spk'], ['jt.unit-reviewer', 'jt.spk']]) {
      const created = await t.app.inject({
        method: 'POST',
        url: '/api/v1/admin/users',
        headers: admin.headers,
        payload: { username, displayName: username, password: 'unit-pass-123', roles: [{ role: 'reviewer', scopeType: 'unit', scopeCode: unitCode }] },
      });
      assert.equal(created.statusCode, 201, created.body);
    }
    assert.equal((await getCase(id, await signIn(t, 'ga.unit-reviewer', 'unit-pass-123'))).statusCode, 200, 'public security works a branch of this case');
    assert.equal((await getCase(id, await signIn(t, 'jt.unit-reviewer', 'unit-pass-123'))).statusCode, 404, 'transport does not');
  });

  test('a rule violation answers 422 naming the rule, and writes nothing', async () => {
    const id = await acceptedJointCase();
    const view = (await getCase(id, window)).json();
    const refused = await command(id, window, view.version, { kind: 'refuse', reason: '' });
    assert.equal(refused.statusCode, 422);
    assert.ok(refused.json().code);
    assert.equal((await getCase(id, window)).json().version, view.version);
  });
});
