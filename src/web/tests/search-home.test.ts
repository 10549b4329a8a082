import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { withWebApp } from '../../server/testing/web.js';
import { collectErrors, signIn } from './browserHelpers.js';
import { assertAccessible, assertNoHorizontalOverflow } from './pageChecks.js';

const SIZES = [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
] as const;

/** axe (serious/critical) and no sideways scrolling, at desktop and phone width. */
async function checkAtBothWidths(page: Page, label: string, shot?: string): Promise<void> {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await assertAccessible(page, `${label} @${size.width}`);
    await assertNoHorizontalOverflow(page, `${label} @${size.width}`);
    if (shot && process.env.OW_SCREENSHOTS) await page.screenshot({ path: `.tmp/${shot}-${size.width}.png`, fullPage: true });
  }
  await page.setViewportSize(SIZES[0]);
}

async function searchFor(page: Page, testId: string, q: string): Promise<void> {
  const box = page.getByTestId(testId).locator('input');
  await box.fill(q);
  await box.press('Enter');
  await page.waitForURL((url) => url.searchParams.get('q') === q);
}

const firstResultName = (page: Page) => page.getByTestId('item-result').first().getByRole('link').first().innerText();

describe('search that finds what people type, hot items and life events (Chromium)', () => {
  const web = withWebApp({ demo: true });

  test('营业执照 finds 企业开办 first; the typo 营叶执照 offers “您是不是要找 营业执照”', async () => {
    const page = await web.browser.context.newPage();
    const errors = collectErrors(page);
    await page.goto(web.baseUrl);
    await searchFor(page, 'home-search', '营业执照');
    await page.getByTestId('item-result').first().waitFor();
    assert.equal(await firstResultName(page), '企业开办（一窗通办）');
    assert.equal(await page.getByTestId('search-suggestion').count(), 0);

    await searchFor(page, 'item-search', '营叶执照');
    const suggestion = page.getByTestId('search-suggestion');
    await suggestion.waitFor();
    assert.match(await suggestion.innerText(), /您是不是要找：\s*营业执照/);
    await checkAtBothWidths(page, 'items with a suggestion', 'search-suggestion');

    await suggestion.getByRole('link', { name: '营业执照' }).click();
    await page.waitForURL((url) => url.searchParams.get('q') === '营业执照');
    await page.getByTestId('item-result').first().waitFor();
    assert.equal(await firstResultName(page), '企业开办（一窗通办）');
    assert.equal(await page.getByTestId('search-suggestion').count(), 0);

    // Pinyin initials work from the same box.
    await searchFor(page, 'item-search', 'yyzz');
    await page.getByTestId('item-result').first().waitFor();
    assert.equal(await firstResultName(page), '企业开办（一窗通办）');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('the home page shows hot items and life events; a life event lists its items in order', async () => {
    const page = await web.browser.context.newPage();
    const errors = collectErrors(page);
    await page.goto(web.baseUrl);
    const hot = page.getByTestId('hot-item');
    await hot.first().waitFor();
    assert.equal(await hot.count(), 8);
    assert.equal(await page.getByRole('heading', { name: '热门事项' }).count(), 1);
    await page.getByTestId('life-event-link').first().waitFor();
    const events = await page.getByTestId('life-event-link').allInnerTexts();
    for (const name of ['开办企业', '开餐馆', '新生儿出生']) assert.ok(events.some((text) => text.includes(name)), name);
    await checkAtBothWidths(page, 'home', 'home');

    await page.getByTestId('life-event-link').filter({ hasText: '新生儿出生' }).click();
    await page.waitForURL(/\/life-events\//);
    await page.getByTestId('life-event-page').waitFor();
    assert.equal(await page.locator('h1').innerText(), '新生儿出生');
    const items = page.getByTestId('life-event-item');
    assert.ok((await items.count()) >= 2);
    assert.match(await items.first().innerText(), /出生登记/);
    assert.match(await page.title(), /新生儿出生/);
    await checkAtBothWidths(page, 'life event', 'life-event');

    await items.first().getByRole('link', { name: '出生登记' }).click();
    await page.getByTestId('item-detail').waitFor();

    await page.goto(`${web.baseUrl}/life-events/no-such-event`);
    await page.getByTestId('life-event-not-found').waitFor();
    assert.deepEqual(errors.filter((e) => !/404/.test(e)), []);
    await page.close();
  });

  test('an administrator adds a synonym on the admin page and search uses it at once', async () => {
    const page = await web.browser.context.newPage();
    await signIn(page, web.baseUrl, 'admin');
    await page.goto(`${web.baseUrl}/admin/search-synonyms`);
    // The table is drawn empty while the list loads: wait for the seeded synonym's row itself.
    await page.getByTestId('synonym-table').locator('tbody tr').filter({ hasText: '营业执照' }).first().waitFor();
    await checkAtBothWidths(page, 'admin synonyms', 'admin-synonyms');

    await page.getByTestId('synonym-create').click();
    // Saving with an empty target names the line to fix.
    await page.getByTestId('synonym-term').fill('开网店');
    await page.getByTestId('synonym-save').click();
    await page.getByText('请填写要同时查找的词，或删除这一行').waitFor();
    await page.getByTestId('synonym-target').first().fill('个体工商户设立登记');
    await page.getByTestId('synonym-save').click();
    await page.getByTestId('synonym-form').waitFor({ state: 'detached' });
    await page.getByTestId('synonym-table').getByText('开网店').waitFor();

    await page.goto(`${web.baseUrl}/items?q=${encodeURIComponent('开网店')}`);
    await page.getByTestId('item-result').first().waitFor();
    assert.equal(await firstResultName(page), '个体工商户设立登记');
    await page.close();
  });
});
