import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { withWebApp } from '../../server/testing/web.js';
import { signIn as signInApi } from '../../server/testing/sessions.js';
import { collectErrors, signIn, signOutBrowser } from './browserHelpers.js';

const SHOTS = path.join(process.cwd(), '.tmp');

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `notifications-${name}.png`), fullPage: true }).catch(() => undefined);
}

const bellShows = (page: Page, unread: number) => page.locator(`[data-testid="notification-bell"][data-unread="${unread}"]`).waitFor();

describe('notices in Chromium (demo district)', () => {
  const web = withWebApp({ demo: true });

  test('the applicant’s bell counts the notices of their accepted case; the inbox lists them; reading them clears the badge', async () => {
    const page = await web.browser.context.newPage();
    const errors = collectErrors(page);
    await signIn(page, web.baseUrl, 'citizen');
    await bellShows(page, 0);

    const clerk = await signInApi(web.t, 'window');
    const items = (await web.t.app.inject({ method: 'GET', url: '/api/v1/items?department=scjg&limit=100' })).json();
    const item = items.items.find((i: { processKind: string }) => i.processKind === 'standard');
    const created = await web.t.app.inject({ method: 'POST', url: '/api/v1/cases', headers: clerk.headers, payload: { itemCode: item.code, applicant: 'citizen', channel: 'window' } });
    assert.equal(created.statusCode, 201, created.body);
    const { id, receiptNo } = created.json();
    const accepted = await web.t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/commands`, headers: clerk.headers, payload: { expectedVersion: 1, command: { kind: 'accept' } } });
    assert.equal(accepted.statusCode, 200, accepted.body);

    // The bell counts again on every page change: receipt and acceptance, both unread.
    await page.goto(`${web.baseUrl}/items`);
    await bellShows(page, 2);
    assert.equal(await page.getByTestId('notification-bell').getAttribute('aria-label'), '通知，2 条未读');
    await shot(page, 'bell');

    await page.getByTestId('notification-bell').click();
    await page.waitForURL((url) => url.pathname === '/notifications');
    const notices = page.getByTestId('notice');
    await notices.first().waitFor();
    assert.deepEqual(await notices.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-kind'))), ['accepted', 'submitted']);
    const acceptance = page.locator('[data-testid="notice"][data-kind="accepted"]');
    assert.match(await acceptance.getByTestId('notice-title').innerText(), /您的申请已受理/);
    assert.match(await acceptance.getByTestId('notice-body').innerText(), new RegExp(`办件编号 ${receiptNo}`));
    assert.match(await acceptance.getByTestId('notice-body').innerText(), new RegExp(item.name));
    assert.equal(await acceptance.getByTestId('notice-delivery').count(), 0, 'no SMS gateway here: nothing to say about SMS');
    assert.equal(await acceptance.getByTestId('notice-link').getAttribute('href'), `/my/cases/${id}`);
    assert.match(await page.getByTestId('notices-unread-count').innerText(), /2 条未读/);
    await shot(page, 'inbox');

    await acceptance.getByTestId('notice-mark-read').click();
    await page.locator('[data-testid="notice"][data-kind="accepted"][data-unread="false"]').waitFor();
    await bellShows(page, 1);
    assert.match(await page.getByTestId('notices-unread-count').innerText(), /1 条未读/);

    await page.getByTestId('notices-mark-all').click();
    await page.locator('[data-testid="notice"][data-kind="submitted"][data-unread="false"]').waitFor();
    await bellShows(page, 0);
    // No count is left on the bell (antd animates it away).
    await page.getByTestId('notification-badge').locator('.ant-badge-count').waitFor({ state: 'detached' });

    await page.getByTestId('notices-filter').getByText('未读').click();
    await page.getByTestId('notices-empty').waitFor();
    assert.equal(await page.getByTestId('notices-filter').locator('.ant-segmented-item-selected').innerText(), '未读');

    await page.setViewportSize({ width: 390, height: 844 });
    const bell = await page.getByTestId('notification-bell').boundingBox();
    assert.ok(bell && bell.x >= 0 && bell.x + bell.width <= 390, 'the bell fits a phone screen');
    await shot(page, 'mobile');
    assert.deepEqual(errors, []);
  });

  test('a visitor opening the inbox is sent to sign in and comes back to it', async () => {
    await signOutBrowser(web.browser.context, web.baseUrl);
    const page = await web.browser.context.newPage();
    await page.goto(`${web.baseUrl}/notifications`);
    await page.waitForURL((url) => url.pathname === '/login');
    await page.getByTestId('login-username').fill('company');
    await page.getByTestId('login-password').fill('onewindow-demo');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('notifications-page').waitFor();
    await page.getByTestId('notices-empty').waitFor();
  });
});
