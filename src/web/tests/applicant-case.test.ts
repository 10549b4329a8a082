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
import { collectErrors, signIn, signOutBrowser } from './browserHelpers.js';
import { assertAccessible, assertNoHorizontalOverflow } from './pageChecks.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const SHOTS = path.join(process.cwd(), '.tmp');
async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `applicant-case-${name}.png`), fullPage: true }).catch(() => undefined);
}

/** axe-core and no sideways scrolling, at desktop width and on a phone. */
async function checkBothWidths(page: Page, name: string): Promise<void> {
  for (const [width, height] of [[1280, 900], [390, 844]] as const) {
    await page.setViewportSize({ width, height });
    await assertNoHorizontalOverflow(page, `${name} at ${width}px`);
    await assertAccessible(page, `${name} at ${width}px`);
    await shot(page, `${name}-${width}`);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

describe('what applicants see: plain validation with an error summary, their case as submitted, the receipt, drafts (Chromium)', () => {
  let t: TestApp;
  let browser: TestBrowser;
  let baseUrl: string;
  let dataDir: string;
  let itemCode: string;
  let company: TestSession;

  const api = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, session: TestSession | null, payload?: unknown) =>
    t.app.inject({ method, url, ...(session && { headers: session.headers }), ...(payload !== undefined && { payload: payload as Json }) });

  before(async () => {
    assert.ok(existsSync(path.join(WEB_DIR, 'index.html')), 'the web app is built (npm run build:web)');
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'ow-web-applicant-case-'));
    t = await createTestApp({ web: true, demo: true, config: { dataDir } });
    baseUrl = await listen(t);
    browser = await launchBrowser();
    company = await apiSignIn(t, 'company');
    itemCode = (await api('GET', `/api/v1/items?joint=true&q=${encodeURIComponent('企业开办')}`, null)).json().items[0].code;
  });
  after(async () => {
    await browser?.close();
    await t?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });
  beforeEach(() => signOutBrowser(browser.context, baseUrl));

  test('a failed submit lists every problem in plain words at the top, links focus each field, fields are marked invalid; prefilled; no blank option', async () => {
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    await signIn(page, baseUrl, 'company');
    await page.goto(`${baseUrl}/my/apply/${itemCode}`);
    await page.getByTestId('application-editor').waitFor();

    // Prefilled from the account.
    assert.equal(await page.locator('#root_applicant_contactName').inputValue(), '王芳');
    assert.equal(await page.locator('#root_applicant_contactPhone').inputValue(), '13800000002');
    assert.equal(await page.locator('#root_applicant_organisation').inputValue(), '重庆市涪陵区示例商贸有限公司');
    assert.equal(await page.locator('#root_applicant_creditCode').inputValue(), '91500102MA5U7G8K20');

    // The required select offers the five company types and nothing blank.
    const companyType = page.locator('.ant-select').filter({ has: page.locator('#root_details_companyType') });
    await companyType.click();
    const options = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option');
    await options.first().waitFor();
    const labels = (await options.allInnerTexts()).map((s) => s.trim());
    assert.deepEqual(labels, ['有限责任公司', '股份有限公司', '个人独资企业', '合伙企业', '个体工商户']);
    await page.keyboard.press('Escape');

    await page.locator('#root_applicant_contactName').fill('');
    await page.locator('#root_applicant_contactPhone').fill('12345');
    await page.locator('#root_details_registeredCapital').fill('-5');
    await page.locator('#root_details_companyName').click();
    assert.equal(await page.locator('#root_details_registeredCapital').inputValue(), '-5', 'a negative capital is not silently clamped');

    await page.getByTestId('application-submit').click();
    const summary = page.getByTestId('error-summary');
    await summary.waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'error-summary');
    const text = await summary.innerText();
    for (const message of ['请填写联系人', '请填写 11 位手机号码或带区号的座机号码', '注册资本（万元）须大于 0', '请选择企业类型', '请填写拟设立企业名称']) assert.ok(text.includes(message), `the summary says “${message}”:\n${text}`);
    assert.match(text, /请上传/, 'missing materials are listed with the form fields');
    assert.doesNotMatch(text, /应当|必需属性|匹配模式|\^|must/);

    // In the order of the page: the form's fields top to bottom, then the materials.
    const targets = await summary.getByTestId('error-summary-link').evaluateAll((links) => links.map((a) => a.getAttribute('data-target') ?? ''));
    assert.deepEqual(targets.slice(0, 4), ['root_applicant_contactName', 'root_applicant_contactPhone', 'root_applicant_address', 'root_details_companyName']);
    assert.ok(targets.at(-1)!.startsWith('material-'), targets.join(' '));

    // Each link moves focus to its field.
    await summary.locator('[data-testid="error-summary-link"][data-target="root_applicant_contactPhone"]').click();
    assert.equal(await activeId(page), 'root_applicant_contactPhone');
    await summary.locator('[data-testid="error-summary-link"][data-target="root_details_companyType"]').click();
    assert.equal(await activeId(page), 'root_details_companyType');
    const materialLink = summary.locator('[data-testid="error-summary-link"][data-target^="material-"]').first();
    const materialTarget = await materialLink.getAttribute('data-target');
    await materialLink.click();
    assert.equal(await activeId(page), materialTarget);

    // Invalid fields say so to assistive technology, and point at their message.
    const phone = page.locator('#root_applicant_contactPhone');
    assert.equal(await phone.getAttribute('aria-invalid'), 'true');
    assert.match((await phone.getAttribute('aria-describedby')) ?? '', /root_applicant_contactPhone__error/);
    assert.equal((await page.locator('#root_applicant_contactPhone__error').innerText()).trim(), '请填写 11 位手机号码或带区号的座机号码');
    assert.equal(await page.locator('#root_details_companyType').getAttribute('aria-invalid'), 'true');
    assert.equal(await page.locator('#root_applicant_address').getAttribute('aria-invalid'), 'true');
    assert.equal(await page.locator('#root_applicant_organisation').getAttribute('aria-invalid'), null, 'a valid field is not marked');
    await checkBothWidths(page, 'form-errors');

    // Corrected, the mark goes away.
    await phone.fill('13800000002');
    await page.waitForFunction(() => document.getElementById('root_applicant_contactPhone')?.getAttribute('aria-invalid') !== 'true');

    // In English the messages are English.
    await page.getByTestId('language-switch').getByText('English').click();
    await page.getByTestId('application-submit').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="error-summary"]')?.textContent?.includes('Fill in 联系人'));
    assert.match(await summary.innerText(), /must be greater than 0/);
    await page.getByTestId('language-switch').getByText('中文').click();
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('the case page shows the answers, files and query code; the receipt opens again later and fits a phone; the timeline names no staff login', async () => {
    // An application submitted, accepted at the window and approved by one department (through the API).
    const form = (await api('GET', `/api/v1/items/${itemCode}/form`, null)).json();
    let draft = (await api('POST', '/api/v1/applications', company, { itemCode })).json();
    const formData = {
      applicant: { ...draft.formData.applicant, contactName: '王芳', contactPhone: '13800000002', address: '重庆市涪陵区太极大道 8 号' },
      details: { companyName: '重庆市涪陵区回执示例有限公司', companyType: '有限责任公司', registeredCapital: 200, businessAddress: '重庆市涪陵区太极大道 8 号', legalRepresentative: '王芳', businessScope: '日用百货销售' },
    };
    draft = (await api('PUT', `/api/v1/applications/${draft.id}/form`, company, { formData, expectedVersion: draft.version })).json();
    const required = form.materials.filter((m: Json) => m.required && !m.shared);
    for (const m of required) {
      const body = await multipartBody([{ bytes: tinyPdf(`receipt-${m.id}`), filename: `材料${m.id}.pdf`, type: 'application/pdf' }]);
      draft = (await t.app.inject({ method: 'POST', url: `/api/v1/applications/${draft.id}/materials/${m.id}`, headers: { ...company.headers, ...body.headers }, payload: body.payload })).json();
    }
    const submitted = await api('POST', `/api/v1/applications/${draft.id}/submit`, company, { expectedVersion: draft.version });
    assert.equal(submitted.statusCode, 201, submitted.body);
    const { caseId, receiptNo, queryCode } = submitted.json();
    const window = await apiSignIn(t, 'window');
    const reviewer = await apiSignIn(t, 'scjg.reviewer');
    const command = (s: TestSession, expectedVersion: number, body: Json) => api('POST', `/api/v1/cases/${caseId}/commands`, s, { expectedVersion, command: body });
    assert.equal((await command(window, 1, { kind: 'accept' })).statusCode, 200);
    const staffView = (await api('GET', `/api/v1/cases/${caseId}`, window)).json();
    const task = staffView.tasks.find((x: Json) => x.department === 'scjg');
    assert.equal((await command(reviewer, staffView.version, { kind: 'claim', taskId: task.id })).statusCode, 200);
    assert.equal((await command(reviewer, staffView.version + 1, { kind: 'approve', taskId: task.id, opinion: '符合条件' })).statusCode, 200);

    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    await signIn(page, baseUrl, 'company');
    await page.goto(`${baseUrl}/my/cases/${caseId}`);
    await page.getByTestId('my-case-page').waitFor();
    assert.equal((await page.getByTestId('case-query-code').innerText()).trim(), queryCode);
    const answers = page.getByTestId('case-application-answer');
    await answers.first().waitFor();
    assert.equal((await page.locator('[data-testid="case-application-answer"][data-path="details.companyName"]').innerText()).trim(), '重庆市涪陵区回执示例有限公司');
    assert.match(await page.getByTestId('case-application-form').innerText(), /拟设立企业名称/, 'labelled by the form’s titles');
    assert.equal(await page.getByTestId('case-application-file').count(), required.length);
    const timeline = await page.getByTestId('case-timeline').innerText();
    assert.doesNotMatch(timeline, /scjg\.reviewer|· window\b/, 'no staff login names');
    assert.match(timeline, /工作人员/);
    assert.match(timeline, /符合条件/);
    await checkBothWidths(page, 'my-case');

    await page.getByTestId('case-receipt-link').click();
    await page.getByTestId('receipt').waitFor();
    const checkReceipt = async () => {
      assert.equal((await page.getByTestId('receipt-receipt-no').innerText()).trim(), receiptNo);
      assert.equal((await page.getByTestId('receipt-query-code').innerText()).trim(), queryCode);
      assert.ok((await page.getByTestId('receipt-item').innerText()).includes('企业开办'));
      assert.ok((await page.getByTestId('receipt-department').innerText()).trim().length > 0);
      assert.match(await page.getByTestId('receipt-date').innerText(), /^\d{4}-\d{2}-\d{2}$/);
      assert.equal(await page.getByTestId('receipt-material').count(), required.length);
      await page.getByTestId('receipt-qr').waitFor();
      assert.equal(await page.getByTestId('receipt-qr').getAttribute('data-url'), `${baseUrl}/lookup?receiptNo=${receiptNo}&queryCode=${queryCode}`);
    };
    await checkReceipt();
    await checkBothWidths(page, 'receipt');

    // Opened again later, from a fresh tab, it is the same receipt; printed, it is the receipt alone.
    await page.close();
    const later = await browser.context.newPage();
    const laterErrors = collectErrors(later);
    await later.goto(`${baseUrl}/my/cases/${caseId}/receipt`);
    await later.getByTestId('receipt').waitFor();
    await later.setViewportSize({ width: 390, height: 844 });
    const again = later;
    assert.equal((await again.getByTestId('receipt-receipt-no').innerText()).trim(), receiptNo);
    assert.equal((await again.getByTestId('receipt-query-code').innerText()).trim(), queryCode);
    await assertNoHorizontalOverflow(again, 'receipt reopened at 390px');
    await again.emulateMedia({ media: 'print' });
    assert.equal(await again.locator('.ant-layout-header').isVisible(), false, 'no header on paper');
    assert.equal(await again.getByTestId('receipt-print').isVisible(), false, 'no button on paper');
    assert.equal(await again.getByTestId('receipt').isVisible(), true);
    await shot(again, 'receipt-print-390');
    assert.deepEqual([...errors, ...laterErrors], []);
    await again.close();
  });

  test('a draft is deleted from 我的办事 after confirming, and is gone from the server', async () => {
    const draft = (await api('POST', '/api/v1/applications', company, { itemCode })).json();
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    await signIn(page, baseUrl, 'company');
    await page.goto(`${baseUrl}/my`);
    await page.getByRole('tab', { name: /草稿/ }).click();
    const row = page.locator(`[data-testid="my-draft"][data-application-id="${draft.id}"]`);
    await row.waitFor();
    await checkBothWidths(page, 'drafts');
    await row.getByTestId('my-draft-delete').click();
    await page.getByTestId('my-draft-delete-confirm').click();
    await row.waitFor({ state: 'detached' });
    assert.equal((await api('GET', `/api/v1/applications/${draft.id}`, company)).statusCode, 404);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
