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
import { act, collectErrors, openFromInbox, pickOption, signIn, signOutBrowser } from './browserHelpers.js';

const SHOTS = path.join(process.cwd(), '.tmp');

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `workflow-${name}.png`), fullPage: true }).catch(() => undefined);
}

const timelineKinds = (page: Page) => page.getByTestId('timeline-event').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-kind')));

describe('department work area in Chromium (demo district)', () => {
  let t: TestApp;
  let browser: TestBrowser;
  let baseUrl: string;
  let clerk: TestSession;
  let item: { code: string; name: string };

  before(async () => {
    assert.ok(existsSync(path.join(WEB_DIR, 'index.html')), 'the web app is built (npm run build:web)');
    t = await createTestApp({ web: true, demo: true });
    baseUrl = await listen(t);
    browser = await launchBrowser();
    clerk = await signInApi(t, 'window');
    const items = (await t.app.inject({ method: 'GET', url: '/api/v1/items?department=scjg&limit=100' })).json();
    item = items.items.find((i: { processKind: string }) => i.processKind === 'standard');
    assert.ok(item, 'market supervision has a standard item');
  });
  after(async () => {
    await browser?.close();
    await t?.close();
  });
  beforeEach(() => signOutBrowser(browser.context, baseUrl));

  /** A case registered and accepted at the window: the review task waits in scjg's inbox. */
  async function acceptedCase(itemCode = item.code, applicant = 'citizen'): Promise<{ id: number; receiptNo: string }> {
    const created = await t.app.inject({ method: 'POST', url: '/api/v1/cases', headers: clerk.headers, payload: { itemCode, applicant, channel: 'window' } });
    assert.equal(created.statusCode, 201, created.body);
    const { id, receiptNo } = created.json();
    const accepted = await t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/commands`, headers: clerk.headers, payload: { expectedVersion: 1, command: { kind: 'accept' } } });
    assert.equal(accepted.statusCode, 200, accepted.body);
    return { id, receiptNo };
  }

  test('reviewer and approver take a standard case from the inbox to 准予许可 and 办结; the timeline records every step', async () => {
    const { id, receiptNo } = await acceptedCase();
    const page = await browser.context.newPage();
    const errors = collectErrors(page);

    await signIn(page, baseUrl, 'scjg.reviewer');
    await page.goto(`${baseUrl}/dept`);
    const row = page.locator(`[data-testid="inbox-row"][data-case-id="${id}"]`);
    await row.waitFor();
    const rowText = await row.innerText();
    assert.match(rowText, new RegExp(receiptNo));
    assert.match(rowText, /审查/);
    assert.match(rowText, /待认领/);
    await row.getByText(item.name).waitFor();
    const badge = row.getByTestId('due-badge');
    assert.match(await badge.innerText(), /剩余 \d+ 个工作日|今日到期/);
    assert.notEqual(await badge.getAttribute('data-warning'), 'red', 'a fresh case is not overdue');
    await shot(page, 'inbox-desktop');

    await row.getByTestId('inbox-case-link').click();
    await page.locator(`[data-testid="case-page"][data-case-id="${id}"]`).waitFor();
    assert.match(await page.getByTestId('case-receipt-no').innerText(), new RegExp(receiptNo));
    await page.getByTestId('case-item-name').getByText(item.name).waitFor();
    assert.equal(await page.getByTestId('case-status').innerText(), '审查中');
    assert.match(await page.getByTestId('case-header').innerText(), /剩余 \d+ 个工作日|今日到期/);
    await page.getByTestId('case-material').first().waitFor();
    assert.match(await page.getByTestId('case-materials').innerText(), /申请材料以一次性告知单为准/);
    // Only what the server allows: a queued task can be claimed, not yet approved.
    await page.getByTestId('action-claim').waitFor();
    assert.equal(await page.getByTestId('action-approve').count(), 0);

    await act(page, 'claim');
    assert.equal(await page.locator('[data-testid="case-task"][data-status="claimed"]').count(), 1);
    // The opinion is required before anything is sent.
    await page.getByTestId('action-approve').click();
    await page.getByTestId('action-submit').click();
    await page.getByText('请填写办理意见').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('action-modal').waitFor({ state: 'detached' });
    assert.equal(await page.getByTestId('action-reject').count(), 0, 'the review stage cannot refuse the licence');
    await act(page, 'approve', { opinion: '材料齐全，符合法定条件，建议准予许可。' });
    await page.getByText('「审查」审查通过，意见：材料齐全，符合法定条件，建议准予许可。').waitFor();
    assert.match(await page.getByTestId('case-actions').innerText(), /您当前没有可办理的操作/);
    await shot(page, 'case-reviewed-desktop');
    assert.deepEqual(errors, []);

    // The approver decides.
    await signOutBrowser(browser.context, baseUrl);
    const approverPage = await browser.context.newPage();
    const approverErrors = collectErrors(approverPage);
    await signIn(approverPage, baseUrl, 'scjg.approver');
    await openFromInbox(approverPage, baseUrl, id);
    await act(approverPage, 'claim');
    assert.equal(await approverPage.getByTestId('action-approve').innerText(), '准予许可', 'the decision stage grants the licence');
    await approverPage.getByTestId('action-reject').waitFor();
    await act(approverPage, 'approve', { opinion: '同意，准予许可。' });
    await approverPage.locator('[data-testid="case-status"][data-status="decided_approved"]').waitFor();
    assert.equal(await approverPage.getByTestId('case-status').innerText(), '准予许可');
    await act(approverPage, 'complete');
    assert.equal(await approverPage.getByTestId('case-status').innerText(), '已办结');

    assert.deepEqual(await timelineKinds(approverPage), [
      'submitted',
      'accepted',
      'task_created',
      'task_claimed',
      'task_completed',
      'task_created',
      'task_claimed',
      'task_completed',
      'decided',
      'completed',
    ]);
    const timeline = await approverPage.getByTestId('case-timeline').innerText();
    for (const sentence of [
      '提交申请（窗口申请）',
      '受理，办理时限',
      '创建任务「审查」',
      '认领任务「审查」',
      '「审查」审查通过，意见：材料齐全',
      '创建任务「决定」',
      '认领任务「决定」',
      '「决定」准予许可，意见：同意，准予许可。',
      '作出决定：准予许可',
      '办结',
    ]) {
      assert.ok(timeline.includes(sentence), `the timeline says “${sentence}”`);
    }
    // People by name and post, the platform's own steps by 系统; never a login name.
    assert.match(timeline, /\d{4}-\d{2}-\d{2} \d{2}:\d{2} · [^\s（]+（[^）]+ 审查人员）/);
    assert.match(timeline, /· [^\s（]+（[^）]+ 审批人员）/);
    assert.match(timeline, /· 综合窗口受理员（综合窗口人员）/);
    assert.match(timeline, /创建任务「决定」[^\n]*\n[^\n]*· 系统/);
    assert.ok(!/scjg\.|· window/.test(timeline), 'no login names in the timeline');
    assert.equal(await approverPage.getByTestId('case-task').count(), 2);
    assert.equal(await approverPage.locator('[data-testid="case-task"][data-status="done"]').count(), 2);
    await shot(approverPage, 'case-completed-desktop');
    assert.deepEqual(approverErrors, []);
  });

  test('an action on a case someone else has changed meanwhile says so and shows the case as it is now', async () => {
    const { id } = await acceptedCase();
    const page = await browser.context.newPage();
    const errors = collectErrors(page, [409]);
    await signIn(page, baseUrl, 'scjg.reviewer');
    await openFromInbox(page, baseUrl, id);
    await page.getByTestId('action-claim').waitFor();

    // Meanwhile the same reviewer claims it from another tab (here: the API).
    const reviewer = await signInApi(t, 'scjg.reviewer');
    const view = (await t.app.inject({ method: 'GET', url: `/api/v1/cases/${id}`, headers: reviewer.headers })).json();
    const claim = await t.app.inject({
      method: 'POST',
      url: `/api/v1/cases/${id}/commands`,
      headers: reviewer.headers,
      payload: { expectedVersion: view.version, command: { kind: 'claim', taskId: view.tasks[0].id } },
    });
    assert.equal(claim.statusCode, 200, claim.body);

    await page.getByTestId('action-claim').click();
    await page.getByTestId('action-submit').click();
    await page.getByText('办件已被他人更新').waitFor();
    await page.getByTestId('action-approve').waitFor();
    assert.equal(await page.getByTestId('action-claim').count(), 0);
    assert.deepEqual(errors, []);
  });

  test('a reviewer of another department sees 办件不存在 for the case; the inbox lists none of it', async () => {
    const { id } = await acceptedCase();
    const page = await browser.context.newPage();
    const errors = collectErrors(page, [404]);
    await signIn(page, baseUrl, 'jt.reviewer');
    await page.goto(`${baseUrl}/dept`);
    await page.getByTestId('dept-inbox').waitFor();
    await page.locator('[data-testid="inbox-empty"], [data-testid="inbox-table"]').waitFor();
    assert.equal(await page.locator(`[data-testid="inbox-row"][data-case-id="${id}"]`).count(), 0);
    await page.goto(`${baseUrl}/dept/cases/${id}`);
    await page.getByTestId('case-not-found').waitFor();
    assert.match(await page.getByTestId('case-not-found').innerText(), /办件不存在/);
    assert.deepEqual(errors, []);
  });

  test('a special procedure pauses the clock; an extension beyond the limit shows the engine’s explanation; the head grants a valid one', async () => {
    const { id } = await acceptedCase();
    const page = await browser.context.newPage();
    const errors = collectErrors(page, [422]);
    await signIn(page, baseUrl, 'scjg.reviewer');
    await openFromInbox(page, baseUrl, id);
    await act(page, 'claim');

    await page.getByTestId('action-start_special_procedure').click();
    await page.getByTestId('action-submit').click();
    await page.getByText('请选择特别程序').waitFor();
    await pickOption(page, page.locator('.ant-modal .ant-select').first(), '现场勘查');
    await page.getByTestId('action-field-reason').fill('需核实经营场所');
    await page.getByTestId('action-submit').click();
    await page.getByTestId('action-end_special_procedure').waitFor();
    await page.getByTestId('case-header').getByTestId('clock-paused').waitFor();
    await act(page, 'end_special_procedure', { result: '经营场所与申报一致' });
    assert.equal(await page.getByTestId('case-header').getByTestId('clock-paused').count(), 0);

    await page.getByTestId('action-request_extension').click();
    await page.getByTestId('action-field-days').fill('60');
    await page.getByTestId('action-field-reason').fill('需要补充调查');
    await page.getByTestId('action-submit').click();
    const problem = page.getByTestId('action-error');
    await problem.waitFor();
    assert.match(await problem.innerText(), /延期天数超过法定上限/);
    await page.getByTestId('action-field-days').fill('3');
    await page.getByTestId('action-submit').click();
    await page.getByTestId('action-modal').waitFor({ state: 'detached' });
    await page.getByText('申请延期 3 个工作日，理由：需要补充调查').waitFor();
    assert.deepEqual(errors, []);

    await signOutBrowser(browser.context, baseUrl);
    const head = await browser.context.newPage();
    const headErrors = collectErrors(head);
    await signIn(head, baseUrl, 'scjg.head');
    await head.goto(`${baseUrl}/dept/cases/${id}`);
    await head.getByTestId('action-decide_extension').click();
    assert.match(await head.getByTestId('action-modal').innerText(), /待审批的延期申请：3 个工作日/);
    await head.getByTestId('action-field-approved').getByText('不同意延期').click();
    await head.getByTestId('action-submit').click();
    await head.getByText('请填写理由').waitFor();
    await head.getByTestId('action-field-approved').getByText('同意延期', { exact: true }).click();
    await head.getByTestId('action-submit').click();
    await head.getByText('延期审批结果：同意延期 3 个工作日').waitFor();
    const timeline = await head.getByTestId('case-timeline').innerText();
    assert.match(timeline, /开始特别程序「现场勘查」，理由：需核实经营场所/);
    assert.match(timeline, /结束特别程序「现场勘查」，结果：经营场所与申报一致/);
    assert.match(timeline, /· [^\s（]+（[^）]+ 部门负责人）/, 'the head by name and post, not by login name');
    assert.deepEqual(headErrors, []);
  });

  test('a joint case shows its parallel branches side by side, each with its department', async () => {
    const joint = (await t.app.inject({ method: 'GET', url: `/api/v1/items?joint=true&q=${encodeURIComponent('企业开办')}` })).json().items[0];
    const { id } = await acceptedCase(joint.code, 'company');
    const page = await browser.context.newPage();
    const errors = collectErrors(page);
    await signIn(page, baseUrl, 'scjg.reviewer');
    await page.goto(`${baseUrl}/dept/cases/${id}`);
    const stage = page.locator('[data-testid="case-stage"][data-parallel="true"]');
    await stage.waitFor();
    assert.equal(await stage.getByTestId('case-task').count(), 4);
    assert.match(await stage.innerText(), /并联审批[\s\S]*区市场监管局/);
    const boxes = await stage.getByTestId('case-task').evaluateAll((nodes) => nodes.map((n) => n.getBoundingClientRect().top));
    assert.equal(new Set(boxes.slice(0, 2)).size, 1, 'the first two branches sit on one row');
    // The scjg reviewer may claim only the scjg branch.
    assert.equal(await page.getByTestId('action-claim').count(), 1);
    const scjgTask = await page.locator('[data-testid="case-task"][data-department="scjg"]').getAttribute('data-task-id');
    assert.equal(await page.getByTestId('action-claim').getAttribute('data-task-id'), scjgTask);
    await shot(page, 'case-joint-desktop');
    assert.deepEqual(errors, []);
  });

  test('at phone width the inbox shows cards and the case page fits the screen', async () => {
    const { id } = await acceptedCase();
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    const errors = collectErrors(page);
    await signIn(page, baseUrl, 'scjg.reviewer');
    await page.goto(`${baseUrl}/dept`);
    await page.getByTestId('inbox-cards').waitFor();
    assert.equal(await page.getByTestId('inbox-table').count(), 0);
    const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    assert.ok(await fits(), 'the inbox fits');
    await shot(page, 'inbox-phone');
    await openFromInbox(page, baseUrl, id);
    await page.getByTestId('case-material').first().waitFor();
    assert.ok(await fits(), 'the case page fits');
    await shot(page, 'case-phone');
    assert.deepEqual(errors, []);
  });
});
