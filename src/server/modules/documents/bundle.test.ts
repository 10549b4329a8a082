import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestApp, type TestApp } from '../../testing/app.js';
import { multipartBody, tinyPdf } from '../../testing/file-fixtures.js';
import { overlappingBoxes, pdfText, pdfTextBoxes } from '../../testing/pdf-text.js';
import { signIn, type TestSession } from '../../testing/sessions.js';
import { isValidCreditCode } from './credit-code.js';
import { BUSINESS_LICENCE } from './certificate-templates.js';
import { checkCode, certificateSigner } from './signing.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const COMPANY = {
  companyName: '重庆涪陵云帆智能科技有限公司',
  companyType: '有限责任公司',
  registeredCapital: 300,
  legalRepresentative: '王建国',
  businessAddress: '重庆市涪陵区太极大道 18 号 3 幢 2-1',
  businessScope: '软件开发；信息技术咨询服务；计算机系统服务；人工智能应用软件开发。',
  needSeal: true,
  needInvoice: true,
  employees: 8,
};

describe('企业开办: a result bundle of one document per department, filled from the form (demo district, HTTP API)', () => {
  let t: TestApp;
  let dataDir: string;
  let window: TestSession;
  let company: TestSession;
  let itemCode: string;

  before(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'ow-bundle-'));
    t = await createTestApp({ demo: true, config: { dataDir } });
    window = await signIn(t, 'window');
    company = await signIn(t, 'company');
    itemCode = (await api('GET', `/api/v1/items?joint=true&q=${encodeURIComponent('企业开办')}`, null)).json().items[0].code;
  });
  after(async () => {
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const api = (method: 'GET' | 'POST' | 'PUT', url: string, session: TestSession | null, payload?: unknown) =>
    t.app.inject({ method, url, ...(session && { headers: session.headers }), ...(payload !== undefined && { payload: payload as Json }) });
  const caseView = async (id: number) => (await api('GET', `/api/v1/cases/${id}`, window)).json();
  const command = async (id: number, who: TestSession, body: Json) => {
    const res = await api('POST', `/api/v1/cases/${id}/commands`, who, { expectedVersion: (await caseView(id)).version, command: body });
    assert.equal(res.statusCode, 200, `${body.kind}: ${res.body}`);
  };

  /** The company applies online with the form below, the window checks and accepts, every department approves. */
  async function approvedCompanyCase(details: Json): Promise<number> {
    let view = (await api('POST', '/api/v1/applications', company, { itemCode })).json();
    const formData = { applicant: { organisation: '重庆市涪陵区示例商贸有限公司', contactName: '赵敏', contactPhone: '13800138000', address: '重庆市涪陵区兴华中路 1 号' }, details };
    const saved = await api('PUT', `/api/v1/applications/${view.id}/form`, company, { formData, expectedVersion: view.version });
    assert.equal(saved.statusCode, 200, saved.body);
    view = saved.json();
    for (const material of view.materials.filter((m: Json) => m.requiredNow && !m.shared)) {
      const body = await multipartBody([{ bytes: tinyPdf(`${view.id}-${material.id}`), filename: `${material.name}.pdf`, type: 'application/pdf' }]);
      const res = await t.app.inject({ method: 'POST', url: `/api/v1/applications/${view.id}/materials/${material.id}`, headers: { ...company.headers, ...body.headers }, payload: body.payload });
      assert.equal(res.statusCode, 201, res.body);
      view = res.json();
    }
    const submitted = await api('POST', `/api/v1/applications/${view.id}/submit`, company, { expectedVersion: view.version });
    assert.equal(submitted.statusCode, 201, submitted.body);
    const caseId: number = submitted.json().caseId;
    const application = (await api('GET', `/api/v1/cases/${caseId}/application`, window)).json();
    for (const material of application.materials.filter((m: Json) => m.files.length)) {
      await api('PUT', `/api/v1/applications/${application.id}/materials/${material.id}/files/${material.files[0].id}/check`, window, { result: 'ok' });
    }
    await command(caseId, window, { kind: 'accept' });
    for (let round = 0; round < 12; round++) {
      const current = await caseView(caseId);
      if (current.status.startsWith('decided')) break;
      for (const task of current.tasks.filter((x: Json) => ['queued', 'claimed'].includes(x.status))) {
        const staff = await signIn(t, `${task.department}.${task.role === 'approver' ? 'approver' : task.role === 'department_head' ? 'head' : 'reviewer'}`);
        if (task.status === 'queued') await command(caseId, staff, { kind: 'claim', taskId: task.id });
        await command(caseId, staff, { kind: 'approve', taskId: task.id, opinion: '同意' });
      }
    }
    assert.equal((await caseView(caseId)).status, 'decided_approved');
    return caseId;
  }

  const certificatesOf = (caseId: number) => t.database.db.selectFrom('certificates').selectAll().where('case_id', '=', caseId).orderBy('position').execute();

  test('four documents, each from its own department, hold the company being set up and its licence content', async () => {
    const caseId = await approvedCompanyCase(COMPANY);
    const rows = await certificatesOf(caseId);
    assert.deepEqual(
      rows.map((r) => [r.position, r.type, r.department_code, r.title]),
      [
        [1, 'business_licence', 'scjg', '营业执照'],
        [2, 'seal_record', 'ga', '印章刻制备案证明'],
        [3, 'tax_registration', 'sw', '涉税事项办理确认书'],
        [4, 'social_insurance', 'rs', '社会保险登记证明'],
      ],
    );
    assert.deepEqual(rows.map((r) => r.number.split('-')[1]), ['SCJG', 'GA', 'SW', 'RS'], 'each department numbers its own result');
    for (const row of rows) {
      assert.equal(row.holder_name, COMPANY.companyName, 'the holder is the company being established, not the applying account');
      assert.equal(row.holder_username, 'company');
    }
    const licence = rows[0]!.payload as Json;
    const line = (label: string) => licence.lines.find((l: Json) => l.label === label)?.value;
    assert.equal(licence.holderLabel, '名称');
    assert.equal(licence.holderKind, 'enterprise');
    const creditCode = line('统一社会信用代码');
    assert.ok(isValidCreditCode(creditCode), `a valid credit code: ${creditCode}`);
    assert.match(creditCode, /^91500102/, 'market supervision, enterprise, registered in 涪陵区');
    assert.equal(line('法定代表人'), '王建国');
    assert.equal(line('注册资本'), '人民币300万元');
    assert.equal(line('类型'), '有限责任公司');
    assert.equal(line('住所'), COMPANY.businessAddress);
    assert.equal(line('经营范围'), COMPANY.businessScope);
    assert.equal((rows[2]!.payload as Json).lines.find((l: Json) => l.label === '纳税人识别号').value, creditCode, 'one code across the bundle');
    assert.deepEqual(rows[0]!.template, JSON.parse(JSON.stringify(BUSINESS_LICENCE)), 'the template is stored with the certificate');

    // The case page's list: the bundle in order, each with its department and check code.
    const documents = (await api('GET', `/api/v1/cases/${caseId}/documents`, company)).json().documents as Json[];
    const certificates = documents.filter((d) => d.kind === 'certificate');
    assert.deepEqual(certificates.map((d) => [d.n, d.certificate.department.code, d.certificate.bundle]), [
      [1, 'scjg', { position: 1, size: 4 }],
      [2, 'ga', { position: 2, size: 4 }],
      [3, 'sw', { position: 3, size: 4 }],
      [4, 'rs', { position: 4, size: 4 }],
    ]);
    const signer = certificateSigner(t.deps.secrets);
    for (const [i, doc] of certificates.entries()) {
      assert.equal(doc.href, `/api/v1/cases/${caseId}/documents/certificate/${i + 1}.pdf`);
      assert.equal(doc.certificate.checkCode, checkCode(signer.sign(rows[i]!.payload)));
      const pdf = await api('GET', doc.href, company);
      assert.equal(pdf.statusCode, 200, pdf.body);
      const { text } = await pdfText(pdf.rawPayload);
      for (const needle of [doc.certificate.number, doc.certificate.checkCode, COMPANY.companyName, creditCode, '王建国']) assert.ok(text.includes(needle), `${doc.title} prints ${needle}`);
      assert.ok(!text.includes('重庆市涪陵区示例商贸有限公司'), `${doc.title} does not name the applying account`);
      assert.deepEqual(overlappingBoxes(await pdfTextBoxes(pdf.rawPayload)), [], `${doc.title}: no text over text`);
    }
    const decision = documents.find((d) => d.kind === 'decision')!;
    const letter = (await pdfText((await api('GET', decision.href, company)).rawPayload)).text;
    for (const doc of certificates) assert.ok(letter.includes(doc.certificate.number), 'the decision letter names every document');

    // Public verification shows the enterprise's name in full: it is public on the licence.
    const verified = (await api('GET', `/api/v1/certificates/${rows[0]!.number}/verify?s=${signer.sign(rows[0]!.payload)}`, null)).json();
    assert.equal(verified.holder, COMPANY.companyName);
    assert.equal(verified.holderKind, 'enterprise');
    assert.equal(verified.status, 'valid');
  });

  test('no seal asked for: no seal record in the bundle; a credit code on the form is kept', async () => {
    const caseId = await approvedCompanyCase({ ...COMPANY, companyName: '重庆涪陵示范餐饮管理有限公司', needSeal: false, creditCode: '91500102MA0000015T' });
    const rows = await certificatesOf(caseId);
    assert.deepEqual(rows.map((r) => r.type), ['business_licence', 'tax_registration', 'social_insurance']);
    assert.equal((rows[0]!.payload as Json).lines[0].value, '91500102MA0000015T');
  });
});
