import { transact, type Db } from '../../db/connection.js';
import { AppError, conflict, invalid, notFound } from '../../platform/errors.js';
import { recordAudit, recordAudits } from '../../platform/audit.js';
import * as repo from './repository.js';
import { cached, type CacheOptions } from '../../platform/cache.js';
import { toDepartment, toItemContent, toItemDetail, toItemSummary, toVersionRows } from './mapping.js';
import type { Department, DepartmentInput, ItemContent, ItemDetail, ItemList, ItemListQuery } from './schemas.js';
import { readQuery, searchTerms } from './search/query.js';
import * as search from './search/repository.js';

/** The catalogue's use cases. Every change runs in one transaction with its audit event. */

export interface Actor {
  /** Username or client id, recorded in the audit trail. */
  id: string;
  requestId?: string | undefined;
}

export const DEFAULT_REGION = '500102';

/** A page boundary: the last code shown (browsing, ordered by code) or an offset (search, ordered by relevance). */
type Cursor = { code: string } | { offset: number };

function encodeCursor(cursor: Cursor): string {
  return Buffer.from('code' in cursor ? cursor.code : `#${cursor.offset}`, 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): Cursor {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  // Item codes never start with '#' (see the code pattern), so the two kinds cannot be confused.
  const decoded: Cursor | undefined = /^#\d{1,6}$/.test(text) ? { offset: Number(text.slice(1)) } : text ? { code: text } : undefined;
  if (!decoded || encodeCursor(decoded) !== cursor) throw invalid('query.cursor', '分页游标无效');
  return decoded;
}

export async function listDepartments(db: Db): Promise<Department[]> {
  return (await repo.listDepartments(db)).map(toDepartment);
}

export async function listItems(db: Db, query: ItemListQuery): Promise<ItemList> {
  return cached(db, ITEM_LISTS, JSON.stringify(query), () => findItems(db, query));
}

/** Search and filter answers depend on the catalogue alone: the same question gets the kept answer. */
const ITEM_LISTS: CacheOptions<string, ItemList> = { name: 'catalogue.lists', topics: ['catalogue'], ttlMs: 10 * 60_000, max: 2_000 };

async function findItems(db: Db, query: ItemListQuery): Promise<ItemList> {
  const filter: repo.ItemFilter = {
    departmentCode: query.department,
    category: query.category,
    handlingDepth: query.handlingDepth,
    visits: query.visits,
    joint: query.joint,
  };
  const cursor = query.cursor ? decodeCursor(query.cursor) : undefined;
  const q = query.q?.trim();
  if (q) return searchItems(db, filter, q, cursor && 'offset' in cursor ? cursor.offset : 0, query.limit);
  const after = cursor && 'code' in cursor ? cursor.code : undefined;
  const [rows, total] = await Promise.all([repo.listPublishedItems(db, filter, after, query.limit + 1), repo.countPublishedItems(db, filter)]);
  const page = rows.slice(0, query.limit);
  return {
    items: page.map(toItemSummary),
    total,
    nextCursor: rows.length > query.limit ? encodeCursor({ code: page.at(-1)!.code }) : null,
    suggestion: null,
  };
}

/**
 * Search as people type: synonyms widen the query and results come by relevance. Only when nothing
 * matched literally are names compared by trigrams, and the closest known term offered
 * ("您是不是要找") — most searches never pay for either.
 */
async function searchItems(db: Db, filter: repo.ItemFilter, q: string, offset: number, limit: number): Promise<ItemList> {
  const query = readQuery(q);
  const terms = searchTerms(query, await search.matchingSynonyms(db, query));
  const run = (mode: search.MatchMode, from: number, count: number) => search.searchPublishedItems(db, filter, query, terms, mode, from, count);
  let rows = await run('literal', offset, limit + 1);
  // An empty page past the end of literal results is just the end; otherwise nothing matched literally.
  const literal = rows.length > 0 || (offset > 0 && (await run('literal', 0, 1)).length > 0);
  if (!literal && !query.latin) rows = await run('fuzzy', offset, limit + 1);
  const page = rows.slice(0, limit);
  return {
    items: page.map(toItemSummary),
    total: rows[0] ? Number(rows[0].total) : 0,
    nextCursor: rows.length > limit ? encodeCursor({ offset: offset + limit }) : null,
    suggestion: offset === 0 && !literal ? await search.suggestTerm(db, query) : null,
  };
}

export async function getItem(db: Db, code: string): Promise<ItemDetail> {
  const item = await cached(db, ITEM_DETAILS, code, () => loadItem(db, code));
  if (!item) throw notFound(`事项 ${code} `);
  return item;
}

/** Published items as the public and every new case read them; any catalogue change drops them all. */
const ITEM_DETAILS: CacheOptions<string, ItemDetail | null> = { name: 'catalogue.items', topics: ['catalogue'], ttlMs: 10 * 60_000, max: 2_000 };
const VERSION_REFS: CacheOptions<string, { versionId: number; version: number } | null> = { name: 'catalogue.version-refs', topics: ['catalogue'], ttlMs: 10 * 60_000, max: 2_000 };

async function loadItem(db: Db, code: string): Promise<ItemDetail | null> {
  const row = await repo.findPublishedItem(db, code);
  if (!row) return null;
  const [department, materials, fees] = await Promise.all([
    repo.findDepartment(db, row.department_code),
    repo.materialsOf(db, [row.id]),
    repo.feesOf(db, [row.id]),
  ]);
  const related = new Set([...row.co_department_codes, ...materials.flatMap((m) => (m.shared_from ? [m.shared_from] : []))]);
  return toItemDetail(row, department!, materials, fees, await repo.departmentsByCodes(db, [...related]));
}

/** Departments the content names besides its own: co-departments and the sources of shared materials. */
function referencedDepartments(content: ItemContent): string[] {
  return [...content.coDepartments, ...content.materials.flatMap((m) => (m.sharedFrom ? [m.sharedFrom] : []))];
}

/**
 * Rules no JSON Schema can state: they involve several fields or other records. `known` holds
 * the codes of the referenced departments that exist.
 */
function checkContentRules(content: ItemContent, departmentCode: string, known: Set<string>): void {
  if (content.promisedDays > content.statutoryDays) {
    throw invalid('body.promisedDays', '承诺时限不得超过法定时限');
  }
  if (content.handlingDepth === 'full_online' && content.visits !== 0) {
    throw invalid('body.visits', '全程网办事项到现场次数应为 0');
  }
  if (content.processKind === 'joint' && content.coDepartments.length === 0) {
    throw invalid('body.coDepartments', '并联审批事项至少需要一个协办部门');
  }
  if (content.processKind !== 'joint' && content.coDepartments.length > 0) {
    throw invalid('body.coDepartments', '只有并联审批事项才有协办部门');
  }
  if (content.coDepartments.includes(departmentCode)) {
    throw invalid('body.coDepartments', '牵头部门不能同时是协办部门');
  }
  content.coDepartments.forEach((code, index) => {
    if (!known.has(code)) throw invalid(`body.coDepartments.${index}`, `部门 ${code} 不存在`);
  });
  content.materials.forEach((material, index) => {
    if (material.source === 'shared' && !material.sharedFrom) {
      throw invalid(`body.materials.${index}.sharedFrom`, '共享材料须注明来源部门');
    }
    if (material.sharedFrom && !known.has(material.sharedFrom)) {
      throw invalid(`body.materials.${index}.sharedFrom`, `部门 ${material.sharedFrom} 不存在`);
    }
    if (!material.required && !material.condition) {
      throw invalid(`body.materials.${index}.condition`, '情形材料须说明适用情形');
    }
    if (material.required && material.requiredWhen) {
      throw invalid(`body.materials.${index}.requiredWhen`, '必要材料总是需要提交，适用条件只用于情形材料');
    }
  });
}

async function checkContent(db: Db, content: ItemContent, departmentCode: string): Promise<void> {
  const known = new Set((await repo.departmentsByCodes(db, [...new Set(referencedDepartments(content))])).map((d) => d.code));
  checkContentRules(content, departmentCode, known);
}

export interface NewItem {
  code: string;
  departmentCode: string;
  content: ItemContent;
  publish: boolean;
}

/** Creates a new item with its first version, published at once when asked (used by admins). */
export async function createItem(db: Db, input: NewItem, actor: Actor): Promise<{ code: string; version: number }> {
  return (await createItems(db, [input], actor))[0]!;
}

/**
 * Creates new items under the same rules as `createItem`, all or none, in a fixed number of
 * statements: the demo seed loads the whole catalogue this way at first start.
 */
export async function createItems(db: Db, inputs: NewItem[], actor: Actor): Promise<{ code: string; version: number }[]> {
  return transact(db, async (trx) => {
    const codes = new Set(inputs.flatMap((input) => [input.departmentCode, ...referencedDepartments(input.content)]));
    const departments = new Map((await repo.departmentsByCodes(trx, [...codes])).map((d) => [d.code, d]));
    const known = new Set(departments.keys());
    for (const input of inputs) {
      if (!departments.has(input.departmentCode)) throw invalid('body.departmentCode', `部门 ${input.departmentCode} 不存在`);
      checkContentRules(input.content, input.departmentCode, known);
    }
    const taken = await repo.existingItemCodes(trx, inputs.map((input) => input.code));
    if (taken.length > 0) throw conflict('item_exists', `事项编码 ${taken[0]} 已存在`);
    const items = new Map((await repo.insertItems(trx, inputs.map((input) => ({ code: input.code, department_id: departments.get(input.departmentCode)!.id })))).map((item) => [item.code, item]));
    const versions = await repo.insertVersions(
      trx,
      inputs.map((input) =>
        toVersionRows(input.content, { itemId: items.get(input.code)!.id, version: 1, status: 'draft', code: input.code, createdBy: actor.id, department: departments.get(input.departmentCode)! }),
      ),
    );
    await repo.publishVersions(trx, versions.filter((_, i) => inputs[i]!.publish).map((v) => v.id), actor.id);
    await recordAudits(
      trx,
      inputs.map((input) => ({
        actor: actor.id,
        action: input.publish ? 'item.created_and_published' : 'item.created',
        subjectType: 'item',
        subjectId: input.code,
        requestId: actor.requestId,
        details: { version: 1 },
      })),
    );
    return inputs.map((input) => ({ code: input.code, version: 1 }));
  });
}

export interface DraftView {
  code: string;
  version: number;
  status: 'draft';
  basedOn: number | null;
  content: ItemContent;
}

/** The item's draft, if any, else the published content as the starting point of a new one. */
export async function getEditableContent(db: Db, code: string): Promise<{ draft: DraftView | null; published: { version: number; content: ItemContent } | null }> {
  const item = await repo.findItem(db, code);
  if (!item) throw notFound(`事项 ${code} `);
  const [draft, published] = await Promise.all([repo.findVersion(db, item.id, 'draft'), repo.findVersion(db, item.id, 'published')]);
  const contentOf = async (row: repo.ItemVersionRow) => toItemContent(row, await repo.materialsOf(db, [row.id]), await repo.feesOf(db, [row.id]));
  return {
    draft: draft ? { code, version: draft.version, status: 'draft', basedOn: published?.version ?? null, content: await contentOf(draft) } : null,
    published: published ? { version: published.version, content: await contentOf(published) } : null,
  };
}

/**
 * Saves a draft version of the item: the published version is never edited in place.
 * The first save creates the draft (next version number); later saves replace it.
 */
export async function saveDraft(db: Db, code: string, content: ItemContent, actor: Actor): Promise<{ code: string; version: number }> {
  return transact(db, async (trx) => {
    const item = await repo.lockItem(trx, code);
    if (!item) throw notFound(`事项 ${code} `);
    const department = (await trx.selectFrom('departments').selectAll().where('id', '=', item.department_id).executeTakeFirstOrThrow());
    await checkContent(trx, content, department.code);
    const existing = await repo.findVersion(trx, item.id, 'draft');
    const version = existing?.version ?? (await repo.nextVersionNumber(trx, item.id));
    const rows = toVersionRows(content, { itemId: item.id, version, status: 'draft', code, createdBy: actor.id, department });
    if (existing) {
      const { item_id: _item, version: _version, status: _status, ...changes } = rows.version;
      await repo.replaceDraft(trx, existing.id, changes, rows.materials, rows.fees);
    } else {
      await repo.insertVersion(trx, rows.version, rows.materials, rows.fees);
    }
    await recordAudit(trx, { actor: actor.id, action: 'item.draft_saved', subjectType: 'item', subjectId: code, requestId: actor.requestId, details: { version } });
    return { code, version };
  });
}

/** Publishes the item's draft; the previously published version is kept as superseded. */
export async function publishDraft(db: Db, code: string, actor: Actor): Promise<{ code: string; version: number }> {
  return transact(db, async (trx) => {
    const item = await repo.lockItem(trx, code);
    if (!item) throw notFound(`事项 ${code} `);
    const draft = await repo.findVersion(trx, item.id, 'draft');
    if (!draft) throw new AppError('no_draft', 409, `事项 ${code} 没有待发布的草稿`);
    await repo.publishVersions(trx, [draft.id], actor.id);
    await recordAudit(trx, { actor: actor.id, action: 'item.published', subjectType: 'item', subjectId: code, requestId: actor.requestId, details: { version: draft.version } });
    return { code, version: draft.version };
  });
}

export async function listItemVersions(db: Db, code: string) {
  const item = await repo.findItem(db, code);
  if (!item) throw notFound(`事项 ${code} `);
  return (await repo.listVersions(db, item.id)).map((v) => ({
    version: v.version,
    status: v.status,
    name: v.name,
    createdAt: new Date(v.created_at).toISOString(),
    createdBy: v.created_by,
    publishedAt: v.published_at ? new Date(v.published_at).toISOString() : null,
    publishedBy: v.published_by,
  }));
}

export async function createDepartment(db: Db, input: DepartmentInput, actor: Actor, regionCode = DEFAULT_REGION): Promise<Department> {
  return transact(db, async (trx) => {
    if (await repo.findDepartment(trx, input.code)) throw conflict('department_exists', `部门代码 ${input.code} 已存在`);
    const row = await repo.insertDepartment(trx, {
      code: input.code,
      region_code: regionCode,
      name: input.name,
      short_name: input.shortName,
      org_code: input.orgCode,
      window_place: input.window.place,
      window_hours: input.window.hours,
      window_phone: input.window.phone,
      complaint_phone: input.complaintPhone,
      sort: input.sort ?? 0,
    });
    await recordAudit(trx, { actor: actor.id, action: 'department.created', subjectType: 'department', subjectId: row.code, requestId: actor.requestId });
    return toDepartment(row);
  });
}

export async function updateDepartment(db: Db, code: string, input: Omit<DepartmentInput, 'code'>, actor: Actor): Promise<Department> {
  return transact(db, async (trx) => {
    const row = await repo.updateDepartment(trx, code, {
      name: input.name,
      short_name: input.shortName,
      org_code: input.orgCode,
      window_place: input.window.place,
      window_hours: input.window.hours,
      window_phone: input.window.phone,
      complaint_phone: input.complaintPhone,
      ...(input.sort === undefined ? {} : { sort: input.sort }),
    });
    if (!row) throw notFound(`部门 ${code} `);
    await recordAudit(trx, { actor: actor.id, action: 'department.updated', subjectType: 'department', subjectId: code, requestId: actor.requestId });
    return toDepartment(row);
  });
}

/** The published version of an item, as a case records it (which version was it filed under). */
export async function publishedVersionRef(db: Db, code: string): Promise<{ versionId: number; version: number }> {
  const ref = await cached(db, VERSION_REFS, code, async () => {
    const row = await repo.findPublishedItem(db, code);
    return row ? { versionId: row.id, version: row.version } : null;
  });
  if (!ref) throw notFound(`事项 ${code} `);
  return ref;
}

/** The materials of one item version (an application keeps the version it was started under). */
export async function materialsOfVersion(db: Db, versionId: number) {
  const rows = await repo.materialsOf(db, [versionId]);
  return rows.map((m) => ({ id: m.id, name: m.name, required: m.required, condition: m.condition, requiredWhen: m.required_when ?? null, form: m.form, copies: m.copies, source: m.source, note: m.note }));
}

/** Item names, handling depth and department names by code. */
export async function itemNames(db: Db, codes: string[]): Promise<Map<string, ItemName>> {
  // One code (a notice, a case page): the cached answer; a list page asks once for all of its codes.
  if (codes.length === 1) {
    const code = codes[0]!;
    const name = await cached(db, ITEM_NAMES, code, async () => (await loadItemNames(db, [code])).get(code) ?? null);
    return new Map(name ? [[code, name]] : []);
  }
  return loadItemNames(db, codes);
}

interface ItemName {
  name: string;
  handlingDepth: string;
  departmentName: string;
}

const ITEM_NAMES: CacheOptions<string, ItemName | null> = { name: 'catalogue.item-names', topics: ['catalogue'], ttlMs: 10 * 60_000, max: 5_000 };

async function loadItemNames(db: Db, codes: string[]): Promise<Map<string, ItemName>> {
  const rows = await repo.itemNames(db, [...new Set(codes)]);
  return new Map(rows.map((r) => [r.code, { name: r.name, handlingDepth: r.handling_depth, departmentName: r.department_name }]));
}

/** The real-name level (0–2) an item asks of applicants who apply online. */
export async function itemRealnameLevel(db: Db, code: string): Promise<number> {
  const item = await repo.findItem(db, code);
  if (!item) throw notFound(`事项 ${code} `);
  return item.required_realname_level;
}

/**
 * An administrator sets the level an item asks for. Not part of the item's versioned content: it
 * is the platform's rule for who may apply online, not what the item is, and takes effect at once.
 */
export async function setItemRealnameLevel(db: Db, code: string, level: number, actor: { id: string; requestId?: string }): Promise<{ requiredLevel: number }> {
  return transact(db, async (trx) => {
    const before = await repo.findItem(trx, code);
    if (!before) throw notFound(`事项 ${code} `);
    await repo.setRequiredRealnameLevel(trx, code, level);
    await recordAudit(trx, { actor: actor.id, action: 'item.realname_level_set', subjectType: 'item', subjectId: code, requestId: actor.requestId, details: { from: before.required_realname_level, to: level } });
    return { requiredLevel: level };
  });
}
