import { sql, type Kysely } from 'kysely';

/**
 * The item catalogue (实施清单): regions, departments, items and their versions.
 * An item's content lives in `item_versions`; a published version is never edited —
 * an edit is a new draft version that is published explicitly.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('regions')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('parent_code', 'text', (c) => c.references('regions.code'))
    .addColumn('level', 'text', (c) => c.notNull().check(sql`level IN ('province', 'city', 'district')`))
    .execute();

  await db.schema
    .createTable('departments')
    .addColumn('id', 'bigint', (c) => c.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique().check(sql`code ~ '^[a-z][a-z0-9]{1,15}$'`))
    .addColumn('region_code', 'text', (c) => c.notNull().references('regions.code'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('short_name', 'text', (c) => c.notNull())
    .addColumn('org_code', 'text', (c) => c.notNull())
    .addColumn('window_place', 'text', (c) => c.notNull())
    .addColumn('window_hours', 'text', (c) => c.notNull())
    .addColumn('window_phone', 'text', (c) => c.notNull())
    .addColumn('complaint_phone', 'text', (c) => c.notNull())
    .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('items')
    .addColumn('id', 'bigint', (c) => c.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('department_id', 'bigint', (c) => c.notNull().references('departments.id'))
    .addColumn('published_version_id', 'bigint')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('item_versions')
    .addColumn('id', 'bigint', (c) => c.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('item_id', 'bigint', (c) => c.notNull().references('items.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status IN ('draft', 'published', 'superseded')`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('legal_basis', 'text', (c) => c.notNull())
    .addColumn('implementing_body', 'text', (c) => c.notNull())
    .addColumn('competent_department', 'text', (c) => c.notNull())
    .addColumn('exercising_level', 'text', (c) => c.notNull())
    .addColumn('handling_depth', 'text', (c) => c.notNull().check(sql`handling_depth IN ('full_online', 'online_accept', 'prereview_only')`))
    .addColumn('visits', 'integer', (c) => c.notNull().check(sql`visits BETWEEN 0 AND 2`))
    .addColumn('statutory_days', 'integer', (c) => c.notNull().check(sql`statutory_days >= 0`))
    .addColumn('promised_days', 'integer', (c) => c.notNull().check(sql`promised_days >= 0`))
    .addColumn('special_procedures', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('process_summary', 'text', (c) => c.notNull())
    .addColumn('acceptance_conditions', 'text', (c) => c.notNull())
    .addColumn('result_type', 'text', (c) => c.notNull())
    .addColumn('certificate_name', 'text', (c) => c.notNull())
    .addColumn('keywords', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('process_kind', 'text', (c) => c.notNull().check(sql`process_kind IN ('instant', 'standard', 'inspection', 'joint')`))
    .addColumn('co_department_codes', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('applicant_type', 'text', (c) => c.notNull().check(sql`applicant_type IN ('person', 'enterprise', 'both')`))
    .addColumn('consultation_channel', 'text', (c) => c.notNull())
    .addColumn('complaint_channel', 'text', (c) => c.notNull())
    /** name, code, department and keywords in one string for substring search. */
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('published_at', 'timestamptz')
    .addColumn('published_by', 'text')
    .addUniqueConstraint('item_versions_item_version', ['item_id', 'version'])
    .addCheckConstraint('item_versions_promised_within_statutory', sql`promised_days <= statutory_days`)
    .addCheckConstraint('item_versions_full_online_no_visit', sql`handling_depth <> 'full_online' OR visits = 0`)
    .execute();
  // At most one draft and one published version per item.
  await sql`CREATE UNIQUE INDEX item_versions_one_draft ON item_versions (item_id) WHERE status = 'draft'`.execute(db);
  await sql`CREATE UNIQUE INDEX item_versions_one_published ON item_versions (item_id) WHERE status = 'published'`.execute(db);
  await sql`CREATE INDEX item_versions_search ON item_versions USING gin (search_text gin_trgm_ops) WHERE status = 'published'`.execute(db);
  await sql`ALTER TABLE items ADD CONSTRAINT items_published_version FOREIGN KEY (published_version_id) REFERENCES item_versions (id)`.execute(db);

  await db.schema
    .createTable('item_materials')
    .addColumn('id', 'bigint', (c) => c.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('item_version_id', 'bigint', (c) => c.notNull().references('item_versions.id').onDelete('cascade'))
    .addColumn('sort', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('required', 'boolean', (c) => c.notNull())
    .addColumn('condition', 'text')
    .addColumn('form', 'text', (c) => c.notNull().check(sql`form IN ('original', 'copy', 'electronic', 'original_and_copy')`))
    .addColumn('copies', 'integer', (c) => c.notNull().check(sql`copies >= 0`))
    .addColumn('source', 'text', (c) => c.notNull().check(sql`source IN ('applicant', 'shared')`))
    .addColumn('shared_from', 'text')
    .addColumn('note', 'text')
    .addUniqueConstraint('item_materials_sort', ['item_version_id', 'sort'])
    .execute();

  await db.schema
    .createTable('item_fees')
    .addColumn('id', 'bigint', (c) => c.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('item_version_id', 'bigint', (c) => c.notNull().references('item_versions.id').onDelete('cascade'))
    .addColumn('sort', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('basis', 'text', (c) => c.notNull())
    .addColumn('standard', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['item_fees', 'item_materials']) await db.schema.dropTable(table).execute();
  await sql`ALTER TABLE items DROP CONSTRAINT items_published_version`.execute(db);
  for (const table of ['item_versions', 'items', 'departments', 'regions']) await db.schema.dropTable(table).execute();
}
