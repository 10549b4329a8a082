import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type TestApp } from '../../../testing/app.js';
import { signIn, type TestSession } from '../../../testing/sessions.js';
import { items as seedItems, departments as seedDepartments } from '../seed/index.js';
import { CURATED_HOT_ITEMS } from '../seed/discovery.js';
import { getEditableContent, publishDraft, saveDraft } from '../service.js';
import { pinyinKeys } from './pinyin.js';
import { readQuery, searchTerms } from './query.js';
import { cleanSynonym } from './synonyms.js';

describe('query reading (pure)', () => {
  const cases: Array<[string, { text: string; latin: boolean; pinyin: string }]> = [
    ['  营业执照 ', { text: '营业执照', latin: false, pinyin: 'yingyezhizhao' }],
    ['YingYe', { text: 'yingye', latin: true, pinyin: 'yingye' }],
    ['ying ye', { text: 'yingye', latin: true, pinyin: 'yingye' }],
    ['ＹＹＺＺ', { text: 'yyzz', latin: true, pinyin: 'yyzz' }],
    ['营叶执照', { text: '营叶执照', latin: false, pinyin: 'yingyezhizhao' }],
    ['500102-scjg', { text: '500102-scjg', latin: false, pinyin: '500102scjg' }],
  ];
  for (const [raw, expected] of cases) test(`readQuery(${JSON.stringify(raw)})`, () => assert.deepEqual(readQuery(raw), expected));

  test('terms: the query first, then (for pinyin) the synonym it spelled, then what synonyms stand for, without repeats', () => {
    const synonyms = [{ term: '营业执照', targets: ['企业开办', '设立登记'] }, { term: '执照', targets: ['设立登记'] }];
    assert.deepEqual(searchTerms(readQuery('营业执照'), synonyms), ['营业执照', '企业开办', '设立登记']);
    assert.deepEqual(searchTerms(readQuery('yyzz'), synonyms.slice(0, 1)), ['yyzz', '营业执照', '企业开办', '设立登记']);
  });

  test('pinyin keys follow the words (重庆 is chongqing) and keep Latin text whole', () => {
    assert.deepEqual(pinyinKeys('重庆市涪陵区'), { full: 'chongqingshifulingqu', initials: 'cqsflq' });
    assert.deepEqual(pinyinKeys('营业执照（ABC）'), { full: 'yingyezhizhaoabc', initials: 'yyzzabc' });
  });

  const invalidSynonyms: Array<[string, { term: string; targets: string[] }, string]> = [
    ['blank term', { term: '  ', targets: ['企业开办'] }, 'body.term'],
    ['blank target', { term: '执照', targets: ['企业开办', ' '] }, 'body.targets.1'],
    ['target equal to the term', { term: '执照', targets: ['执照'] }, 'body.targets.0'],
    ['repeated target', { term: '执照', targets: ['设立登记', '设立登记 '] }, 'body.targets.1'],
  ];
  for (const [name, input, field] of invalidSynonyms) {
    test(`a synonym with a ${name} is refused, naming ${field}`, () => {
      assert.throws(() => cleanSynonym(input), (e: { field?: string; message: string }) => e.field === field && /[\u4e00-\u9fa5]/.test(e.message));
    });
  }
});

