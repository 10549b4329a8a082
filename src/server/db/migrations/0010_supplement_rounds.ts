import { sql, type Kysely } from 'kysely';

/**
 * Situational materials carry their condition as data (`required_when`: the form answer that
 * makes them required), and each intake supplement request (一次性告知) of an application
 * records which materials it lists and by when, so that only those slots open, each must get a
 * new file, and a second request can only return the first list.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('item_materials').addColumn('required_when', 'jsonb').execute();
  // The demo catalogue's one machine-readable situation, for databases seeded before this column.
  await sql`UPDATE item_materials SET required_when = '{"field":"details.needInvoice","equals":true}'::jsonb
            WHERE name = '《新办纳税人涉税事项综合申请表》' AND condition = '需要申领发票的' AND NOT required`.execute(db);

  await db.schema
    .createTable('application_supplements')
    .addColumn('id', 'bigint', (c) => c.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('application_id', 'bigint', (c) => c.notNull().references('applications.id'))
    .addColumn('round', 'integer', (c) => c.notNull().check(sql`round IN (1, 2)`))
    .addColumn('material_ids', 'jsonb', (c) => c.notNull())
    .addColumn('requested_at', 'timestamptz', (c) => c.notNull())
    .addColumn('due_on', 'date', (c) => c.notNull())
    .addColumn('received_at', 'timestamptz')
    .addUniqueConstraint('application_supplements_round', ['application_id', 'round'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('application_supplements').execute();
  await db.schema.alterTable('item_materials').dropColumn('required_when').execute();
}
