import { beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { signIn as signInApi } from '../../server/testing/sessions.js';
import { withWebApp } from '../../server/testing/web.js';
import { collectErrors, signIn, signOutBrowser } from './browserHelpers.js';

interface Version {
  version: number;
  createdBy: string;
  definition: { stages: { kind: string; key: string; name: string; days?: number; branches?: unknown[] }[] };
}

/** The departments on the diagram's parallel branches, in order. */
const branchDepartments = (page: Page, scope = page.getByTestId('definition-page')) =>
  scope.locator('[data-testid="definition-diagram"] [data-kind="parallel"] [data-testid="diagram-branch"]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-department')));

describe('process definitions and the working calendar in Chromium (demo district)', () => {
  const web = withWebApp({ demo: true });
  beforeEach(() => signOutBrowser(web.browser.context, web.baseUrl));

  async function jointItemKey(): Promise<string> {
    const found = (await web.t.app.inject({ method: 'GET', url: `/api/v1/items?joint=true&q=${encodeURIComponent('企业开办')}` })).json();
    const code = found.items[0]?.code;
    assert.ok(code, 'the demo district has 企业开办');
    return `item:${code}`;
  }

  async function versionsOf(key: string): Promise<Version[]> {
    const admin = await signInApi(web.t, 'region-admin');
    const res = await web.t.app.inject({ method: 'GET', url: `/api/v1/admin/process-definitions/${encodeURIComponent(key)}`, headers: admin.headers });
    assert.equal(res.statusCode, 200, res.body);
    return res.json().versions;
  }

  test('region-admin sees the joint item as a diagram, edits it into a new version, and an invalid edit saves nothing', async () => {
    const key = await jointItemKey();
    const page = await web.browser.context.newPage();
    // The invalid save is refused with 400 on purpose.
    const errors = collectErrors(page, [400]);
    await signIn(page, web.baseUrl, 'region-admin');
    await page.getByTestId('admin-menu-process-definitions').click();
    await page.getByTestId('admin-process-definitions').waitFor();
    await page.getByTestId('definition-search').locator('input').fill('企业开办');
    await page.getByTestId('definition-search').locator('input').press('Enter');
    await page.locator(`[data-testid="definition-link"][data-key="${key}"]`).click();

    const definitionPage = page.locator(`[data-testid="definition-page"][data-key="${key}"]`);
    await definitionPage.waitFor();
    assert.equal(await definitionPage.getAttribute('data-version'), '1');
    // 企业开办: the lead department (market supervision) with public security, tax and HR at once.
    assert.deepEqual(await branchDepartments(page), ['item', 'ga', 'sw', 'rs']);
    const diagram = definitionPage.getByTestId('definition-diagram');
    const diagramText = await diagram.innerText();
    for (const words of ['窗口受理', '并联审批 · 4 个部门同时办理', '区公安局', '区税务局', '区人力社保局', '审查人员', '审批人员', '作出决定', '办结 / 送达']) {
      assert.ok(diagramText.includes(words), `the diagram shows ${words}`);
    }

    // Give the decision 2 working days and add a stage after it; the diagram follows as it is typed.
    await page.getByTestId('field-stages.1.days').fill('2');
    await page.getByTestId('stage-add-task').click();
    await page.getByTestId('field-stages.2.name').fill('制证');
    await page.getByTestId('field-stages.2.key').fill('certificate');
    await diagram.locator('[data-testid="diagram-task"][data-key="decide"][data-days="2"]').waitFor();
    await diagram.locator('[data-testid="diagram-task"][data-key="certificate"]').filter({ hasText: '制证' }).waitFor();
    assert.equal(await diagram.getByTestId('diagram-stage').count(), 3);
    await page.getByTestId('definition-save').click();
    await page.locator(`[data-testid="definition-page"][data-key="${key}"][data-version="2"]`).waitFor();

    let versions = await versionsOf(key);
    assert.deepEqual(versions.map((v) => v.version), [2, 1]);
    assert.equal(versions[0]!.createdBy, 'region-admin');
    assert.deepEqual(versions[0]!.definition.stages.map((s) => [s.key, s.days ?? null]), [['joint_review', null], ['decide', 2], ['certificate', 1]]);
    await page.getByTestId('definition-tab-history').click();
    const history = page.getByTestId('definition-versions');
    await history.locator('tr[data-version="2"]').filter({ hasText: 'region-admin' }).waitFor();
    await history.locator('tr[data-version="1"]').waitFor();

    // The old version opens read-only, as it was: four branches, no 制证.
    await page.getByTestId('definition-view-1').click();
    const viewer = page.locator('[data-testid="definition-version-viewer"][data-version="1"]');
    await viewer.waitFor();
    assert.equal(await viewer.locator('[data-testid="diagram-branch"]').count(), 4);
    assert.doesNotMatch(await viewer.getByTestId('definition-diagram').innerText(), /制证/);
    await page.keyboard.press('Escape');
    await viewer.waitFor({ state: 'detached' });

    // Down to one branch: the server's rule (at least 2) shows at the branches, and nothing is saved.
    await page.getByRole('tab', { name: '编辑' }).first().click();
    for (const b of [3, 2, 1]) await page.getByTestId(`branch-0-${b}-remove`).click();
    assert.equal(await diagram.locator('[data-testid="diagram-branch"]').count(), 1, 'the preview shows the edit before it is saved');
    await page.getByTestId('definition-save').click();
    const fieldError = page.locator('[data-testid="draft-field-error"][data-path="stages.0.branches"]');
    await fieldError.waitFor();
    assert.match(await fieldError.innerText(), /至少 2 项/);
    assert.match(await page.getByTestId('definition-errors').innerText(), /\/stages\/0\/branches/);
    versions = await versionsOf(key);
    assert.deepEqual(versions.map((v) => v.version), [2, 1], 'the refused edit added no version');

    // The raw JSON tab: a negative limit previews at once, and the server's message names its JSON path.
    await page.getByTestId('definition-discard').click();
    await page.locator('[data-testid="draft-field-error"]').first().waitFor({ state: 'detached' });
    await page.getByTestId('definition-tab-json').click();
    const json = JSON.parse(await page.getByTestId('definition-json').inputValue());
    assert.equal(json.stages[0].branches.length, 4, 'discarding brought the saved branches back');
    json.stages[1].days = -1;
    await page.getByTestId('definition-json').fill(JSON.stringify(json, null, 2));
    await diagram.locator('[data-testid="diagram-task"][data-key="decide"][data-days="-1"]').waitFor();
    await page.getByTestId('definition-save').click();
    await page.locator('[data-testid="definition-errors"] li[data-path="stages.1.days"]').filter({ hasText: '/stages/1/days 不能小于 0' }).waitFor();
    assert.equal((await versionsOf(key)).length, 2);
    assert.equal(await definitionPage.getAttribute('data-version'), '2');
    assert.deepEqual(errors, []);
  });

  test('a supervisor reads definitions and the calendar without any way to change them', async () => {
    const key = await jointItemKey();
    const page = await web.browser.context.newPage();
    const errors = collectErrors(page);
    await signIn(page, web.baseUrl, 'supervisor');
    await page.goto(`${web.baseUrl}/admin/process-definitions/${encodeURIComponent(key)}`);
    await page.getByTestId('definition-diagram').waitFor();
    assert.equal(await page.getByTestId('definition-save').count(), 0);
    assert.equal(await page.getByTestId('stage-add-task').count(), 0);
    assert.ok(await page.getByTestId('field-stages.1.days').isDisabled());
    await page.getByTestId('admin-menu-calendar').click();
    await page.getByTestId('calendar-days').waitFor();
    assert.equal(await page.getByTestId('calendar-import').count(), 0);
    assert.ok(await page.locator('[data-testid^="calendar-day-"][data-kind="workday"]').first().isDisabled());
    assert.deepEqual(errors, []);
  });

  test('region-admin makes a working day a holiday on the calendar, the API agrees, and resets it', async () => {
    const page = await web.browser.context.newPage();
    const errors = collectErrors(page);
    await signIn(page, web.baseUrl, 'region-admin');
    await page.getByTestId('admin-menu-calendar').click();
    const days = page.getByTestId('calendar-days');
    await days.waitFor();
    const year = Number(await days.getAttribute('data-year'));
    const listed = async (from: string, to: string) => (await web.t.app.inject({ method: 'GET', url: `/api/v1/calendar/days?from=${from}&to=${to}` })).json().days;
    const december = await listed(`${year}-12-01`, `${year}-12-31`);
    const date: string = december.find((day: { kind: string; override: boolean }) => day.kind === 'workday' && !day.override).date;
    const cell = page.getByTestId(`calendar-day-${date}`);
    assert.equal(await cell.getAttribute('data-kind'), 'workday');

    await cell.click();
    await page.getByTestId('calendar-day-modal').waitFor();
    await page.getByTestId('calendar-day-holiday').click();
    await page.getByTestId('calendar-day-name').fill('临时放假（测试）');
    await page.getByTestId('calendar-day-save').click();
    await page.locator(`[data-testid="calendar-day-${date}"][data-kind="holiday"][data-override="true"]`).waitFor();
    assert.match(await page.getByTestId(`calendar-day-${date}`).getAttribute('title') ?? '', /节假日 · 临时放假（测试） · 管理员调整/);
    assert.match(await page.getByTestId('calendar-change-result').innerText(), new RegExp(`${date} 已设为节假日 · 已重新计算 \\d+ 件在办件的到期日`));
    assert.deepEqual(await listed(date, date), [{ date, workday: false, kind: 'holiday', name: '临时放假（测试）', provisional: false, override: true }]);

    await page.getByTestId(`calendar-day-${date}`).click();
    await page.getByTestId('calendar-day-reset').click();
    await page.locator(`[data-testid="calendar-day-${date}"][data-kind="workday"][data-override="false"]`).waitFor();
    assert.match(await page.getByTestId('calendar-change-result').innerText(), /已恢复官方安排/);
    assert.deepEqual(await listed(date, date), [{ date, workday: true, kind: 'workday', name: null, provisional: false, override: false }]);

    // An .ics file picked from disk: two days off, and the page says how many days it imported.
    const ics = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT', 'UID:off@test', 'DTSTART;VALUE=DATE:20271206', 'DTEND;VALUE=DATE:20271208', 'SUMMARY:系统迁移停办', 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');
    await page.getByTestId('calendar-import').locator('input[type="file"]').setInputFiles({ name: 'holidays.ics', mimeType: 'text/calendar', buffer: Buffer.from(ics) });
    await page.getByTestId('calendar-change-result').filter({ hasText: '已导入 2 天：放假 2 天，上班 0 天' }).waitFor();
    assert.deepEqual((await listed('2027-12-06', '2027-12-07')).map((day: { workday: boolean; name: string }) => [day.workday, day.name]), [[false, '系统迁移停办'], [false, '系统迁移停办']]);
    assert.deepEqual(errors, []);
  });
});
