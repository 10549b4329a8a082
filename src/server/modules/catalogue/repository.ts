import { sql, type Selectable } from 'kysely';
import type { Db } from '../../db/connection.js';
import type { CatalogueTables } from './tables.js';

/** All SQL of the catalogue. Functions take the connection or transaction to run on. */

export type DepartmentRow = Selectable<CatalogueTables['departments']>;
export type ItemVersionRow = Selectable<CatalogueTables['item_versions']>;
export type MaterialRow = Selectable<CatalogueTables['item_materials']>;
export type FeeRow = Selectable<CatalogueTables['item_fees']>;

export interface ItemFilter {
  q?: string | undefined;
  departmentCode?: string | undefined;
  category?: string | undefined;
  handlingDepth?: string | undefined;
  visits?: number | undefined;
  joint?: boolean | undefined;
}

export interface PublishedItemRow extends ItemVersionRow {
  code: string;
  department_code: string;
  department_name: string;
  department_short_name: string;
}

/** Escapes LIKE wildcards so a user's `%` or `_` is searched literally. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Published items joined to their version and department, narrowed by the filters. */
export function publishedItems(db: Db, filter: ItemFilter) {
  let query = db
    .selectFrom('items as i')
    .innerJoin('item_versions as v', 'v.id', 'i.published_version_id')
    .innerJoin('departments as d', 'd.id', 'i.department_id');
  if (filter.q) query = query.where('v.search_text', 'like', likePattern(filter.q.toLowerCase()));
  if (filter.departmentCode) query = query.where('d.code', '=', filter.departmentCode);
  if (filter.category) query = query.where('v.category', '=', filter.category);
  if (filter.handlingDepth) query = query.where('v.handling_depth', '=', filter.handlingDepth);
  if (filter.visits !== undefined) query = query.where('v.visits', '=', filter.visits);
  if (filter.joint !== undefined) query = query.where('v.process_kind', filter.joint ? '=' : '<>', 'joint');
  return query;
}

/** One page of published items ordered by code, after `afterCode` (keyset pagination). */
export async function listPublishedItems(db: Db, filter: ItemFilter, afterCode: string | undefined, limit: number): Promise<PublishedItemRow[]> {
  let query = publishedItems(db, filter)
    .selectAll('v')
    .select(['i.code', 'd.code as department_code', 'd.name as department_name', 'd.short_name as department_short_name']);
  if (afterCode) query = query.where('i.code', '>', afterCode);
  return query.orderBy('i.code').limit(limit).execute();
}

