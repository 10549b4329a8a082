import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { createTestApp, type TestApp } from '../../server/testing/app.js';
import { launchBrowser, type TestBrowser } from '../../server/testing/browser.js';
import { multipartBody, tinyPdf } from '../../server/testing/file-fixtures.js';
import { listen } from '../../server/testing/http-server.js';
import { signIn as apiSignIn, type TestSession } from '../../server/testing/sessions.js';
import { WEB_DIR } from '../../server/runtime.js';
import { collectErrors, signIn, signOutBrowser, submitCaseCommand, uploadInto } from './browserHelpers.js';
import { assertAccessible, assertNoHorizontalOverflow } from './pageChecks.js';

const SHOTS = path.join(process.cwd(), '.tmp');
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `intake-${name}.png`), fullPage: true }).catch(() => undefined);
}

/** Whether the first element comes before the second in document order. */
async function before_(page: Page, first: string, second: string): Promise<boolean> {
  return page.evaluate(
    ([a, b]) => {
      const x = document.querySelector(`[data-testid="${a}"]`);
      const y = document.querySelector(`[data-testid="${b}"]`);
      return !!x && !!y && (x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    },
    [first, second] as const,
  );
}

/**
 * The window's intake page for 企业开办 (the whole application beside the checks, the decision
 * after them, the check note), the applicant's supplement card and the clerk's second check.
 */
describe('intake and supplement of 企业开办 in Chromium (demo district)', () => {
  let t: TestApp;
  let browser: TestBrowser;
  let baseUrl: string;
  let dataDir: string;
  let company: TestSession;
  let window: TestSession;
  let itemCode: string;

  before(async () => {
    assert.ok(existsSync(path.join(WEB_DIR, 'index.html')), 'the web app is built (npm run build:web)');
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'ow-web-intake-'));
    t = await createTestApp({ web: true, demo: true, config: { dataDir } });
    baseUrl = await listen(t);
    browser = await launchBrowser();
    company = await apiSignIn(t, 'company');
    window = await apiSignIn(t, 'window');
    itemCode = (await api('GET', `/api/v1/items?joint=true&q=${encodeURIComponent('企业开办')}`, null)).json().items[0].code;
  });
  after(async () => {
    await browser?.close();
    await t?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });
  beforeEach(() => signOutBrowser(browser.context, baseUrl));

  const api = (method: 'GET' | 'POST' | 'PUT', url: string, session: TestSession | null, payload?: unknown) =>
    t.app.inject({ method, url, ...(session && { headers: session.headers }), ...(payload !== undefined && { payload: payload as Json }) });
  const applicationOf = async (caseId: number): Promise<Json> => (await api('GET', `/api/v1/cases/${caseId}/application`, window)).json();

  /** 企业开办 filled in and submitted by the company through the API, every needed material uploaded. */
  async function submittedCase(): Promise<{ caseId: number; app: Json }> {
    let view = (await api('POST', '/api/v1/applications', company, { itemCode })).json();
    const formData = {
      applicant: { organisation: '重庆市涪陵区示例商贸有限公司', contactName: '王芳', contactPhone: '13800000002', address: '重庆市涪陵区太极大道 18 号' },
      details: {
        companyName: '重庆市涪陵区江畔示例科技有限公司',
        companyType: '有限责任公司',
        registeredCapital: 250,
        legalRepresentative: '王芳',
        businessAddress: '重庆市涪陵区太极大道 18 号 2 楼',
        businessScope: '软件开发；信息技术咨询服务',
        needSeal: true,
        needInvoice: true,
        employees: 3,
      },
    };
    view = (await api('PUT', `/api/v1/applications/${view.id}/form`, company, { formData, expectedVersion: view.version })).json();
    for (const m of view.materials.filter((x: Json) => x.requiredNow && !x.shared)) {
      const body = await multipartBody([{ bytes: tinyPdf(`${view.id}-${m.id}`), filename: `${m.name}.pdf`, type: 'application/pdf' }]);
      const res = await t.app.inject({ method: 'POST', url: `/api/v1/applications/${view.id}/materials/${m.id}`, headers: { ...company.headers, ...body.headers }, payload: body.payload });
      assert.equal(res.statusCode, 201, res.body);
      view = res.json();
    }
    const submitted = await api('POST', `/api/v1/applications/${view.id}/submit`, company, { expectedVersion: view.version });
    assert.equal(submitted.statusCode, 201, submitted.body);
    return { caseId: submitted.json().caseId, app: await applicationOf(submitted.json().caseId) };
  }

  const checkFileOf = (page: Page, materialId: number) => page.locator(`[data-testid="check-material"][data-material-id="${materialId}"] [data-testid="check-file"]`).last();

  test('the clerk sees the whole application labelled by the form, beside the checks, and decides after them; a changed verdict drops its old note', async () => {
    const { caseId, app } = await submittedCase();
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    await signIn(page, baseUrl, 'window');
    await page.goto(`${baseUrl}/window/cases/${caseId}`);
    await page.getByTestId('intake-page').waitFor();
    const form = page.getByTestId('intake-form');
    await form.locator('[data-testid="case-application-answer"][data-path="details.companyName"]').waitFor();
    const text = await form.innerText();
    const expected: [string, string][] = [
      ['拟设立企业名称', '重庆市涪陵区江畔示例科技有限公司'],
      ['企业类型', '有限责任公司'],
      ['注册资本（万元）', '250'],
      ['经营范围', '软件开发；信息技术咨询服务'],
      ['联系人', '王芳'],
      ['联系电话', '13800000002'],
      ['同时申领发票', '是'],
    ];
    for (const [label, value] of expected) assert.match(text, new RegExp(`${label.replace(/[（）]/g, '.')}\\s+${value}`), `${label} ${value} in\n${text}`);
    await page.getByTestId('check-file').first().waitFor();
    assert.ok(await before_(page, 'intake-form', 'intake-decision'), 'the answers come before the decision');
    assert.ok(await before_(page, 'material-checks', 'intake-decision'), 'the checks come before the decision');
    await shot(page, 'page-1280');
    await assertAccessible(page);
    await assertNoHorizontalOverflow(page);

    // The note: required for 缺失/不合格 and said so; a new verdict does not keep the old note.
    const charter = app.materials.find((m: Json) => m.name.includes('章程'));
    const file = checkFileOf(page, charter.id);
    const note = file.getByTestId('check-note');
    assert.doesNotMatch((await note.getAttribute('placeholder'))!, /必填/);
    await file.getByText('不合格', { exact: true }).click();
    await file.getByTestId('check-note-needed').waitFor();
    assert.match((await note.getAttribute('placeholder'))!, /必填/);
    assert.doesNotMatch((await note.getAttribute('placeholder'))!, /可不填/, 'a required note is not called optional');
    assert.equal(await note.getAttribute('aria-required'), 'true');
    await note.fill('缺少全体股东签字');
    await note.blur();
    await page.locator(`[data-testid="check-material"][data-material-id="${charter.id}"] [data-testid="check-file"][data-check="invalid"]`).waitFor();
    await file.getByText('合格', { exact: true }).click();
    await page.locator(`[data-testid="check-material"][data-material-id="${charter.id}"] [data-testid="check-file"][data-check="ok"]`).waitFor();
    assert.equal(await note.inputValue(), '', 'the note of 不合格 is gone with it');
    const saved = (await applicationOf(caseId)).materials.find((m: Json) => m.id === charter.id).files[0];
    assert.deepEqual([saved.check, saved.checkNote], ['ok', null]);
    await file.getByText('缺失', { exact: true }).click();
    await file.getByTestId('check-note-needed').waitFor();
    assert.equal(await note.inputValue(), '');

    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByTestId('intake-decision').scrollIntoViewIfNeeded();
    await shot(page, 'page-390');
    await assertAccessible(page);
    await assertNoHorizontalOverflow(page);
    assert.deepEqual(errors, []);
  });

  test('the applicant answers the list (flagged file replaced, checked ones locked, by the deadline); the clerk checks again and returns the first list once more', async () => {
    const { caseId, app } = await submittedCase();
    const charter = app.materials.find((m: Json) => m.name.includes('章程'));
    const tax = app.materials.find((m: Json) => m.name.includes('涉税事项'));
    const premises = app.materials.find((m: Json) => m.name.includes('住所'));
    for (const m of app.materials) {
      for (const f of m.files) {
        const verdict = m.id === charter.id ? { result: 'invalid', note: '缺少全体股东签字' } : m.id === tax.id ? { result: 'missing', note: '缺第二页' } : { result: 'ok' };
        assert.equal((await api('PUT', `/api/v1/applications/${app.id}/materials/${m.id}/files/${f.id}/check`, window, verdict)).statusCode, 200);
      }
    }
    const lines = [`${charter.name}（不合格：缺少全体股东签字）`, `${tax.name}（缺失：缺第二页）`];
    const version = (await api('GET', `/api/v1/cases/${caseId}`, window)).json().version;
    const asked = await api('POST', `/api/v1/cases/${caseId}/commands`, window, { expectedVersion: version, command: { kind: 'request_supplement', items: lines } });
    assert.equal(asked.statusCode, 200, asked.body);
    const dueOn = (await applicationOf(caseId)).supplements[0].dueOn;

    // ── The applicant ──
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    await signIn(page, baseUrl, 'company');
    await page.goto(`${baseUrl}/my/cases/${caseId}`);
    await page.getByTestId('supplement-card').waitFor();
    await page.getByTestId('material-slot').first().waitFor();
    assert.equal(await page.getByTestId('supplement-due').getAttribute('data-due'), dueOn);
    assert.match(await page.getByTestId('supplement-due').innerText(), new RegExp(dueOn));
    const slot = (id: number) => page.locator(`[data-testid="material-slot"][data-material-id="${id}"]`);
    assert.equal(await slot(charter.id).getAttribute('data-listed'), 'true');
    assert.equal(await slot(tax.id).getAttribute('data-listed'), 'true');
    assert.equal(await slot(premises.id).getAttribute('data-listed'), 'false');
    assert.equal(await slot(premises.id).getByTestId('material-upload').count(), 0, 'a checked slot takes no file');
    assert.equal(await slot(premises.id).getByTestId('material-remove').count(), 0, 'nor loses one');
    assert.ok(await page.getByTestId('supplement-submit').isDisabled(), 'nothing handed in yet');
    assert.match(await page.getByTestId('supplement-pending').innerText(), /章程[\s\S]*涉税事项/);
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, 'supplement-card-390');
    await assertAccessible(page);
    await assertNoHorizontalOverflow(page);
    await page.setViewportSize({ width: 1280, height: 900 });

    // The flagged charter goes, the signed one replaces it; the tax form gets its missing page.
    await slot(charter.id).getByTestId('material-remove').click();
    await page.getByTestId('material-remove-confirm').click();
    await slot(charter.id).getByTestId('material-empty').waitFor();
    await uploadInto(page, charter.id, '公司章程（全体股东签字）.pdf', 'charter-signed');
    assert.ok(await page.getByTestId('supplement-submit').isDisabled(), 'the tax form still needs its new file');
    await uploadInto(page, tax.id, '涉税事项综合申请表（完整）.pdf', 'tax-complete');
    await page.locator('[data-testid="supplement-pending"][data-pending="0"]').waitFor();
    await shot(page, 'supplement-ready');
    await page.getByTestId('supplement-submit').click();
    await page.locator('[data-testid="my-case-page"]:not([data-status="awaiting_supplement"])').waitFor();
    assert.deepEqual(errors, []);

    // ── The clerk's second check: the charter is right now, the tax form is not ──
    await signOutBrowser(browser.context, baseUrl);
    const clerk = await browser.context.newPage();
    const clerkErrors = collectErrors(clerk);
    await signIn(clerk, baseUrl, 'window');
    await clerk.goto(`${baseUrl}/window/cases/${caseId}`);
    await clerk.getByTestId('intake-supplement-received').waitFor();
    const newFile = (id: number, check = 'pending') => clerk.locator(`[data-testid="check-material"][data-material-id="${id}"] [data-testid="check-file"][data-check="${check}"]`);
    await newFile(charter.id).getByText('合格', { exact: true }).click();
    await newFile(charter.id, 'ok').waitFor();
    const taxFile = newFile(tax.id);
    await taxFile.getByText('不合格', { exact: true }).click();
    await taxFile.getByTestId('check-note').fill('仍缺法定代表人签字');
    await taxFile.getByTestId('check-note').blur();
    await newFile(tax.id, 'invalid').last().waitFor();
    const again = clerk.getByTestId('intake-request_supplement');
    assert.equal((await again.innerText()).replace(/\s/g, ''), '再次退回补正');
    await again.click();
    await clerk.getByTestId('intake-repeat-hint').waitFor();
    assert.equal(await clerk.getByTestId('intake-field-items').inputValue(), lines[1], 'only the still-wrong line of the first list');
    await shot(clerk, 'second-request');
    await assertAccessible(clerk);
    const before = await clerk.getByTestId('intake-page').getAttribute('data-version');
    await submitCaseCommand(clerk, 'intake-submit');
    await clerk.locator(`[data-testid="intake-page"]:not([data-version="${before}"])`).waitFor();
    assert.equal(await clerk.getByTestId('intake-page').getAttribute('data-status'), 'awaiting_supplement');
    await clerk.getByTestId('intake-supplement-out').waitFor();
    const rounds = (await applicationOf(caseId)).supplements;
    assert.deepEqual(rounds.map((r: Json) => r.materialIds), [[charter.id, tax.id].sort((a, b) => a - b), [tax.id]]);
    assert.deepEqual(clerkErrors, []);
  });
});
