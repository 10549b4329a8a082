import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { createTestApp, type TestApp } from '../../server/testing/app.js';
import { launchBrowser, type TestBrowser } from '../../server/testing/browser.js';
import { listen } from '../../server/testing/http-server.js';
import { WEB_DIR } from '../../server/runtime.js';
import { requiredFor } from '../../shared/material-conditions.js';
import { isValidReceiptNumber } from '../../shared/receipt-number.js';
import { act, collectErrors, openFromInbox, pickOption, signIn, signOutBrowser, submitCaseCommand, uploadInto } from './browserHelpers.js';
import { assertNoHorizontalOverflow } from './pageChecks.js';

const SHOTS = path.join(process.cwd(), '.tmp');

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `joint-journey-${name}.png`), fullPage: true }).catch(() => undefined);
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The four departments of 企业开办, lead first: 市场监管, 公安, 税务, 人力社保. */
const DEPARTMENTS = ['scjg', 'ga', 'sw', 'rs'] as const;

/**
 * The main journey of the platform, every step taken by its person in the browser: an enterprise
 * applies online for 企业开办, the window asks once for a supplement, the enterprise supplies it,
 * the window accepts, four departments approve in parallel, the lead department decides, and the
 * certificate on the applicant's case page verifies on the public page. The API is used only to
 * look up the item and its materials.
 */
