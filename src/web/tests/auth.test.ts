import { beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { withWebApp } from '../../server/testing/web.js';
import { collectErrors, idCardNumber, signIn, signOutBrowser } from './browserHelpers.js';

describe('sign-in, registration and the signed-in shell in Chromium (demo district)', () => {
  const web = withWebApp({ demo: true });
  // One browser profile for all tests: start each one signed out.
  beforeEach(() => signOutBrowser(web.browser.context, web.baseUrl));

  test('a new person registers and is signed in, signs out, and signs in again', async () => {
    const page = await web.browser.context.newPage();
    const errors = collectErrors(page);
    await page.goto(web.baseUrl);
    await page.getByTestId('header-register').click();
    await page.getByTestId('register-page').waitFor();

    // Client-side checks catch a wrong check character before anything is sent.
    await page.getByTestId('register-idNumber').fill('500102199001011230');
    await page.getByTestId('register-submit').click();
    await page.getByText('身份证号码无效').waitFor();

    await page.getByTestId('register-idNumber').fill(idCardNumber('123'));
    await page.getByTestId('register-displayName').fill('张三');
    await page.getByTestId('register-phone').fill('13900001234');
    // Demo mode without an SMS gateway: the code is shown on the page, marked as demo.
    await page.getByTestId('register-send-code').click();
    await page.getByTestId('register-code-sent').waitFor();
    await page.getByTestId('register-code').fill(await page.getByTestId('register-demo-code').textContent() ?? '');
    // The email address is optional, but a malformed one is caught before anything is sent.
    await page.getByTestId('register-email').fill('zhangsan@example');
    await page.getByTestId('register-username').fill('zhangsan');
    await page.getByTestId('register-password').fill('zhangsan-pass');
    await page.getByTestId('register-confirm').fill('zhangsan-pass');
    await page.getByTestId('register-submit').click();
    await page.getByText('请输入有效的电子邮箱地址').waitFor();
    assert.equal(new URL(page.url()).pathname, '/register');
    await page.getByTestId('register-email').fill('zhangsan@example.com');
    await page.getByTestId('register-submit').click();

    // Registered applicants land in their own area, signed in.
    await page.waitForURL(/\/my$/);
    await page.getByTestId('my-home').waitFor();
    assert.equal(await page.getByTestId('user-display-name').innerText(), '张三');
    // Stored for notifications (the signed-in user's own view does not show it).
    const stored = await web.t.database.db.selectFrom('users').select('email').where('username', '=', 'zhangsan').executeTakeFirstOrThrow();
    assert.equal(stored.email, 'zhangsan@example.com');
    const nav = await page.getByTestId('app-nav').innerText();
    assert.match(nav, /我的办事/);
    assert.doesNotMatch(nav, /系统管理|综合窗口|部门审批/);

    await page.getByTestId('user-menu').click();
    await page.getByTestId('menu-logout').click();
    await page.getByTestId('header-login').waitFor();
    assert.doesNotMatch(await page.getByTestId('app-nav').innerText(), /我的办事/);

    // Signing in by phone number works as well as by username.
    await signIn(page, web.baseUrl, '13900001234', 'zhangsan-pass');
    assert.equal(new URL(page.url()).pathname, '/my');
    assert.equal(await page.getByTestId('user-display-name').innerText(), '张三');
    assert.deepEqual(errors, []);
  });

  test('registration shows the server’s field errors on their fields', async () => {
    const page = await web.browser.context.newPage();
    await page.goto(`${web.baseUrl}/register`);
    await page.getByTestId('register-kind-enterprise').click();
    await page.getByTestId('register-enterpriseName').fill('重庆市涪陵区测试有限公司');
    await page.getByTestId('register-idNumber').fill('91500102MA5U7G8K20'); // the demo company's code
    await page.getByTestId('register-displayName').fill('赵六');
    await page.getByTestId('register-phone').fill('13800000002'); // the demo company's phone
    // Asking for a code for a registered phone: 409 phone_taken names body.phone, so the message sits under the phone field.
    await page.getByTestId('register-send-code').click();
    const phoneItem = page.locator('.ant-form-item').filter({ has: page.getByTestId('register-phone') });
    await phoneItem.locator('.ant-form-item-explain-error').filter({ hasText: '手机号已注册' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/register');
  });

  test('a wrong password is refused with the server’s Chinese explanation', async () => {
    const page = await web.browser.context.newPage();
    await page.goto(`${web.baseUrl}/login`);
    await page.getByTestId('login-username').fill('citizen');
    await page.getByTestId('login-password').fill('not-the-password');
    await page.getByTestId('login-submit').click();
    const error = page.getByTestId('login-error');
    await error.waitFor();
    assert.match(await error.innerText(), /用户名或密码错误/);
    assert.equal(new URL(page.url()).pathname, '/login');
  });

  test('areas send visitors to sign in and back; a citizen opening /admin sees 无权访问', async () => {
    const page = await web.browser.context.newPage();
    await page.goto(`${web.baseUrl}/admin/users`);
    await page.waitForURL(/\/login\?next=/);
    assert.equal(new URL(page.url()).searchParams.get('next'), '/admin/users');

    await page.getByTestId('login-username').fill('citizen');
    await page.getByTestId('login-password').fill('onewindow-demo');
    await page.getByTestId('login-submit').click();
    await page.waitForURL(/\/admin\/users$/);
    const forbidden = page.getByTestId('forbidden');
    await forbidden.waitFor();
    assert.match(await forbidden.innerText(), /无权访问/);
    assert.doesNotMatch(await page.getByTestId('app-nav').innerText(), /系统管理/);

    // The citizen's own area opens.
    await page.goto(`${web.baseUrl}/my`);
    await page.getByTestId('my-home').waitFor();
  });

  test('signed-in users change their password from the header menu', async () => {
    const page = await web.browser.context.newPage();
    await signIn(page, web.baseUrl, 'window');
    assert.match(await page.getByTestId('app-nav').innerText(), /综合窗口/);
    await page.getByTestId('user-menu').click();
    await page.getByTestId('menu-change-password').click();
    await page.getByTestId('current-password').fill('wrong-current');
    await page.getByTestId('new-password').fill('window-new-pass');
    await page.getByTestId('confirm-password').fill('window-new-pass');
    await page.getByRole('button', { name: '保 存' }).or(page.getByRole('button', { name: '保存' })).click();
    // The server's field error lands on 当前密码.
    await page.locator('.ant-form-item-explain-error').filter({ hasText: '当前密码不正确' }).waitFor();
    await page.getByTestId('current-password').fill('onewindow-demo');
    await page.getByRole('button', { name: '保 存' }).or(page.getByRole('button', { name: '保存' })).click();
    await page.getByText('密码已修改').waitFor();

    await page.getByTestId('user-menu').click();
    await page.getByTestId('menu-logout').click();
    await page.getByTestId('header-login').waitFor();
    await signIn(page, web.baseUrl, 'window', 'window-new-pass');
    assert.equal(new URL(page.url()).pathname, '/window');
  });

  test('at phone width the header keeps the sign-in links and the pages fit', async () => {
    const page = await web.browser.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${web.baseUrl}/register`);
    await page.getByTestId('register-form').waitFor();
    await page.getByTestId('header-login').waitFor();
    const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    assert.ok(await fits(), 'the registration page fits');
    await page.screenshot({ path: path.join(process.cwd(), '.tmp', 'auth-register-phone.png'), fullPage: true }).catch(() => undefined);
    await signIn(page, web.baseUrl, 'company');
    assert.ok(await fits(), 'the signed-in header fits');
    await page.screenshot({ path: path.join(process.cwd(), '.tmp', 'auth-signed-in-phone.png') }).catch(() => undefined);
  });
});
