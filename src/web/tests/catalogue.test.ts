import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { withWebApp } from '../../server/testing/web.js';

/** Fails the test on any script error or console error the page logs. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  return errors;
}

describe('public item catalogue in Chromium (demo district)', () => {
  const web = withWebApp({ demo: true });

  test('search from the home page, open the notice, download a blank form and the notice PDF', async () => {
    const page = await web.browser.context.newPage();
    const errors = collectErrors(page);
    await page.goto(web.baseUrl);

    // The home page lists every department with its item count.
    const grid = page.getByTestId('department-grid');
    await grid.waitFor();
    assert.equal(await grid.locator('li').count(), 35);

    // The test id sits on the search box's wrapper (input + button).
    const searchBox = page.getByTestId('home-search').locator('input');
    await searchBox.fill('食品');
    await searchBox.press('Enter');
    await page.waitForURL(/\/items\?q=/);
    assert.equal(new URL(page.url()).searchParams.get('q'), '食品');
    await page.getByTestId('item-result').first().waitFor();
    assert.match(await page.getByTestId('item-total').innerText(), /\d+/);
    const result = page.getByTestId('item-result').filter({ has: page.getByRole('link', { name: '食品经营许可', exact: true }) });
    assert.equal(await result.count(), 1, 'the results include 食品经营许可');

    await result.getByRole('link', { name: '食品经营许可', exact: true }).click();
    const detail = page.getByTestId('item-detail');
    await detail.waitFor();
    assert.match(await page.title(), /^食品经营许可/);
    assert.match(await detail.locator('h1').innerText(), /^食品经营许可$/);
    const notice = await detail.innerText();
    assert.match(notice, /法定办结时限/);
    assert.match(notice, /承诺办结时限/);
    assert.match(notice, /\d+ 个工作日/);
    assert.match(notice, /受理条件/);
    assert.ok((await page.getByTestId('material-row').count()) > 0, 'the notice lists the materials');
    assert.match(await page.getByTestId('item-materials').innerText(), /食品经营许可申请书/);
    // Online application opens from the notice (网上预审 for pre-review-only items).
    assert.match(await page.getByTestId('item-apply').innerText(), /在线申请|网上预审/);

    // A blank form downloads as a PDF through a plain link.
    const template = page.getByTestId('material-template').first();
    assert.equal(await template.innerText().then((text) => text.trim()), '下载空白表格');
    const [download] = await Promise.all([page.waitForEvent('download'), template.click()]);
    const file = await download.path();
    assert.equal(readFileSync(file).subarray(0, 4).toString('latin1'), '%PDF');
    assert.match(download.suggestedFilename(), /\.pdf$/);

    // The notice PDF link answers with a PDF.
    const noticeHref = await page.getByTestId('item-notice-pdf').getAttribute('href');
    assert.ok(noticeHref, 'the notice link has an address');
    assert.equal(await page.getByTestId('item-notice-pdf').getAttribute('target'), '_blank');
    const pdf = await page.request.get(new URL(noticeHref, web.baseUrl).href);
    assert.equal(pdf.status(), 200);
    assert.match(pdf.headers()['content-type'] ?? '', /^application\/pdf/);
    assert.equal((await pdf.body()).subarray(0, 4).toString('latin1'), '%PDF');

    assert.deepEqual(errors, []);
  });

  test('searching 建设 finds items, and filters live in the URL', async () => {
    const page = await web.browser.context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${web.baseUrl}/items?q=${encodeURIComponent('建设')}`);
    await page.getByTestId('item-result').first().waitFor();
    const total = Number((await page.getByTestId('item-total').innerText()).match(/\d+/)?.[0]);
    assert.ok(total > 0, `建设 finds items (${total})`);
    assert.match(await page.getByTestId('item-result').first().innerText(), /建设|规划|施工/);

    // A filter narrows the list and goes into the URL; the back button restores the previous search.
    await page.getByTestId('item-filters').getByText('并联审批', { exact: false }).first().click();
    await page.waitForURL(/joint=true/);
    await page.getByTestId('item-result').first().waitFor();
    const jointTotal = Number((await page.getByTestId('item-total').innerText()).match(/\d+/)?.[0]);
    assert.ok(jointTotal <= total);
    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has('joint'));
    await page.getByTestId('item-result').first().waitFor();
    assert.match(await page.getByTestId('item-total').innerText(), new RegExp(`\\b${total}\\b`));
    assert.deepEqual(errors, []);
  });

  test('"load more" appends the next page of all 272 items', async () => {
    const page = await web.browser.context.newPage();
    await page.goto(`${web.baseUrl}/items`);
    await page.getByTestId('item-result').first().waitFor();
    assert.match(await page.getByTestId('item-total').innerText(), /272/);
    const first = await page.getByTestId('item-result').count();
    await page.getByTestId('load-more').click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="item-result"]').length > n, first);
    const codes = await page.getByTestId('item-result').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-item-code')));
    assert.equal(new Set(codes).size, codes.length, 'no item is listed twice');
  });

  test('an unknown item code shows 事项不存在 with a way back', async () => {
    const page = await web.browser.context.newPage();
    await page.goto(`${web.baseUrl}/items/500102-none-999`);
    const notFound = page.getByTestId('item-not-found');
    await notFound.waitFor();
    assert.match(await notFound.innerText(), /事项不存在/);
    await notFound.getByRole('button', { name: '返回事项目录' }).click();
    await page.waitForURL(/\/items$/);
  });

  test('at phone width the item list fits the screen without horizontal scrolling', async () => {
    const page = await web.browser.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${web.baseUrl}/items?q=${encodeURIComponent('食品')}`);
    await page.getByTestId('item-result').first().waitFor();
    // The filters are folded behind one button until asked for.
    await page.getByTestId('item-filters-toggle').waitFor();
    const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    assert.ok(await fits(), 'the result list fits');
    await page.getByTestId('item-filters-toggle').click();
    await page.getByTestId('filter-visits').waitFor();
    assert.ok(await fits(), 'the opened filters fit');
    await page.getByTestId('item-result').first().getByRole('link').click();
    await page.getByTestId('material-row').first().waitFor();
    assert.ok(await fits(), 'the notice fits');
  });
});
