/**
 * Every public page and every page of the applicant's area, at 1280 px and at 390 px, signed out
 * and as the demo citizen and company: axe-core finds nothing serious or critical, nothing is wider
 * than the screen, and each page has one main landmark and one h1.
 */
import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { withWebApp } from '../../server/testing/web.js';
import { signIn as signInApi, type TestSession } from '../../server/testing/sessions.js';
import { collectErrors, signIn, signOutBrowser } from './browserHelpers.js';
import { assertAccessible, assertNoHorizontalOverflow } from './pageChecks.js';

const SHOTS = path.join(process.cwd(), '.tmp');
const WIDTHS = [1280, 390] as const;

interface PageVisit {
  name: string;
  path: string;
  /** Shown once the page has its content (not a skeleton). */
  ready: string;
  status?: number;
}

/** Waits until the page shows its content and nothing is still loading. */
async function open(page: Page, baseUrl: string, visit: PageVisit): Promise<void> {
  const response = await page.goto(`${baseUrl}${visit.path}`);
  assert.equal(response?.status(), visit.status ?? 200, `${visit.path} answers ${visit.status ?? 200}`);
  await page.locator(visit.ready).first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.locator('.ant-skeleton, .ant-spin-spinning').first().waitFor({ state: 'detached' }).catch(() => undefined);
}

/**
 * The checks every page must pass, with a screenshot to look at. Problems are collected rather than
 * thrown, so one run lists every page's problems.
 */
async function checkPage(page: Page, visit: PageVisit, who: string, width: number, problems: string[]): Promise<void> {
  const label = `${visit.name} (${visit.path}) as ${who} at ${width} px`;
  const checks = [
    async () => assert.equal(await page.locator('main, [role="main"]').count(), 1, `${label}: one main landmark`),
    async () => assert.equal(await page.locator('h1').count(), 1, `${label}: one h1`),
    () => assertNoHorizontalOverflow(page, label),
    () => assertAccessible(page, label),
  ];
  for (const check of checks) await check().catch((error: Error) => problems.push(error.message));
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `a11y-${who}-${visit.name.replace(/\W+/g, '-')}-${width}.png`), fullPage: true }).catch(() => undefined);
}

