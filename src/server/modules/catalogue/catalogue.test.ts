import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type TestApp } from '../../testing/app.js';
import { pdfText } from '../../testing/pdf-text.js';
import type { ItemDetail, ItemSummary } from './schemas.js';
import { getEditableContent, publishDraft, saveDraft } from './service.js';

describe('catalogue over HTTP (demo district)', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ demo: true });
  });
  after(() => t.close());

  const get = (url: string) => t.app.inject({ method: 'GET', url });

  async function allItems(query = ''): Promise<ItemSummary[]> {
    const seen: ItemSummary[] = [];
    let cursor: string | null = null;
    do {
      const res = await get(`/api/v1/items?limit=50${query}${cursor ? `&cursor=${cursor}` : ''}`);
      assert.equal(res.statusCode, 200, res.body);
      const page = res.json();
      seen.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return seen;
  }

  test('35 departments and 272 published items; keyset pagination visits each item exactly once', async () => {
    const departments = (await get('/api/v1/departments')).json().departments;
    assert.equal(departments.length, 35);
    assert.equal(departments.reduce((sum: number, d: { itemCount: number }) => sum + d.itemCount, 0), 272);
    assert.ok(departments.every((d: { itemCount: number }) => d.itemCount >= 1));

    const items = await allItems();
    assert.equal(items.length, 272);
    assert.equal(new Set(items.map((i) => i.code)).size, 272);
    const first = (await get('/api/v1/items?limit=10')).json();
    assert.equal(first.total, 272);
    assert.deepEqual(items.map((i) => i.code), [...items.map((i) => i.code)].sort());
  });

  test('every item has every required element, and the promised limit never exceeds the statutory one', async () => {
    const items = await allItems();
    for (const summary of items) {
      const detail: ItemDetail = (await get(`/api/v1/items/${encodeURIComponent(summary.code)}`)).json();
      const where = `${detail.code} ${detail.name}`;
      for (const key of ['name', 'category', 'legalBasis', 'implementingBody', 'competentDepartment', 'exercisingLevel', 'processSummary', 'acceptanceConditions', 'resultType', 'certificateName', 'consultationChannel', 'complaintChannel'] as const) {
        assert.ok(detail[key].trim().length > 0, `${where}: ${key}`);
      }
      assert.match(detail.legalBasis, /《.+》/, `${where}: legal basis cites a law`);
      assert.ok(detail.promisedDays <= detail.statutoryDays, `${where}: promised ≤ statutory`);
      assert.ok(detail.materials.length >= 1, `${where}: materials`);
      assert.ok(detail.window.place && detail.window.hours && detail.window.phone, `${where}: window`);
      if (detail.handlingDepth === 'full_online') assert.equal(detail.visits, 0, `${where}: full online means no visit`);
      if (detail.joint) assert.ok(detail.coDepartments.length >= 1, `${where}: joint items name co-departments`);
    }
  });

  test('Chinese substring search finds food and construction items, over name, department and keywords', async () => {
    const food = await allItems(`&q=${encodeURIComponent('食品')}`);
    assert.ok(food.some((i) => i.name.includes('食品经营许可')), 'finds 食品经营许可');
    assert.ok(food.length >= 3);
    const construction = await allItems(`&q=${encodeURIComponent('建设')}`);
    assert.ok(construction.length >= 3);
    assert.ok(construction.some((i) => /建设工程|建筑工程|建设项目/.test(i.name)));

    const byDepartment = await allItems(`&q=${encodeURIComponent(food[0]!.department.shortName)}`);
    assert.ok(byDepartment.length >= 1, 'department names are searchable');
    const byCode = await allItems(`&q=${encodeURIComponent(food[0]!.code)}`);
    assert.deepEqual(byCode.map((i) => i.code), [food[0]!.code]);
    const literalPercent = await allItems(`&q=${encodeURIComponent('%')}`);
    assert.equal(literalPercent.length, 0, 'a % is searched literally, not as a wildcard');
  });

  test('filters: department, handling depth, visits, joint', async () => {
    const fullOnline = await allItems('&handlingDepth=full_online');
    assert.ok(fullOnline.length > 0 && fullOnline.every((i) => i.handlingDepth === 'full_online' && i.visits === 0));
    const joint = await allItems('&joint=true');
    assert.ok(joint.length >= 3 && joint.every((i) => i.joint));
    const departments = (await get('/api/v1/departments')).json().departments as { code: string; itemCount: number }[];
    const one = departments[0]!;
    const ofOne = await allItems(`&department=${one.code}`);
    assert.equal(ofOne.length, one.itemCount);
    const oneVisit = await allItems('&visits=1');
    assert.ok(oneVisit.every((i) => i.visits === 1));
  });

  test('company establishment is a joint item led by market supervision with public security, tax and social security', async () => {
    const found = await allItems(`&q=${encodeURIComponent('企业开办')}`);
    const item = found.find((i) => i.joint);
    assert.ok(item, 'a joint 企业开办 item exists');
    const detail: ItemDetail = (await get(`/api/v1/items/${encodeURIComponent(item.code)}`)).json();
    assert.ok(detail.coDepartments.length >= 3);
    assert.ok(detail.promisedDays <= 1);
  });

  test('an unknown code answers 404 problem+json; bad filters answer 400 naming the field', async () => {
    const missing = await get('/api/v1/items/NO-SUCH-ITEM');
    assert.equal(missing.statusCode, 404);
    assert.match(missing.headers['content-type'] as string, /application\/problem\+json/);
    assert.equal(missing.json().code, 'not_found');

    for (const [query, field] of [
      ['limit=0', 'querystring.limit'],
      ['handlingDepth=teleport', 'querystring.handlingDepth'],
      ['visits=7', 'querystring.visits'],
      ['cursor=%25%25', 'query.cursor'],
    ] as const) {
      const res = await get(`/api/v1/items?${query}`);
      assert.equal(res.statusCode, 400, query);
      assert.equal(res.json().field, field, query);
    }
  });

  test('the one-time notice PDF shows the item name, materials and time limits in Chinese', async () => {
    const items = await allItems(`&q=${encodeURIComponent('食品经营许可')}`);
    const detail: ItemDetail = (await get(`/api/v1/items/${encodeURIComponent(items[0]!.code)}`)).json();
    const res = await get(detail.noticeUrl);
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-type'], 'application/pdf');
    assert.equal(res.rawPayload.subarray(0, 5).toString(), '%PDF-');
    const { text } = await pdfText(res.rawPayload);
    const compact = text.replace(/\s+/g, '');
    assert.ok(compact.includes(detail.name.replace(/\s+/g, '')), 'item name');
    assert.ok(compact.includes('一次性告知单'));
    assert.ok(compact.includes(`${detail.statutoryDays}个工作日`), 'statutory limit');
    for (const material of detail.materials) assert.ok(compact.includes(material.name.replace(/\s+/g, '')), `material ${material.name}`);
    assert.ok(compact.includes('涪陵'), 'rare characters such as 涪 render and extract');
  });

  test('material templates and samples download as PDFs; another item’s material id is not found', async () => {
    const [first, second] = (await get('/api/v1/items?limit=2')).json().items as ItemSummary[];
    const detail: ItemDetail = (await get(`/api/v1/items/${encodeURIComponent(first!.code)}`)).json();
    const material = detail.materials[0]!;
    for (const url of [material.templateUrl, material.sampleUrl]) {
      const res = await get(url);
      assert.equal(res.statusCode, 200, url);
      assert.equal(res.headers['content-type'], 'application/pdf');
      assert.match(res.headers['content-disposition'] as string, /^attachment; .*filename\*=UTF-8''/);
      const { text } = await pdfText(res.rawPayload);
      assert.ok(text.replace(/\s+/g, '').includes(detail.name.replace(/\s+/g, '')));
    }
    const foreign = await get(`/api/v1/items/${encodeURIComponent(second!.code)}/materials/${material.id}/template.pdf`);
    assert.equal(foreign.statusCode, 404);
  });

  test('an edit creates a new draft version; the published version is unchanged until the draft is published', async () => {
    const [summary] = (await get('/api/v1/items?limit=1')).json().items as ItemSummary[];
    const code = summary!.code;
    const before: ItemDetail = (await get(`/api/v1/items/${encodeURIComponent(code)}`)).json();
    const { published } = await getEditableContent(t.database.db, code);
    const edited = { ...published!.content, name: `${published!.content.name}（修订）`, promisedDays: 0 };

    const draft = await saveDraft(t.database.db, code, edited, { id: 'test-admin' });
    assert.equal(draft.version, before.version + 1);
    const stillPublished: ItemDetail = (await get(`/api/v1/items/${encodeURIComponent(code)}`)).json();
    assert.deepEqual(stillPublished, before, 'the published version is untouched by a draft');

    await publishDraft(t.database.db, code, { id: 'test-admin' });
    const after: ItemDetail = (await get(`/api/v1/items/${encodeURIComponent(code)}`)).json();
    assert.equal(after.version, before.version + 1);
    assert.equal(after.name, edited.name);
    assert.equal(after.promisedDays, 0);
    const audit = await t.database.db.selectFrom('audit_log').select('action').where('subject_id', '=', code).orderBy('id').execute();
    assert.deepEqual(audit.map((a) => a.action).slice(-2), ['item.draft_saved', 'item.published']);
  });
});