describe('the main journey in Chromium: 企业开办 from online application to a verified certificate (demo district)', () => {
  let t: TestApp;
  let browser: TestBrowser;
  let baseUrl: string;
  let dataDir: string;
  let item: { code: string; name: string };
  /** The materials the enterprise must upload itself (required, not shared between departments). */
  let materials: Json[];

  before(async () => {
    assert.ok(existsSync(path.join(WEB_DIR, 'index.html')), 'the web app is built (npm run build:web)');
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'ow-web-joint-'));
    t = await createTestApp({ web: true, demo: true, config: { dataDir } });
    baseUrl = await listen(t);
    browser = await launchBrowser();
    const found = (await t.app.inject({ method: 'GET', url: `/api/v1/items?joint=true&q=${encodeURIComponent('企业开办')}` })).json();
    item = found.items[0];
    assert.ok(item, 'the demo catalogue has the joint item 企业开办');
    const form = (await t.app.inject({ method: 'GET', url: `/api/v1/items/${item.code}/form` })).json();
    // 同时申领发票 is ticked by default, which makes the situational tax form required too.
    materials = form.materials.filter((m: Json) => requiredFor(m as { required: boolean }, { details: { needInvoice: true } }) && !m.shared);
    assert.ok(materials.length >= 2, '企业开办 asks for several materials');
  });
  after(async () => {
    await browser?.close();
    await t?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });
  beforeEach(() => signOutBrowser(browser.context, baseUrl));

  /** A fresh page signed in as `username`, after signing the previous person out; errors are collected. */
  async function as(context: BrowserContext, username: string): Promise<{ page: Page; errors: string[] }> {
    await signOutBrowser(context, baseUrl);
    const page = await context.newPage();
    const errors = collectErrors(page);
    await signIn(page, baseUrl, username);
    return { page, errors };
  }

  test('company applies, the window asks for a supplement and accepts, scjg/ga/sw/rs approve in parallel, scjg decides, the certificate verifies', async () => {
    const context = browser.context;

    // ── The enterprise finds 企业开办 and applies online ──
    const { page: applicant, errors: applicantErrors } = await as(context, 'company');
    await applicant.goto(`${baseUrl}/items/${item.code}`);
    await applicant.getByTestId('item-apply').click();
    await applicant.getByTestId('application-editor').waitFor();
    await applicant.waitForURL(/\/my\/applications\/\d+$/);
    assert.equal(await applicant.getByTestId('application-item-name').innerText(), item.name);

    await applicant.locator('#root_applicant_organisation').fill('重庆市涪陵区示例商贸有限公司');
    await applicant.locator('#root_applicant_contactName').fill('王芳');
    await applicant.locator('#root_applicant_contactPhone').fill('13800000002');
    await applicant.locator('#root_applicant_address').fill('重庆市涪陵区太极大道 18 号');
    await applicant.locator('#root_details_companyName').fill('重庆市涪陵区新开示例科技有限公司');
    await pickOption(applicant, applicant.locator('.ant-select').filter({ has: applicant.locator('#root_details_companyType') }), '有限责任公司');
    await applicant.locator('#root_details_registeredCapital').fill('100');
    await applicant.locator('#root_details_legalRepresentative').fill('王芳');
    await applicant.locator('#root_details_businessAddress').fill('重庆市涪陵区太极大道 18 号 2 楼');
    await applicant.locator('#root_details_businessScope').fill('软件开发；信息技术咨询服务');
    for (const material of materials) await uploadInto(applicant, material.id, `材料${material.id}.pdf`, `joint-${material.id}`);
    await applicant.locator('[data-testid="autosave-status"][data-state="saved"]').waitFor();

    await applicant.getByTestId('application-submit').click();
    await applicant.getByTestId('application-submitted-result').waitFor();
    const receiptNo = (await applicant.getByTestId('receipt-no').innerText()).trim();
    assert.ok(isValidReceiptNumber(receiptNo), `receipt number ${receiptNo} carries a valid check character`);
    await applicant.getByTestId('submitted-case-link').click();
    const myCase = applicant.getByTestId('my-case-page');
    await myCase.waitFor();
    const caseId = Number(await myCase.getAttribute('data-case-id'));
    assert.equal(await myCase.getAttribute('data-status'), 'submitted');
    await shot(applicant, 'submitted');
    assert.deepEqual(applicantErrors, []);

    // ── The window checks the materials: one is not acceptable, so the one-time supplement list goes out ──
    const { page: clerk, errors: clerkErrors } = await as(context, 'window');
    await clerk.goto(`${baseUrl}/window`);
    const queueRow = clerk.locator(`[data-testid="queue-row"][data-case-id="${caseId}"]`);
    await queueRow.waitFor();
    assert.match(await queueRow.innerText(), new RegExp(receiptNo));
    await queueRow.getByTestId('queue-case-link').click();
    const intake = clerk.getByTestId('intake-page');
    await intake.waitFor();
    await clerk.getByTestId('check-file').first().waitFor();
    const fileOf = (materialId: number, check?: string) =>
      clerk.locator(`[data-testid="check-material"][data-material-id="${materialId}"] [data-testid="check-file"]${check ? `[data-check="${check}"]` : ''}`).first();
    // The articles of association lack a signature: the one file sent back.
    const bad = materials.find((m) => m.name.includes('章程')) ?? materials[0]!;
    const good = materials.filter((m) => m !== bad);
    for (const material of good) {
      await fileOf(material.id).getByText('合格', { exact: true }).click();
      await fileOf(material.id, 'ok').waitFor();
    }
    await fileOf(bad.id).getByText('不合格', { exact: true }).click();
    await fileOf(bad.id).getByTestId('check-note-needed').waitFor();
    await fileOf(bad.id).getByTestId('check-note').fill('章程缺少全体股东签字');
    await fileOf(bad.id).getByTestId('check-note').blur();
    await fileOf(bad.id, 'invalid').waitFor();

    await clerk.getByTestId('intake-request_supplement').click();
    const list = clerk.getByTestId('intake-field-items');
    await list.waitFor();
    assert.match(await list.inputValue(), new RegExp(`${bad.name}（不合格：章程缺少全体股东签字）`));
    const submittedVersion = await intake.getAttribute('data-version');
    await submitCaseCommand(clerk, 'intake-submit');
    await clerk.locator(`[data-testid="intake-page"]:not([data-version="${submittedVersion}"])`).waitFor();
    assert.equal(await clerk.getByTestId('case-status').getAttribute('data-status'), 'awaiting_supplement');
    assert.deepEqual(clerkErrors, []);

    // ── The enterprise uploads the corrected file and submits the supplement ──
    const { page: supplier, errors: supplierErrors } = await as(context, 'company');
    await supplier.goto(`${baseUrl}/my`);
    const pausedRow = supplier.locator(`[data-testid="my-case"][data-case-id="${caseId}"]`);
    await pausedRow.waitFor();
    assert.match(await pausedRow.innerText(), /待补正/);
    await pausedRow.getByTestId('my-case-link').click();
    await supplier.getByTestId('supplement-card').waitFor();
    assert.deepEqual(await supplier.getByTestId('supplement-item').allInnerTexts(), [`${bad.name}（不合格：章程缺少全体股东签字）`]);
    await supplier.getByTestId('material-slot').first().waitFor();
    await uploadInto(supplier, bad.id, '公司章程（全体股东签字）.pdf', 'joint-supplement');
    await supplier.getByTestId('supplement-submit').click();
    await supplier.locator(`[data-testid="my-case-page"][data-case-id="${caseId}"]:not([data-status="awaiting_supplement"])`).waitFor();
    assert.deepEqual(supplierErrors, []);

    // ── The window checks the new file and accepts: the four departments' branches start at once ──
    const { page: accepter, errors: accepterErrors } = await as(context, 'window');
    await accepter.goto(`${baseUrl}/window`);
    await accepter.locator(`[data-testid="queue-row"][data-case-id="${caseId}"]`).getByTestId('queue-case-link').click();
    await accepter.getByTestId('intake-accept').waitFor();
    const newFile = accepter.locator(`[data-testid="check-material"][data-material-id="${bad.id}"] [data-testid="check-file"][data-check="pending"]`);
    await newFile.getByText('合格', { exact: true }).click();
    await accepter.locator(`[data-testid="check-material"][data-material-id="${bad.id}"] [data-testid="check-file"][data-check="pending"]`).waitFor({ state: 'detached' });
    await accepter.getByTestId('intake-accept').click();
    await accepter.getByTestId('intake-modal').waitFor();
    await submitCaseCommand(accepter, 'intake-submit');
    await accepter.locator('[data-testid="intake-page"]:not([data-status="submitted"])').waitFor();
    assert.ok(['accepted', 'in_review'].includes((await accepter.getByTestId('intake-page').getAttribute('data-status'))!));
    assert.match(await accepter.getByTestId('case-timeline').innerText(), /受理，办理时限/);
    assert.deepEqual(accepterErrors, []);

    // ── Each department's reviewer takes its own branch from the inbox and approves it ──
    for (const [i, department] of DEPARTMENTS.entries()) {
      const { page: reviewer, errors } = await as(context, `${department}.reviewer`);
      await openFromInbox(reviewer, baseUrl, caseId);
      const stage = reviewer.locator('[data-testid="case-stage"][data-parallel="true"]');
      await stage.waitFor();
      assert.equal(await stage.locator('[data-testid="case-task"][data-status="done"]').count(), i, `${i} branches were done before ${department}`);
      // What there is to review: the form as the enterprise filled it in and every file, checked at the window.
      const application = reviewer.getByTestId('case-application');
      await application.locator('[data-testid="case-application-answer"][data-path="details.companyName"]').waitFor();
      assert.equal(await application.locator('[data-testid="case-application-answer"][data-path="details.companyName"]').innerText(), '重庆市涪陵区新开示例科技有限公司');
      assert.equal(await application.locator('[data-testid="case-application-answer"][data-path="details.companyType"]').innerText(), '有限责任公司');
      assert.equal(await application.getByTestId('case-application-file').count(), materials.length + 1, 'the first files and the supplement');
      assert.equal(await application.locator('[data-testid="case-application-file"][data-check="ok"]').count(), materials.length);
      const supplementFile = application.locator(`[data-testid="case-application-material"][data-material-id="${bad.id}"] [data-testid="case-application-file"][data-check="ok"]`);
      assert.match(await supplementFile.innerText(), /公司章程（全体股东签字）\.pdf[\s\S]*补正/);
      const fileHref = (await supplementFile.getByTestId('case-application-file-open').getAttribute('href'))!;
      assert.equal(await reviewer.evaluate(async (href) => (await fetch(href)).status, fileHref), 200, `${department} may open the file`);
      if (department === 'rs') {
        // The answers and files also fit a phone screen.
        await reviewer.setViewportSize({ width: 390, height: 844 });
        // antd's responsive grid re-lays out a moment after the resize.
        await reviewer.waitForFunction(() => document.documentElement.scrollWidth <= window.innerWidth, undefined, { timeout: 5_000 });
        await shot(reviewer, 'application-phone');
        await reviewer.setViewportSize({ width: 1280, height: 900 });
      }
      const ownTask = await reviewer.locator(`[data-testid="case-task"][data-department="${department}"]`).getAttribute('data-task-id');
      assert.equal(await reviewer.getByTestId('action-claim').getAttribute('data-task-id'), ownTask, `${department} claims its own branch`);
      await act(reviewer, 'claim');
      await act(reviewer, 'approve', { opinion: `${department} 审查通过，同意办理。` });
      await reviewer.locator(`[data-testid="case-task"][data-department="${department}"][data-status="done"]`).waitFor();
      if (department === 'scjg') await shot(reviewer, 'parallel-branch');
      assert.deepEqual(errors, [], `${department}.reviewer saw no errors`);
    }

    // ── All branches done: the lead department's approver decides ──
    const { page: approver, errors: approverErrors } = await as(context, 'scjg.approver');
    await openFromInbox(approver, baseUrl, caseId);
    assert.equal(await approver.locator('[data-testid="case-stage"][data-parallel="true"] [data-testid="case-task"][data-status="done"]').count(), DEPARTMENTS.length);
    await act(approver, 'claim');
    assert.equal(await approver.getByTestId('action-approve').innerText(), '准予许可');
    await act(approver, 'approve', { opinion: '并联审查均已通过，准予许可。' });
    await approver.locator('[data-testid="case-status"][data-status="decided_approved"]').waitFor();
    await shot(approver, 'decided');
    assert.deepEqual(approverErrors, []);

    // ── The enterprise sees the decision and its certificate, and the certificate verifies ──
    const { page: holder, errors: holderErrors } = await as(context, 'company');
    await holder.goto(`${baseUrl}/my/cases/${caseId}`);
    await holder.locator(`[data-testid="my-case-page"][data-status="decided_approved"]`).waitFor();
    assert.equal(await holder.getByTestId('case-header').getByTestId('case-status').innerText(), '准予许可');
    // The result bundle: one document per department, each holding the company being set up.
    const certificates = holder.locator('[data-testid="case-documents"] [data-testid="case-document"][data-kind="certificate"]');
    const certificateRow = certificates.first();
    await certificateRow.waitFor();
    const kinds = await holder.getByTestId('case-document').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-kind')));
    assert.ok(kinds.includes('acceptance') && kinds.includes('decision'), `documents listed: ${kinds.join(', ')}`);
    assert.match(await holder.getByTestId('case-documents-bundle').innerText(), /办件结果共 4 份/);
    const departments = await certificates.getByTestId('case-document-certificate').allInnerTexts();
    assert.deepEqual(
      departments.map((text) => text.match(/出具部门：(\S+)/)?.[1]),
      ['重庆市涪陵区市场监督管理局', '重庆市涪陵区公安局', '国家税务总局重庆市涪陵区税务局', '重庆市涪陵区人力资源和社会保障局'],
    );
    const titles = await certificates.evaluateAll((nodes) => nodes.map((n) => n.querySelector('strong')?.textContent));
    assert.deepEqual(titles, ['营业执照', '印章刻制备案证明', '涉税事项办理确认书', '社会保险登记证明']);
    const verifyHref = await certificateRow.getByTestId('case-document-verify').getAttribute('href');
    assert.ok(verifyHref, 'the certificate has a verify link');
    const verifyUrl = new URL(verifyHref, baseUrl);
    assert.match(verifyUrl.pathname, /^\/verify\/[^/]+$/);
    assert.ok(verifyUrl.searchParams.get('s'), 'the verify link carries the signature');
    // The PDF opens with the applicant's own session.
    const pdfStatus = await holder.evaluate(async (href) => (await fetch(href)).status, (await certificateRow.getByTestId('case-document-view').getAttribute('href'))!);
    assert.equal(pdfStatus, 200);
    await shot(holder, 'certificate');
    // The bundle's lines (department, check code, position) wrap on a phone instead of widening the page.
    await holder.setViewportSize({ width: 390, height: 844 });
    await assertNoHorizontalOverflow(holder, 'case page with the result bundle at 390 px');
    await shot(holder, 'certificate-390');
    assert.deepEqual(holderErrors, []);

    // Anyone holding the paper follows its QR link, signed in or not.
    await signOutBrowser(context, baseUrl);
    const visitor = await context.newPage();
    const visitorErrors = collectErrors(visitor);
    await visitor.goto(`${baseUrl}${verifyUrl.pathname}${verifyUrl.search}`);
    await visitor.locator('[data-testid="verify-result"][data-status="valid"]').waitFor();
    assert.equal(await visitor.getByTestId('verify-status-text').textContent(), '真实有效');
    assert.equal(await visitor.getByTestId('verify-number').textContent(), decodeURIComponent(verifyUrl.pathname.split('/').pop()!));
    await visitor.getByText('重庆市涪陵区市场监督管理局').first().waitFor();
    assert.equal(await visitor.getByTestId('verify-holder').textContent(), '重庆市涪陵区新开示例科技有限公司', 'the company being set up, in full: an enterprise’s name is public');
    await shot(visitor, 'verified');
    assert.deepEqual(visitorErrors, []);
  });
});
