import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { createTestApp, type TestApp } from '../../server/testing/app.js';
import { launchBrowser, type TestBrowser } from '../../server/testing/browser.js';
import { listen } from '../../server/testing/http-server.js';
import { signIn as signInApi, type TestSession } from '../../server/testing/sessions.js';
import { WEB_DIR } from '../../server/runtime.js';
import { certificateSigner, checkCode } from '../../server/modules/documents/signing.js';
import { collectErrors, signIn, signOutBrowser } from './browserHelpers.js';
import { assertAccessible, assertNoHorizontalOverflow } from './pageChecks.js';

const PHONE = { width: 375, height: 740 };

/** Nothing sticks out sideways on a phone: no horizontal scrolling. */
const fitsWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe('certificate verification page and case documents in Chromium (demo district)', () => {
  let t: TestApp;
  let browser: TestBrowser;
  let baseUrl: string;
  let certificate: { caseId: number; number: string; signature: string };

  before(async () => {
    assert.ok(existsSync(path.join(WEB_DIR, 'index.html')), 'the web app is built (npm run build:web)');
    t = await createTestApp({ web: true, demo: true });
    baseUrl = await listen(t);
    browser = await launchBrowser();

    // An approved case: filed and accepted at the window, reviewed and decided by market supervision.
    const clerk = await signInApi(t, 'window');
    const items = (await t.app.inject({ method: 'GET', url: '/api/v1/items?department=scjg&limit=100' })).json();
    const item = items.items.find((i: { processKind: string }) => i.processKind === 'standard');
    const created = await t.app.inject({ method: 'POST', url: '/api/v1/cases', headers: clerk.headers, payload: { itemCode: item.code, applicant: 'citizen', channel: 'window' } });
    assert.equal(created.statusCode, 201, created.body);
    const id: number = created.json().id;
    const run = async (who: TestSession, command: Record<string, unknown>) => {
      const { version } = (await t.app.inject({ method: 'GET', url: `/api/v1/cases/${id}`, headers: clerk.headers })).json();
      const res = await t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/commands`, headers: who.headers, payload: { expectedVersion: version, command } });
      assert.equal(res.statusCode, 200, res.body);
    };
    await run(clerk, { kind: 'accept' });
    for (const role of ['reviewer', 'approver']) {
      const who = await signInApi(t, `scjg.${role}`);
      const view = (await t.app.inject({ method: 'GET', url: `/api/v1/cases/${id}`, headers: clerk.headers })).json();
      const task = view.tasks.find((x: { status: string }) => x.status === 'queued');
      await run(who, { kind: 'claim', taskId: task.id });
      await run(who, { kind: 'approve', taskId: task.id, opinion: '同意' });
    }
    const row = await t.database.db.selectFrom('certificates').selectAll().where('case_id', '=', id).executeTakeFirstOrThrow();
    certificate = { caseId: id, number: row.number, signature: certificateSigner(t.deps.secrets).sign(row.payload) };
  });
  after(async () => {
    await browser?.close();
    await t?.close();
  });
  beforeEach(() => signOutBrowser(browser.context, baseUrl));

  test('the QR link of a genuine certificate shows 真实有效 with the details, on a phone, without signing in', async () => {
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    await page.setViewportSize(PHONE);
    await page.goto(`${baseUrl}/verify/${certificate.number}?s=${certificate.signature}`);
    const result = page.getByTestId('verify-result');
    await result.waitFor();
    assert.equal(await result.getAttribute('data-status'), 'valid');
    assert.equal(await page.getByTestId('verify-status-text').textContent(), '真实有效');
    assert.equal(await result.getAttribute('data-basis'), 'signature');
    assert.match((await page.getByTestId('verify-explain').textContent()) ?? '', /^签名有效/, 'the signed link alone makes the strongest statement');
    assert.equal(await page.getByTestId('verify-form').count(), 0, 'no form under a signed answer');
    assert.equal(await page.getByTestId('verify-number').textContent(), certificate.number);
    assert.equal(await page.getByTestId('verify-holder').textContent(), '李*', 'the holder’s name is masked');
    assert.ok(await page.getByText('重庆市涪陵区市场监督管理局').first().isVisible());
    assert.ok(await fitsWidth(page), 'no horizontal scrolling on a phone');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('a forged link says 无法验证; an unknown number says not found', async () => {
    const page = await browser.context.newPage();
    const errors = collectErrors(page, [404]);
    await page.setViewportSize(PHONE);
    const s = certificate.signature;
    const forged = `${s.slice(0, 20)}${s[20] === 'A' ? 'B' : 'A'}${s.slice(21)}`;
    await page.goto(`${baseUrl}/verify/${certificate.number}?s=${forged}`);
    await page.locator('[data-testid="verify-result"][data-status="forged"]').waitFor();
    assert.equal(await page.getByTestId('verify-status-text').textContent(), '无法验证');
    assert.ok(await page.getByText('可能是伪造或被篡改的').isVisible());
    assert.ok(await fitsWidth(page));

    await page.goto(`${baseUrl}/verify/500102-SCJG-1999-999999?s=${s}`);
    await page.locator('[data-testid="verify-result"][data-status="not_found"]').waitFor();
    assert.ok(await page.getByText('未找到该证照').isVisible());
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('/verify is a form: the number alone gives the record’s answer, never “forged”; a check code is compared', async () => {
    const page = await browser.context.newPage();
    const errors = collectErrors(page, [404]);
    const answer = async (status: string) => {
      await page.locator(`[data-testid="verify-result"][data-status="${status}"]`).waitFor();
      return (await page.getByTestId('verify-status-text').textContent()) ?? '';
    };
    const ask = async (number: string, code = '') => {
      await page.getByTestId('verify-form-number').fill(number);
      await page.getByTestId('verify-form-code').fill(code);
      await page.getByTestId('verify-form-submit').click();
    };
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 844 });
      const response = await page.goto(`${baseUrl}/verify`);
      assert.equal(response?.status(), 200);
      await page.getByTestId('verify-form').waitFor();
      assert.equal(await page.getByTestId('verify-result').count(), 0, 'no answer before a number is given');
      await assertAccessible(page, `/verify at ${width}`);
      await assertNoHorizontalOverflow(page, `/verify at ${width}`);

      // A malformed number is caught in the form, in plain Chinese.
      await ask('12345');
      await page.getByText('证照编号格式为').waitFor();

      await ask(certificate.number.toLowerCase());
      assert.equal(await answer('valid'), '登记有效');
      assert.equal(await page.getByTestId('verify-result').getAttribute('data-basis'), 'record');
      assert.ok(!(await page.getByText('可能是伪造或被篡改').isVisible()), 'a genuine number is not called forged');
      assert.equal(new URL(page.url()).pathname, `/verify/${certificate.number}`);
      await assertAccessible(page, `record answer at ${width}`);
      await assertNoHorizontalOverflow(page, `record answer at ${width}`);

      await ask(certificate.number, checkCode(certificate.signature).toLowerCase());
      assert.equal(await answer('valid'), '校验码相符，有效');
      await ask(certificate.number, 'AAAA-AAAA');
      assert.equal(await answer('code_mismatch'), '校验码不符');
      assert.ok(await page.getByText('可能是伪造或被篡改').isVisible());
      await assertAccessible(page, `mismatch at ${width}`);
      await assertNoHorizontalOverflow(page, `mismatch at ${width}`);

      await ask('500102-SCJG-1999-999999');
      await page.locator('[data-testid="verify-result"][data-status="not_found"]').waitFor();
      assert.ok(await page.getByText('未找到该证照').isVisible());
      if (width === 390) await page.screenshot({ path: '.tmp/verify-390.png', fullPage: true });
    }

    // Past its validity: the record says so.
    const db = t.database.db;
    const before = await db.selectFrom('certificates').select(['issued_on', 'valid_until']).where('number', '=', certificate.number).executeTakeFirstOrThrow();
    await db.updateTable('certificates').set({ issued_on: '2015-01-05', valid_until: '2020-01-04' }).where('number', '=', certificate.number).execute();
    await page.goto(`${baseUrl}/verify/${certificate.number}`);
    assert.equal(await answer('expired'), '已过期');
    await db.updateTable('certificates').set(before).where('number', '=', certificate.number).execute();
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('the department case page lists the case’s documents with links to their PDFs', async () => {
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    await signIn(page, baseUrl, 'scjg.approver');
    await page.goto(`${baseUrl}/dept/cases/${certificate.caseId}`);
    await page.getByTestId('case-documents').getByTestId('case-document').first().waitFor();
    const kinds = await page.getByTestId('case-document').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-kind')));
    assert.deepEqual(kinds, ['acceptance', 'decision', 'certificate']);
    const certificateRow = page.locator('[data-testid="case-document"][data-kind="certificate"]');
    assert.equal(await certificateRow.getByTestId('case-document-view').getAttribute('href'), `/api/v1/cases/${certificate.caseId}/documents/certificate/1.pdf`);
    assert.match((await certificateRow.getByTestId('case-document-certificate').textContent()) ?? '', new RegExp(`重庆市涪陵区市场监督管理局.*校验码 ${checkCode(certificate.signature)}`));
    assert.equal(await page.getByTestId('case-documents-bundle').count(), 0, 'a single certificate needs no bundle caption');
    // The link works with the browser's own session.
    const status = await page.evaluate(async (href) => (await fetch(href)).status, `/api/v1/cases/${certificate.caseId}/documents/certificate/1.pdf`);
    assert.equal(status, 200);
    assert.equal(await certificateRow.getByTestId('case-document-verify').getAttribute('href'), `${baseUrl}/verify/${certificate.number}?s=${certificate.signature}`);
    assert.equal(await certificateRow.getByTestId('case-document-revoke').count(), 0, 'an approver may not revoke');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('the department head revokes the certificate from the case page; its QR link then says 已撤销 with the reason', async () => {
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    await signIn(page, baseUrl, 'scjg.head');
    await page.goto(`${baseUrl}/dept/cases/${certificate.caseId}`);
    const certificateRow = page.locator('[data-testid="case-document"][data-kind="certificate"]');
    await certificateRow.getByTestId('case-document-revoke').click();
    await page.getByTestId('revoke-modal').waitFor();
    await page.getByTestId('revoke-reason').fill('申请人以欺骗手段取得许可');
    await page.getByTestId('revoke-submit').click();
    await certificateRow.getByTestId('case-document-revoked').waitFor();
    assert.equal(await certificateRow.getByTestId('case-document-revoke').count(), 0);

    await page.setViewportSize(PHONE);
    await page.goto(`${baseUrl}/verify/${certificate.number}?s=${certificate.signature}`);
    await page.locator('[data-testid="verify-result"][data-status="revoked"]').waitFor();
    assert.equal(await page.getByTestId('verify-status-text').textContent(), '已撤销');
    assert.equal(await page.getByTestId('verify-revoke-reason').textContent(), '申请人以欺骗手段取得许可');
    assert.ok(await fitsWidth(page));

    // By number alone, the record says the same.
    await page.goto(`${baseUrl}/verify/${certificate.number}`);
    await page.locator('[data-testid="verify-result"][data-status="revoked"][data-basis="record"]').waitFor();
    assert.equal(await page.getByTestId('verify-status-text').textContent(), '已撤销');
    await assertAccessible(page);
    await assertNoHorizontalOverflow(page);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
