import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Flags for Debian's chromium in this sandbox: no GPU, no background traffic to the internet. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface TestBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Debian chromium driven by playwright-core with a fresh profile directory.
 * (Playwright refuses `--user-data-dir` in args, so the profile goes through a persistent context.)
 */
export async function launchBrowser(options: { width?: number; height?: number; locale?: string; timezoneId?: string } = {}): Promise<TestBrowser> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'onewindow-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
    locale: options.locale ?? 'zh-CN',
    ...(options.timezoneId && { timezoneId: options.timezoneId }),
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    acceptDownloads: true,
  });
  // CI runs two test files at once on two cores, each with its own server and Chromium:
  // give actions room before calling a slow machine a failure.
  context.setDefaultTimeout(60_000);
  context.setDefaultNavigationTimeout(60_000);
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
