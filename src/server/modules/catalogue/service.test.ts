import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { AppError } from '../../platform/errors.js';
import { createTestDatabase, type TestDatabase } from '../../testing/db.js';
import { createDepartment, createItem, createItems, getEditableContent, getItem, listItemVersions, publishDraft, saveDraft } from './service.js';
import type { ItemContent } from './schemas.js';
import { REGIONS } from './demo-seed.js';
import { insertRegion } from './repository.js';

const admin = { id: 'region-admin' };

function content(overrides: Partial<ItemContent> = {}): ItemContent {
  return {
    name: '测试许可',
    category: '行政许可',
    legalBasis: '《中华人民共和国行政许可法》第十二条',
    implementingBody: '重庆市涪陵区测试局',
    competentDepartment: '重庆市涪陵区测试局',
    exercisingLevel: '区县级',
    handlingDepth: 'online_accept',
    visits: 1,
    statutoryDays: 20,
    promisedDays: 10,
    specialProcedures: [],
    fees: [],
    processSummary: '申请→受理→审查→决定→办结',
    acceptanceConditions: '申请材料齐全、符合法定形式。',
    materials: [{ name: '《测试许可申请书》', required: true, form: 'original', copies: 1, source: 'applicant' }],
    resultType: '证照',
    certificateName: '测试许可证',
    keywords: ['测试'],
    processKind: 'standard',
    coDepartments: [],
    applicantType: 'both',
    consultationChannel: '窗口咨询',
    complaintChannel: '12345',
    ...overrides,
  };
}

const department = (code: string) => ({
  code,
  name: `重庆市涪陵区${code}局`,
  shortName: `区${code}局`,
  orgCode: '11500102MB0000000X',
  window: { place: '区行政服务中心', hours: '周一至周五', phone: '023-72220000' },
  complaintPhone: '023-72221111',
});

function rejectsWithField(promise: Promise<unknown>, field: string) {
  return assert.rejects(promise, (error: unknown) => error instanceof AppError && error.status === 400 && error.field === field);
}

