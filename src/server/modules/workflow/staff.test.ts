import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type TestApp } from '../../testing/app.js';
import { signIn, type TestSession } from '../../testing/sessions.js';

/** 已办, the department case list, the head's overview and reassignment, names in timelines, 统一出件. */
describe('staff views beyond the inbox (demo district)', () => {
  let t: TestApp;
  let window: TestSession;
  let jointItem: string;
  let scjgItem: { code: string; name: string };
  let fullOnlineItem: string;
  const sessions = new Map<string, TestSession>();
  const as = async (username: string) => sessions.get(username) ?? sessions.set(username, await signIn(t, username)).get(username)!;

  before(async () => {
    t = await createTestApp({ demo: true });
    window = await as('window');
    const items = (q: string) => t.app.inject({ method: 'GET', url: `/api/v1/items?${q}&limit=100` }).then((r) => r.json().items);
    jointItem = (await items(`joint=true&q=${encodeURIComponent('企业开办')}`))[0].code;
    const scjg = (await items('department=scjg&joint=false&handlingDepth=online_accept')).find((i: { processKind: string }) => i.processKind === 'standard');
    scjgItem = { code: scjg.code, name: scjg.name };
    fullOnlineItem = (await items('department=scjg&joint=false&handlingDepth=full_online')).find((i: { processKind: string }) => i.processKind !== 'joint').code;
  });
  after(() => t.close());

  const get = async (url: string, session: TestSession) => t.app.inject({ method: 'GET', url, headers: session.headers });
  const post = async (url: string, session: TestSession, payload: Record<string, unknown>) => t.app.inject({ method: 'POST', url, headers: session.headers, payload });
  const view = async (id: number, session: TestSession = window) => (await get(`/api/v1/cases/${id}`, session)).json();
  const command = async (id: number, session: TestSession, body: Record<string, unknown>) => {
    const res = await post(`/api/v1/cases/${id}/commands`, session, { expectedVersion: (await view(id)).version, command: body });
    assert.equal(res.statusCode, 200, res.body);
  };

  async function acceptedCase(itemCode: string, applicant = 'company'): Promise<number> {
    const created = await post('/api/v1/cases', window, { itemCode, applicant, channel: 'window' });
    assert.equal(created.statusCode, 201, created.body);
    await command(created.json().id, window, { kind: 'accept' });
    return created.json().id;
  }

  /** Claims and approves every open task (the department's first reviewer, or its approver) until the case is decided. */
  async function decidedCase(itemCode: string): Promise<number> {
    const id = await acceptedCase(itemCode);
    for (let round = 0; round < 6 && (await view(id)).status === 'in_review'; round++) {
      for (const task of (await view(id)).tasks.filter((x: { status: string }) => x.status === 'queued')) {
        const staff = await as(`${task.department}.${task.role === 'approver' ? 'approver' : 'reviewer'}`);
        await command(id, staff, { kind: 'claim', taskId: task.id });
        await command(id, staff, { kind: 'approve', taskId: task.id, opinion: '符合条件，同意' });
      }
    }
    assert.equal((await view(id)).status, 'decided_approved');
    return id;
  }

  const openTask = async (id: number, department: string) =>
    (await view(id)).tasks.find((x: { department: string; status: string }) => x.department === department && ['queued', 'claimed'].includes(x.status));

  test('已办 lists the tasks I finished, newest first, paged; nobody else’s, and only while the case is in my departments', async () => {
    const reviewer = await as('scjg.reviewer');
    const before = (await get('/api/v1/tasks/done?pageSize=100', reviewer)).json().total;
    const first = await acceptedCase(scjgItem.code);
    const second = await acceptedCase(scjgItem.code);
    for (const id of [first, second]) {
      const task = await openTask(id, 'scjg');
      await command(id, reviewer, { kind: 'claim', taskId: task.id });
      await command(id, reviewer, { kind: 'approve', taskId: task.id, opinion: '材料齐全，同意' });
    }
    const page1 = (await get('/api/v1/tasks/done?pageSize=1&page=1', reviewer)).json();
    assert.equal(page1.total, before + 2);
    assert.equal(page1.tasks.length, 1);
    assert.equal(page1.tasks[0].caseId, second, 'newest first');
    assert.equal(page1.tasks[0].outcome, 'approved');
    assert.equal(page1.tasks[0].itemName, scjgItem.name);
    const page2 = (await get('/api/v1/tasks/done?pageSize=1&page=2', reviewer)).json();
    assert.equal(page2.tasks[0].caseId, first);
    const other = (await get('/api/v1/tasks/done?pageSize=100', await as('scjg.reviewer-b'))).json();
    assert.ok(!other.tasks.some((x: { caseId: number }) => x.caseId === first || x.caseId === second), 'another reviewer’s 已办 holds none of mine');
    assert.equal((await get('/api/v1/tasks/done?pageSize=0', reviewer)).statusCode, 400);
    assert.equal((await get('/api/v1/tasks/done', await as('company'))).statusCode, 403, 'applicants have no 已办');
  });

  test('the department case list searches receipt number, applicant and item, filters status, item, dates and overdue — within the department only', async () => {
    const id = await acceptedCase(scjgItem.code, 'citizen');
    const receiptNo = (await view(id)).receiptNo;
    const reviewer = await as('scjg.reviewer');
    const list = async (query: string, session = reviewer) => {
      const res = await get(`/api/v1/cases?pageSize=100&${query}`, session);
      assert.equal(res.statusCode, 200, res.body);
      return res.json();
    };
    const ids = (body: { cases: { id: number }[] }) => body.cases.map((c) => c.id);

    assert.deepEqual(ids(await list(`q=${receiptNo}`)), [id], 'by receipt number');
    assert.ok(ids(await list(`q=${encodeURIComponent('李明')}`)).includes(id), 'by the applicant’s name');
    assert.ok(!ids(await list(`q=${encodeURIComponent('示例商贸')}`)).includes(id), 'another applicant does not match');
    assert.ok(ids(await list(`q=${encodeURIComponent(scjgItem.name.slice(0, 4))}`)).includes(id), 'by item name');
    assert.ok(ids(await list(`itemCode=${scjgItem.code}&status=in_review`)).includes(id));
    assert.ok(!ids(await list(`itemCode=${scjgItem.code}&status=delivered,refused`)).includes(id));
    const today = (await list(`q=${receiptNo}`)).cases[0].submittedAt.slice(0, 10);
    assert.ok(ids(await list(`from=${today}&q=${receiptNo}`)).includes(id));
    assert.deepEqual(ids(await list(`to=2020-01-01&q=${receiptNo}`)), [], 'before the date range');
    assert.ok(!ids(await list('overdue=true')).includes(id), 'not overdue yet');
    await t.database.db.updateTable('cases').set({ due_on: '2021-03-01' }).where('id', '=', id).execute();
    const overdue = await list('overdue=true');
    assert.ok(ids(overdue).includes(id), 'past its due date');
    assert.equal(overdue.cases.find((c: { id: number }) => c.id === id).overdue, true);

    const paged = await get('/api/v1/cases?pageSize=1&page=1', reviewer);
    assert.equal(paged.json().cases.length, 1);
    assert.ok(paged.json().total >= 1);

    const jt = await as('jt.reviewer');
    assert.deepEqual(ids(await list(`q=${receiptNo}`, jt)), [], 'another department’s list does not have it');
    assert.equal((await get(`/api/v1/cases/${id}`, jt)).statusCode, 404, 'and opening it answers like a missing case');
    const bad = await get('/api/v1/cases?status=nonsense', reviewer);
    assert.equal(bad.statusCode, 400);
    assert.match(bad.headers['content-type'] as string, /problem\+json/);
  });

  test('the head’s overview: the department’s open tasks with overdue and nearly due first; heads only', async () => {
    const head = await as('scjg.head');
    const relaxed = await acceptedCase(scjgItem.code);
    const late = await acceptedCase(scjgItem.code);
    await t.database.db.updateTable('case_tasks').set({ due_on: '2021-03-01' }).where('case_id', '=', late).execute();
    const overview = await get('/api/v1/department/overview', head);
    assert.equal(overview.statusCode, 200, overview.body);
    const body = overview.json();
    const rank = (id: number) => body.tasks.findIndex((x: { caseId: number }) => x.caseId === id);
    assert.ok(rank(late) >= 0 && rank(relaxed) >= 0);
    assert.ok(rank(late) < rank(relaxed), 'overdue before the rest');
    assert.equal(body.tasks[0].urgency, 'overdue');
    assert.ok(body.counts.overdue >= 1);
    assert.ok(body.tasks.every((x: { department: string }) => x.department === 'scjg'), 'only the head’s department');
    assert.equal((await get('/api/v1/department/overview', await as('scjg.reviewer'))).statusCode, 403);
    const jtHead = (await get('/api/v1/department/overview', await as('jt.head'))).json();
    assert.ok(!jtHead.tasks.some((x: { caseId: number }) => x.caseId === late), 'another department’s head does not see it');
  });

  test('a head reassigns a task to a colleague: event, audit entry, in-app notice; stale 409, other department 404/403, ineligible colleague 422', async () => {
    const id = await jointCaseClaimed();
    const head = await as('scjg.head');
    const task = await openTask(id, 'scjg');
    assert.equal(task.assignee, 'scjg.reviewer');
    const candidates = (await get(`/api/v1/cases/${id}/tasks/${task.id}/candidates`, head)).json().people;
    assert.deepEqual(candidates.map((p: { username: string }) => p.username), ['scjg.reviewer-b'], 'colleagues in the task’s role, not its assignee');
    const version = (await view(id)).version;

    const url = `/api/v1/cases/${id}/tasks/${task.id}/reassign`;
    const stale = await post(url, head, { expectedVersion: version - 1, to: 'scjg.reviewer-b' });
    assert.equal(stale.statusCode, 409, stale.body);
    const otherDepartment = await post(url, await as('jt.head'), { expectedVersion: version, to: 'scjg.reviewer-b' });
    assert.equal(otherDepartment.statusCode, 404, 'a head of a department not on the case sees nothing');
    const gaTask = await openTask(id, 'ga');
    const coBranch = await post(`/api/v1/cases/${id}/tasks/${gaTask.id}/reassign`, head, { expectedVersion: version, to: 'scjg.reviewer-b' });
    assert.equal(coBranch.statusCode, 403, 'the lead department’s head may not move the public-security branch');
    const outsider = await post(url, head, { expectedVersion: version, to: 'jt.reviewer' });
    assert.equal(outsider.statusCode, 422, outsider.body);
    assert.equal(outsider.json().field, 'body.to');
    assert.equal((await post(url, await as('scjg.reviewer'), { expectedVersion: version, to: 'scjg.reviewer-b' })).statusCode, 403, 'reviewers do not reassign');

    const moved = await post(url, head, { expectedVersion: version, to: 'scjg.reviewer-b', reason: '原承办人休假' });
    assert.equal(moved.statusCode, 200, moved.body);
    const after = await view(id);
    assert.equal(after.tasks.find((x: { id: string }) => x.id === task.id).assignee, 'scjg.reviewer-b');
    const transferred = after.timeline.find((e: { kind: string }) => e.kind === 'task_transferred');
    assert.equal(transferred.by.kind, 'staff');
    assert.equal(transferred.by.role, 'department_head');
    assert.ok(after.people['scjg.reviewer-b'] && after.people['scjg.reviewer-b'] !== 'scjg.reviewer-b', 'the colleague by name');
    const audit = await t.database.db.selectFrom('audit_log').selectAll().where('action', '=', 'task.reassigned').where('subject_id', '=', String(id)).execute();
    assert.equal(audit.length, 1);
    assert.deepEqual(audit[0]!.details, { taskId: task.id, from: 'scjg.reviewer', to: 'scjg.reviewer-b', reason: '原承办人休假' });
    const notices = (await get('/api/v1/notifications', await as('scjg.reviewer-b'))).json();
    assert.ok(notices.items.some((n: { caseId: number; kind: string }) => n.caseId === id && n.kind === 'task_reassigned'), 'the new assignee is told in-app');
    // The old assignee cannot act any more; the new one can.
    const b = await as('scjg.reviewer-b');
    await command(id, b, { kind: 'approve', taskId: task.id, opinion: '同意' });
  });

  test('a transfer sent as a raw command cannot claim roles for its colleague: the engine checks the colleague’s real roles', async () => {
    const id = await jointCaseClaimed();
    const task = await openTask(id, 'scjg');
    const forged = await post(`/api/v1/cases/${id}/commands`, await as('scjg.reviewer'), {
      expectedVersion: (await view(id)).version,
      command: { kind: 'transfer', taskId: task.id, to: { id: 'company', roles: [{ role: 'reviewer', scopeType: 'department', scopeCode: 'scjg' }] } },
    });
    assert.equal(forged.statusCode, 422, forged.body);
    assert.equal(forged.json().code, 'transfer_target_ineligible');
  });

  async function jointCaseClaimed(): Promise<number> {
    const id = await acceptedCase(jointItem);
    const task = await openTask(id, 'scjg');
    await command(id, await as('scjg.reviewer'), { kind: 'claim', taskId: task.id });
    return id;
  }

  test('timelines name people with their posts, credit the platform’s own events to the system, and mark the deciding task', async () => {
    const id = await decidedCase(scjgItem.code);
    const v = await view(id, await as('scjg.head'));
    const kinds = (kind: string) => v.timeline.filter((e: { kind: string }) => e.kind === kind);
    assert.ok(kinds('task_created').every((e: { by: { kind: string } }) => e.by.kind === 'system'), 'tasks opened by a finished stage are the system’s');
    const [review, decision] = kinds('task_completed');
    assert.equal(review.by.kind, 'staff');
    assert.equal(review.by.department, 'scjg');
    assert.equal(review.by.role, 'reviewer');
    assert.ok(!/\./.test(review.by.name), `a person’s name, not a login name: ${review.by.name}`);
    assert.equal(decision.by.role, 'approver');
    assert.equal(kinds('accepted')[0].by.role, 'window_clerk');
    assert.equal(JSON.stringify(v.timeline.map((e: { by: unknown }) => e.by)).includes('scjg.'), false, 'no login name anywhere in the credits');
    assert.deepEqual(
      v.tasks.map((x: { name: string; decides: boolean }) => [x.name, x.decides]),
      [['审查', false], ['决定', true]],
    );
    const joint = await view(await acceptedCase(jointItem));
    assert.ok(joint.tasks.every((x: { decides: boolean }) => x.decides === false), 'parallel review branches do not decide');
  });

  test('统一出件: decided cases wait at the window, the clerk records who collected (ID checked), the case is delivered; scope, electronic items and stale versions', async () => {
    const id = await decidedCase(scjgItem.code);
    const electronic = await decidedCase(fullOnlineItem);
    const queue = async (session = window) => {
      const res = await get('/api/v1/window/collections', session);
      assert.equal(res.statusCode, 200, res.body);
      return res.json().cases as { caseId: number; version: number; applicantName: string }[];
    };
    const entry = (await queue()).find((c) => c.caseId === id);
    assert.ok(entry, 'the decided case waits for collection');
    assert.equal(entry.applicantName, '重庆市涪陵区示例商贸有限公司');
    assert.ok(!(await queue()).some((c) => c.caseId === electronic), 'a wholly online item is delivered electronically, not at the window');

    // A window clerk of another department: the case is not theirs.
    const admin = await as('region-admin');
    const created = await post('/api/v1/admin/users', admin, {
      username: 'jt.window',
      displayName: '周敏',
      unitCode: 'jt.spk',
      password: 'initial-pass-1',
      roles: [{ role: 'window_clerk', scopeType: 'department', scopeCode: 'jt' }],
    });
    assert.equal(created.statusCode, 201, created.body);
    const jtWindow = await signIn(t, 'jt.window', 'initial-pass-1');
    assert.ok(!(await queue(jtWindow)).some((c) => c.caseId === id));
    const handover = { expectedVersion: entry.version, collectorKind: 'agent', collectorName: '陈静', idNumber: '500102198806123011', idChecked: true };
    assert.equal((await post(`/api/v1/cases/${id}/collection`, jtWindow, handover)).statusCode, 404, 'another department’s case answers like a missing one');

    const unchecked = await post(`/api/v1/cases/${id}/collection`, window, { ...handover, idChecked: false });
    assert.equal(unchecked.statusCode, 400);
    assert.equal(unchecked.json().field, 'body.idChecked');
    const badId = await post(`/api/v1/cases/${id}/collection`, window, { ...handover, idNumber: '500102198806123012' });
    assert.equal(badId.statusCode, 400);
    assert.equal(badId.json().field, 'body.idNumber');
    assert.equal((await post(`/api/v1/cases/${id}/collection`, window, { ...handover, expectedVersion: entry.version - 1 })).statusCode, 409);
    assert.equal((await post(`/api/v1/cases/${electronic}/collection`, window, { ...handover, expectedVersion: (await view(electronic)).version })).statusCode, 409);

    const done = await post(`/api/v1/cases/${id}/collection`, window, handover);
    assert.equal(done.statusCode, 201, done.body);
    assert.equal(done.json().idNumberMasked, '500102********3011');
    const after = await view(id);
    assert.equal(after.status, 'delivered');
    assert.deepEqual(after.timeline.slice(-2).map((e: { kind: string }) => e.kind), ['completed', 'delivered']);
    assert.ok(!(await queue()).some((c) => c.caseId === id), 'handed over: off the queue');
    const again = await post(`/api/v1/cases/${id}/collection`, window, { ...handover, expectedVersion: after.version });
    assert.equal(again.statusCode, 409);
    const audit = await t.database.db.selectFrom('audit_log').selectAll().where('action', '=', 'case.result_collected').where('subject_id', '=', String(id)).execute();
    assert.equal(audit.length, 1);
    const stored = await t.database.db.selectFrom('case_collections').selectAll().where('case_id', '=', id).executeTakeFirstOrThrow();
    assert.equal(stored.id_number_masked, '500102********3011', 'only the masked number is kept');
    assert.equal(stored.handed_over_by, 'window');
  });
});
