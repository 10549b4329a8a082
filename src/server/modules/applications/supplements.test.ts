import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestApp, type TestApp } from '../../testing/app.js';
import { multipartBody, tinyPdf } from '../../testing/file-fixtures.js';
import { pdfText } from '../../testing/pdf-text.js';
import { signIn, type TestSession } from '../../testing/sessions.js';
import { chineseDate } from '../documents/notices.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * 补正 at the window for 企业开办 (demo district, HTTP API): situational materials required by the
 * form, the one-time supplement list (一次性告知) opening only its slots and needing a new file on
 * each, the flagged file replaced, and the first list returned at most once more.
 */
describe('the supplement flow and situational materials at intake', () => {
  let t: TestApp;
  let dataDir: string;
  let window: TestSession;
  let company: TestSession;
  let itemCode: string;
  let taxForm: Json;

  before(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'ow-supplements-'));
    t = await createTestApp({ demo: true, config: { dataDir } });
    window = await signIn(t, 'window');
    company = await signIn(t, 'company');
    itemCode = (await api('GET', `/api/v1/items?joint=true&q=${encodeURIComponent('企业开办')}`, null)).json().items[0].code;
    const form = (await api('GET', `/api/v1/items/${itemCode}/form`, null)).json();
    taxForm = form.materials.find((m: Json) => m.name === '《新办纳税人涉税事项综合申请表》');
    assert.deepEqual(taxForm.requiredWhen, { field: 'details.needInvoice', equals: true }, 'the situation is data on the material');
    assert.equal(taxForm.required, false);
  });
  after(async () => {
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const api = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, session: TestSession | null, payload?: unknown) =>
    t.app.inject({ method, url, ...(session && { headers: session.headers }), ...(payload !== undefined && { payload: payload as Json }) });
  const upload = async (appId: number, materialId: number, label: string) => {
    const body = await multipartBody([{ bytes: tinyPdf(label), filename: `${label}.pdf`, type: 'application/pdf' }]);
    return t.app.inject({ method: 'POST', url: `/api/v1/applications/${appId}/materials/${materialId}`, headers: { ...company.headers, ...body.headers }, payload: body.payload });
  };
  const command = async (caseId: number, session: TestSession, body: Json) => {
    const version = (await api('GET', `/api/v1/cases/${caseId}`, window)).json().version;
    return api('POST', `/api/v1/cases/${caseId}/commands`, session, { expectedVersion: version, command: body });
  };
  const applicationOf = async (caseId: number): Promise<Json> => (await api('GET', `/api/v1/cases/${caseId}/application`, window)).json();
  const material = (app: Json, id: number): Json => app.materials.find((m: Json) => m.id === id);
  const check = (app: Json, materialId: number, fileId: number, result: string, note?: string) =>
    api('PUT', `/api/v1/applications/${app.id}/materials/${materialId}/files/${fileId}/check`, window, { result, ...(note && { note }) });
  const named = (app: Json, part: string): Json => app.materials.find((m: Json) => m.name.includes(part));

  const formData = (needInvoice: boolean) => ({
    applicant: { organisation: '重庆市涪陵区示例商贸有限公司', contactName: '王芳', contactPhone: '13800000002', address: '重庆市涪陵区太极大道 18 号' },
    details: {
      companyName: '重庆市涪陵区新开示例科技有限公司',
      companyType: '有限责任公司',
      registeredCapital: 100,
      legalRepresentative: '王芳',
      businessAddress: '重庆市涪陵区太极大道 18 号 2 楼',
      businessScope: '软件开发；信息技术咨询服务',
      needSeal: true,
      needInvoice,
      employees: 3,
    },
  });

  /** A draft with the form saved and a file on every material the form needs except `skip`. */
  async function draft(needInvoice: boolean, skip: (m: Json) => boolean = () => false): Promise<Json> {
    let view = (await api('POST', '/api/v1/applications', company, { itemCode })).json();
    const saved = await api('PUT', `/api/v1/applications/${view.id}/form`, company, { formData: formData(needInvoice), expectedVersion: view.version });
    assert.equal(saved.statusCode, 200, saved.body);
    view = saved.json();
    for (const m of view.materials.filter((x: Json) => x.requiredNow && !x.shared && !skip(x))) {
      const res = await upload(view.id, m.id, `first-${view.id}-${m.id}`);
      assert.equal(res.statusCode, 201, res.body);
      view = res.json();
    }
    return view;
  }

  async function submitted(needInvoice = true): Promise<{ caseId: number; app: Json }> {
    const view = await draft(needInvoice);
    const res = await api('POST', `/api/v1/applications/${view.id}/submit`, company, { expectedVersion: view.version });
    assert.equal(res.statusCode, 201, res.body);
    return { caseId: res.json().caseId, app: await applicationOf(res.json().caseId) };
  }

  /** Every file checked 合格 except those of the materials given, checked as given. */
  async function checkAll(app: Json, verdicts: Record<number, [string, string?]> = {}): Promise<Json> {
    let view = app;
    for (const m of app.materials) {
      for (const file of m.files) {
        const [result, note] = verdicts[m.id] ?? ['ok'];
        const res = await check(view, m.id, file.id, result, note);
        assert.equal(res.statusCode, 200, res.body);
        view = res.json();
      }
    }
    return view;
  }

  test('a situational material is required when the form says so: at submission and at the window', async () => {
    const withInvoice = await draft(true, (m) => m.id === taxForm.id);
    assert.equal(material(withInvoice, taxForm.id).requiredNow, true, '同时申领发票 makes the tax form required');
    const refused = await api('POST', `/api/v1/applications/${withInvoice.id}/submit`, company, { expectedVersion: withInvoice.version });
    assert.equal(refused.statusCode, 422, refused.body);
    assert.ok(refused.json().errors.some((e: Json) => e.field === `materials.${taxForm.id}` && e.message.includes('涉税事项综合申请表') && e.message.includes('需要申领发票')), refused.body);

    const saved = await api('PUT', `/api/v1/applications/${withInvoice.id}/form`, company, { formData: formData(false), expectedVersion: withInvoice.version });
    assert.equal(material(saved.json(), taxForm.id).requiredNow, false, 'no invoice, no tax form');
    const ok = await api('POST', `/api/v1/applications/${withInvoice.id}/submit`, company, { expectedVersion: saved.json().version });
    assert.equal(ok.statusCode, 201, ok.body);

    // At the window: the tax form is there but not in order, so the case cannot be accepted as it is.
    const { caseId, app } = await submitted(true);
    await checkAll(app, { [taxForm.id]: ['invalid', '未签字'] });
    const accept = await command(caseId, window, { kind: 'accept' });
    assert.equal(accept.statusCode, 422, accept.body);
    assert.equal(accept.json().errors[0].field, `materials.${taxForm.id}`);
    assert.match(accept.json().detail, /涉税事项综合申请表/);
    assert.equal((await api('GET', `/api/v1/cases/${caseId}`, window)).json().status, 'submitted', 'nothing was written');
  });

  test('the supplement list opens only its slots, needs a new file on each, lets the flagged file go, and carries its deadline', async () => {
    const { caseId, app } = await submitted();
    const nothing = await command(caseId, window, { kind: 'request_supplement', items: ['请补充材料'] });
    assert.equal(nothing.statusCode, 422, 'nothing flagged, nothing to list');
    assert.match(nothing.json().detail, /缺失.*不合格/);

    const charter = named(app, '章程');
    const premises = named(app, '住所');
    let view = await checkAll(app, { [charter.id]: ['invalid', '缺少全体股东签字'], [taxForm.id]: ['missing', '缺第二页'] });
    const requested = await command(caseId, window, { kind: 'request_supplement', items: [`${charter.name}（不合格：缺少全体股东签字）`, `${taxForm.name}（缺失：缺第二页）`] });
    assert.equal(requested.statusCode, 200, requested.body);
    view = await applicationOf(caseId);
    assert.equal(view.supplements.length, 1);
    assert.deepEqual([...view.supplements[0].materialIds].sort(), [charter.id, taxForm.id].sort());
    assert.match(view.supplements[0].dueOn, /^\d{4}-\d{2}-\d{2}$/);

    const unlisted = await upload(view.id, premises.id, 'premises-again');
    assert.equal(unlisted.statusCode, 422, 'a slot not on the list takes no file');
    assert.equal(unlisted.json().errors[0].field, 'params.materialId');
    assert.match(unlisted.json().detail, /不在补正清单上/);
    const locked = await api('DELETE', `/api/v1/applications/${view.id}/materials/${premises.id}/files/${material(view, premises.id).files[0].id}`, company);
    assert.equal(locked.statusCode, 409, 'a verified file stays');

    const flaggedCharter = material(view, charter.id).files[0];
    const removed = await api('DELETE', `/api/v1/applications/${view.id}/materials/${charter.id}/files/${flaggedCharter.id}`, company);
    assert.equal(removed.statusCode, 200, removed.body);
    assert.equal(material(removed.json(), charter.id).files.length, 0, 'the flagged file is gone');
    assert.equal((await upload(view.id, charter.id, 'charter-signed')).statusCode, 201);

    const early = await command(caseId, company, { kind: 'receive_supplement' });
    assert.equal(early.statusCode, 422, 'every listed material needs a new file');
    assert.deepEqual(early.json().errors.map((e: Json) => e.field), [`materials.${taxForm.id}`]);
    assert.equal((await upload(view.id, taxForm.id, 'tax-complete')).statusCode, 201);
    const handed = await command(caseId, company, { kind: 'receive_supplement' });
    assert.equal(handed.statusCode, 200, handed.body);
    assert.ok((await applicationOf(caseId)).supplements[0].receivedAt);

    const due = chineseDate(view.supplements[0].dueOn);
    const notices = (await api('GET', '/api/v1/notifications', company)).json().items.filter((n: Json) => n.kind === 'supplement_requested');
    assert.ok(notices.some((n: Json) => n.body.includes(`请于${due}前`)), 'the in-app notice names the deadline');
    const documents = (await api('GET', `/api/v1/cases/${caseId}/documents`, company)).json().documents;
    const notice = documents.find((d: Json) => d.kind === 'supplement');
    const pdf = await api('GET', notice.href, company);
    const { text } = await pdfText(pdf.rawPayload);
    assert.ok(text.replace(/\s/g, '').includes(`补正截止日期${due}`.replace(/\s/g, '')), `the notice PDF carries the deadline: ${text}`);
  });

  test('after the supplement the window may return the first list once more, only while something on it is still wrong', async () => {
    const { caseId, app } = await submitted();
    const charter = named(app, '章程');
    const premises = named(app, '住所');
    const lines = [`${charter.name}（不合格：缺少签字）`, `${taxForm.name}（不合格：未盖章）`];
    await checkAll(app, { [charter.id]: ['invalid', '缺少签字'], [taxForm.id]: ['invalid', '未盖章'] });
    assert.equal((await command(caseId, window, { kind: 'request_supplement', items: lines })).statusCode, 200);
    const view = await applicationOf(caseId);
    for (const id of [charter.id, taxForm.id]) assert.equal((await upload(view.id, id, `second-${id}`)).statusCode, 201);
    assert.equal((await command(caseId, company, { kind: 'receive_supplement' })).statusCode, 200);

    // The second check: both new files in order, but a file not on the first list is now found wrong.
    const after = await applicationOf(caseId);
    const newFile = (id: number) => material(after, id).files.find((f: Json) => f.phase === 'supplement');
    for (const id of [charter.id, taxForm.id]) assert.equal((await check(after, id, newFile(id).id, 'ok')).statusCode, 200);
    assert.equal((await check(after, premises.id, material(after, premises.id).files[0].id, 'invalid', '租赁合同已过期')).statusCode, 200);
    const notOnList = await command(caseId, window, { kind: 'request_supplement', items: lines });
    assert.equal(notOnList.statusCode, 422, 'only what is on the first list may be returned');
    assert.match(notOnList.json().detail, /首次告知清单/);

    // The tax form is still not right: that part of the first list goes back, once.
    assert.equal((await check(after, premises.id, material(after, premises.id).files[0].id, 'ok')).statusCode, 200);
    assert.equal((await check(after, taxForm.id, newFile(taxForm.id).id, 'invalid', '仍未盖章')).statusCode, 200);
    const added = await command(caseId, window, { kind: 'request_supplement', items: [lines[1], '另附营业场所照片'] });
    assert.equal(added.statusCode, 422, 'no new items on the second request');
    assert.match(added.json().detail, /首次告知清单/);
    const again = await command(caseId, window, { kind: 'request_supplement', items: [lines[1]] });
    assert.equal(again.statusCode, 200, again.body);
    const second = await applicationOf(caseId);
    assert.deepEqual(second.supplements.map((s: Json) => s.round), [1, 2]);
    assert.deepEqual(second.supplements[1].materialIds, [taxForm.id], 'the second list is the still-wrong part of the first');
    assert.equal((await upload(second.id, charter.id, 'charter-third')).statusCode, 422, 'the charter is in order now: not on the second list');
    assert.equal((await upload(second.id, taxForm.id, 'tax-third')).statusCode, 201);
    assert.equal((await command(caseId, company, { kind: 'receive_supplement' })).statusCode, 200);

    const last = await applicationOf(caseId);
    const third = material(last, taxForm.id).files.at(-1);
    assert.equal((await check(last, taxForm.id, third.id, 'invalid', '还是不行')).statusCode, 200);
    const once = await command(caseId, window, { kind: 'request_supplement', items: [lines[1]] });
    assert.equal(once.statusCode, 422, 'never a third time');
    assert.match(once.json().detail, /不能再次要求补正/);
    assert.equal((await command(caseId, window, { kind: 'refuse', reason: '经两次补正，涉税事项综合申请表仍不符合法定形式' })).statusCode, 200, 'the window refuses instead');
  });
});
