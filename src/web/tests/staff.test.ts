import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { createTestApp, type TestApp } from '../../server/testing/app.js';
import { launchBrowser, type TestBrowser } from '../../server/testing/browser.js';
import { listen } from '../../server/testing/http-server.js';
import { signIn as signInApi, type TestSession } from '../../server/testing/sessions.js';
import { WEB_DIR } from '../../server/runtime.js';
import { collectErrors, signIn, signOutBrowser } from './browserHelpers.js';
import { assertAccessible, assertNoHorizontalOverflow } from './pageChecks.js';

const SHOTS = path.join(process.cwd(), '.tmp');

/** Axe and overflow at 1280 px, then again at 390 px, with a screenshot of each. */
async function checkBothWidths(page: Page, name: string, ready: () => Promise<unknown>): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 844 });
    await ready();
    await assertAccessible(page, `${name} at ${width}`);
    await assertNoHorizontalOverflow(page, `${name} at ${width}`);
    await page.screenshot({ path: path.join(SHOTS, `staff-${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 844 });
}

describe('staff views in Chromium: 已办, 办件查询, 本部门在办 with reassignment, labels, 统一出件', () => {
  let t: TestApp;
  let browser: TestBrowser;
  let baseUrl: string;
  let clerk: TestSession;
  let item: { code: string; name: string };
  let jointItem: string;

  before(async () => {
    assert.ok(existsSync(path.join(WEB_DIR, 'index.html')), 'the web app is built (npm run build:web)');
    t = await createTestApp({ web: true, demo: true });
    baseUrl = await listen(t);
    browser = await launchBrowser();
    clerk = await signInApi(t, 'window');
    const items = (await t.app.inject({ method: 'GET', url: '/api/v1/items?department=scjg&joint=false&handlingDepth=online_accept&limit=100' })).json();
    item = items.items.find((i: { processKind: string }) => i.processKind === 'standard');
    jointItem = (await t.app.inject({ method: 'GET', url: `/api/v1/items?joint=true&q=${encodeURIComponent('企业开办')}` })).json().items[0].code;
  });
  after(async () => {
    await browser?.close();
    await t?.close();
  });
  beforeEach(() => signOutBrowser(browser.context, baseUrl));

  const view = async (id: number) => (await t.app.inject({ method: 'GET', url: `/api/v1/cases/${id}`, headers: clerk.headers })).json();
  async function command(id: number, username: string, body: Record<string, unknown>) {
    const session = await signInApi(t, username);
    const res = await t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/commands`, headers: session.headers, payload: { expectedVersion: (await view(id)).version, command: body } });
    assert.equal(res.statusCode, 200, res.body);
  }
  async function acceptedCase(itemCode = item.code): Promise<{ id: number; receiptNo: string }> {
    const created = await t.app.inject({ method: 'POST', url: '/api/v1/cases', headers: clerk.headers, payload: { itemCode, applicant: 'company', channel: 'window' } });
    assert.equal(created.statusCode, 201, created.body);
    await command(created.json().id, 'window', { kind: 'accept' });
    return created.json();
  }
  async function work(id: number, department: string, username: string) {
    const task = (await view(id)).tasks.find((x: { department: string; status: string }) => x.department === department && x.status === 'queued');
    await command(id, username, { kind: 'claim', taskId: task.id });
    await command(id, username, { kind: 'approve', taskId: task.id, opinion: '符合条件，同意' });
  }

  test('已办 and 办件查询: the reviewer finds the case they finished, searches and filters the department’s cases', async () => {
    const done = await acceptedCase();
    await work(done.id, 'scjg', 'scjg.reviewer');
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    await signIn(page, baseUrl, 'scjg.reviewer');
    await page.goto(`${baseUrl}/dept`);
    await page.getByTestId('dept-nav-done').click();
    const row = page.locator(`[data-testid="done-row"][data-case-id="${done.id}"]`);
    await row.waitFor();
    assert.equal(await row.getAttribute('data-outcome'), 'approved');
    await checkBothWidths(page, 'done', () => page.locator(`[data-testid="done-row"][data-case-id="${done.id}"]`).waitFor());

    await page.getByTestId('dept-nav-cases').click();
    await page.getByTestId('dept-cases').waitFor();
    await page.getByTestId('cases-q').fill(done.receiptNo);
    await page.getByTestId('cases-search').click();
    await page.getByTestId('cases-total').filter({ hasText: '共 1 件' }).waitFor();
    await page.locator(`[data-testid="cases-row"][data-case-id="${done.id}"]`).waitFor();
    assert.equal(await page.getByTestId('cases-row').count(), 1, 'the receipt number finds exactly that case');
    assert.equal(await page.getByTestId('cases-row').getAttribute('data-case-id'), String(done.id));
    await page.getByTestId('cases-overdue').check();
    await page.getByTestId('cases-search').click();
    await page.getByTestId('cases-empty').waitFor();
    assert.match(page.url(), /overdue=true/);
    await page.getByTestId('cases-reset').click();
    await page.locator(`[data-testid="cases-row"][data-case-id="${done.id}"]`).waitFor();
    await checkBothWidths(page, 'cases', () => page.getByTestId('cases-total').waitFor());
    assert.deepEqual(errors, []);
  });

  test('the head sees the overdue task first and reassigns it; a review branch says 审查通过 and the timeline names people', async () => {
    const { id, receiptNo } = await acceptedCase(jointItem);
    const scjgTask = (await view(id)).tasks.find((x: { department: string }) => x.department === 'scjg');
    await command(id, 'scjg.reviewer', { kind: 'claim', taskId: scjgTask.id });
    await t.database.db.updateTable('case_tasks').set({ due_on: '2021-03-01' }).where('case_id', '=', id).execute();

    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    await signIn(page, baseUrl, 'scjg.head');
    await page.goto(`${baseUrl}/dept`);
    await page.getByTestId('dept-nav-overview').click();
    const first = page.getByTestId('overview-row').first();
    await first.waitFor();
    assert.equal(await first.getAttribute('data-case-id'), String(id), 'the overdue task comes first');
    assert.equal(await first.getAttribute('data-urgency'), 'overdue');
    await checkBothWidths(page, 'overview', () => page.getByTestId('overview-row').first().waitFor());

    await first.getByTestId('overview-reassign').click();
    await page.getByTestId('reassign-modal').waitFor();
    const select = page.getByTestId('reassign-to');
    await select.click();
    await page.locator('.ant-select-item-option').first().click();
    await page.getByTestId('reassign-reason').fill('原承办人休假');
    await page.getByTestId('reassign-submit').click();
    await page.getByTestId('reassign-modal').waitFor({ state: 'detached' });
    assert.equal((await view(id)).tasks.find((x: { id: string }) => x.id === scjgTask.id).assignee, 'scjg.reviewer-b');

    // The new assignee: the branch's approve button passes the review; it does not grant the licence.
    await signOutBrowser(browser.context, baseUrl);
    await signIn(page, baseUrl, 'scjg.reviewer-b');
    await page.goto(`${baseUrl}/dept/cases/${id}`);
    await page.getByTestId('case-page').waitFor();
    assert.equal(await page.getByTestId('action-approve').innerText(), '审查通过');
    const timeline = await page.getByTestId('case-timeline').innerText();
    assert.match(timeline, /将任务「[^」]+」转交 [^\s]+/);
    assert.match(timeline, /· [^\s（]+（[^）]+ 部门负责人）/, 'the head by name and post');
    assert.match(timeline, /创建任务[^\n]*\n[^\n]*· 系统/, 'tasks the platform opened are the system’s');
    assert.ok(!/scjg\.|· window/.test(timeline), `no login names: ${timeline}`);
    assert.ok(receiptNo);
    await checkBothWidths(page, 'case-labels', () => page.getByTestId('case-timeline').waitFor());
    assert.deepEqual(errors, []);
  });

  test('统一出件: the clerk opens the collection queue, sees the result documents and records the handover', async () => {
    const { id } = await acceptedCase();
    await work(id, 'scjg', 'scjg.reviewer');
    await work(id, 'scjg', 'scjg.approver');
    assert.equal((await view(id)).status, 'decided_approved');
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    await signIn(page, baseUrl, 'window');
    await page.goto(`${baseUrl}/window`);
    await page.getByTestId('collection-nav').click();
    const row = page.locator(`[data-testid="collection-row"][data-case-id="${id}"]`);
    await row.waitFor();
    await checkBothWidths(page, 'collection', () => page.locator(`[data-testid="collection-row"][data-case-id="${id}"]`).waitFor());
    await row.getByTestId('collection-hand-over').click();
    await page.getByTestId('handover-drawer').waitFor();
    await page.getByTestId('case-documents').waitFor();
    await page.getByTestId('handover-submit').click();
    await page.getByText('请先核对领取人的身份证件').waitFor();
    await page.getByTestId('handover-id-number').fill('500102198806123011');
    await page.getByTestId('handover-id-checked').check();
    await checkBothWidths(page, 'handover', () => page.getByTestId('handover-drawer').waitFor());
    await page.getByTestId('handover-submit').click();
    await page.getByTestId('handover-drawer').waitFor({ state: 'detached' });
    await page.locator(`[data-testid="collection-row"][data-case-id="${id}"]`).waitFor({ state: 'detached' });
    assert.equal((await view(id)).status, 'delivered');
    assert.deepEqual(errors, []);
  });
});
