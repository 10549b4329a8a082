import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createTestApp, type TestApp } from './app.js';
import { launchBrowser, type TestBrowser } from './browser.js';
import { listen } from './http-server.js';
import { WEB_DIR } from '../runtime.js';

export interface WebTestContext {
  t: TestApp;
  browser: TestBrowser;
  baseUrl: string;
}

/**
 * For a browser test suite: the built web app served by the real server on a loopback port over
 * a fresh database, and one Chromium profile, set up before the suite and closed after it.
 *
 * @example
 * describe('…', () => {
 *   const web = withWebApp({ demo: true });
 *   test('…', async () => { const page = await web.browser.context.newPage(); await page.goto(web.baseUrl); });
 * });
 */
export function withWebApp(options: { demo?: boolean } = {}): WebTestContext {
  const context = {} as WebTestContext;
  before(async () => {
    assert.ok(existsSync(path.join(WEB_DIR, 'index.html')), 'the web app is built (npm ci / npm run build:web)');
    context.t = await createTestApp({ web: true, demo: options.demo ?? false });
    context.baseUrl = await listen(context.t);
    context.browser = await launchBrowser();
  });
  after(async () => {
    await context.browser?.close();
    await context.t?.close();
  });
  return context;
}
