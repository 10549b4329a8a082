import { sql } from 'kysely';
import type { Db } from '../../../db/connection.js';
import { publishedItems, type PublishedItemRow } from '../repository.js';

/** All SQL of the home page's starting points: hot items and life events. */

function itemColumns(db: Db) {
  return publishedItems(db, {})
    .selectAll('v')
    .select(['i.code', 'd.code as department_code', 'd.name as department_name', 'd.short_name as department_short_name']);
}

/** The published items most applied for since `since`, with their case counts. */
export async function mostAppliedItems(db: Db, since: Date, limit: number): Promise<Array<PublishedItemRow & { applications: number }>> {
  const counts = db
    .selectFrom('cases')
    .select(['item_code', (eb) => eb.fn.countAll<number>().as('applications')])
    .where('created_at', '>=', since)
    .groupBy('item_code');
  return itemColumns(db)
    .innerJoin(counts.as('c'), 'c.item_code', 'i.code')
    .select('c.applications')
    .orderBy('c.applications', 'desc')
    .orderBy('i.code')
    .limit(limit)
    .execute();
}

/** The curated items the home page falls back on, in their order. */
export async function curatedItems(db: Db, limit: number): Promise<PublishedItemRow[]> {
  return itemColumns(db).innerJoin('hot_item_picks as p', 'p.item_code', 'i.code').orderBy('p.sort').limit(limit).execute();
}

export async function listLifeEvents(db: Db) {
  return db
    .selectFrom('life_events as e')
    .leftJoin('life_event_items as ei', 'ei.life_event_id', 'e.id')
    .select(['e.id', 'e.code', 'e.name', 'e.summary', 'e.audience', (eb) => eb.fn.count<number>('ei.item_code').as('item_count')])
    .groupBy('e.id')
    .orderBy('e.sort')
    .orderBy('e.code')
    .execute();
}

export async function findLifeEvent(db: Db, code: string) {
  return db.selectFrom('life_events').selectAll().where('code', '=', code).executeTakeFirst();
}

/** The event's published items in the event's order, each with what it is for in the event. */
export async function lifeEventItems(db: Db, lifeEventId: number): Promise<Array<PublishedItemRow & { note: string | null }>> {
  return itemColumns(db)
    .innerJoin('life_event_items as ei', 'ei.item_code', 'i.code')
    .select('ei.note')
    .where('ei.life_event_id', '=', lifeEventId)
    .orderBy('ei.sort')
    .execute();
}

export interface NewLifeEvent {
  code: string;
  name: string;
  summary: string;
  audience: 'person' | 'enterprise';
  sort: number;
  items: Array<{ code: string; note: string | null }>;
}

export async function insertLifeEvent(db: Db, event: NewLifeEvent): Promise<void> {
  const { items, ...values } = event;
  const row = await db.insertInto('life_events').values(values).returning('id').executeTakeFirstOrThrow();
  await db
    .insertInto('life_event_items')
    .values(items.map((item, index) => ({ life_event_id: row.id, item_code: item.code, note: item.note, sort: index + 1 })))
    .execute();
}

export async function insertHotItemPicks(db: Db, codes: string[]): Promise<void> {
  await db.insertInto('hot_item_picks').values(codes.map((code, index) => ({ item_code: code, sort: index + 1 }))).execute();
}

export async function countLifeEvents(db: Db): Promise<number> {
  const row = await db.selectFrom('life_events').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}
