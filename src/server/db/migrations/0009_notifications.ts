import { sql, type Kysely } from 'kysely';

/**
 * Notifications: the in-app inbox of every user (one row per notice, read or not) and one
 * delivery row per outside channel (email, SMS) with its attempts and last error. Users get an
 * optional email address to receive notices by mail.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').addColumn('email', 'text').execute();

  await db.schema
    .createTable('notifications')
    .addColumn('id', 'bigint', (c) => c.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('case_id', 'bigint', (c) => c.references('cases.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('short_text', 'text', (c) => c.notNull())
    .addColumn('link', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('read_at', 'timestamptz')
    .execute();
  // The inbox lists newest first; the bell counts the unread ones on every page.
  await db.schema.createIndex('notifications_recipient_id').on('notifications').columns(['recipient', 'id']).execute();
  await sql`CREATE INDEX notifications_unread ON notifications (recipient) WHERE read_at IS NULL`.execute(db);
  await db.schema.createIndex('notifications_case').on('notifications').column('case_id').execute();

  await db.schema
    .createTable('notification_deliveries')
    .addColumn('id', 'bigint', (c) => c.generatedAlwaysAsIdentity().primaryKey())
    .addColumn('notification_id', 'bigint', (c) => c.notNull().references('notifications.id').onDelete('cascade'))
    .addColumn('channel', 'text', (c) => c.notNull().check(sql`channel IN ('email', 'sms')`))
    .addColumn('destination', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status IN ('queued', 'sent', 'failed', 'skipped')`))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('max_attempts', 'integer', (c) => c.notNull())
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('sent_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('notification_deliveries_notification').on('notification_deliveries').column('notification_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('notification_deliveries').execute();
  await db.schema.dropTable('notifications').execute();
  await db.schema.alterTable('users').dropColumn('email').execute();
}
