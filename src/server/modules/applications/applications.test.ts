import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isValidReceiptNumber } from '../../../shared/receipt-number.js';
import { createTestApp, type TestApp } from '../../testing/app.js';
import { signIn, type TestSession } from '../../testing/sessions.js';
import { multipartBody, tinyPdf } from '../../testing/file-fixtures.js';

/** Every file under a directory, recursively: what the local store holds. */
function storedFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
  } catch {
    return [];
  }
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('applying once: online, at the window and assisted — one case (demo district, HTTP API)', () => {
  let t: TestApp;
  let dataDir: string;
  let window: TestSession;
  let citizen: TestSession;
  let company: TestSession;
  const UPLOAD_LIMIT = 64 * 1024;

  before(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'ow-applications-'));
    t = await createTestApp({ demo: true, config: { dataDir, uploadMaxBytes: UPLOAD_LIMIT } });
    window = await signIn(t, 'window');
    citizen = await signIn(t, 'citizen');
    company = await signIn(t, 'company');
  });
  after(async () => {
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const api = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, session: TestSession | null, payload?: unknown) =>
    t.app.inject({ method, url, ...(session && { headers: session.headers }), ...(payload !== undefined && { payload: payload as Json }) });
  const upload = async (session: TestSession, appId: number, materialId: number, filename: string, bytes: Buffer, type = 'application/pdf') => {
    const body = await multipartBody([{ bytes, filename, type }]);
    return t.app.inject({ method: 'POST', url: `/api/v1/applications/${appId}/materials/${materialId}`, headers: { ...session.headers, ...body.headers }, payload: body.payload });
  };
  const command = (id: number, session: TestSession, expectedVersion: number, body: Json) => api('POST', `/api/v1/cases/${id}/commands`, session, { expectedVersion, command: body });
  const caseView = async (id: number, session: TestSession = window) => (await api('GET', `/api/v1/cases/${id}`, session)).json();

  async function itemWhere(where: string): Promise<string> {
    const row = await t.database.db
      .selectFrom('items as i')
      .innerJoin('item_versions as v', 'v.id', 'i.published_version_id')
      .select('i.code')
      .where((eb) => eb.and([eb('v.handling_depth', '=', where.split(':')[0]!), eb('v.process_kind', '=', where.split(':')[1]!)]))
      .orderBy('i.code')
      .executeTakeFirstOrThrow();
    return row.code;
  }

  /** A form filled the way the generated schema asks, whatever kind of item it is. */
  function filledForm(form: Json): Json {
    const fill = (schema: Json): unknown => {
      if (schema.enum) return schema.type === 'array' ? [schema.enum[0]] : schema.enum[0];
      switch (schema.type) {
        case 'object':
          return Object.fromEntries(Object.entries(schema.properties ?? {}).map(([k, v]) => [k, fill(v as Json)]));
        case 'array':
          return [fill(schema.items)];
        case 'number':
        case 'integer':
          return 10;
        case 'boolean':
          return true;
        default:
          if (schema.title === '联系电话') return '13800138000';
          if (schema.title === '项目代码') return '2025-500102-47-01-123456';
          if (schema.title === '车牌号') return '渝G12345';
          if (schema.title === '统一社会信用代码') return '91500102MA5U7G8K20';
          return `${schema.title ?? '内容'}（测试填写）`;
      }
    };
    return fill(form.schema) as Json;
  }

  /** Starts an application, fills the form, uploads every required material; the draft view. */
  async function preparedApplication(session: TestSession, itemCode: string, appId?: number): Promise<Json> {
    const form = (await api('GET', `/api/v1/items/${itemCode}/form`, null)).json();
    let view: Json;
    if (appId === undefined) {
      const started = await api('POST', '/api/v1/applications', session, { itemCode });
      assert.ok([200, 201].includes(started.statusCode), started.body);
      view = started.json();
    } else {
      view = (await api('GET', `/api/v1/applications/${appId}`, session)).json();
    }
    const saved = await api('PUT', `/api/v1/applications/${view.id}/form`, session, { formData: filledForm(form), expectedVersion: view.version });
    assert.equal(saved.statusCode, 200, saved.body);
    view = saved.json();
    for (const material of view.materials.filter((m: Json) => m.requiredNow && !m.shared)) {
      const res = await upload(session, view.id, material.id, `${material.name}.pdf`, tinyPdf(`${view.id}-${material.id}`));
      assert.equal(res.statusCode, 201, res.body);
      view = res.json();
    }
    return view;
  }

  /** Works every open task of the case with the demo reviewer/approver of its department until decided. */
  async function approveAllTasks(id: number): Promise<void> {
    for (let round = 0; round < 12; round++) {
      const view = await caseView(id);
      if (view.status.startsWith('decided') || ['completed', 'delivered'].includes(view.status)) return;
      const open = view.tasks.filter((x: Json) => ['queued', 'claimed'].includes(x.status));
      assert.ok(open.length > 0, `case ${id} has open tasks while ${view.status}`);
      for (const task of open) {
        const suffix = task.role === 'approver' ? 'approver' : task.role === 'department_head' ? 'head' : 'reviewer';
        const staff = await signIn(t, `${task.department}.${suffix}`);
        let version = (await caseView(id)).version;
        if (task.status === 'queued') assert.equal((await command(id, staff, version++, { kind: 'claim', taskId: task.id })).statusCode, 200);
        const done = await command(id, staff, version, { kind: 'approve', taskId: task.id, opinion: '同意' });
        assert.equal(done.statusCode, 200, done.body);
      }
    }
    assert.fail(`case ${id} was not decided`);
  }

  /** The case's certificate as the applicant downloads it, verified on the public page through its QR link. */
  async function certificateVerifies(caseId: number, session: TestSession): Promise<void> {
    const documents = (await api('GET', `/api/v1/cases/${caseId}/documents`, session)).json().documents;
    const certificate = documents.find((d: Json) => d.kind === 'certificate');
    assert.ok(certificate, `a certificate among ${documents.map((d: Json) => d.kind)}`);
    const pdf = await api('GET', certificate.href, session);
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.headers['content-type'], 'application/pdf');
    const link = new URL(certificate.certificate.verifyUrl);
    const verified = await api('GET', `/api/v1/certificates/${encodeURIComponent(certificate.certificate.number)}/verify${link.search}`, null);
    assert.equal(verified.statusCode, 200, verified.body);
    assert.equal(verified.json().genuine, true);
    assert.equal(verified.json().valid, true);
  }

  test('a person applies online for a fully-online item and receives the certificate without a visit', async () => {
    const itemCode = await itemWhere('full_online:instant');
    const draft = await preparedApplication(citizen, itemCode);
    assert.equal(draft.channel, 'online');
    const again = await api('POST', '/api/v1/applications', citizen, { itemCode });
    assert.equal(again.statusCode, 200, 'starting again resumes the same draft');
    assert.equal(again.json().id, draft.id);

    const submitted = await api('POST', `/api/v1/applications/${draft.id}/submit`, citizen, { expectedVersion: draft.version });
    assert.equal(submitted.statusCode, 201, submitted.body);
    const { caseId, receiptNo, queryCode } = submitted.json();
    assert.ok(isValidReceiptNumber(receiptNo));
    assert.match(queryCode, /^[A-Z2-9]{6}$/);

    const mine = (await api('GET', '/api/v1/my/cases', citizen)).json().items;
    assert.equal(mine.find((c: Json) => c.id === caseId).status, 'submitted');
    const queue = (await api('GET', '/api/v1/window/queue', window)).json().items;
    const queued = queue.find((q: Json) => q.caseId === caseId);
    assert.ok(queued, 'the online submission is in the one-window queue');
    assert.equal(queued.channel, 'online');
    const told = (await api('GET', '/api/v1/notifications', window)).json().items.find((n: Json) => n.caseId === caseId);
    assert.ok(told, 'the window clerks are told an online application waits');
    assert.equal(told.title, '新的网上申请待受理审查');
    assert.equal(told.link, `/window/cases/${caseId}`);

    const application = (await api('GET', `/api/v1/cases/${caseId}/application`, window)).json();
    for (const material of application.materials) {
      for (const file of material.files) {
        const checked = await api('PUT', `/api/v1/applications/${application.id}/materials/${material.id}/files/${file.id}/check`, window, { result: 'ok' });
        assert.equal(checked.statusCode, 200, checked.body);
      }
    }
    const download = await api('GET', `/api/v1/applications/${application.id}/files/${application.materials.find((m: Json) => m.files.length).files[0].id}`, window);
    assert.equal(download.statusCode, 200);
    assert.ok(download.rawPayload.subarray(0, 5).equals(Buffer.from('%PDF-')));

    assert.equal((await command(caseId, window, queued.version, { kind: 'accept' })).statusCode, 200);
    await approveAllTasks(caseId);
    const decided = await caseView(caseId, citizen);
    assert.equal(decided.status, 'decided_approved');
    await certificateVerifies(caseId, citizen);
    const documents = (await api('GET', `/api/v1/cases/${caseId}/documents`, citizen)).json().documents.map((d: Json) => d.kind);
    assert.ok(documents.includes('acceptance') && documents.includes('decision'), documents.join());
    let version = decided.version;
    for (const step of [{ kind: 'complete' }, { kind: 'deliver', method: 'electronic' }]) {
      const done = await command(caseId, window, version++, step);
      assert.equal(done.statusCode, 200, done.body);
    }
    assert.equal((await caseView(caseId, citizen)).status, 'delivered', 'delivered electronically: no visit');
    const inbox = (await api('GET', '/api/v1/notifications', citizen)).json();
    assert.ok(inbox.items.some((n: Json) => n.title.includes('受理')), 'the applicant was told of the acceptance');

    const lookup = await api('GET', `/api/v1/public/cases?receiptNo=${receiptNo}&queryCode=${queryCode}`, null);
    assert.equal(lookup.statusCode, 200, lookup.body);
    assert.equal(lookup.json().statusText, '已送达');
    assert.deepEqual(lookup.json().steps.map((s: Json) => s.label).slice(0, 2), ['提交申请', '受理']);
    const verifiedOnline = await api('POST', `/api/v1/cases/${caseId}/originals-verified`, window, {});
    assert.equal(verifiedOnline.statusCode, 409, 'a fully-online item needs no originals check');
  });

  test('an enterprise applies for a joint item; the window asks once for a supplement; all departments approve in parallel', async () => {
    const found = (await api('GET', `/api/v1/items?joint=true&q=${encodeURIComponent('企业开办')}`, null)).json();
    const itemCode = found.items[0].code;
    const form = (await api('GET', `/api/v1/items/${itemCode}/form`, null)).json();
    assert.ok(form.schema.properties.details.properties.companyName, 'a company set-up form');

    const draft = await preparedApplication(company, itemCode);
    const incomplete = await api('PUT', `/api/v1/applications/${draft.id}/form`, company, { formData: { applicant: { contactPhone: 12345 } }, expectedVersion: draft.version });
    assert.equal(incomplete.statusCode, 400, 'a wrongly typed field is refused even in a draft');
    assert.equal(incomplete.json().errors[0].field, 'body.formData.applicant.contactPhone');
    const stale = await api('PUT', `/api/v1/applications/${draft.id}/form`, company, { formData: draft.formData, expectedVersion: draft.version - 1 });
    assert.equal(stale.statusCode, 409);

    const submitted = (await api('POST', `/api/v1/applications/${draft.id}/submit`, company, { expectedVersion: draft.version })).json();
    const caseId = submitted.caseId;
    const application = (await api('GET', `/api/v1/cases/${caseId}/application`, window)).json();
    const [first, ...rest] = application.materials.filter((m: Json) => m.files.length);
    const missing = await api('PUT', `/api/v1/applications/${application.id}/materials/${first.id}/files/${first.files[0].id}/check`, window, { result: 'invalid', note: '未加盖公章' });
    assert.equal(missing.statusCode, 200, missing.body);
    for (const material of rest) await api('PUT', `/api/v1/applications/${application.id}/materials/${material.id}/files/${material.files[0].id}/check`, window, { result: 'ok' });

    let version = (await caseView(caseId)).version;
    const supplement = await command(caseId, window, version++, { kind: 'request_supplement', items: [`${first.name}（须加盖公章）`] });
    assert.equal(supplement.statusCode, 200, supplement.body);
    assert.equal((await api('GET', '/api/v1/my/cases', company)).json().items.find((c: Json) => c.id === caseId).status, 'awaiting_supplement');

    const added = await upload(company, application.id, first.id, `${first.name}（盖章）.pdf`, tinyPdf('stamped'));
    assert.equal(added.statusCode, 201, added.body);
    assert.equal(added.json().materials.find((m: Json) => m.id === first.id).files.at(-1).phase, 'supplement');
    const received = await command(caseId, company, version++, { kind: 'receive_supplement', note: '已补正' });
    assert.equal(received.statusCode, 200, received.body);
    const late = await upload(company, application.id, first.id, 'late.pdf', tinyPdf('late'));
    assert.equal(late.statusCode, 409, 'nothing more is added once the supplement is received');

    assert.equal((await command(caseId, window, version++, { kind: 'accept' })).statusCode, 200);
    const accepted = await caseView(caseId);
    assert.deepEqual(accepted.tasks.map((x: Json) => x.department).sort(), ['ga', 'rs', 'scjg', 'sw'], 'every branch at once');
    await approveAllTasks(caseId);
    assert.equal((await caseView(caseId, company)).status, 'decided_approved');
    await certificateVerifies(caseId, company);
    const supplementNotice = (await api('GET', `/api/v1/cases/${caseId}/documents`, company)).json().documents.find((d: Json) => d.kind === 'supplement');
    assert.ok(supplementNotice, 'the supplement notice is among the documents');
  });

  test('a walk-in applicant is filed at the window by a clerk (帮办代办) and can follow it with the two codes', async () => {
    const itemCode = await itemWhere('online_accept:standard');
    const idNumber = `11010519491231002${checkDigitOfId('11010519491231002')}`;
    const walkIn = await api('POST', '/api/v1/window/walk-ins', window, { itemCode, applicant: { name: '王秀英', idNumber, phone: '13900001111' } });
    assert.equal(walkIn.statusCode, 201, walkIn.body);
    const draft = walkIn.json();
    assert.equal(draft.channel, 'assisted');
    assert.equal(draft.filedBy, 'window');
    assert.equal(draft.applicant.displayName, '王秀英');
    const prepared = await preparedApplication(window, itemCode, draft.id);
    const submitted = await api('POST', `/api/v1/applications/${draft.id}/submit`, window, { expectedVersion: prepared.version });
    assert.equal(submitted.statusCode, 201, submitted.body);
    const { caseId, receiptNo, queryCode } = submitted.json();
    const view = await caseView(caseId);
    assert.equal(view.channel, 'assisted');

    const second = await api('POST', '/api/v1/window/walk-ins', window, { itemCode, applicant: { name: '王秀英', idNumber, phone: '13900001111' } });
    assert.equal(second.json().applicant.username, draft.applicant.username, 'the same person is found again by ID number');
    const badId = await api('POST', '/api/v1/window/walk-ins', window, { itemCode, applicant: { name: '王秀英', idNumber: '110105194912310021', phone: '13900001111' } });
    assert.ok([400, 422].includes(badId.statusCode));
    assert.equal(badId.json().field, 'body.applicant.idNumber');

    assert.equal((await api('GET', `/api/v1/public/cases?receiptNo=${receiptNo}&queryCode=${queryCode}`, null)).json().statusText, '已收件，待受理');
    assert.equal((await api('GET', `/api/v1/public/cases?receiptNo=${receiptNo}&queryCode=AAAAAA`, null)).statusCode, 404, 'a wrong query code looks like no case');
    assert.equal((await api('GET', `/api/v1/applications/${draft.id}`, citizen)).statusCode, 404, 'someone else’s application is not there');
    assert.equal((await api('GET', `/api/v1/cases/${caseId}/application`, citizen)).statusCode, 404, 'nor is the case');
    const paper = await api('POST', '/api/v1/cases', window, { itemCode, applicant: 'citizen', channel: 'window' });
    assert.equal((await api('GET', `/api/v1/cases/${paper.json().id}/application`, window)).statusCode, 204, 'a case registered without an application has none');

    const early = await api('POST', `/api/v1/cases/${caseId}/originals-verified`, window, {});
    assert.equal(early.statusCode, 409, 'originals are checked when the result is collected');
    assert.equal((await command(caseId, window, view.version, { kind: 'accept' })).statusCode, 200);
    await approveAllTasks(caseId);
    const verified = await api('POST', `/api/v1/cases/${caseId}/originals-verified`, window, { note: '身份证原件已核' });
    assert.equal(verified.statusCode, 200, verified.body);
    assert.equal(verified.json().by, 'window');
    assert.equal((await api('POST', `/api/v1/cases/${caseId}/originals-verified`, window, {})).statusCode, 409, 'once');
    assert.ok((await api('GET', `/api/v1/cases/${caseId}/application`, window)).json().originalsVerifiedAt);
  });

  test('the window refuses to accept with a reason; the applicant withdraws another before the decision', async () => {
    const itemCode = await itemWhere('online_accept:standard');
    const refusedDraft = await preparedApplication(citizen, itemCode);
    const refused = (await api('POST', `/api/v1/applications/${refusedDraft.id}/submit`, citizen, { expectedVersion: refusedDraft.version })).json();
    const refusal = await command(refused.caseId, window, 1, { kind: 'refuse', reason: '申请事项不属于本机关职权范围', legalBasis: '《中华人民共和国行政许可法》第三十二条第一款第（二）项' });
    assert.equal(refusal.statusCode, 200, refusal.body);
    assert.equal((await api('GET', '/api/v1/my/cases', citizen)).json().items.find((c: Json) => c.id === refused.caseId).status, 'refused');
    const documents = (await api('GET', `/api/v1/cases/${refused.caseId}/documents`, citizen)).json().documents.map((d: Json) => d.kind);
    assert.deepEqual(documents, ['refusal'], 'the refusal notice, and nothing else');
    assert.equal((await api('GET', `/api/v1/public/cases?receiptNo=${refused.receiptNo}&queryCode=${refused.queryCode}`, null)).json().statusText, '不予受理');
    const checkAfter = await api('PUT', `/api/v1/applications/${refusedDraft.id}/materials/${refusedDraft.materials.find((m: Json) => m.files.length).id}/files/${refusedDraft.materials.find((m: Json) => m.files.length).files[0].id}/check`, window, { result: 'ok' });
    assert.equal(checkAfter.statusCode, 409, 'a closed case is not checked any more');

    const withdrawnDraft = await preparedApplication(citizen, itemCode);
    const withdrawn = (await api('POST', `/api/v1/applications/${withdrawnDraft.id}/submit`, citizen, { expectedVersion: withdrawnDraft.version })).json();
    assert.equal((await command(withdrawn.caseId, window, 1, { kind: 'accept' })).statusCode, 200);
    const byOther = await command(withdrawn.caseId, company, 2, { kind: 'withdraw', reason: '不需要了' });
    assert.equal(byOther.statusCode, 404, 'only the applicant can withdraw, and others do not see the case');
    const withdraw = await command(withdrawn.caseId, citizen, 2, { kind: 'withdraw', reason: '经营计划调整，不再申请' });
    assert.equal(withdraw.statusCode, 200, withdraw.body);
    const view = await caseView(withdrawn.caseId, citizen);
    assert.equal(view.status, 'withdrawn');
    assert.ok(view.tasks.every((x: Json) => !['queued', 'claimed'].includes(x.status)), 'no task stays open');
    const material = withdrawnDraft.materials.find((m: Json) => m.required && !m.shared);
    assert.equal((await upload(citizen, withdrawnDraft.id, material.id, 'late.pdf', tinyPdf('withdrawn'))).statusCode, 409);
  });

  test('a pre-review item: online pre-review first, then acceptance at the window', async () => {
    const itemCode = await t.database.db
      .selectFrom('items as i')
      .innerJoin('item_versions as v', 'v.id', 'i.published_version_id')
      .select('i.code')
      .where('v.handling_depth', '=', 'prereview_only')
      .where('v.process_kind', '!=', 'joint')
      .orderBy('i.code')
      .executeTakeFirstOrThrow();
    const draft = await preparedApplication(company, itemCode.code);
    const { caseId } = (await api('POST', `/api/v1/applications/${draft.id}/submit`, company, { expectedVersion: draft.version })).json();
    const inPrereview = await caseView(caseId);
    assert.equal(inPrereview.status, 'in_prereview');
    assert.ok((await api('GET', '/api/v1/window/queue?status=in_prereview', window)).json().items.some((q: Json) => q.caseId === caseId));
    assert.equal((await command(caseId, window, inPrereview.version, { kind: 'accept' })).statusCode, 422, 'no acceptance before pre-review passes');
    assert.equal((await command(caseId, window, inPrereview.version, { kind: 'pass_prereview', opinion: '材料齐全，请携原件到窗口' })).statusCode, 200);
    const passed = await caseView(caseId);
    assert.equal(passed.status, 'submitted');
    assert.equal((await command(caseId, window, passed.version, { kind: 'accept' })).statusCode, 200);
    assert.equal((await caseView(caseId)).status, 'in_review');
  });

  test('a mistyped receipt number (one digit changed, two neighbours swapped) is refused as invalid', async () => {
    const itemCode = await itemWhere('full_online:instant');
    const draft = await preparedApplication(citizen, itemCode);
    const { receiptNo, queryCode } = (await api('POST', `/api/v1/applications/${draft.id}/submit`, citizen, { expectedVersion: draft.version })).json();
    const digits = receiptNo.split('');
    const position = digits.findIndex((c: string, i: number) => i > 2 && /\d/.test(c) && /\d/.test(digits[i + 1]) && c !== digits[i + 1]);
    const changed = [...digits];
    changed[position] = String((Number(changed[position]) + 1) % 10);
    const swapped = [...digits];
    [swapped[position], swapped[position + 1]] = [swapped[position + 1], swapped[position]];
    for (const wrong of [changed.join(''), swapped.join('')]) {
      assert.equal(isValidReceiptNumber(wrong), false, wrong);
      const res = await api('GET', `/api/v1/public/cases?receiptNo=${wrong}&queryCode=${queryCode}`, null);
      assert.equal(res.statusCode, 400);
      assert.equal(res.json().code, 'invalid_receipt_number');
      assert.equal(res.json().field, 'query.receiptNo');
    }
  });

  test('bad uploads (disguised type, oversized, empty) are refused with problem+json and leave no stored file and no case', async () => {
    const itemCode = await itemWhere('full_online:instant');
    const draft = (await api('POST', '/api/v1/applications', citizen, { itemCode })).json();
    const material = draft.materials.find((m: Json) => m.required && !m.shared);
    const filesDir = path.join(dataDir, 'files');
    const before = storedFiles(filesDir).length;
    const rowsBefore = Number((await t.database.db.selectFrom('files').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

    const disguised = await upload(citizen, draft.id, material.id, '营业执照.pdf', Buffer.from('<html><script>alert(1)</script></html>'.repeat(20)), 'application/pdf');
    assert.equal(disguised.statusCode, 415, disguised.body);
    assert.match(disguised.headers['content-type'] as string, /application\/problem\+json/);
    assert.equal(disguised.json().field, 'file');

    const big = Buffer.concat([tinyPdf('big'), Buffer.alloc(UPLOAD_LIMIT + 10, 0x20)]);
    const oversized = await upload(citizen, draft.id, material.id, 'big.pdf', big);
    assert.equal(oversized.statusCode, 413, oversized.body);
    assert.match(oversized.headers['content-type'] as string, /application\/problem\+json/);

    const empty = await upload(citizen, draft.id, material.id, 'empty.pdf', Buffer.alloc(0));
    assert.equal(empty.statusCode, 422, empty.body);

    assert.equal(storedFiles(filesDir).length, before, 'no stored file');
    const rowsAfter = Number((await t.database.db.selectFrom('files').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    assert.equal(rowsAfter, rowsBefore, 'no file row');
    const view = (await api('GET', `/api/v1/applications/${draft.id}`, citizen)).json();
    assert.equal(view.materials.find((m: Json) => m.id === material.id).files.length, 0);

    const notReady = await api('POST', `/api/v1/applications/${draft.id}/submit`, citizen, { expectedVersion: view.version });
    assert.equal(notReady.statusCode, 422);
    assert.ok(notReady.json().errors.some((e: Json) => e.field === `materials.${material.id}`), 'the missing material is named');
    assert.ok(notReady.json().errors.some((e: Json) => e.field.startsWith('body.formData')), 'the missing form fields are named');
    assert.equal((await api('GET', `/api/v1/applications/${draft.id}`, citizen)).json().caseId, null, 'no half-made case');

    const pdf = tinyPdf('dedupe');
    const one = await upload(citizen, draft.id, material.id, 'a.pdf', pdf);
    const two = await upload(citizen, draft.id, material.id, 'b.pdf', pdf);
    assert.equal(two.statusCode, 201);
    const files = two.json().materials.find((m: Json) => m.id === material.id).files;
    assert.equal(files.length, 2);
    assert.equal(files[0].sha256, files[1].sha256);
    assert.equal(one.json().materials.find((m: Json) => m.id === material.id).files[0].size, pdf.length);
    assert.equal(storedFiles(filesDir).length, before + 1, 'the same bytes are stored once');
    assert.ok(storedFiles(filesDir).every((f) => statSync(f).size > 0));
  });

  test('a material verified in an earlier case is offered for reuse, and the reuse is recorded', async () => {
    const itemCode = await itemWhere('full_online:instant');
    const first = await preparedApplication(citizen, itemCode);
    const { caseId } = (await api('POST', `/api/v1/applications/${first.id}/submit`, citizen, { expectedVersion: first.version })).json();
    const application = (await api('GET', `/api/v1/cases/${caseId}/application`, window)).json();
    const material = application.materials.find((m: Json) => m.files.length);
    await api('PUT', `/api/v1/applications/${application.id}/materials/${material.id}/files/${material.files[0].id}/check`, window, { result: 'ok' });

    const next = (await api('POST', '/api/v1/applications', citizen, { itemCode })).json();
    const offer = next.reusable.find((r: Json) => r.materialId === material.id);
    assert.ok(offer, 'the verified file is offered');
    const reused = await api('POST', `/api/v1/applications/${next.id}/materials/${material.id}/reuse`, citizen, { sourceId: offer.sourceId });
    assert.equal(reused.statusCode, 201, reused.body);
    const file = reused.json().materials.find((m: Json) => m.id === material.id).files[0];
    assert.equal(file.reusedFrom.receiptNo, application.receiptNo);
    const audit = await t.database.db.selectFrom('audit_log').select('action').where('subject_id', '=', String(next.id)).where('action', '=', 'application.file_reused').execute();
    assert.equal(audit.length, 1);
    const foreign = await api('POST', `/api/v1/applications/${next.id}/materials/${material.id}/reuse`, company, { sourceId: offer.sourceId });
    assert.equal(foreign.statusCode, 404, 'another applicant cannot reach the draft');
  });
});

/** GB 11643 check character of the first 17 digits of an ID card number. */
function checkDigitOfId(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = first17.split('').reduce((acc, digit, i) => acc + Number(digit) * weights[i]!, 0);
  return '10X98765432'[sum % 11]!;
}
