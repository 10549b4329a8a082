import { sql, type Kysely } from 'kysely';

/**
 * The working-day calendar's editable part: administrators' per-day corrections and days
 * imported from iCalendar feeds. The official yearly arrangements ship in code
 * (modules/calendar/engine); a row here wins over them for its date.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('calendar_days')
    .addColumn('date', 'date', (c) => c.primaryKey())
    .addColumn('workday', 'boolean', (c) => c.notNull())
    .addColumn('name', 'text')
    .addColumn('source', 'text', (c) => c.notNull().check(sql`source IN ('admin', 'ical')`))
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('calendar_days').execute();
}
