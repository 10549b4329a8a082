import { beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { withWebApp } from '../../server/testing/web.js';
import { collectErrors, idCardNumber, signIn, signOutBrowser } from './browserHelpers.js';
import { assertAccessible, assertNoHorizontalOverflow } from './pageChecks.js';

const SHOTS = path.join(process.cwd(), '.tmp');

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `account-${name}.png`), fullPage: true }).catch(() => undefined);
}

/** axe and the overflow check at desktop width, then again at phone width (390 px). */
async function checkBothWidths(page: Page, name: string): Promise<void> {
  await assertAccessible(page, `${name} at 1280 px`);
  await assertNoHorizontalOverflow(page, `${name} at 1280 px`);
  await shot(page, `${name}-1280`);
  await page.setViewportSize({ width: 390, height: 844 });
  await assertAccessible(page, `${name} at 390 px`);
  await assertNoHorizontalOverflow(page, `${name} at 390 px`);
  await shot(page, `${name}-390`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** Asks for a code with the form's button and types the one demo mode shows on the page. */
async function fillDemoCode(page: Page, prefix: string): Promise<void> {
  await page.getByTestId(`${prefix}-send-code`).click();
  const sent = page.getByTestId(`${prefix}-code-sent`);
  await sent.waitFor();
  assert.match(await sent.innerText(), /演示模式/);
  const code = (await page.getByTestId(`${prefix}-demo-code`).textContent()) ?? '';
  assert.match(code, /^\d{6}$/);
  assert.match(await sent.innerText(), new RegExp(`验证码：${code}`), 'the code is shown in the demo notice');
  await page.getByTestId(`${prefix}-code`).fill(code);
}

describe('real-name registration, password reset, account claim and the profile in Chromium (demo district, no SMS gateway)', () => {
  const web = withWebApp({ demo: true });
  beforeEach(() => signOutBrowser(web.browser.context, web.baseUrl));

  test('registration verifies the phone by a code (shown as demo), and says 密码 / 确认密码, not 新密码', async () => {
    const page = await web.browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    const errors = collectErrors(page);
    await page.goto(`${web.baseUrl}/register`);
    await page.getByTestId('register-form').waitFor();
    await page.getByTestId('register-submit').click();
    const form = page.getByTestId('register-form');
    await form.getByText('请输入密码', { exact: true }).waitFor();
    await form.getByText('请再次输入密码', { exact: true }).waitFor();
    await form.getByText('请输入验证码', { exact: true }).waitFor();
    const text = await form.innerText();
    assert.doesNotMatch(text, /新密码/, 'nothing on the registration form speaks of a new password');
    assert.match(text, /确认密码/);

    await page.getByTestId('register-send-code').click();
    await page.getByText('请输入手机号码').first().waitFor();
    await page.getByTestId('register-idNumber').fill(idCardNumber('201'));
    await page.getByTestId('register-displayName').fill('孙八');
    await page.getByTestId('register-phone').fill('13900002201');
    await fillDemoCode(page, 'register');
    assert.match(await page.getByTestId('register-send-code').innerText(), /\d+ 秒后重新获取/, 'the resend button counts down');
    await checkBothWidths(page, 'register');
    await page.getByTestId('register-username').fill('sunba');
    await page.getByTestId('register-password').fill('sunba-pass-1');
    await page.getByTestId('register-confirm').fill('sunba-pass-1');
    await page.getByTestId('register-submit').click();
    await page.waitForURL(/\/my$/);
    const row = await web.t.database.db.selectFrom('users').select(['realname_level', 'phone_verified_at']).where('username', '=', 'sunba').executeTakeFirstOrThrow();
    assert.equal(row.realname_level, 1);
    assert.ok(row.phone_verified_at);
    assert.deepEqual(errors, []);
  });

  test('忘记密码 on the login page: phone, code, new password; signed in and the old password no longer works', async () => {
    const page = await web.browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    const errors = collectErrors(page, [400]);
    await page.goto(`${web.baseUrl}/login`);
    await page.getByTestId('login-forgot').click();
    await page.getByTestId('forgot-page').waitFor();
    await page.getByTestId('reset-phone').fill('13800000001');
    await fillDemoCode(page, 'reset');
    await checkBothWidths(page, 'forgot-password');
    await page.getByTestId('reset-password').fill('li-ming-new-1');
    await page.getByTestId('reset-confirm').fill('li-ming-new-2');
    await page.getByTestId('reset-submit').click();
    await page.getByText('两次输入的密码不一致').waitFor();
    await page.getByTestId('reset-confirm').fill('li-ming-new-1');
    await page.getByTestId('reset-submit').click();
    await page.waitForURL(/\/my$/);
    assert.equal(await page.getByTestId('user-display-name').innerText(), '李明');
    const old = await web.t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'citizen', password: 'onewindow-demo' } });
    assert.equal(old.statusCode, 401, 'the old password is gone');
    assert.deepEqual(errors, []);
  });

  test('个人中心: the real-name level, plain notices for what is not configured, and a new phone verified by a code sent to it', async () => {
    const page = await web.browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    const errors = collectErrors(page);
    await signIn(page, web.baseUrl, 'company');
    await page.getByTestId('user-menu').click();
    await page.getByTestId('menu-account').click();
    await page.waitForURL(/\/account$/);
    const profile = page.getByTestId('profile-page');
    await profile.waitFor();
    assert.equal(await page.getByTestId('profile-level').getAttribute('data-level'), '1');
    assert.match(await page.getByTestId('profile-level-tag').innerText(), /L1 手机已验证/);
    assert.match(await page.getByTestId('profile-identity-off').innerText(), /尚未接入实名核验服务/);
    assert.match(await page.getByTestId('change-email-unavailable').innerText(), /未配置邮件服务（SMTP）/);
    assert.match(await profile.innerText(), /重庆市涪陵区示例商贸有限公司/);
    await page.getByTestId('change-phone-phone').fill('13900002301');
    await fillDemoCode(page, 'change-phone');
    await checkBothWidths(page, 'profile');
    await page.getByTestId('change-phone-save').click();
    await page.getByText('手机号已更换').waitFor();
    assert.equal(await page.getByTestId('profile-phone').innerText(), '13900002301');
    const row = await web.t.database.db.selectFrom('users').select('phone').where('username', '=', 'company').executeTakeFirstOrThrow();
    assert.equal(row.phone, '13900002301');
    assert.deepEqual(errors, []);
  });

  test('认领账号: a walk-in sets a password with the code from the window and is signed in', async () => {
    const window = await web.t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'window', password: 'onewindow-demo' } });
    const cookie = String([window.headers['set-cookie']].flat()[0]).split(';')[0]!;
    const item = (await web.t.database.db.selectFrom('items').select('code').orderBy('code').executeTakeFirstOrThrow()).code;
    const filed = await web.t.app.inject({
      method: 'POST',
      url: '/api/v1/window/walk-ins',
      headers: { cookie, 'x-csrf-token': window.json().user.csrfToken },
      payload: { itemCode: item, applicant: { name: '冯九', idNumber: idCardNumber('209'), phone: '13900002209' } },
    });
    assert.equal(filed.statusCode, 201, filed.body);
    const code: string = filed.json().claim.demoCode;

    const page = await web.browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    const errors = collectErrors(page);
    await page.goto(`${web.baseUrl}/claim?phone=13900002209`);
    await page.getByTestId('claim-page').waitFor();
    assert.equal(await page.getByTestId('reset-phone').inputValue(), '13900002209', 'the link brings the phone along');
    await page.getByTestId('reset-code').fill(code);
    await page.getByTestId('reset-password').fill('feng-jiu-pass');
    await page.getByTestId('reset-confirm').fill('feng-jiu-pass');
    await checkBothWidths(page, 'claim');
    await page.getByTestId('reset-submit').click();
    await page.waitForURL(/\/my$/);
    assert.equal(await page.getByTestId('user-display-name').innerText(), '冯九');
    assert.deepEqual(errors, []);
  });

  test('an item that asks for L2 tells an L1 applicant how to get there, with a way to 个人中心', async () => {
    const item = (await web.t.database.db.selectFrom('items').select('code').where('code', 'like', '500102-scjg-%').orderBy('code').executeTakeFirstOrThrow()).code;
    await web.t.database.db.updateTable('items').set({ required_realname_level: 2 }).where('code', '=', item).execute();
    const page = await web.browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    const errors = collectErrors(page, [403]);
    await signIn(page, web.baseUrl, 'company');
    await page.goto(`${web.baseUrl}/my/apply/${item}`);
    const refused = page.getByTestId('apply-refused');
    await refused.waitFor();
    assert.match(await refused.innerText(), /需要更高的实名认证等级[\s\S]*实名认证等级 L2（身份已核验）[\s\S]*政务服务大厅窗口/);
    await checkBothWidths(page, 'apply-level-refused');
    await page.getByTestId('apply-go-profile').click();
    await page.getByTestId('profile-page').waitFor();
    assert.deepEqual(errors, []);
  });
});
