/** Helpers shared by the browser tests of the web app. */
import assert from 'node:assert/strict';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { tinyPdf } from '../../server/testing/file-fixtures.js';

export const DEMO_PASSWORD = 'onewindow-demo';

/**
 * Fails the test on any script error or console error the page logs. `expectedStatuses` are HTTP
 * refusals the test provokes on purpose (Chromium logs every 4xx answer as a console error).
 */
export function collectErrors(page: Page, expectedStatuses: number[] = []): string[] {
  const errors: string[] = [];
  const expected = (text: string) => expectedStatuses.some((status) => text.includes(`status of ${status} `));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && !expected(message.text()) && errors.push(message.text()));
  return errors;
}

/**
 * Signs the shared browser profile out: no session cookie, and no "signed in before" flag
 * (cleared on a same-origin page that is not the app, so nothing asks the server meanwhile).
 */
export async function signOutBrowser(context: BrowserContext, baseUrl: string): Promise<void> {
  await context.clearCookies();
  const page = await context.newPage();
  await page.goto(`${baseUrl}/healthz`);
  await page.evaluate(() => window.localStorage.clear());
  await page.close();
}

/** Signs in through the login page and waits until it has sent the browser on. */
export async function signIn(page: Page, baseUrl: string, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => url.pathname !== '/login');
  await page.getByTestId('user-menu').waitFor();
}

/**
 * Opens an antd Select, types to narrow it down, picks the option with this label, and waits
 * until the select shows it. On a loaded machine a click can land while the dropdown is still
 * animating and select nothing, so an unconfirmed pick is tried again.
 */
export async function pickOption(page: Page, select: Locator, label: string, search?: string): Promise<void> {
  const input = select.locator('input[role="combobox"]');
  // A select that has just been enabled (its scope type was set a moment ago) needs a retry.
  await input.and(page.locator(':enabled')).waitFor();
  // The dropdown is rendered in a portal, so the select itself contains the label only once chosen.
  const chosen = select.filter({ hasText: label });
  for (let attempt = 1; ; attempt++) {
    await select.click();
    await page.locator('input[role="combobox"][aria-expanded="true"]').and(input).waitFor();
    if (search) await input.fill(search);
    const option = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: label }).first();
    await option.click();
    try {
      await chosen.waitFor({ timeout: 5_000 });
      return;
    } catch (error) {
      if (attempt >= 3) throw error;
      await page.keyboard.press('Escape');
    }
  }
}

/** A valid resident ID card number (GB 11643 check character) born 1990-01-01, sequence `seq` (3 digits). */
export function idCardNumber(seq: string): string {
  const body = `50010219900101${seq}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((total, weight, i) => total + weight * Number(body[i]), 0);
  return body + '10X98765432'[sum % 11];
}

/**
 * Runs one action from the department case page: its button, then its modal form, and waits
 * for the page to show the case's next version.
 */
export async function act(page: Page, kind: string, fields: Record<string, string> = {}): Promise<void> {
  const version = await page.getByTestId('case-page').getAttribute('data-version');
  await page.getByTestId(`action-${kind}`).click();
  const modal = page.locator(`[data-testid="action-modal"][data-kind="${kind}"]`);
  await modal.waitFor();
  for (const [field, value] of Object.entries(fields)) await page.getByTestId(`action-field-${field}`).fill(value);
  await page.getByTestId('action-submit').click();
  // One action may append several events (审查通过 also creates the next stage's task).
  await page.locator(`[data-testid="case-page"]:not([data-version="${version}"])`).waitFor();
  await modal.waitFor({ state: 'detached' });
}

/** Opens a case from the department inbox (/dept) by following its row's link. */
export async function openFromInbox(page: Page, baseUrl: string, caseId: number): Promise<void> {
  await page.goto(`${baseUrl}/dept`);
  const row = page.locator(`[data-testid="inbox-row"][data-case-id="${caseId}"]`);
  await row.waitFor();
  await row.getByTestId('inbox-case-link').click();
  await page.locator(`[data-testid="case-page"][data-case-id="${caseId}"]`).waitFor();
}

/** Uploads a tiny PDF into a material's slot of the application page and waits until the file is listed. */
export async function uploadInto(page: Page, materialId: number, filename: string, label: string): Promise<void> {
  const slot = page.locator(`[data-testid="material-slot"][data-material-id="${materialId}"]`);
  const before = await slot.getByTestId('material-file').count();
  await slot.locator('input[type="file"]').setInputFiles({ name: filename, mimeType: 'application/pdf', buffer: tinyPdf(label) });
  await slot.getByTestId('material-file').nth(before).waitFor();
  assert.match(await slot.getByTestId('material-file').nth(before).innerText(), new RegExp(`${filename.replace('.', '\\.')}[\\s\\S]*SHA-256 [0-9a-f]{8}`));
}

/**
 * Clicks a modal's submit button that runs a case command and waits for the server's answer,
 * failing with its body when it is not 200. If the click was lost (no request within 15 s, the
 * button still there), it clicks once more rather than wait out the page's own timeout.
 */
export async function submitCaseCommand(page: Page, submitTestId: string): Promise<void> {
  const isCommand = (r: { url(): string; request(): { method(): string } }) => /\/api\/v1\/cases\/\d+\/commands$/.test(r.url()) && r.request().method() === 'POST';
  let answer = page.waitForResponse(isCommand, { timeout: 15_000 });
  await page.getByTestId(submitTestId).click();
  let response = await answer.catch(() => null);
  if (!response && (await page.getByTestId(submitTestId).isVisible())) {
    answer = page.waitForResponse(isCommand, { timeout: 30_000 });
    await page.getByTestId(submitTestId).click();
    response = await answer;
  }
  if (!response) throw new Error(`no case command was sent after clicking ${submitTestId}`);
  if (response.status() !== 200) throw new Error(`case command answered ${response.status()}: ${await response.text()}`);
}
