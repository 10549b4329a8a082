import { sql, type Insertable, type Selectable } from 'kysely';
import type { Db } from '../../db/connection.js';
import type { DeliveryChannel, DeliveryStatus, NotificationsTables } from './tables.js';

/** All SQL of the notifications module. */

export type NotificationRow = Selectable<NotificationsTables['notifications']>;
export type DeliveryRow = Selectable<NotificationsTables['notification_deliveries']>;

export type NoticeWithDeliveries = Omit<Insertable<NotificationsTables['notifications']>, 'id' | 'created_at' | 'read_at'> & {
  deliveries: { channel: DeliveryChannel; destination: string; status: DeliveryStatus; max_attempts: number }[];
};

/**
 * Notices and their deliveries in one statement (a case change often tells a whole queue).
 * Ids are drawn first so each delivery can name its notice. Returns the queued deliveries' ids.
 */
export async function insertNoticesWithDeliveries(db: Db, notices: NoticeWithDeliveries[]): Promise<number[]> {
  if (notices.length === 0) return [];
  const { rows } = await sql<{ id: number }>`
    WITH input AS (
      SELECT nextval(pg_get_serial_sequence('notifications', 'id')) AS id, r.*
      FROM jsonb_to_recordset(${JSON.stringify(notices)}::jsonb)
        AS r(recipient text, case_id bigint, kind text, title text, body text, short_text text, link text, deliveries jsonb)
    ), notices AS (
      INSERT INTO notifications (id, recipient, case_id, kind, title, body, short_text, link) OVERRIDING SYSTEM VALUE
      SELECT id, recipient, case_id, kind, title, body, short_text, link FROM input
    ), deliveries AS (
      INSERT INTO notification_deliveries (notification_id, channel, destination, status, max_attempts)
      SELECT i.id, d.channel, d.destination, d.status, d.max_attempts
      FROM input i, jsonb_to_recordset(i.deliveries) AS d(channel text, destination text, status text, max_attempts int)
      RETURNING id, status
    )
    SELECT id FROM deliveries WHERE status = 'queued' ORDER BY id`.execute(db);
  return rows.map((r) => r.id);
}

/**
 * The same rows written under their own subtransaction (migration 0017), in one round trip:
 * undefined when written, else what PostgreSQL refused (and nothing of them was kept).
 * For notices with no delivery to queue: a queued delivery's job must be undone with it.
 */
export async function insertNoticesGuarded(db: Db, notices: NoticeWithDeliveries[]): Promise<string | undefined> {
  if (notices.length === 0) return undefined;
  const { rows } = await sql<{ refused: string | null }>`SELECT onewindow_insert_notices(${JSON.stringify(notices)}::jsonb) AS refused`.execute(db);
  return rows[0]!.refused ?? undefined;
}

/** A recipient's notices, newest first; `before` is the id of the last one already shown. */
export async function listForRecipient(db: Db, recipient: string, options: { unreadOnly: boolean; before?: number | undefined; limit: number }): Promise<NotificationRow[]> {
  let query = db.selectFrom('notifications').selectAll().where('recipient', '=', recipient);
  if (options.unreadOnly) query = query.where('read_at', 'is', null);
  if (options.before !== undefined) query = query.where('id', '<', options.before);
  return query.orderBy('id', 'desc').limit(options.limit).execute();
}

export async function countUnread(db: Db, recipient: string): Promise<number> {
  const row = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('recipient', '=', recipient)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Channel and status of each delivery of these notices (never the destination). */
export async function deliveriesOf(db: Db, notificationIds: number[]): Promise<Pick<DeliveryRow, 'notification_id' | 'channel' | 'status'>[]> {
  if (notificationIds.length === 0) return [];
  return db
    .selectFrom('notification_deliveries')
    .select(['notification_id', 'channel', 'status'])
    .where('notification_id', 'in', notificationIds)
    .orderBy('id')
    .execute();
}

export async function findOwn(db: Db, recipient: string, id: number): Promise<NotificationRow | undefined> {
  return db.selectFrom('notifications').selectAll().where('id', '=', id).where('recipient', '=', recipient).executeTakeFirst();
}

/** Marks one notice read; a notice read earlier keeps its first reading time. */
export async function markRead(db: Db, recipient: string, id: number): Promise<NotificationRow | undefined> {
  return db
    .updateTable('notifications')
    .set({ read_at: sql`coalesce(read_at, now())` })
    .where('id', '=', id)
    .where('recipient', '=', recipient)
    .returningAll()
    .executeTakeFirst();
}

export async function markAllRead(db: Db, recipient: string): Promise<number> {
  const result = await db.updateTable('notifications').set({ read_at: sql`now()` }).where('recipient', '=', recipient).where('read_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** A delivery with the notice it carries (graphile-worker runs its job in one worker at a time). */
export async function deliveryForSending(db: Db, id: number) {
  return db
    .selectFrom('notification_deliveries as d')
    .innerJoin('notifications as n', 'n.id', 'd.notification_id')
    .select(['d.id', 'd.channel', 'd.destination', 'd.status', 'd.attempts', 'd.max_attempts', 'n.recipient', 'n.title', 'n.body', 'n.short_text', 'n.link'])
    .where('d.id', '=', id)
    .executeTakeFirst();
}

export async function recordAttempt(db: Db, id: number, outcome: { status: DeliveryStatus; error: string | null }): Promise<void> {
  await db
    .updateTable('notification_deliveries')
    .set((eb) => ({
      status: outcome.status,
      attempts: eb('attempts', '+', 1),
      last_error: outcome.error,
      updated_at: sql`now()`,
      ...(outcome.status === 'sent' ? { sent_at: sql`now()` } : {}),
    }))
    .where('id', '=', id)
    .execute();
}

export async function markSkipped(db: Db, id: number, reason: string): Promise<void> {
  await db.updateTable('notification_deliveries').set({ status: 'skipped', last_error: reason, updated_at: sql`now()` }).where('id', '=', id).execute();
}
