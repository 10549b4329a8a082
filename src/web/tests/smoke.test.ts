import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { withWebApp } from '../../server/testing/web.js';

describe('web app in Chromium', () => {
  const web = withWebApp({ demo: false });

  test('the home page renders in Chinese with a CJK font, and the service status comes from the API', async () => {
    const page = await web.browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(web.baseUrl);
    await page.getByTestId('app-header').waitFor();
    assert.match(await page.getByTestId('app-header').innerText(), /涪陵区网上行政审批平台/);
    assert.equal(await page.locator('html').getAttribute('lang'), 'zh-CN');
    await page.locator('[data-testid="service-status"][data-health="ok"]').waitFor({ timeout: 10_000 });

    // The Chinese glyphs must come from a real CJK font, not boxes: measure the rendered width of
    // Chinese text against a missing-glyph fallback, and ask the font system directly.
    const cjk = await page.evaluate(async () => {
      await document.fonts.ready;
      const canvas = document.createElement('canvas').getContext('2d')!;
      canvas.font = '20px sans-serif';
      const han = canvas.measureText('涪陵区行政审批').width;
      const tofu = canvas.measureText('\u{10FFFD}\u{10FFFD}\u{10FFFD}\u{10FFFD}\u{10FFFD}\u{10FFFD}\u{10FFFD}').width;
      return { han, tofu, available: document.fonts.check('20px "Noto Sans CJK SC"') };
    });
    assert.ok(cjk.han > 100, `Chinese text has width (${cjk.han})`);
    assert.notEqual(Math.round(cjk.han), Math.round(cjk.tofu), 'Chinese glyphs differ from missing-glyph boxes');
    assert.deepEqual(errors, []);
    await page.screenshot({ path: path.join(process.cwd(), '.tmp', 'smoke-home.png') }).catch(() => undefined);
  });

  test('the English switch changes the interface language', async () => {
    const page = await web.browser.context.newPage();
    await page.goto(web.baseUrl);
    await page.getByTestId('language-switch').waitFor();
    await page.getByTestId('language-switch').getByText('English').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    assert.doesNotMatch(await page.getByTestId('app-nav').innerText(), /[\u4e00-\u9fff]{2}/);
    await page.getByTestId('language-switch').getByText('中文').click();
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
  });

  test('a deep link into an area loads the app and asks a visitor to sign in; an unknown path shows the Chinese 404 page with status 404', async () => {
    const page = await web.browser.context.newPage();
    const area = await page.goto(`${web.baseUrl}/window`);
    assert.equal(area?.status(), 200);
    await page.getByTestId('login-page').waitFor();
    assert.equal(new URL(page.url()).searchParams.get('next'), '/window');
    const missing = await page.goto(`${web.baseUrl}/no-such-page`);
    assert.equal(missing?.status(), 404);
    await page.getByTestId('not-found').waitFor();
  });
});
