import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { createTestApp, type TestApp } from '../../testing/app.js';
import { signIn, type TestSession } from '../../testing/sessions.js';
import { transact } from '../../db/connection.js';
import { fold, type WorkflowEvent } from '../workflow/engine/index.js';
import { findCase } from '../workflow/repository.js';
import { noticeCaseChange } from './case-notices.js';
import { registerChannels } from './channels.js';
import { chineseDate } from './messages.js';
import { DELIVER_TASK } from './service.js';

interface NoticeView {
  id: number;
  caseId: number | null;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  readAt: string | null;
  deliveries: { channel: string; status: string }[];
}

describe('in-app notices of case changes (demo district)', () => {
  let t: TestApp;
  let window: TestSession;
  let citizen: TestSession;
  let item: { code: string; name: string };

  before(async () => {
    t = await createTestApp({ demo: true });
    window = await signIn(t, 'window');
    citizen = await signIn(t, 'citizen');
    const items = (await t.app.inject({ method: 'GET', url: '/api/v1/items?department=scjg&limit=100' })).json();
    item = items.items.find((i: { processKind: string }) => i.processKind === 'standard');
    assert.ok(item, 'market supervision has a standard item');
  });
  after(() => t.close());

  const getCase = (id: number, session: TestSession) => t.app.inject({ method: 'GET', url: `/api/v1/cases/${id}`, headers: session.headers });
  const command = (id: number, session: TestSession, expectedVersion: number, body: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/commands`, headers: session.headers, payload: { expectedVersion, command: body } });
  const run = async (id: number, session: TestSession, body: Record<string, unknown>) => {
    const version = (await getCase(id, window)).json().version;
    const res = await command(id, session, version, body);
    assert.equal(res.statusCode, 200, res.body);
  };
  async function fileCase(applicant = 'citizen'): Promise<{ id: number; receiptNo: string; queryCode: string }> {
    const created = await t.app.inject({ method: 'POST', url: '/api/v1/cases', headers: window.headers, payload: { itemCode: item.code, applicant, channel: 'window' } });
    assert.equal(created.statusCode, 201, created.body);
    return created.json();
  }
  async function noticesOf(session: TestSession, query = 'limit=100'): Promise<{ items: NoticeView[]; unread: number; nextCursor: number | null }> {
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/notifications?${query}`, headers: session.headers });
    assert.equal(res.statusCode, 200, res.body);
    return res.json();
  }
  const caseNotices = async (session: TestSession, caseId: number) => (await noticesOf(session)).items.filter((n) => n.caseId === caseId);
  const countRows = async (caseId: number) =>
    Number((await t.database.db.selectFrom('notifications').select((eb) => eb.fn.countAll<number>().as('n')).where('case_id', '=', caseId).executeTakeFirstOrThrow()).n);
  const deliverJobs = async () => (await sql<{ n: number }>`SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE task_identifier = ${DELIVER_TASK}`.execute(t.database.db)).rows[0]!.n;

  test('receipt and acceptance reach the applicant with receipt number, query code and due date; the review queue hears of the new task', async () => {
    const { id, receiptNo, queryCode } = await fileCase();
    await run(id, window, { kind: 'accept' });
    const due = (await getCase(id, window)).json().due as string;

    const mine = await caseNotices(citizen, id);
    assert.deepEqual(mine.map((n) => n.kind), ['accepted', 'submitted'], 'newest first');
    const [accepted, submitted] = mine;
    assert.equal(submitted!.title, '您的申请已提交');
    assert.match(submitted!.body, new RegExp(`「${item.name}」（办件编号 ${receiptNo}）`));
    assert.match(submitted!.body, new RegExp(`查询码：${queryCode}`));
    assert.equal(accepted!.title, '您的申请已受理');
    assert.match(accepted!.body, new RegExp(receiptNo));
    assert.match(accepted!.body, new RegExp(`预计于${chineseDate(due)}前办结`));
    assert.equal(accepted!.link, `/my/cases/${id}`);
    assert.equal(accepted!.readAt, null);
    // 李明 has a phone but this app has no SMS gateway: the delivery is recorded as skipped, and nothing is queued.
    assert.deepEqual(accepted!.deliveries, [{ channel: 'sms', status: 'skipped' }]);
    assert.equal(await deliverJobs(), 0);

    const reviewer = await signIn(t, 'scjg.reviewer');
    const task = (await caseNotices(reviewer, id)).find((n) => n.kind === 'task_created');
    assert.ok(task, 'the reviewer of the department hears of the new task');
    assert.equal(task.title, '新的审查任务');
    assert.match(task.body, new RegExp(receiptNo));
    assert.equal(task.link, `/dept/cases/${id}`);
    assert.deepEqual(task.deliveries, [], 'staff are told in the platform only');
    assert.deepEqual(await caseNotices(await signIn(t, 'jt.reviewer'), id), [], 'another department hears nothing');
    assert.deepEqual(await caseNotices(await signIn(t, 'company'), id), [], 'another applicant hears nothing');
  });

  test('a supplement request lists every missing item at once; a refusal gives its reason', async () => {
    const { id } = await fileCase();
    const missing = ['营业执照副本复印件', '法定代表人身份证明', '经营场所使用证明'];
    await run(id, window, { kind: 'request_supplement', items: missing });
    const supplement = (await caseNotices(citizen, id)).find((n) => n.kind === 'supplement_requested');
    assert.ok(supplement);
    assert.equal(supplement.title, '请补正申请材料');
    assert.match(supplement.body, /需要补正以下 3 项材料/);
    missing.forEach((name, i) => assert.ok(supplement.body.includes(`${i + 1}. ${name}`), name));

    await run(id, window, { kind: 'receive_supplement', note: '窗口收取' });
    await run(id, window, { kind: 'refuse', reason: '申请事项不属于本机关职权范围', legalBasis: '《中华人民共和国行政许可法》第三十二条' });
    const refused = (await caseNotices(citizen, id)).find((n) => n.kind === 'refused');
    assert.ok(refused);
    assert.equal(refused.title, '您的申请不予受理');
    assert.match(refused.body, /理由：申请事项不属于本机关职权范围/);
    assert.match(refused.body, /依据：《中华人民共和国行政许可法》第三十二条/);
  });

  test('the decision, completion and delivery reach the applicant', async () => {
    const { id } = await fileCase();
    await run(id, window, { kind: 'accept' });
    for (const username of ['scjg.reviewer', 'scjg.approver']) {
      const staff = await signIn(t, username);
      const open = (await getCase(id, staff)).json().tasks.find((x: { status: string }) => x.status === 'queued');
      await run(id, staff, { kind: 'claim', taskId: open.id });
      await run(id, staff, { kind: 'approve', taskId: open.id, opinion: '符合法定条件，同意。' });
    }
    assert.equal((await getCase(id, window)).json().status, 'decided_approved');
    await run(id, window, { kind: 'complete' });
    await run(id, window, { kind: 'deliver', method: 'electronic' });

    const kinds = (await caseNotices(citizen, id)).map((n) => n.kind).reverse();
    assert.deepEqual(kinds, ['submitted', 'accepted', 'decided_approved', 'completed', 'delivered']);
    const decided = (await caseNotices(citizen, id)).find((n) => n.kind === 'decided_approved')!;
    assert.equal(decided.title, '审批结果：准予许可');
    const approverTask = (await caseNotices(await signIn(t, 'scjg.approver'), id)).find((n) => n.kind === 'task_created');
    assert.equal(approverTask?.title, '新的审批任务', 'the approver hears when the decision lands in their queue');
  });

  test('a case change that rolls back leaves no notice and no queued delivery', async () => {
    const { id } = await fileCase();
    const before = await countRows(id);
    const stale = await command(id, window, 0, { kind: 'accept' });
    assert.equal(stale.statusCode, 409);
    assert.equal(await countRows(id), before, 'a stale write (409) notices nothing');

    // Inside a real transaction with an SMS gateway configured: the notice and its job exist
    // in the transaction, and both vanish with its rollback (the outbox).
    registerChannels({ ...t.deps.config, smsGatewayUrl: 'http://127.0.0.1:9/send' }, t.deps.logger);
    try {
      const row = (await findCase(t.database.db, id))!;
      const accepted = { kind: 'accepted', days: 20, clockStart: '2026-01-05', due: '2026-02-02', at: new Date().toISOString(), on: '2026-01-05', actor: { id: 'window', kind: 'staff' } } as WorkflowEvent;
      await assert.rejects(
        transact(t.database.db, async (trx) => {
          await noticeCaseChange(trx, { row, events: [{ seq: row.last_seq + 1, event: accepted }], state: fold([accepted]), reference: t.database.db });
          const inside = await trx.selectFrom('notifications').select('id').where('case_id', '=', id).where('kind', '=', 'accepted').execute();
          assert.equal(inside.length, 1, 'written inside the transaction');
          assert.equal((await sql<{ n: number }>`SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE task_identifier = ${DELIVER_TASK}`.execute(trx)).rows[0]!.n, 1, 'its SMS job queued inside it');
          throw new Error('the case change fails after its effects');
        }),
        /fails after its effects/,
      );
      assert.equal(await countRows(id), before, 'no notice after the rollback');
      assert.equal(await deliverJobs(), 0, 'no job after the rollback');
    } finally {
      registerChannels(t.deps.config, t.deps.logger);
    }
  });

  test('a notice that cannot be written never blocks or rolls back the case change', async () => {
    const { id } = await fileCase();
    await sql`ALTER TABLE notifications ADD CONSTRAINT refuse_everything CHECK (false) NOT VALID`.execute(t.database.db);
    try {
      await run(id, window, { kind: 'accept' });
    } finally {
      await sql`ALTER TABLE notifications DROP CONSTRAINT refuse_everything`.execute(t.database.db);
    }
    const view = (await getCase(id, window)).json();
    assert.equal(view.status, 'in_review', 'the acceptance stands');
    assert.ok(view.timeline.some((e: { kind: string }) => e.kind === 'accepted'));
    assert.deepEqual((await caseNotices(citizen, id)).map((n) => n.kind), ['submitted'], 'only the notice written before');
  });

  test('an applicant who registered with an email address gets an email delivery too; an unknown applicant gets nothing', async () => {
    // Demo mode without an SMS gateway: the phone's code comes back in the answer.
    const code = (await t.app.inject({ method: 'POST', url: '/api/v1/auth/codes', payload: { purpose: 'register', phone: '13900000077' } })).json().demoCode;
    const registered = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      payload: { kind: 'person', username: 'zhao.lei', password: 'secret-pass-1', displayName: '赵磊', phone: '13900000077', email: 'zhao.lei@example.cn', idNumber: '500102199001010014', code },
    });
    assert.equal(registered.statusCode, 201, registered.body);
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      payload: { kind: 'person', username: 'qian.li', password: 'secret-pass-1', displayName: '钱立', phone: '13900000078', email: 'not-an-address', idNumber: '500102199001010022', code: '123456' },
    });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().field, 'body.email');

    const { id } = await fileCase('zhao.lei');
    const zhao = await signIn(t, 'zhao.lei', 'secret-pass-1');
    const [submitted] = await caseNotices(zhao, id);
    assert.deepEqual(submitted!.deliveries, [
      { channel: 'email', status: 'skipped' },
      { channel: 'sms', status: 'skipped' },
    ]);
    const stored = await t.database.db.selectFrom('notification_deliveries').select(['channel', 'destination']).where('notification_id', '=', submitted!.id).orderBy('id').execute();
    assert.deepEqual(stored, [
      { channel: 'email', destination: 'zhao.lei@example.cn' },
      { channel: 'sms', destination: '13900000077' },
    ]);

    const walkIn = await fileCase('never.registered');
    assert.equal(await countRows(walkIn.id), 0, 'a username nobody holds gets no notices (someone registering it later must not inherit them)');
  });

  test('the inbox: newest first with paging and an unread filter; mark one or all read; someone else’s notice is 404', async () => {
    const all = await noticesOf(citizen);
    assert.ok(all.items.length >= 4);
    assert.equal(all.unread, all.items.filter((n) => n.readAt === null).length);

    const first = await noticesOf(citizen, 'limit=2');
    assert.equal(first.items.length, 2);
    assert.ok(first.nextCursor);
    const second = await noticesOf(citizen, `limit=2&cursor=${first.nextCursor}`);
    assert.deepEqual(second.items.map((n) => n.id), all.items.slice(2, 4).map((n) => n.id));

    const target = all.items[0]!;
    const company = await signIn(t, 'company');
    const foreign = await t.app.inject({ method: 'POST', url: `/api/v1/notifications/${target.id}/read`, headers: company.headers });
    assert.equal(foreign.statusCode, 404);
    assert.equal(foreign.json().code, 'not_found');
    const missing = await t.app.inject({ method: 'POST', url: '/api/v1/notifications/999999999/read', headers: citizen.headers });
    assert.equal(missing.statusCode, 404);
    assert.deepEqual(foreign.json().detail, missing.json().detail, 'someone else’s notice answers exactly like a missing one');
    assert.equal((await noticesOf(citizen)).unread, all.unread, 'and stays unread');

    const read = await t.app.inject({ method: 'POST', url: `/api/v1/notifications/${target.id}/read`, headers: citizen.headers });
    assert.equal(read.statusCode, 200, read.body);
    assert.ok(read.json().readAt);
    assert.equal(read.json().unread, all.unread - 1);
    const again = await t.app.inject({ method: 'POST', url: `/api/v1/notifications/${target.id}/read`, headers: citizen.headers });
    assert.equal(again.json().readAt, read.json().readAt, 'reading again keeps the first reading time');
    const unreadOnly = await noticesOf(citizen, 'unread=true&limit=100');
    assert.ok(!unreadOnly.items.some((n) => n.id === target.id));
    assert.ok(unreadOnly.items.every((n) => n.readAt === null));

    const companyUnread = (await noticesOf(company)).unread;
    const all2 = await t.app.inject({ method: 'POST', url: '/api/v1/notifications/read-all', headers: citizen.headers });
    assert.equal(all2.statusCode, 200, all2.body);
    assert.deepEqual(all2.json(), { marked: all.unread - 1, unread: 0 });
    assert.equal((await noticesOf(citizen)).unread, 0);
    assert.equal((await noticesOf(company)).unread, companyUnread, 'only the caller’s own notices');

    assert.equal((await t.app.inject({ method: 'GET', url: '/api/v1/notifications' })).statusCode, 401);
    const badId = await t.app.inject({ method: 'POST', url: '/api/v1/notifications/abc/read', headers: citizen.headers });
    assert.equal(badId.statusCode, 400);
    const badLimit = await t.app.inject({ method: 'GET', url: '/api/v1/notifications?limit=1000', headers: citizen.headers });
    assert.equal(badLimit.statusCode, 400);
    assert.match(badLimit.json().field ?? '', /limit/);
  });
});
