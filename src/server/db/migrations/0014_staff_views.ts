import { sql, type Kysely } from 'kysely';

/**
 * Staff views beyond the inbox: the handover record of 统一出件 (who collected a case's result
 * at the window, whether their identity document was checked, when, and by which clerk), and
 * the indexes the 已办 list and the department case list search by.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('case_collections')
    .addColumn('case_id', 'bigint', (c) => c.primaryKey().references('cases.id'))
    .addColumn('collector_name', 'text', (c) => c.notNull())
    .addColumn('collector_kind', 'text', (c) => c.notNull())
    .addColumn('id_checked', 'boolean', (c) => c.notNull())
    .addColumn('id_number_masked', 'text')
    .addColumn('note', 'text')
    .addColumn('collected_at', 'timestamptz', (c) => c.notNull())
    .addColumn('handed_over_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  // 已办: the tasks a person finished, newest first.
  await sql`CREATE INDEX case_events_done_by ON case_events (actor, at DESC) WHERE kind IN ('task_completed', 'task_returned')`.execute(db);
  await db.schema.createIndex('cases_created_at').on('cases').column('created_at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('cases_created_at').execute();
  await db.schema.dropIndex('case_events_done_by').execute();
  await db.schema.dropTable('case_collections').execute();
}