describe('accessibility and phone layout of the public and applicant pages (demo district)', () => {
  const web = withWebApp({ demo: true });
  let jointItem: string;
  let clerk: TestSession;

  before(async () => {
    const found = (await web.t.app.inject({ method: 'GET', url: `/api/v1/items?q=${encodeURIComponent('企业开办')}` })).json();
    jointItem = found.items.find((item: { processKind: string }) => item.processKind === 'joint').code;
    clerk = await signInApi(web.t, 'window');
  });
  beforeEach(() => signOutBrowser(web.browser.context, web.baseUrl));

  const publicPages = (): PageVisit[] => [
    { name: 'home', path: '/', ready: '[data-testid="department-grid"]' },
    { name: 'items', path: '/items', ready: '[data-testid="items-page"] [data-testid="item-card"], [data-testid="items-page"]' },
    { name: 'joint item notice', path: `/items/${jointItem}`, ready: '[data-testid="item-notice-pdf"]' },
    { name: 'lookup', path: '/lookup', ready: '[data-testid="lookup-page"]' },
    { name: 'verify', path: '/verify/500102-ZZ-0000-00000', ready: '[data-testid="verify-page"]' },
    { name: 'login', path: '/login', ready: '[data-testid="login-form"]' },
    { name: 'register', path: '/register', ready: '[data-testid="register-kind"]' },
    { name: '404', path: '/no-such-page', ready: '[data-testid="not-found"]', status: 404 },
  ];

  for (const width of WIDTHS) {
    test(`the public pages signed out at ${width} px`, async () => {
      const page = await web.browser.context.newPage();
      await page.setViewportSize({ width, height: 844 });
      const errors = collectErrors(page, [404]);
      const problems: string[] = [];
      for (const visit of publicPages()) {
        await open(page, web.baseUrl, visit);
        await checkPage(page, visit, 'visitor', width, problems);
      }
      assert.deepEqual(problems, []);
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  for (const [account, itemCode] of [['citizen', () => undefined], ['company', () => jointItem]] as const) {
    for (const width of WIDTHS) {
      test(`the applicant's pages as ${account} at ${width} px`, async () => {
        const page = await web.browser.context.newPage();
        await page.setViewportSize({ width, height: 844 });
        const errors = collectErrors(page, [404]);
        await signIn(page, web.baseUrl, account);
        const code = itemCode() ?? (await citizenItem());
        // A case registered at the window for this applicant, so the case page has something to show.
        const created = await web.t.app.inject({ method: 'POST', url: '/api/v1/cases', headers: clerk.headers, payload: { itemCode: code, applicant: account, channel: 'window' } });
        assert.equal(created.statusCode, 201, created.body);
        const caseId = created.json().id as number;

        const visits: PageVisit[] = [
          ...publicPages().filter((visit) => visit.name === 'home' || visit.name === 'joint item notice'),
          { name: 'my home', path: '/my', ready: '[data-testid="my-home"]' },
          { name: 'case', path: `/my/cases/${caseId}`, ready: '[data-testid="my-case-page"]' },
        ];
        const problems: string[] = [];
        for (const visit of visits) {
          await open(page, web.baseUrl, visit);
          await checkPage(page, visit, account, width, problems);
        }
        // 在线申请 starts (or resumes) a draft and opens its editor.
        await page.goto(`${web.baseUrl}/my/apply/${code}`);
        await page.getByTestId('application-editor').waitFor();
        await page.waitForLoadState('networkidle');
        await checkPage(page, { name: 'application editor', path: new URL(page.url()).pathname, ready: '' }, account, width, problems);
        assert.deepEqual(problems, []);
        assert.deepEqual(errors, []);
        await page.close();
      });
    }
  }

  test('Tab first reaches the skip link 跳到主要内容, which moves focus into the page; focus shows as a ring', async () => {
    const page = await web.browser.context.newPage();
    await page.goto(web.baseUrl);
    await page.getByTestId('department-grid').waitFor();
    await page.keyboard.press('Tab');
    const skip = page.getByTestId('skip-link');
    assert.equal(await skip.evaluate((el) => el === document.activeElement), true, 'the skip link is the first focus stop');
    assert.equal((await skip.innerText()).trim(), '跳到主要内容');
    const box = await skip.boundingBox();
    assert.ok(box && box.y >= 0 && box.height > 10, `the focused skip link is on screen (${JSON.stringify(box)})`);
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main-content');
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'MAIN');
    // The next Tab lands inside the page (the search box), drawn with a visible ring.
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { inMain: Boolean(el.closest('main')), outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    assert.deepEqual({ inMain: ring.inMain, outline: ring.outline }, { inMain: true, outline: 'solid' });
    assert.ok(ring.width >= 2, `focus outline is ${ring.width}px wide`);
    await page.close();
  });

  test('长者模式 makes the type larger, is remembered across visits, and passes axe-core at 390 px', async () => {
    const page = await web.browser.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${web.baseUrl}/items`);
    await page.locator('[data-testid="item-card"], [data-testid="items-page"] h1').first().waitFor();
    const bodySize = () => page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('main .ant-typography, main p, main span')!).fontSize));
    const before = await bodySize();
    // On a phone the switch sits in the menu drawer, next to the language switch.
    await page.getByTestId('app-nav-toggle').click();
    const switchButton = page.getByTestId('elder-mode-switch');
    await switchButton.waitFor();
    assert.equal(await switchButton.getAttribute('aria-checked'), 'false');
    assert.equal(await page.getByRole('switch', { name: '长者模式' }).count(), 1, 'the switch is labelled');
    await switchButton.click();
    assert.equal(await switchButton.getAttribute('aria-checked'), 'true');
    await page.keyboard.press('Escape');
    await page.waitForFunction((size) => parseFloat(getComputedStyle(document.querySelector('main .ant-typography, main p, main span')!).fontSize) > size, before);
    assert.ok((await bodySize()) >= before * 1.2, 'type at least a fifth larger');
    await page.reload();
    await page.locator('[data-testid="items-page"] h1').waitFor();
    await page.waitForLoadState('networkidle');
    assert.ok((await bodySize()) >= before * 1.2, 'still larger after a reload');
    const problems: string[] = [];
    await checkPage(page, { name: 'items in elder mode', path: '/items', ready: '' }, 'visitor', 390, problems);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('the phone menu holds 办件进度查询, which opens the lookup page', async () => {
    const page = await web.browser.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(web.baseUrl);
    await page.getByTestId('app-nav-toggle').click();
    const lookup = page.getByTestId('app-nav').getByRole('link', { name: '办件进度查询' });
    await lookup.click();
    await page.getByTestId('lookup-page').waitFor();
    assert.equal(new URL(page.url()).pathname, '/lookup');
    await page.close();
  });

  test('every input of the process editor (admin) and of the walk-in form (window) is named by its label', async () => {
    const unnamed = (page: Page) =>
      page.locator('main').evaluate((main) =>
        [...main.querySelectorAll<HTMLInputElement>('input:not([type="hidden"]):not([type="file"]), textarea, [role="switch"], [role="combobox"]')]
          .filter((el) => !((el as HTMLInputElement).labels?.length || el.getAttribute('aria-label') || el.getAttribute('aria-labelledby')))
          .map((el) => el.getAttribute('data-testid') ?? el.closest('[data-testid]')?.getAttribute('data-testid') ?? el.outerHTML.slice(0, 80)),
      );
    const page = await web.browser.context.newPage();
    await signIn(page, web.baseUrl, 'admin');
    await page.goto(`${web.baseUrl}/admin/process-definitions/${encodeURIComponent(`item:${jointItem}`)}`);
    await page.getByTestId('definition-diagram').waitFor();
    await page.getByTestId('field-stages.1.days').waitFor();
    assert.deepEqual(await unnamed(page), [], 'process editor');
    await signOutBrowser(web.browser.context, web.baseUrl);
    await signIn(page, web.baseUrl, 'window');
    await page.goto(`${web.baseUrl}/window/walk-in`);
    await page.getByTestId('walk-in-page').waitFor();
    assert.deepEqual(await unnamed(page), [], 'walk-in form');
    await page.close();
  });

  /** A fully-online item a person can apply for. */
  async function citizenItem(): Promise<string> {
    const items = (await web.t.app.inject({ method: 'GET', url: '/api/v1/items?handlingDepth=full_online&limit=100' })).json();
    const item = items.items.find((i: { processKind: string; applicantType: string }) => i.processKind === 'standard' && i.applicantType !== 'enterprise');
    assert.ok(item, 'a fully-online item for persons');
    return item.code;
  }
});
