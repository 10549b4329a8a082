import { sql, type Kysely } from 'kysely';
import { searchColumns } from '../../modules/catalogue/mapping.js';

/**
 * Search that finds what people type, and the home page's starting points:
 * - pinyin and initials of each item version's name and keywords (computed by pinyin-pro when a
 *   version is written; filled in here for the versions that exist);
 * - synonyms administrators keep (营业执照 → 企业开办), with the pinyin of each term;
 * - life events (一件事): named bundles of items for one thing in a person's or company's life;
 * - the curated items the home page shows while too few cases exist to rank items by use.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('item_versions')
    .addColumn('name_pinyin', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('name_initials', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('keywords_pinyin', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('keywords_initials', 'text', (c) => c.notNull().defaultTo(''))
    /** Lower-cased name, code, pinyin and initials in one string: what a name match looks in. */
    .addColumn('search_name', 'text', (c) => c.notNull().defaultTo(''))
    /** Lower-cased keywords with their pinyin and initials: what a keyword match looks in. */
    .addColumn('search_keywords', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  const versions = await sql<{ id: number; name: string; keywords: string[]; code: string }>`
    SELECT v.id, v.name, v.keywords, i.code FROM item_versions v JOIN items i ON i.id = v.item_id`.execute(db);
  for (const v of versions.rows) {
    const keys = searchColumns(v, v.code);
    await sql`UPDATE item_versions SET name_pinyin = ${keys.name_pinyin}, name_initials = ${keys.name_initials},
      keywords_pinyin = ${keys.keywords_pinyin}, keywords_initials = ${keys.keywords_initials},
      search_name = ${keys.search_name}, search_keywords = ${keys.search_keywords} WHERE id = ${v.id}`.execute(db);
  }

  await db.schema
    .createTable('search_synonyms')
    .addColumn('id', 'bigint', (c) => c.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('term', 'text', (c) => c.notNull().unique().check(sql`char_length(term) BETWEEN 1 AND 30`))
    .addColumn('targets', sql`text[]`, (c) => c.notNull().check(sql`cardinality(targets) BETWEEN 1 AND 10`))
    .addColumn('term_pinyin', 'text', (c) => c.notNull())
    .addColumn('term_initials', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('life_events')
    .addColumn('id', 'bigint', (c) => c.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique().check(sql`code ~ '^[a-z][a-z0-9-]{1,31}$'`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('audience', 'text', (c) => c.notNull().check(sql`audience IN ('person', 'enterprise')`))
    .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createTable('life_event_items')
    .addColumn('life_event_id', 'bigint', (c) => c.notNull().references('life_events.id').onDelete('cascade'))
    .addColumn('item_code', 'text', (c) => c.notNull().references('items.code'))
    .addColumn('sort', 'integer', (c) => c.notNull())
    /** What this item is for within the event ("领营业执照"), shown next to its name. */
    .addColumn('note', 'text')
    .addPrimaryKeyConstraint('life_event_items_pk', ['life_event_id', 'item_code'])
    .execute();

  await db.schema
    .createTable('hot_item_picks')
    .addColumn('item_code', 'text', (c) => c.primaryKey().references('items.code'))
    .addColumn('sort', 'integer', (c) => c.notNull())
    .execute();
  // The home page counts cases per item.
  await db.schema.createIndex('cases_item_code').on('cases').column('item_code').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('cases_item_code').execute();
  for (const table of ['hot_item_picks', 'life_event_items', 'life_events', 'search_synonyms']) await db.schema.dropTable(table).execute();
  await db.schema
    .alterTable('item_versions')
    .dropColumn('name_pinyin')
    .dropColumn('name_initials')
    .dropColumn('keywords_pinyin')
    .dropColumn('keywords_initials')
    .dropColumn('search_name')
    .dropColumn('search_keywords')
    .execute();
}