export async function countPublishedItems(db: Db, filter: ItemFilter): Promise<number> {
  const row = await publishedItems(db, filter).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findPublishedItem(db: Db, code: string): Promise<PublishedItemRow | undefined> {
  return db
    .selectFrom('items as i')
    .innerJoin('item_versions as v', 'v.id', 'i.published_version_id')
    .innerJoin('departments as d', 'd.id', 'i.department_id')
    .selectAll('v')
    .select(['i.code', 'd.code as department_code', 'd.name as department_name', 'd.short_name as department_short_name'])
    .where('i.code', '=', code)
    .executeTakeFirst();
}

export async function findItem(db: Db, code: string) {
  return db.selectFrom('items').selectAll().where('code', '=', code).executeTakeFirst();
}

/** Locks the item row so concurrent draft edits and publishes of one item queue up. */
export async function lockItem(db: Db, code: string) {
  return db.selectFrom('items').selectAll().where('code', '=', code).forUpdate().executeTakeFirst();
}

export async function findVersion(db: Db, itemId: number, status: 'draft' | 'published'): Promise<ItemVersionRow | undefined> {
  return db.selectFrom('item_versions').selectAll().where('item_id', '=', itemId).where('status', '=', status).executeTakeFirst();
}

export async function listVersions(db: Db, itemId: number) {
  return db
    .selectFrom('item_versions')
    .select(['id', 'version', 'status', 'name', 'created_at', 'created_by', 'published_at', 'published_by'])
    .where('item_id', '=', itemId)
    .orderBy('version', 'desc')
    .execute();
}

export async function materialsOf(db: Db, versionIds: number[]): Promise<MaterialRow[]> {
  if (versionIds.length === 0) return [];
  return db.selectFrom('item_materials').selectAll().where('item_version_id', 'in', versionIds).orderBy('item_version_id').orderBy('sort').execute();
}

export async function feesOf(db: Db, versionIds: number[]): Promise<FeeRow[]> {
  if (versionIds.length === 0) return [];
  return db.selectFrom('item_fees').selectAll().where('item_version_id', 'in', versionIds).orderBy('item_version_id').orderBy('sort').execute();
}

export async function findMaterial(db: Db, itemCode: string, materialId: number) {
  return db
    .selectFrom('item_materials as m')
    .innerJoin('items as i', 'i.published_version_id', 'm.item_version_id')
    .selectAll('m')
    .where('i.code', '=', itemCode)
    .where('m.id', '=', materialId)
    .executeTakeFirst();
}

export async function listDepartments(db: Db, regionCode?: string) {
  let query = db
    .selectFrom('departments as d')
    .leftJoin('items as i', (join) => join.onRef('i.department_id', '=', 'd.id').on('i.published_version_id', 'is not', null))
    .selectAll('d')
    .select((eb) => eb.fn.count<number>('i.id').as('item_count'))
    .groupBy('d.id')
    .orderBy('d.sort')
    .orderBy('d.code');
  if (regionCode) query = query.where('d.region_code', '=', regionCode);
  return query.execute();
}

export async function findDepartment(db: Db, code: string): Promise<DepartmentRow | undefined> {
  return db.selectFrom('departments').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function departmentsByCodes(db: Db, codes: string[]): Promise<DepartmentRow[]> {
  if (codes.length === 0) return [];
  return db.selectFrom('departments').selectAll().where('code', 'in', codes).execute();
}

export type NewDepartment = Omit<DepartmentRow, 'id' | 'created_at' | 'updated_at'>;

export async function insertDepartment(db: Db, department: NewDepartment): Promise<DepartmentRow> {
  return db.insertInto('departments').values(department).returningAll().executeTakeFirstOrThrow();
}

export async function insertDepartments(db: Db, departments: NewDepartment[]): Promise<void> {
  if (departments.length > 0) await db.insertInto('departments').values(departments).execute();
}

export async function updateDepartment(db: Db, code: string, changes: Partial<NewDepartment>): Promise<DepartmentRow | undefined> {
  return db
    .updateTable('departments')
    .set({ ...changes, updated_at: sql`now()` })
    .where('code', '=', code)
    .returningAll()
    .executeTakeFirst();
}

export async function insertRegion(db: Db, region: Selectable<CatalogueTables['regions']>): Promise<void> {
  await db.insertInto('regions').values(region).onConflict((oc) => oc.column('code').doNothing()).execute();
}

export async function insertItem(db: Db, code: string, departmentId: number) {
  return db.insertInto('items').values({ code, department_id: departmentId }).returningAll().executeTakeFirstOrThrow();
}

/**
 * Rows per multi-row INSERT: PostgreSQL takes at most 65535 bind parameters in one statement,
 * and an item version has about 40 columns.
 */
const ROWS_PER_INSERT = 500;

function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) out.push(rows.slice(i, i + ROWS_PER_INSERT));
  return out;
}

/** Items in a few statements rather than one round trip each (the demo seed loads 272). */
export async function insertItems(db: Db, items: { code: string; department_id: number }[]) {
  const inserted = [];
  for (const part of chunks(items)) inserted.push(...(await db.insertInto('items').values(part).returningAll().execute()));
  return inserted;
}

/** Which of these codes are taken already. */
export async function existingItemCodes(db: Db, codes: string[]): Promise<string[]> {
  if (codes.length === 0) return [];
  return (await db.selectFrom('items').select('code').where('code', 'in', codes).execute()).map((r) => r.code);
}

export type NewVersion = Omit<ItemVersionRow, 'id' | 'created_at' | 'published_at' | 'published_by'>;
export type NewMaterial = Omit<MaterialRow, 'id' | 'item_version_id'>;

/** A material row to insert; its condition is JSON in a jsonb column. */
const materialValues = (m: NewMaterial, versionId: number) => ({ ...m, required_when: m.required_when ? JSON.stringify(m.required_when) : null, item_version_id: versionId });
export type NewFee = Omit<FeeRow, 'id' | 'item_version_id'>;

/** Writes a version with its materials and fees. */
export async function insertVersion(db: Db, version: NewVersion, materials: NewMaterial[], fees: NewFee[]): Promise<ItemVersionRow> {
  return (await insertVersions(db, [{ version, materials, fees }]))[0]!;
}