describe('item search over HTTP (demo district)', () => {
  let t: TestApp;
  let admin: TestSession;
  before(async () => {
    t = await createTestApp({ demo: true });
    admin = await signIn(t, 'admin');
  });
  after(() => t.close());

  const search = async (q: string, extra = '') => {
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/items?q=${encodeURIComponent(q)}${extra}` });
    assert.equal(res.statusCode, 200, res.body);
    return res.json() as { items: Array<{ code: string; name: string }>; total: number; nextCursor: string | null; suggestion: string | null };
  };

  const nameOf = (code: string) => seedItems.find((i) => i.code === code)!.name;

  // What people type → the item that must come first (by code, so the name is not restated here).
  const firstResults: Array<[string, string]> = [
    ['营业执照', '500102-scjg-001'], // 企业开办（一窗通办）, by the synonym
    ['食品经营许可证', '500102-syj-001'], // 食品经营许可, the closest name
    ['开公司', '500102-scjg-001'],
    ['开饭店', '500102-syj-008'], // 餐饮服务开办联办
    ['yyzz', '500102-scjg-001'], // initials of 营业执照
    ['qykb', '500102-scjg-001'], // initials of 企业开办
    ['chusheng', '500102-ga-013'], // 出生登记
  ];
  for (const [q, code] of firstResults) {
    test(`“${q}” finds ${nameOf(code)} first`, async () => {
      const page = await search(q);
      assert.equal(page.items[0]?.code, code, `first of ${JSON.stringify(page.items.slice(0, 5).map((i) => i.name))}`);
      assert.equal(page.suggestion, null);
    });
  }

  test('“公积金” finds the housing fund items, names first', async () => {
    const page = await search('公积金');
    const fund = seedItems.filter((i) => i.name.includes('公积金')).map((i) => i.code).sort();
    assert.ok(fund.length >= 3);
    assert.deepEqual(page.items.slice(0, fund.length).map((i) => i.code).sort(), fund);
  });

  test('pinyin “yingye” finds results (营业执照 and names sounding yingye)', async () => {
    const page = await search('yingye');
    assert.ok(page.total > 0);
    assert.ok(page.items.some((i) => i.code === '500102-scjg-001'));
  });

  test('a one-character typo (营叶执照) is answered with “did you mean 营业执照”', async () => {
    const page = await search('营叶执照');
    assert.equal(page.suggestion, '营业执照');
    const followed = await search(page.suggestion!);
    assert.equal(followed.items[0]?.code, '500102-scjg-001');
  });

  test('a near miss of a keyword (企业开半) suggests the keyword', async () => {
    assert.equal((await search('企业开半')).suggestion, '企业开办');
  });

  test('nothing close at all: no results and no suggestion', async () => {
    const page = await search('量子纠缠');
    assert.deepEqual([page.total, page.items.length, page.suggestion], [0, 0, null]);
  });

  test('ranking: name matches, then keyword matches, then department matches', async () => {
    // Tiers computed from the seed data, independently of the SQL.
    const tierOf = (code: string, q: string) => {
      const item = seedItems.find((i) => i.code === code)!;
      const department = seedDepartments.find((d) => d.code === item.departmentCode)!;
      if (item.name.includes(q) || code.includes(q)) return 1;
      if (item.keywords.some((k) => k.includes(q))) return 2;
      if (department.name.includes(q) || department.shortName.includes(q)) return 3;
      return 9;
    };
    for (const q of ['税务', '餐饮', '登记']) {
      const all: string[] = [];
      let cursor: string | null = null;
      do {
        const page = await search(q, `&limit=30${cursor ? `&cursor=${cursor}` : ''}`);
        all.push(...page.items.map((i) => i.code));
        cursor = page.nextCursor;
      } while (cursor);
      const tiers = all.map((code) => tierOf(code, q));
      assert.ok(new Set(tiers).size >= (q === '税务' ? 3 : 2), `${q}: several tiers present`);
      assert.deepEqual(tiers, [...tiers].sort((a, b) => a - b), `${q}: tiers in order`);
      assert.equal(new Set(all).size, all.length, `${q}: pages do not repeat items`);
    }
  });

  test('filters still narrow a search', async () => {
    const all = await search('登记');
    const person = await search('登记', '&department=ga');
    assert.ok(person.total > 0 && person.total < all.total);
  });

  test('a malformed cursor is a 400 naming query.cursor', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/items?q=%E7%99%BB%E8%AE%B0&cursor=%21%21' });
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().errors?.[0]?.field ?? res.json().field, 'query.cursor');
  });

  test('editing and publishing an item keeps its pinyin searchable', async () => {
    const code = '500102-ty-001';
    const { published } = await getEditableContent(t.database.db, code);
    await saveDraft(t.database.db, code, { ...published!.content, name: '蹦极项目经营许可', keywords: ['滑索'] }, { id: 'test-admin' });
    assert.equal((await search('bengji')).total, 0, 'a draft is not searchable');
    await publishDraft(t.database.db, code, { id: 'test-admin' });
    assert.equal((await search('bengji')).items[0]?.code, code);
    assert.equal((await search('huasuo')).items[0]?.code, code);
    assert.equal((await search('gaoweixian')).items.some((i) => i.code === code), false, 'the old name is gone');
  });

  test('administrators edit synonyms; the change takes effect at once and is audited', async () => {
    const post = (payload: Record<string, unknown>, headers = admin.headers) => t.app.inject({ method: 'POST', url: '/api/v1/admin/search-synonyms', headers, payload });
    assert.equal((await search('开网店')).total, 0);
    const created = await post({ term: '开网店', targets: ['个体工商户设立登记'] });
    assert.equal(created.statusCode, 201, created.body);
    const synonym = created.json();
    assert.equal((await search('开网店')).items[0]?.code, '500102-scjg-006');

    const duplicate = await post({ term: '开网店', targets: ['企业开办'] });
    assert.equal(duplicate.statusCode, 409);
    const blank = await post({ term: '网店', targets: ['企业开办', ''] });
    assert.equal(blank.statusCode, 400);

    const put = await t.app.inject({ method: 'PUT', url: `/api/v1/admin/search-synonyms/${synonym.id}`, headers: admin.headers, payload: { term: '开网店', targets: ['企业开办'] } });
    assert.equal(put.statusCode, 200, put.body);
    assert.equal((await search('开网店')).items[0]?.code, '500102-scjg-001');

    const list = await t.app.inject({ method: 'GET', url: '/api/v1/admin/search-synonyms', headers: admin.headers });
    assert.ok(list.json().synonyms.some((s: { term: string; targets: string[] }) => s.term === '开网店' && s.targets[0] === '企业开办'));

    const del = await t.app.inject({ method: 'DELETE', url: `/api/v1/admin/search-synonyms/${synonym.id}`, headers: admin.headers });
    assert.equal(del.statusCode, 204);
    assert.equal((await search('开网店')).total, 0);
    const again = await t.app.inject({ method: 'DELETE', url: `/api/v1/admin/search-synonyms/${synonym.id}`, headers: admin.headers });
    assert.equal(again.statusCode, 404);

    const audit = await t.database.db.selectFrom('audit_log').select('action').where('subject_type', '=', 'search_synonym').where('subject_id', '=', String(synonym.id)).orderBy('id').execute();
    assert.deepEqual(audit.map((a) => a.action), ['search_synonym.created', 'search_synonym.updated', 'search_synonym.deleted']);

    const citizen = await signIn(t, 'citizen');
    assert.equal((await post({ term: '网购', targets: ['企业开办'] }, citizen.headers)).statusCode, 403);
  });
});

describe('home page: hot items and life events', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ demo: true });
  });
  after(() => t.close());

  const get = async (url: string) => {
    const res = await t.app.inject({ method: 'GET', url });
    return { status: res.statusCode, body: res.json() };
  };

  test('hot items come from case counts, topped up by the curated list', async () => {
    const db = t.database.db;
    const counted = await db.selectFrom('cases').select(['item_code', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('item_code').execute();
    const before = (await get('/api/v1/hot-items?limit=8')).body.items as Array<{ code: string; applications: number }>;
    assert.equal(before.length, 8);
    for (const item of before) {
      assert.equal(item.applications, Number(counted.find((c) => c.item_code === item.code)?.n ?? 0), item.code);
    }
    // Items without cases are the curated ones, in the curated order.
    const fill = before.filter((i) => i.applications === 0).map((i) => i.code);
    assert.deepEqual(fill, CURATED_HOT_ITEMS.filter((c) => fill.includes(c)));

    // Three new applications for an item nobody applied for make it the most applied.
    const window = await signIn(t, 'window');
    const itemCode = '500102-ly-002';
    assert.ok(!counted.some((c) => c.item_code === itemCode));
    const top = Math.max(0, ...counted.map((c) => Number(c.n)));
    for (let n = 0; n < top + 1; n++) {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/cases', headers: window.headers, payload: { itemCode, applicant: 'citizen', channel: 'window' } });
      assert.equal(res.statusCode, 201, res.body);
    }
    const after = (await get('/api/v1/hot-items?limit=8')).body.items;
    assert.equal(after[0].code, itemCode);
    assert.equal(after[0].applications, top + 1);
  });

  test('life events list their items in order; an unknown one is a 404', async () => {
    const { body } = await get('/api/v1/life-events');
    const names = body.lifeEvents.map((e: { name: string }) => e.name);
    for (const name of ['开办企业', '开餐馆', '新生儿出生']) assert.ok(names.includes(name), name);
    const newborn = body.lifeEvents.find((e: { name: string }) => e.name === '新生儿出生');
    const detail = await get(`/api/v1/life-events/${newborn.code}`);
    assert.equal(detail.status, 200);
    assert.equal(detail.body.items.length, newborn.itemCount);
    assert.equal(detail.body.items[0].name, '出生登记');
    assert.ok(detail.body.items[0].note);
    const missing = await get('/api/v1/life-events/no-such-event');
    assert.equal(missing.status, 404);
  });
});
