import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { createTestApp, type TestApp } from '../../server/testing/app.js';
import { launchBrowser, type TestBrowser } from '../../server/testing/browser.js';
import { listen } from '../../server/testing/http-server.js';
import { WEB_DIR } from '../../server/runtime.js';
import { isValidReceiptNumber } from '../../shared/receipt-number.js';
import { collectErrors, idCardNumber, pickOption, signIn, signOutBrowser, submitCaseCommand, uploadInto } from './browserHelpers.js';
import { assertAccessible } from './pageChecks.js';

const SHOTS = path.join(process.cwd(), '.tmp');

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `applications-${name}.png`), fullPage: true }).catch(() => undefined);
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** One mistyped digit: the 10th digit changed, as a person copying it down might. */
function mistyped(receiptNo: string): string {
  const digit = Number(receiptNo[9]);
  return `${receiptNo.slice(0, 9)}${(digit + 1) % 10}${receiptNo.slice(10)}`;
}

describe('applying online, intake at the window, supplement and progress lookup in Chromium (demo district)', () => {
  let t: TestApp;
  let browser: TestBrowser;
  let baseUrl: string;
  let dataDir: string;
  /** A fully-online standard item with the general form (申请事项及理由), for a person. */
  let item: { code: string; name: string; requiredMaterials: Json[] };

  before(async () => {
    assert.ok(existsSync(path.join(WEB_DIR, 'index.html')), 'the web app is built (npm run build:web)');
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'ow-web-applications-'));
    t = await createTestApp({ web: true, demo: true, config: { dataDir } });
    baseUrl = await listen(t);
    browser = await launchBrowser();

    const candidates = await t.database.db
      .selectFrom('items as i')
      .innerJoin('item_versions as v', 'v.id', 'i.published_version_id')
      .select(['i.code', 'v.name'])
      .where('v.handling_depth', '=', 'full_online')
      .where('v.process_kind', '=', 'standard')
      .where('v.applicant_type', 'in', ['person', 'both'])
      .orderBy('i.code')
      .execute();
    for (const candidate of candidates) {
      const form = (await t.app.inject({ method: 'GET', url: `/api/v1/items/${candidate.code}/form` })).json();
      const details = form.schema.properties.details;
      const required = form.materials.filter((m: Json) => m.required && !m.shared);
      if (JSON.stringify(details.required) === '["matter"]' && required.length > 0 && required.length <= 3) {
        item = { code: candidate.code, name: candidate.name, requiredMaterials: required };
        break;
      }
    }
    assert.ok(item, 'the demo district has a fully-online standard item with the general form');
  });
  after(async () => {
    await browser?.close();
    await t?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });
  beforeEach(() => signOutBrowser(browser.context, baseUrl));

  test('a person applies online, the window asks for a supplement, the person supplies it, the window accepts; lookup shows the progress', async () => {
    // ── The applicant finds the item and applies online ──
    const page = await browser.context.newPage();
    const errors = collectErrors(page, [415]);
    await signIn(page, baseUrl, 'citizen');
    await page.goto(`${baseUrl}/items/${item.code}`);
    const apply = page.getByTestId('item-apply');
    assert.equal(await apply.innerText().then((s) => s.replace(/\s/g, '')), '在线申请');
    await apply.click();
    const editor = page.getByTestId('application-editor');
    await editor.waitFor();
    await page.waitForURL(/\/my\/applications\/\d+$/);
    assert.equal(await page.getByTestId('application-item-name').innerText(), item.name);

    // Submitting an unfinished form is stopped in the browser with plain Chinese messages.
    await page.getByTestId('application-submit').click();
    await page.getByTestId('error-summary').waitFor();
    await shot(page, 'form-errors');
    assert.match(await page.getByTestId('application-form').innerText(), /请填写申请事项及理由/);

    await page.locator('#root_applicant_contactName').fill('李明');
    await page.locator('#root_applicant_contactPhone').fill('13800138000');
    await page.locator('#root_applicant_address').fill('重庆市涪陵区太极大道 1 号');
    await page.locator('#root_details_matter').fill('申请办理本事项，理由详见附件材料。');
    // Autosave: a debounced PUT, then 已自动保存 hh:mm.
    await page.locator('[data-testid="autosave-status"][data-state="saved"]').waitFor();
    assert.match(await page.getByTestId('autosave-status').innerText(), /已自动保存 \d{2}:\d{2}/);

    // A file that is not what its name says is refused with the server's explanation.
    const first = item.requiredMaterials[0]!;
    const firstSlot = page.locator(`[data-testid="material-slot"][data-material-id="${first.id}"]`);
    await firstSlot.locator('input[type="file"]').setInputFiles({ name: 'disguised.pdf', mimeType: 'application/pdf', buffer: Buffer.from('MZ this is not a pdf at all, just text pretending') });
    await firstSlot.getByTestId('material-error').waitFor();
    assert.match(await firstSlot.getByTestId('material-error').innerText(), /类型/);
    assert.equal(await firstSlot.getByTestId('material-file').count(), 0);

    for (const material of item.requiredMaterials) await uploadInto(page, material.id, `材料${material.id}.pdf`, `first-${material.id}`);

    // The draft survives a reload (autosaved form, stored files).
    await page.reload();
    await editor.waitFor();
    assert.equal(await page.locator('#root_details_matter').inputValue(), '申请办理本事项，理由详见附件材料。');
    assert.equal(await page.getByTestId('material-file').count(), item.requiredMaterials.length);

    await page.getByTestId('application-submit').click();
    await page.getByTestId('application-submitted-result').waitFor();
    const receiptNo = (await page.getByTestId('receipt-no').innerText()).trim();
    const queryCode = (await page.getByTestId('query-code').innerText()).trim();
    assert.ok(isValidReceiptNumber(receiptNo), `receipt number ${receiptNo} carries a valid check character`);
    assert.ok(queryCode.length >= 6);
    await page.getByTestId('submitted-print').waitFor();
    await shot(page, 'submitted');
    assert.deepEqual(errors, []);

    await page.getByTestId('submitted-case-link').click();
    const casePage = page.getByTestId('my-case-page');
    await casePage.waitFor();
    const caseId = Number(await casePage.getAttribute('data-case-id'));
    assert.equal(await page.getByTestId('case-status').getAttribute('data-status'), 'submitted');
    await page.goto(`${baseUrl}/my`);
    const myRow = page.locator(`[data-testid="my-case"][data-case-id="${caseId}"]`);
    await myRow.waitFor();
    const myRowText = await myRow.innerText();
    assert.ok(myRowText.includes(receiptNo) && myRowText.includes(item.name), myRowText);
    assert.match(myRowText, /待受理/);

    // ── The clerk checks the materials and sends back for a supplement, everything at once ──
    await signOutBrowser(browser.context, baseUrl);
    const clerk = await browser.context.newPage();
    const clerkErrors = collectErrors(clerk);
    await signIn(clerk, baseUrl, 'window');
    await clerk.goto(`${baseUrl}/window`);
    const queueRow = clerk.locator(`[data-testid="queue-row"][data-case-id="${caseId}"]`);
    await queueRow.waitFor();
    assert.match(await queueRow.innerText(), new RegExp(receiptNo));
    assert.match(await queueRow.innerText(), /李明/);
    await shot(clerk, 'queue');
    await queueRow.getByTestId('queue-case-link').click();
    const intake = clerk.getByTestId('intake-page');
    await intake.waitFor();
    await clerk.getByTestId('check-file').first().waitFor();
    assert.equal(await clerk.getByTestId('check-file').count(), item.requiredMaterials.length);

    const checkFile = (materialId: number) => clerk.locator(`[data-testid="check-material"][data-material-id="${materialId}"] [data-testid="check-file"]`).first();
    // All but the first are fine; the first is not legible.
    for (const material of item.requiredMaterials.slice(1)) {
      await checkFile(material.id).getByText('合格', { exact: true }).click();
      await clerk.locator(`[data-testid="check-material"][data-material-id="${material.id}"] [data-testid="check-file"][data-check="ok"]`).waitFor();
    }
    const bad = checkFile(first.id);
    await bad.getByText('不合格', { exact: true }).click();
    await bad.getByTestId('check-note-needed').waitFor();
    await bad.getByTestId('check-note').fill('扫描件模糊，无法辨认签名');
    await bad.getByTestId('check-note').blur();
    await clerk.locator(`[data-testid="check-material"][data-material-id="${first.id}"] [data-testid="check-file"][data-check="invalid"]`).waitFor();

    await clerk.getByTestId('intake-request_supplement').click();
    const items = clerk.getByTestId('intake-field-items');
    await items.waitFor();
    const prefilled = await items.inputValue();
    assert.match(prefilled, new RegExp(`${first.name}（不合格：扫描件模糊，无法辨认签名）`));
    await items.fill(`${prefilled}\n请同时提供申请人身份证复印件`);
    const version = await intake.getAttribute('data-version');
    await submitCaseCommand(clerk, 'intake-submit');
    await clerk.locator(`[data-testid="intake-page"]:not([data-version="${version}"])`).waitFor();
    assert.equal(await clerk.getByTestId('case-status').getAttribute('data-status'), 'awaiting_supplement');
    assert.deepEqual(clerkErrors, []);

    // ── The applicant sees the complete list, uploads, and submits the supplement ──
    await signOutBrowser(browser.context, baseUrl);
    const again = await browser.context.newPage();
    const againErrors = collectErrors(again);
    await signIn(again, baseUrl, 'citizen');
    await again.goto(`${baseUrl}/my`);
    const pausedRow = again.locator(`[data-testid="my-case"][data-case-id="${caseId}"]`);
    await pausedRow.waitFor();
    assert.match(await pausedRow.innerText(), /待补正/);
    await pausedRow.getByTestId('my-case-link').click();
    await again.getByTestId('supplement-card').waitFor();
    const listed = await again.getByTestId('supplement-item').allInnerTexts();
    assert.deepEqual(listed, [`${first.name}（不合格：扫描件模糊，无法辨认签名）`, '请同时提供申请人身份证复印件']);
    assert.equal(await again.getByTestId('case-header').getByTestId('clock-paused').innerText(), '已暂停计时（补正中）');
    await again.getByTestId('material-slot').first().waitFor();
    await uploadInto(again, first.id, '清晰扫描件.pdf', 'supplement');
    await shot(again, 'supplement');
    await again.getByTestId('supplement-submit').click();
    await again.locator('[data-testid="my-case-page"]:not([data-status="awaiting_supplement"])').waitFor();
    assert.equal(await again.getByTestId('supplement-card').count(), 0);
    assert.deepEqual(againErrors, []);

    // ── The clerk accepts ──
    await signOutBrowser(browser.context, baseUrl);
    const clerk2 = await browser.context.newPage();
    const clerk2Errors = collectErrors(clerk2);
    await signIn(clerk2, baseUrl, 'window');
    await clerk2.goto(`${baseUrl}/window/cases/${caseId}`);
    await clerk2.getByTestId('intake-accept').waitFor();
    const supplementFile = clerk2.locator(`[data-testid="check-material"][data-material-id="${first.id}"] [data-testid="check-file"][data-check="pending"]`);
    await supplementFile.getByText('合格', { exact: true }).click();
    await clerk2.locator(`[data-testid="check-material"][data-material-id="${first.id}"] [data-testid="check-file"][data-check="ok"]`).waitFor();
    await clerk2.getByTestId('intake-accept').click();
    await clerk2.getByTestId('intake-modal').waitFor();
    await submitCaseCommand(clerk2, 'intake-submit');
    await clerk2.locator('[data-testid="intake-page"]:not([data-status="submitted"])').waitFor();
    assert.ok(['accepted', 'in_review'].includes((await clerk2.getByTestId('intake-page').getAttribute('data-status'))!));
    assert.match(await clerk2.getByTestId('case-timeline').innerText(), /受理，办理时限/);
    assert.deepEqual(clerk2Errors, []);

    // ── The applicant's case page shows the acceptance and the due date ──
    await signOutBrowser(browser.context, baseUrl);
    const last = await browser.context.newPage();
    const lastErrors = collectErrors(last);
    await signIn(last, baseUrl, 'citizen');
    await last.goto(`${baseUrl}/my/cases/${caseId}`);
    await last.getByTestId('my-case-page').waitFor();
    assert.ok(['accepted', 'in_review'].includes((await last.getByTestId('case-status').getAttribute('data-status'))!));
    assert.match(await last.getByTestId('case-accepted-on').innerText(), /^\d{4}-\d{2}-\d{2}$/);
    assert.match(await last.getByTestId('case-due-on').innerText(), /^\d{4}-\d{2}-\d{2}$/);
    assert.match(await last.getByTestId('case-due').innerText(), /剩余 \d+ 个工作日|今日到期/);
    await shot(last, 'accepted');
    assert.deepEqual(lastErrors, []);

    // ── Anyone can look the progress up with the receipt number and query code ──
    await signOutBrowser(browser.context, baseUrl);
    const visitor = await browser.context.newPage();
    const visitorErrors = collectErrors(visitor);
    const lookups: string[] = [];
    visitor.on('request', (request) => request.url().includes('/api/v1/public/cases') && lookups.push(request.url()));
    await visitor.goto(baseUrl);
    await visitor.getByTestId('footer-lookup').click();
    await visitor.getByTestId('lookup-page').waitFor();
    await visitor.getByTestId('lookup-receipt').fill(mistyped(receiptNo));
    await visitor.getByTestId('lookup-code').fill(queryCode);
    await visitor.getByTestId('lookup-submit').click();
    await visitor.getByText('办件编号有误，请核对').waitFor();
    assert.deepEqual(lookups, [], 'a mistyped receipt number is caught before any request');

    await visitor.getByTestId('lookup-receipt').fill(receiptNo);
    await visitor.getByTestId('lookup-submit').click();
    const result = visitor.getByTestId('lookup-result');
    await result.waitFor();
    assert.equal(lookups.length, 1);
    const text = await result.innerText();
    assert.match(text, new RegExp(item.name));
    assert.match(await visitor.getByTestId('lookup-accepted-on').innerText(), /^\d{4}-\d{2}-\d{2}$/);
    assert.match(await visitor.getByTestId('lookup-due-on').innerText(), /^\d{4}-\d{2}-\d{2}$/);
    assert.ok((await visitor.getByTestId('lookup-step').count()) >= 2, 'the steps are listed');
    await shot(visitor, 'lookup');
    assert.deepEqual(visitorErrors, []);
  });

  test('a clerk files a walk-in applicant: identity, item, the same form and uploads, then the case waits in the queue', async () => {
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    await signIn(page, baseUrl, 'window');
    await page.goto(`${baseUrl}/window`);
    await page.getByTestId('walk-in-start').click();
    await page.getByTestId('walk-in-page').waitFor();
    // The ID number's check character is verified before anything is sent.
    await page.getByTestId('walk-in-name').fill('王秀英');
    await page.getByTestId('walk-in-id-number').fill('500102199001011230');
    await page.getByTestId('walk-in-phone').fill('13900001111');
    await page.getByTestId('walk-in-submit').click();
    await page.getByText('证件号码校验不通过，请核对').waitFor();
    await page.getByTestId('walk-in-id-number').fill(idCardNumber('123'));
    await pickOption(page, page.getByTestId('walk-in-item'), item.name, item.name);
    await page.getByTestId('walk-in-submit').click();

    const editor = page.getByTestId('application-editor');
    await editor.waitFor();
    await page.waitForURL(/\/window\/applications\/\d+$/);
    assert.match(await editor.innerText(), /帮办代办/);
    assert.match(await editor.innerText(), /王秀英/);
    // What the clerk typed on the first screen is in the form, shown but not asked again.
    for (const [field, value] of [['contactName', '王秀英'], ['contactPhone', '13900001111']] as const) {
      const input = page.locator(`#root_applicant_${field}`);
      assert.equal(await input.inputValue(), value, `${field} comes from the walk-in registration`);
      assert.equal(await input.isEditable(), false, `${field} is not asked again`);
    }
    assert.match(await editor.innerText(), /以下申请人信息来自代办登记，无需再次填写/);
    // The new account's claim SMS: in demo mode without a gateway the clerk sees the code to pass on.
    const claim = page.getByTestId('walk-in-claim');
    assert.match(await claim.innerText(), /已向 139\*\*\*\*1111 发送账号认领短信[\s\S]*演示模式[\s\S]*认领验证码为 \d{6}/);
    await assertAccessible(page, 'walk-in application form');
    await page.locator('#root_applicant_address').fill('重庆市涪陵区江东街道 8 号');
    await page.locator('#root_details_matter').fill('现场申请，由窗口代为填写。');
    for (const material of item.requiredMaterials) await uploadInto(page, material.id, `代办${material.id}.pdf`, `walk-in-${material.id}`);
    await page.locator('[data-testid="autosave-status"][data-state="saved"]').waitFor();
    await page.getByTestId('application-submit').click();
    await page.getByTestId('application-submitted-result').waitFor();
    const receiptNo = (await page.getByTestId('receipt-no').innerText()).trim();
    assert.ok(isValidReceiptNumber(receiptNo));

    await page.getByTestId('submitted-case-link').click();
    const intake = page.getByTestId('intake-page');
    await intake.waitFor();
    assert.equal(await intake.getAttribute('data-status'), 'submitted');
    const applicantLine = await page.getByTestId('intake-applicant').innerText();
    assert.match(applicantLine, /王秀英[\s\S]*由 综合窗口受理员 代办登记/);
    assert.doesNotMatch(applicantLine, /window|（[a-z0-9.-]+）/, 'people by name, not by login name');
    assert.match(await page.getByTestId('case-header').innerText(), /帮办代办/);
    await page.getByTestId('back-to-queue').click();
    const row = page.locator('[data-testid="queue-row"]').filter({ hasText: receiptNo });
    await row.waitFor();
    assert.match(await row.innerText(), /王秀英[\s\S]*帮办代办/);
    assert.deepEqual(errors, []);
  });

  test('at phone width the application form and the lookup fit the screen', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    const errors = collectErrors(page);
    await signIn(page, baseUrl, 'citizen');
    await page.goto(`${baseUrl}/my/apply/${item.code}`);
    await page.getByTestId('application-form').waitFor();
    await page.getByTestId('material-slot').first().waitFor();
    const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    assert.ok(await fits(), 'the application page fits');
    await shot(page, 'apply-phone');
    await page.goto(`${baseUrl}/my`);
    await page.getByTestId('my-home').waitFor();
    assert.ok(await fits(), 'my cases fit');
    await page.goto(`${baseUrl}/lookup`);
    await page.getByTestId('lookup-page').waitFor();
    assert.ok(await fits(), 'the lookup fits');
    assert.deepEqual(errors, []);
  });
});
