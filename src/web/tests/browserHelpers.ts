/** Helpers shared by the browser tests of the web app. */
import type { BrowserContext, Locator, Page } from 'playwright-core';

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
