import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestApp, type TestApp } from '../../testing/app.js';
import { multipartBody, tinyPdf } from '../../testing/file-fixtures.js';
import { signIn, type TestSession } from '../../testing/sessions.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Every string anywhere in a JSON value, and every key: what a response gives away. */
function leaves(value: unknown, strings: string[] = [], keys: string[] = []): { strings: string[]; keys: string[] } {
  if (typeof value === 'string') strings.push(value);
  else if (Array.isArray(value)) value.forEach((v) => leaves(v, strings, keys));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      keys.push(k);
      leaves(v, strings, keys);
    }
  }
  return { strings, keys };
}

describe('what applicants see: plain validation messages, prefilled forms, deletable drafts, a timeline without internals (HTTP API)', () => {
  let t: TestApp;
  let dataDir: string;
  let company: TestSession;
  let citizen: TestSession;
  let window: TestSession;
  let companyItem: string;

  before(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'ow-applicant-case-'));
    t = await createTestApp({ demo: true, config: { dataDir } });
    [company, citizen, window] = await Promise.all([signIn(t, 'company'), signIn(t, 'citizen'), signIn(t, 'window')]);
    companyItem = (await api('GET', `/api/v1/items?joint=true&q=${encodeURIComponent('企业开办')}`, null)).json().items[0].code;
  });
  after(async () => {
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const api = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, session: TestSession | null, payload?: unknown) =>
    t.app.inject({ method, url, ...(session && { headers: session.headers }), ...(payload !== undefined && { payload: payload as Json }) });
  const upload = async (session: TestSession, appId: number, materialId: number) => {
    const body = await multipartBody([{ bytes: tinyPdf(`${appId}-${materialId}-${Math.random()}`), filename: `m${materialId}.pdf`, type: 'application/pdf' }]);
    const res = await t.app.inject({ method: 'POST', url: `/api/v1/applications/${appId}/materials/${materialId}`, headers: { ...session.headers, ...body.headers }, payload: body.payload });
    assert.equal(res.statusCode, 201, res.body);
    return res.json();
  };
  const start = async (session: TestSession, itemCode: string) => {
    const res = await api('POST', '/api/v1/applications', session, { itemCode });
    assert.ok([200, 201].includes(res.statusCode), res.body);
    return res.json();
  };
  const companyDetails = { companyName: '重庆市涪陵区新开商贸有限公司', companyType: '有限责任公司', registeredCapital: 100, businessAddress: '重庆市涪陵区太极大道 8 号', legalRepresentative: '王芳', businessScope: '日用百货销售' };

  test('a new draft is prefilled from the account: contact, phone, enterprise name and credit code', async () => {
    const draft = await start(company, companyItem);
    assert.deepEqual(draft.formData, { applicant: { contactName: '王芳', contactPhone: '13800000002', organisation: '重庆市涪陵区示例商贸有限公司', creditCode: '91500102MA5U7G8K20' } });
    assert.equal((await api('DELETE', `/api/v1/applications/${draft.id}`, company)).statusCode, 204);
  });

  test('a bad submission is refused with problem+json naming each field by its title and saying what to do', async () => {
    const draft = await start(company, companyItem);
    const formData = { applicant: { contactPhone: '12345', address: '重庆市涪陵区太极大道 8 号' }, details: { ...companyDetails, registeredCapital: -5, companyName: '新开' } };
    const saved = await api('PUT', `/api/v1/applications/${draft.id}/form`, company, { formData, expectedVersion: draft.version });
    assert.equal(saved.statusCode, 200, saved.body);
    const refused = await api('POST', `/api/v1/applications/${draft.id}/submit`, company, { expectedVersion: saved.json().version });
    assert.equal(refused.statusCode, 422);
    assert.match(refused.headers['content-type'] as string, /application\/problem\+json/);
    const problem = refused.json();
    const byField = Object.fromEntries(problem.errors.map((e: Json) => [e.field, e.message]));
    assert.equal(byField['body.formData.applicant.contactName'], '请填写联系人');
    assert.equal(byField['body.formData.applicant.contactPhone'], '请填写 11 位手机号码或带区号的座机号码');
    assert.equal(byField['body.formData.details.registeredCapital'], '注册资本（万元）须大于 0');
    assert.equal(byField['body.formData.details.companyName'], '拟设立企业名称至少填写 4 个字');
    const material = draft.materials.find((m: Json) => m.required && !m.shared);
    assert.equal(byField[`materials.${material.id}`], `缺少必要材料：${material.name}`);
    for (const e of problem.errors) assert.doesNotMatch(e.message, /应当|必需属性|匹配模式|\^|\\d|must/, e.message);
    assert.match(problem.detail, /^申请不完整：/);
    assert.doesNotMatch(problem.detail, /应当|\^/);
    assert.equal((await api('DELETE', `/api/v1/applications/${draft.id}`, company)).statusCode, 204);
  });

  test('drafts are deleted by their owner only, never once submitted, and the deletion is audited', async () => {
    const draft = await start(citizen, companyItem);
    assert.equal((await api('DELETE', `/api/v1/applications/${draft.id}`, company)).statusCode, 404, 'someone else’s draft is not there');
    assert.equal((await api('DELETE', `/api/v1/applications/${draft.id}`, window)).statusCode, 404, 'nor for staff');
    assert.equal((await api('DELETE', `/api/v1/applications/${draft.id}?expectedVersion=${draft.version + 5}`, citizen)).statusCode, 409, 'a stale version is refused');
    assert.equal((await api('DELETE', `/api/v1/applications/${draft.id}`, citizen)).statusCode, 204);
    assert.equal((await api('GET', `/api/v1/applications/${draft.id}`, citizen)).statusCode, 404);
    assert.equal((await api('GET', '/api/v1/applications?status=draft', citizen)).json().items.some((a: Json) => a.id === draft.id), false);
    const audit = await t.database.db.selectFrom('audit_log').selectAll().where('action', '=', 'application.deleted').where('subject_id', '=', String(draft.id)).execute();
    assert.equal(audit.length, 1);
  });

  test('the applicant’s case view has the query code and a timeline without login names or task ids; staff still see theirs', async () => {
    let draft = await start(company, companyItem);
    const saved = await api('PUT', `/api/v1/applications/${draft.id}/form`, company, { formData: { applicant: { ...draft.formData.applicant, address: '重庆市涪陵区太极大道 8 号' }, details: companyDetails }, expectedVersion: draft.version });
    assert.equal(saved.statusCode, 200, saved.body);
    draft = saved.json();
    for (const m of draft.materials.filter((x: Json) => x.required && !x.shared)) draft = await upload(company, draft.id, m.id);
    const submitted = await api('POST', `/api/v1/applications/${draft.id}/submit`, company, { expectedVersion: draft.version });
    assert.equal(submitted.statusCode, 201, submitted.body);
    const { caseId, queryCode } = submitted.json();
    assert.equal((await api('DELETE', `/api/v1/applications/${draft.id}`, company)).statusCode, 409, 'a submitted application is not deleted');
    const command = (session: TestSession, expectedVersion: number, body: Json) => api('POST', `/api/v1/cases/${caseId}/commands`, session, { expectedVersion, command: body });
    let staffView = (await api('GET', `/api/v1/cases/${caseId}`, window)).json();
    assert.equal((await command(window, staffView.version, { kind: 'accept' })).statusCode, 200);
    staffView = (await api('GET', `/api/v1/cases/${caseId}`, window)).json();
    const task = staffView.tasks.find((x: Json) => x.department === 'scjg');
    const reviewer = await signIn(t, 'scjg.reviewer');
    assert.equal((await command(reviewer, staffView.version, { kind: 'claim', taskId: task.id })).statusCode, 200);
    assert.equal((await command(reviewer, staffView.version + 1, { kind: 'approve', taskId: task.id, opinion: '材料齐全，符合条件' })).statusCode, 200);

    staffView = (await api('GET', `/api/v1/cases/${caseId}`, window)).json();
    assert.ok(staffView.timeline.some((e: Json) => e.actor === 'scjg.reviewer'), 'staff read who did what');

    const mine = (await api('GET', `/api/v1/cases/${caseId}`, company)).json();
    assert.equal(mine.queryCode, queryCode);
    assert.deepEqual(mine.tasks, []);
    const { strings, keys } = leaves(mine);
    for (const login of ['window', 'scjg.reviewer', task.id]) assert.ok(!strings.includes(login), `“${login}” is not in the applicant's view`);
    for (const key of ['taskId', 'assigneeId', 'toId', 'fromId', 'pausedTaskIds', 'stageKey', 'assignee']) assert.ok(!keys.includes(key), `no ${key}`);
    assert.ok(mine.timeline.every((e: Json) => ['applicant', 'staff', 'system'].includes(e.actor)));
    assert.ok(!mine.timeline.some((e: Json) => e.kind === 'task_claimed'), 'claims stay internal');
    const approved = mine.timeline.find((e: Json) => e.kind === 'task_completed');
    assert.equal(approved.actorDepartment, 'scjg');
    assert.equal(approved.taskName, task.name);
    assert.equal(approved.event.opinion, '材料齐全，符合条件');
    assert.ok(mine.actions.every((a: Json) => a.taskId === undefined));
  });
});
