import { sql, type Kysely } from 'kysely';

/**
 * Applications: the applicant's form (a draft until submitted, then tied to its case), the
 * files attached per required material with the window's check of each, and per-item form
 * schemas that override the generated default.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('item_forms')
    .addColumn('item_code', 'text', (c) => c.primaryKey())
    .addColumn('schema', 'jsonb', (c) => c.notNull())
    .addColumn('ui_schema', 'jsonb', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('applications')
    .addColumn('id', 'bigint', (c) => c.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('item_code', 'text', (c) => c.notNull())
    .addColumn('item_version_id', 'bigint', (c) => c.notNull())
    .addColumn('applicant_id', 'text', (c) => c.notNull())
    .addColumn('filed_by', 'text')
    .addColumn('channel', 'text', (c) => c.notNull().check(sql`channel in ('online', 'window', 'assisted')`))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft').check(sql`status in ('draft', 'submitted')`))
    .addColumn('form_data', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('case_id', 'bigint', (c) => c.unique().references('cases.id'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('originals_verified_at', 'timestamptz')
    .addColumn('originals_verified_by', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('applications_submitted_has_case', sql`(status = 'submitted') = (case_id is not null)`)
    .execute();
  await db.schema.createIndex('applications_applicant').on('applications').columns(['applicant_id', 'status']).execute();
  await db.schema.createIndex('applications_filed_by').on('applications').column('filed_by').where(sql.ref('filed_by'), 'is not', null).execute();

  await db.schema
    .createTable('application_files')
    .addColumn('id', 'bigint', (c) => c.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('application_id', 'bigint', (c) => c.notNull().references('applications.id').onDelete('cascade'))
    .addColumn('material_id', 'bigint', (c) => c.notNull())
    .addColumn('material_name', 'text', (c) => c.notNull())
    .addColumn('file_id', 'bigint', (c) => c.notNull().references('files.id'))
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('phase', 'text', (c) => c.notNull().check(sql`phase in ('initial', 'supplement')`))
    .addColumn('uploaded_by', 'text', (c) => c.notNull())
    .addColumn('uploaded_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('reused_from', 'bigint', (c) => c.references('application_files.id'))
    .addColumn('check_result', 'text', (c) => c.notNull().defaultTo('pending').check(sql`check_result in ('pending', 'ok', 'missing', 'invalid')`))
    .addColumn('check_note', 'text')
    .addColumn('checked_by', 'text')
    .addColumn('checked_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('application_files_application').on('application_files').columns(['application_id', 'material_id']).execute();
  await db.schema.createIndex('application_files_verified').on('application_files').columns(['material_name', 'check_result']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('application_files').execute();
  await db.schema.dropTable('applications').execute();
  await db.schema.dropTable('item_forms').execute();
}
