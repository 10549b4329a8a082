import { sql, type Kysely } from 'kysely';

/**
 * Certificates (证照) issued on approved cases: one per case, with the exact content that is
 * signed (`payload`), and their revocation. The signature itself is not stored: it is
 * recomputed from the payload with the platform's signing key whenever it is needed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('certificate_sequences')
    .addColumn('department_code', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('last', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('certificate_sequences_pk', ['department_code', 'year'])
    .execute();

  await db.schema
    .createTable('certificates')
    .addColumn('id', 'bigint', (c) => c.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('case_id', 'bigint', (c) => c.notNull().unique().references('cases.id'))
    .addColumn('item_code', 'text', (c) => c.notNull())
    .addColumn('department_code', 'text', (c) => c.notNull())
    .addColumn('holder_username', 'text', (c) => c.notNull())
    .addColumn('holder_name', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('issued_on', 'date', (c) => c.notNull())
    .addColumn('valid_until', 'date')
    .addColumn('payload', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('revoked_at', 'timestamptz')
    .addColumn('revoked_by', 'text')
    .addColumn('revoke_reason', 'text')
    .addCheckConstraint('certificates_validity', sql`valid_until IS NULL OR valid_until >= issued_on`)
    .addCheckConstraint('certificates_revocation', sql`(revoked_at IS NULL) = (revoked_by IS NULL) AND (revoked_at IS NULL) = (revoke_reason IS NULL)`)
    .execute();
  await db.schema.createIndex('certificates_holder').on('certificates').column('holder_username').execute();
  await db.schema.createIndex('certificates_department').on('certificates').columns(['department_code', 'issued_on']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['certificates', 'certificate_sequences']) await db.schema.dropTable(table).execute();
}
