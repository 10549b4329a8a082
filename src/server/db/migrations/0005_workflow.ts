import { sql, type Kysely } from 'kysely';

/**
 * Cases driven by the workflow engine: process definitions (versioned data), cases with their
 * stored due dates and optimistic version, tasks, and the append-only, hash-chained event log
 * from which a case's state is folded.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('process_definitions')
    .addColumn('id', 'bigint', (c) => c.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('definition', 'jsonb', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('process_definitions_key_version', ['key', 'version'])
    .execute();

  await db.schema
    .createTable('receipt_sequences')
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('day', 'date', (c) => c.notNull())
    .addColumn('last', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('receipt_sequences_pk', ['region_code', 'day'])
    .execute();

  await db.schema
    .createTable('cases')
    .addColumn('id', 'bigint', (c) => c.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('receipt_no', 'text', (c) => c.notNull().unique())
    .addColumn('query_code', 'text', (c) => c.notNull())
    .addColumn('item_code', 'text', (c) => c.notNull())
    .addColumn('item_version_id', 'bigint', (c) => c.notNull().references('item_versions.id'))
    .addColumn('definition_id', 'bigint', (c) => c.notNull().references('process_definitions.id'))
    .addColumn('applicant_id', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('department_code', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('acceptance_due_on', 'date')
    .addColumn('due_on', 'date')
    .addColumn('clock_paused', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('last_seq', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('cases_status_due').on('cases').columns(['status', 'due_on']).execute();
  await db.schema.createIndex('cases_applicant').on('cases').column('applicant_id').execute();
  await db.schema.createIndex('cases_department').on('cases').columns(['department_code', 'status']).execute();

  await db.schema
    .createTable('case_tasks')
    .addColumn('case_id', 'bigint', (c) => c.notNull().references('cases.id'))
    .addColumn('task_id', 'text', (c) => c.notNull())
    .addColumn('stage_key', 'text', (c) => c.notNull())
    .addColumn('branch_key', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('department_code', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('assignee', 'text')
    .addColumn('created_on', 'date', (c) => c.notNull())
    .addColumn('due_on', 'date')
    .addColumn('clock_paused', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('case_tasks_pk', ['case_id', 'task_id'])
    .execute();
  await db.schema.createIndex('case_tasks_inbox').on('case_tasks').columns(['department_code', 'status', 'due_on']).execute();

  await db.schema
    .createTable('case_events')
    .addColumn('case_id', 'bigint', (c) => c.notNull().references('cases.id'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('event', 'jsonb', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('case_events_pk', ['case_id', 'seq'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['case_events', 'case_tasks', 'cases', 'receipt_sequences', 'process_definitions']) await db.schema.dropTable(table).execute();
}
