import { sql, type Insertable, type Selectable } from 'kysely';
import type { Db } from '../../db/connection.js';
import type { DeliveryChannel, DeliveryStatus, NotificationsTables } from './tables.js';

/** All SQL of the notifications module. */

export type NotificationRow = Selectable<NotificationsTables['notifications']>;
export type DeliveryRow = Selectable<NotificationsTables['notification_deliveries']>;

export async function insertNotification(db: Db, row: Insertable<NotificationsTables['notifications']>): Promise<NotificationRow> {
  return db.insertInto('notifications').values(row).returningAll().executeTakeFirstOrThrow();
}

/** Several notices in one statement; ids come back in the order given. */
export async function insertNotifications(db: Db, rows: Insertable<NotificationsTables['notifications']>[]): Promise<number[]> {
  if (rows.length === 0) return [];
  const inserted = await db.insertInto('notifications').values(rows).returning('id').execute();
  return inserted.map((r) => r.id);
}

export async function insertDeliveries(
  db: Db,
  rows: { notification_id: number; channel: DeliveryChannel; destination: string; status: DeliveryStatus; max_attempts: number }[],
): Promise<DeliveryRow[]> {
  if (rows.length === 0) return [];
  return db.insertInto('notification_deliveries').values(rows).returningAll().execute();
}

export async function insertDelivery(
  db: Db,
  row: { notification_id: number; channel: DeliveryChannel; destination: string; status: DeliveryStatus; max_attempts: number },
): Promise<DeliveryRow> {
  return db.insertInto('notification_deliveries').values(row).returningAll().executeTakeFirstOrThrow();
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