/** Writes versions with their materials and fees, in the order given, with a few multi-row statements. */
export async function insertVersions(db: Db, entries: { version: NewVersion; materials: NewMaterial[]; fees: NewFee[] }[]): Promise<ItemVersionRow[]> {
  const written: ItemVersionRow[] = [];
  for (const part of chunks(entries.map((e) => e.version))) {
    written.push(...(await db.insertInto('item_versions').values(part).returningAll().execute()));
  }
  // RETURNING promises no order: match rows back by (item, version), which is unique.
  const byKey = new Map(written.map((row) => [`${row.item_id}/${row.version}`, row]));
  const rows = entries.map((e) => byKey.get(`${e.version.item_id}/${e.version.version}`)!);
  const materials = entries.flatMap((e, i) => e.materials.map((m) => materialValues(m, rows[i]!.id)));
  const fees = entries.flatMap((e, i) => e.fees.map((f) => ({ ...f, item_version_id: rows[i]!.id })));
  for (const part of chunks(materials)) await db.insertInto('item_materials').values(part).execute();
  for (const part of chunks(fees)) await db.insertInto('item_fees').values(part).execute();
  return rows;
}

/** Replaces a draft's content in place (drafts are the only editable versions). */
export async function replaceDraft(db: Db, versionId: number, content: Partial<NewVersion>, materials: NewMaterial[], fees: NewFee[]): Promise<ItemVersionRow> {
  const row = await db
    .updateTable('item_versions')
    .set(content)
    .where('id', '=', versionId)
    .where('status', '=', 'draft')
    .returningAll()
    .executeTakeFirstOrThrow();
  await db.deleteFrom('item_materials').where('item_version_id', '=', versionId).execute();
  await db.deleteFrom('item_fees').where('item_version_id', '=', versionId).execute();
  if (materials.length > 0) await db.insertInto('item_materials').values(materials.map((m) => materialValues(m, versionId))).execute();
  if (fees.length > 0) await db.insertInto('item_fees').values(fees.map((f) => ({ ...f, item_version_id: versionId }))).execute();
  return row;
}

export async function nextVersionNumber(db: Db, itemId: number): Promise<number> {
  const row = await db
    .selectFrom('item_versions')
    .select((eb) => eb.fn.coalesce(eb.fn.max('version'), eb.lit(0)).as('max'))
    .where('item_id', '=', itemId)
    .executeTakeFirstOrThrow();
  return Number(row.max) + 1;
}

/**
 * Publishes drafts, each of a different item: an item's previous published version becomes
 * superseded and the item points at the new one. Three statements whatever the number.
 */
export async function publishVersions(db: Db, versionIds: number[], actor: string): Promise<void> {
  if (versionIds.length === 0) return;
  const itemIds = db.selectFrom('item_versions').select('item_id').where('id', 'in', versionIds);
  await db.updateTable('item_versions').set({ status: 'superseded' }).where('item_id', 'in', itemIds).where('status', '=', 'published').execute();
  await db
    .updateTable('item_versions')
    .set({ status: 'published', published_at: sql`now()`, published_by: actor })
    .where('id', 'in', versionIds)
    .execute();
  await db
    .updateTable('items')
    .from('item_versions as v')
    .set((eb) => ({ published_version_id: eb.ref('v.id'), updated_at: sql`now()` }))
    .whereRef('v.item_id', '=', 'items.id')
    .where('v.id', 'in', versionIds)
    .execute();
}

export async function countDepartments(db: Db): Promise<number> {
  const row = await db.selectFrom('departments').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Names (and department names) of items by code, for lists of cases. */
export async function itemNames(db: Db, codes: string[]) {
  if (codes.length === 0) return [];
  return db
    .selectFrom('items as i')
    .innerJoin('item_versions as v', 'v.id', 'i.published_version_id')
    .innerJoin('departments as d', 'd.id', 'i.department_id')
    .select(['i.code', 'v.name', 'v.handling_depth', 'd.name as department_name'])
    .where('i.code', 'in', codes)
    .execute();
}

export async function setRequiredRealnameLevel(db: Db, code: string, level: number): Promise<boolean> {
  const result = await db.updateTable('items').set({ required_realname_level: level }).where('code', '=', code).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