describe('catalogue service rules', () => {
  let database: TestDatabase;
  before(async () => {
    database = await createTestDatabase();
    for (const region of REGIONS) await insertRegion(database.db, region);
    await createDepartment(database.db, department('cs'), admin);
    await createDepartment(database.db, department('xf'), admin);
  });
  after(() => database.drop());

  test('cross-field rules are refused naming the field, and nothing is written', async () => {
    const db = database.db;
    await rejectsWithField(createItem(db, { code: 'T-1', departmentCode: 'cs', content: content({ promisedDays: 30 }), publish: true }, admin), 'body.promisedDays');
    await rejectsWithField(createItem(db, { code: 'T-1', departmentCode: 'cs', content: content({ handlingDepth: 'full_online', visits: 1 }), publish: true }, admin), 'body.visits');
    await rejectsWithField(createItem(db, { code: 'T-1', departmentCode: 'cs', content: content({ processKind: 'joint' }), publish: true }, admin), 'body.coDepartments');
    await rejectsWithField(createItem(db, { code: 'T-1', departmentCode: 'cs', content: content({ processKind: 'joint', coDepartments: ['zz'] }), publish: true }, admin), 'body.coDepartments.0');
    await rejectsWithField(
      createItem(db, { code: 'T-1', departmentCode: 'cs', content: content({ materials: [{ name: '营业执照', required: true, form: 'copy', copies: 1, source: 'shared' }] }), publish: true }, admin),
      'body.materials.0.sharedFrom',
    );
    await rejectsWithField(
      createItem(db, { code: 'T-1', departmentCode: 'cs', content: content({ materials: [{ name: '委托书', required: false, form: 'original', copies: 1, source: 'applicant' }] }), publish: true }, admin),
      'body.materials.0.condition',
    );
    const counts = await db.selectFrom('items').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    assert.equal(Number(counts.n), 0);
  });

  test('versions: drafts replace each other, publishing supersedes, the history is kept', async () => {
    const db = database.db;
    await createItem(db, { code: 'T-2', departmentCode: 'cs', content: content(), publish: true }, admin);
    assert.equal((await getItem(db, 'T-2')).version, 1);

    await saveDraft(db, 'T-2', content({ name: '测试许可（草稿一）' }), admin);
    await saveDraft(db, 'T-2', content({ name: '测试许可（草稿二）', processKind: 'joint', coDepartments: ['xf'] }), admin);
    const editable = await getEditableContent(db, 'T-2');
    assert.equal(editable.draft?.version, 2);
    assert.equal(editable.draft?.content.name, '测试许可（草稿二）');
    assert.equal(editable.published?.version, 1);
    assert.equal((await getItem(db, 'T-2')).name, '测试许可');

    await publishDraft(db, 'T-2', admin);
    const published = await getItem(db, 'T-2');
    assert.equal(published.version, 2);
    assert.deepEqual(published.coDepartments.map((d) => d.code), ['xf']);
    assert.deepEqual(
      (await listItemVersions(db, 'T-2')).map((v) => [v.version, v.status]),
      [
        [2, 'published'],
        [1, 'superseded'],
      ],
    );
    await assert.rejects(publishDraft(db, 'T-2', admin), (error: unknown) => error instanceof AppError && error.code === 'no_draft');
  });

  test('unknown items and duplicate codes', async () => {
    await assert.rejects(getItem(database.db, 'NOPE'), (error: unknown) => error instanceof AppError && error.status === 404);
    await assert.rejects(saveDraft(database.db, 'NOPE', content(), admin), (error: unknown) => error instanceof AppError && error.status === 404);
    await createItem(database.db, { code: 'T-3', departmentCode: 'cs', content: content(), publish: false }, admin);
    await assert.rejects(
      createItem(database.db, { code: 'T-3', departmentCode: 'cs', content: content(), publish: true }, admin),
      (error: unknown) => error instanceof AppError && error.code === 'item_exists',
    );
    await assert.rejects(getItem(database.db, 'T-3'), (error: unknown) => error instanceof AppError && error.status === 404, 'an unpublished item is not public');
  });

  test('several items at once: each with its materials, fees and audit event; one bad item and none is written', async () => {
    const db = database.db;
    const fee = { name: '工本费', basis: '渝价〔2020〕1号', standard: '每本 10 元' };
    await assert.rejects(
      createItems(db, [
        { code: 'B-1', departmentCode: 'cs', content: content(), publish: true },
        { code: 'B-2', departmentCode: 'cs', content: content({ promisedDays: 30 }), publish: true },
      ], admin),
      (error: unknown) => error instanceof AppError && error.field === 'body.promisedDays',
    );
    await assert.rejects(
      createItems(db, [
        { code: 'B-1', departmentCode: 'cs', content: content(), publish: true },
        { code: 'T-2', departmentCode: 'cs', content: content(), publish: true },
      ], admin),
      (error: unknown) => error instanceof AppError && error.code === 'item_exists',
    );
    assert.equal((await db.selectFrom('items').select('code').where('code', 'like', 'B-%').execute()).length, 0);

    const created = await createItems(
      db,
      [
        { code: 'B-1', departmentCode: 'cs', content: content({ name: '批量一', fees: [fee] }), publish: true },
        { code: 'B-2', departmentCode: 'xf', content: content({ name: '批量二', processKind: 'joint', coDepartments: ['cs'] }), publish: true },
        { code: 'B-3', departmentCode: 'cs', content: content({ name: '批量三' }), publish: false },
      ],
      admin,
    );
    assert.deepEqual(created, [{ code: 'B-1', version: 1 }, { code: 'B-2', version: 1 }, { code: 'B-3', version: 1 }]);
    const one = await getItem(db, 'B-1');
    assert.equal(one.name, '批量一');
    assert.deepEqual(one.materials.map((m) => m.name), ['《测试许可申请书》']);
    assert.equal(one.fees.length, 1);
    assert.deepEqual((await getItem(db, 'B-2')).coDepartments.map((d) => d.code), ['cs']);
    await assert.rejects(getItem(db, 'B-3'), (error: unknown) => error instanceof AppError && error.status === 404, 'created unpublished');
    const audit = await db.selectFrom('audit_log').select(['subject_id', 'action']).where('subject_id', 'like', 'B-%').orderBy('subject_id').execute();
    assert.deepEqual(audit, [
      { subject_id: 'B-1', action: 'item.created_and_published' },
      { subject_id: 'B-2', action: 'item.created_and_published' },
      { subject_id: 'B-3', action: 'item.created' },
    ]);
  });
});
