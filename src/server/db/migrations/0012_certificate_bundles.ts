import { sql, type Kysely } from 'kysely';

/**
 * Result bundles: a case may have several certificates (a joint item issues one per department),
 * each at its position in the bundle, of a certificate type, with the template it was filled from
 * (null for certificates issued before templates). New enterprises get their credit code's serial
 * from one sequence, so no two share a code.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE certificates DROP CONSTRAINT certificates_case_id_key`.execute(db);
  await db.schema
    .alterTable('certificates')
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('type', 'text', (c) => c.notNull().defaultTo('certificate'))
    .addColumn('template', 'jsonb')
    .execute();
  await db.schema.alterTable('certificates').addUniqueConstraint('certificates_case_position', ['case_id', 'position']).execute();
  await db.schema.alterTable('certificates').addCheckConstraint('certificates_position_positive', sql`position >= 1`).execute();
  await sql`CREATE SEQUENCE credit_code_serials AS bigint MINVALUE 1`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  // Back to one certificate per case: a bundle keeps its first document.
  await sql`DELETE FROM certificates WHERE position > 1`.execute(db);
  await sql`DROP SEQUENCE credit_code_serials`.execute(db);
  await db.schema.alterTable('certificates').dropConstraint('certificates_case_position').execute();
  await db.schema.alterTable('certificates').dropConstraint('certificates_position_positive').execute();
  await db.schema.alterTable('certificates').dropColumn('template').dropColumn('type').dropColumn('position').execute();
  await sql`ALTER TABLE certificates ADD CONSTRAINT certificates_case_id_key UNIQUE (case_id)`.execute(db);
}
