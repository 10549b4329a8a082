import { beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { withWebApp } from '../../server/testing/web.js';
import { collectErrors, pickOption, signIn, signOutBrowser } from './browserHelpers.js';

/** The promised time limit as the public notice shows it (key facts at the top). */
async function publicPromisedDays(page: Page, baseUrl: string, code: string): Promise<string> {
  await page.goto(`${baseUrl}/items/${code}`);
  const facts = page.getByTestId('item-key-facts');
  await facts.waitFor();
  return facts.innerText();
}

describe('administration area in Chromium (demo district)', () => {
  const web = withWebApp({ demo: true });
  beforeEach(() => signOutBrowser(web.browser.context, web.baseUrl));

  test('region-admin creates a reviewer in a department, sees the effective permissions, disables the account', async () => {
    const page = await web.browser.context.newPage();
    const errors = collectErrors(page);
    await signIn(page, web.baseUrl, 'region-admin');
    await page.waitForURL(/\/admin\/users$/);
    assert.match(await page.getByTestId('app-nav').innerText(), /系统管理/);
    await page.getByTestId('user-link').first().waitFor();

    await page.getByTestId('user-create').click();
    const modal = page.getByTestId('user-create-modal');
    await modal.waitFor();
    await page.getByTestId('new-user-username').fill('scjg.test-reviewer');
    await page.getByTestId('new-user-displayName').fill('测试审查员');
    await page.getByTestId('new-user-password').fill('reviewer-pass-1');
    await page.getByTestId('new-user-add-role').click();
    await pickOption(page, page.getByTestId('new-user-role-0-role'), '审查人员');
    // A reviewer's scope defaults to a department; pick 区市场监管局.
    await pickOption(page, page.getByTestId('new-user-role-0-scope-code'), '区市场监管局', '市场监管');
    await page.getByTestId('user-create-submit').click();

    const detail = page.getByTestId('user-detail');
    await detail.waitFor();
    assert.equal(await detail.getAttribute('data-username'), 'scjg.test-reviewer');
    assert.match(await page.getByTestId('user-roles').innerText(), /审查人员[\s\S]*区市场监管局/);
    const permissions = page.getByTestId('user-permissions');
    await permissions.locator('[data-permission="tasks.review"]').waitFor();
    assert.match(await permissions.innerText(), /tasks\.review[\s\S]*scjg/);
    assert.doesNotMatch(await permissions.innerText(), /identity\.manage/);

    assert.equal(await page.getByTestId('user-status').getAttribute('data-status'), 'active');
    await page.getByTestId('user-action-disable').click();
    await page.getByTestId('user-disable-confirm').click();
    await page.locator('[data-testid="user-status"][data-status="disabled"]').waitFor();
    await page.getByTestId('user-action-enable').waitFor();
    assert.deepEqual(errors, []);

    // Disabled: the new account cannot sign in.
    const res = await web.t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'scjg.test-reviewer', password: 'reviewer-pass-1' } });
    assert.equal(res.statusCode, 401);
  });

  test('region-admin creates a machine client and sees its secret exactly once', async () => {
    const page = await web.browser.context.newPage();
    const errors = collectErrors(page);
    await signIn(page, web.baseUrl, 'region-admin');
    await page.getByTestId('admin-menu-clients').click();
    await page.getByTestId('admin-clients').waitFor();
    await page.getByTestId('client-create').click();
    await page.getByTestId('client-name').fill('区大数据局数据交换');
    await page.getByTestId('client-scopes').getByText('catalogue:read').click();
    await page.getByTestId('client-create-submit').click();

    const secretModal = page.getByTestId('client-secret-modal');
    await secretModal.waitFor();
    assert.match(await secretModal.innerText(), /仅显示一次/);
    const secret = (await page.getByTestId('client-secret').innerText()).trim();
    const clientId = (await page.getByTestId('client-secret-id').innerText()).trim();
    assert.ok(secret.length >= 20, `a long secret (${secret.length})`);
    await page.getByTestId('client-secret-copy').waitFor();
    await page.getByTestId('client-secret-close').click();
    await secretModal.waitFor({ state: 'detached' });

    // Listed, without the secret anywhere on the page.
    await page.locator(`[data-client-id="${clientId}"]`).waitFor();
    assert.ok(!(await page.locator('body').innerText()).includes(secret), 'the secret is not shown again');
    assert.deepEqual(errors, []);

    // The secret works for the token endpoint.
    const token = await web.t.app.inject({
      method: 'POST',
      url: '/api/v1/oauth/token',
      payload: { grant_type: 'client_credentials', client_id: clientId, client_secret: secret },
    });
    assert.equal(token.statusCode, 200, token.body);
  });

  test('an item edit is a draft until published: the public page changes only after 发布', async () => {
    const found = await web.t.app.inject({ method: 'GET', url: `/api/v1/items?q=${encodeURIComponent('食品经营许可')}` });
    const item = (found.json() as { items: { code: string; name: string; promisedDays: number; statutoryDays: number }[] }).items.find((i) => i.name === '食品经营许可');
    assert.ok(item, 'the demo catalogue has 食品经营许可');
    const newDays = item.promisedDays > 1 ? item.promisedDays - 1 : item.promisedDays + 1;
    assert.ok(newDays <= item.statutoryDays);

    const page = await web.browser.context.newPage();
    // 400: the over-long time limit below, refused on purpose.
    const errors = collectErrors(page, [400]);
    await signIn(page, web.baseUrl, 'region-admin');
    await page.getByTestId('admin-menu-items').click();
    const search = page.getByTestId('admin-item-search').locator('input');
    await search.fill('食品经营许可');
    await search.press('Enter');
    await page.getByTestId('admin-item-link').filter({ hasText: /^食品经营许可$/ }).click();
    const editor = page.getByTestId('item-editor');
    await editor.waitFor();
    const status = page.getByTestId('item-version-status');
    const publishedBefore = Number(await status.getAttribute('data-published-version'));
    assert.match(await status.innerText(), new RegExp(`当前发布版本 v${publishedBefore}`));

    const promised = page.getByLabel('承诺办结时限');
    assert.equal(await promised.inputValue(), String(item.promisedDays));

    // More than the statutory limit: the server's refusal lands on the field.
    await promised.fill(String(item.statutoryDays + 1));
    await page.getByTestId('item-save-draft').click();
    const promisedItem = page.locator('.ant-form-item').filter({ has: promised });
    await promisedItem.locator('.ant-form-item-explain-error').filter({ hasText: '承诺时限不得超过法定时限' }).waitFor();

    await promised.fill(String(newDays));
    await page.getByTestId('item-save-draft').click();
    await page.locator('[data-testid="item-version-status"][data-draft-version]:not([data-draft-version=""])').waitFor();
    const draftVersion = Number(await status.getAttribute('data-draft-version'));
    assert.ok(draftVersion > publishedBefore);
    assert.match(await status.innerText(), new RegExp(`草稿 v${draftVersion}`));

    // The public still sees the published version.
    const visitor = await web.browser.context.newPage();
    assert.match(await publicPromisedDays(visitor, web.baseUrl, item.code), new RegExp(`承诺办结时限\\s*${item.promisedDays} 个工作日`));

    await page.getByTestId('item-publish').click();
    await page.getByTestId('item-publish-confirm').click();
    await page.locator(`[data-testid="item-version-status"][data-published-version="${draftVersion}"]`).waitFor();
    assert.match(await status.innerText(), /无草稿/);

    await page.getByTestId('item-tab-versions').click();
    await page.getByTestId('item-versions').getByText(`v${draftVersion}`).waitFor();

    assert.match(await publicPromisedDays(visitor, web.baseUrl, item.code), new RegExp(`承诺办结时限\\s*${newDays} 个工作日`));
    assert.deepEqual(errors, []);
  });

  test('a supervisor reads the administration area without any buttons for changes', async () => {
    const page = await web.browser.context.newPage();
    await signIn(page, web.baseUrl, 'supervisor');
    await page.goto(`${web.baseUrl}/admin/users`);
    await page.getByTestId('user-link').first().waitFor();
    assert.equal(await page.getByTestId('user-create').count(), 0);
    assert.equal(await page.getByTestId('admin-menu-clients').count(), 0);
    await page.getByTestId('user-link').first().click();
    await page.getByTestId('user-detail').waitFor();
    await page.getByTestId('user-permissions').waitFor();
    for (const action of ['user-action-edit', 'user-action-disable', 'user-action-reset-password', 'role-add']) {
      assert.equal(await page.getByTestId(action).count(), 0, `${action} is hidden`);
    }
  });

  test('at phone width the admin pages fit the screen', async () => {
    const page = await web.browser.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, web.baseUrl, 'admin');
    const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    for (const [pathname, testId] of [
      ['/admin/users', 'admin-users'],
      ['/admin/clients', 'admin-clients'],
      ['/admin/departments', 'admin-departments'],
    ] as const) {
      await page.goto(`${web.baseUrl}${pathname}`);
      await page.getByTestId(testId).waitFor();
      assert.ok(await fits(), `${pathname} fits`);
    }
  });
});
