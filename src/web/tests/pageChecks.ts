/**
 * What every page a person sees must pass in the browser suites: axe-core with no serious or
 * critical violations, and no horizontal overflow (nothing wider than the viewport at 390 px).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/**
 * Runs axe-core (WCAG 2 A/AA rules and best practices) on the page as it is now and returns the
 * serious and critical violations. Injected through `evaluate`, which the page's CSP does not govern.
 */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  // Animations (antd's fade-ins) would be measured half-way: wait for them to settle.
  await page.waitForTimeout(350);
  const violations = (await page.evaluate(`${axeSource};
    axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    })))`)) as AxeViolation[];
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Fails with a readable list when axe-core finds serious or critical problems on the page. */
export async function assertAccessible(page: Page, label = page.url()): Promise<void> {
  const violations = await seriousAxeViolations(page);
  const report = violations.map((v) => `${v.impact} ${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${JSON.stringify(n.target)} ${(n.failureSummary ?? '').split('\n').slice(1).join(' ').trim()}`).join('\n')}`);
  assert.deepEqual(report, [], `axe-core on ${label}:\n${report.join('\n')}`);
}

/** Fails when the document is wider than the viewport (a phone would scroll sideways). */
export async function assertNoHorizontalOverflow(page: Page, label = page.url()): Promise<void> {
  // Right after a viewport change the app re-renders for the new width (desktop menu → phone
  // menu): judge the settled layout, not the frame in between.
  await page
    .waitForFunction(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth, undefined, { timeout: 3_000 })
    .catch(() => undefined);
  const { scrollWidth, clientWidth, culprits } = await page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const wide = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 1)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${String((el as HTMLElement).className).split(' ').slice(0, 2).join('.')}`);
    return { scrollWidth: root.scrollWidth, clientWidth: width, culprits: wide };
  });
  assert.ok(scrollWidth <= clientWidth, `${label} overflows: scrollWidth ${scrollWidth} > clientWidth ${clientWidth} (${culprits.join(', ')})`);
}
