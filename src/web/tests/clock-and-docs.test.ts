/** Small things a visitor sees: English data values, dates on the district's clock, and the API documentation page. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { withWebApp } from '../../server/testing/web.js';
import { launchBrowser } from '../../server/testing/browser.js';
import { signIn as signInApi } from '../../server/testing/sessions.js';
import { ITEM_CATEGORIES, HANDLING_DEPTH_LABELS } from '../../shared/catalogue.js';
import { collectErrors, signIn } from './browserHelpers.js';

describe('dates and the API documentation in Chromium', () => {
  const web = withWebApp({ demo: true });

  test('in English, catalogue values (handling depth, item type), time limits and case statuses are English, with plurals', async () => {
    const chinese = [...ITEM_CATEGORIES, ...Object.values(HANDLING_DEPTH_LABELS)];
    const clerk = await signInApi(web.t, 'window');
    const found = (await web.t.app.inject({ method: 'GET', url: `/api/v1/items?q=${encodeURIComponent('企业开办')}` })).json();
    const joint = found.items.find((item: { processKind: string }) => item.processKind === 'joint');
    const created = await web.t.app.inject({ method: 'POST', url: '/api/v1/cases', headers: clerk.headers, payload: { itemCode: joint.code, applicant: 'company', channel: 'window' } });
    assert.equal(created.statusCode, 201, created.body);

    const page = await web.browser.context.newPage();
    await page.goto(web.baseUrl);
    await page.evaluate(() => window.localStorage.setItem('onewindow.language', 'en'));
    const leftovers = async (where: string) => {
      const text = await page.locator('main').innerText();
      return chinese.filter((term) => text.includes(term)).map((term) => `${where}: ${term}`);
    };
    const found2: string[] = [];
    await page.goto(web.baseUrl);
    await page.getByTestId('department-grid').waitFor();
    found2.push(...(await leftovers('home')));
    await page.goto(`${web.baseUrl}/items`);
    await page.getByTestId('item-result').first().waitFor();
    found2.push(...(await leftovers('items')));
    const facts = await page.getByTestId('items-page').innerText();
    assert.match(facts, /\d+ working days?/);
    assert.doesNotMatch(facts, /\b1 working days\b/);
    await page.goto(`${web.baseUrl}/items/${joint.code}`);
    await page.getByTestId('item-notice-pdf').waitFor();
    found2.push(...(await leftovers('item notice')));
    assert.match(await page.locator('[data-handling-depth]').first().innerText(), /^[A-Za-z -]+$/);

    await signIn(page, web.baseUrl, 'company');
    await page.goto(`${web.baseUrl}/my/cases/${created.json().id}`);
    await page.getByTestId('my-case-page').waitFor();
    found2.push(...(await leftovers('case')));
    assert.doesNotMatch(await page.getByTestId('case-status').innerText(), /[\u4e00-\u9fff]/);
    assert.deepEqual(found2, []);
    await page.evaluate(() => window.localStorage.removeItem('onewindow.language'));
    await page.close();
  });

  test('an item published at 01:00 Fuling time shows that date to a reader whose browser is in Los Angeles', async () => {
    const item = (await web.t.app.inject({ method: 'GET', url: '/api/v1/items?limit=1' })).json().items[0];
    // 2026-03-01T17:00Z is 2 March 01:00 in Fuling and still 1 March (09:00) in Los Angeles.
    await sql`UPDATE item_versions SET published_at = '2026-03-01T17:00:00Z'
              WHERE id = (SELECT published_version_id FROM items WHERE code = ${item.code})`.execute(web.t.database.db);
    const browser = await launchBrowser({ timezoneId: 'America/Los_Angeles' });
    try {
      const page = await browser.context.newPage();
      await page.goto(`${web.baseUrl}/items/${item.code}`);
      const line = page.getByText(/第 \d+ 版，.* 发布/);
      await line.waitFor();
      assert.match(await line.innerText(), /2026-03-02 发布/);
    } finally {
      await browser.close();
    }
  });

  test('/docs loads swagger-ui with no Content-Security-Policy error in the console', async () => {
    const page = await web.browser.context.newPage();
    const errors = collectErrors(page);
    const csp: string[] = [];
    page.on('console', (message) => /Content Security Policy/i.test(message.text()) && csp.push(message.text()));
    await page.goto(`${web.baseUrl}/docs`);
    await page.locator('.swagger-ui .info .title').waitFor();
    await page.locator('.opblock').first().waitFor();
    await page.waitForLoadState('networkidle');
    assert.deepEqual(csp, []);
    assert.deepEqual(errors, []);
  });
});
