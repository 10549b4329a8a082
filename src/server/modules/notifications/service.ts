import type { Db } from '../../db/connection.js';
import { enqueueJob } from '../../platform/jobs.js';
import { notFound, unauthenticated } from '../../platform/errors.js';
import type { Actor } from '../identity/actor.js';
import type { Contact } from '../identity/contacts.js';
import { isConfigured, type ChannelSettings } from './channels.js';
import * as repo from './repository.js';

export const DELIVER_TASK = 'notifications.deliver';

export interface NoticeInput {
  caseId: number | null;
  kind: string;
  title: string;
  body: string;
  shortText: string;
  link: string | null;
}

export interface Addressed {
  /** A contact for notices that may also go out by email/SMS; a username for in-app only. */
  recipient: Contact | string;
  notice: NoticeInput;
  external: boolean;
}

/**
 * `notify` for many recipients in one statement (plus a job per queued delivery) instead of
 * two or three per recipient: a case change often tells a whole department queue.
 */
export async function notifyAll(trx: Db, addressed: readonly Addressed[], channels: ChannelSettings): Promise<void> {
  const queued = await repo.insertNoticesWithDeliveries(trx, noticeRows(addressed, channels));
  for (const deliveryId of queued) await enqueueJob(trx, DELIVER_TASK, { deliveryId }, { maxAttempts: channels.attempts });
}

/** The rows `notifyAll` writes: each notice with a delivery per channel its recipient has. */
export function noticeRows(addressed: readonly Addressed[], channels: ChannelSettings): repo.NoticeWithDeliveries[] {
  return addressed.map(({ recipient, notice, external }) => ({
    recipient: typeof recipient === 'string' ? recipient : recipient.username,
    case_id: notice.caseId,
    kind: notice.kind,
    title: notice.title,
    body: notice.body,
    short_text: notice.shortText,
    link: notice.link,
    deliveries:
      !external || typeof recipient === 'string' || !recipient.active
        ? []
        : (
            [
              ['email', recipient.email],
              ['sms', recipient.phone],
            ] as const
          ).flatMap(([channel, destination]) =>
            destination ? [{ channel, destination, status: isConfigured(channels, channel) ? ('queued' as const) : ('skipped' as const), max_attempts: channels.attempts }] : [],
          ),
  }));
}

function usernameOf(actor: Actor): string {
  if (actor.kind !== 'user') throw unauthenticated();
  return actor.username;
}

function toView(row: repo.NotificationRow, deliveries: Pick<repo.DeliveryRow, 'notification_id' | 'channel' | 'status'>[]) {
  return {
    id: row.id,
    caseId: row.case_id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    link: row.link,
    createdAt: new Date(row.created_at).toISOString(),
    readAt: row.read_at ? new Date(row.read_at).toISOString() : null,
    deliveries: deliveries.filter((d) => d.notification_id === row.id).map((d) => ({ channel: d.channel, status: d.status })),
  };
}

/** The caller's own notices, newest first, with how many are unread. */
export async function listNotices(db: Db, actor: Actor, query: { unread?: boolean | undefined; limit: number; cursor?: number | undefined }) {
  const recipient = usernameOf(actor);
  const rows = await repo.listForRecipient(db, recipient, { unreadOnly: query.unread === true, before: query.cursor, limit: query.limit + 1 });
  const page = rows.slice(0, query.limit);
  const deliveries = await repo.deliveriesOf(db, page.map((r) => r.id));
  return {
    items: page.map((row) => toView(row, deliveries)),
    unread: await repo.countUnread(db, recipient),
    nextCursor: rows.length > query.limit ? page.at(-1)!.id : null,
  };
}

/** Marks one of the caller's notices read; anyone else's answers like a missing one. */
export async function markNoticeRead(db: Db, actor: Actor, id: number) {
  const recipient = usernameOf(actor);
  const row = await repo.markRead(db, recipient, id);
  if (!row) throw notFound('通知');
  return { ...toView(row, await repo.deliveriesOf(db, [row.id])), unread: await repo.countUnread(db, recipient) };
}

export async function markAllNoticesRead(db: Db, actor: Actor): Promise<{ marked: number; unread: number }> {
  const recipient = usernameOf(actor);
  const marked = await repo.markAllRead(db, recipient);
  return { marked, unread: await repo.countUnread(db, recipient) };
}
