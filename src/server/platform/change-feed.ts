import pg from 'pg';
import type { Logger } from './logger.js';

/**
 * Changes committed to rarely changing data, as PostgreSQL announces them: triggers (migration
 * 0015) `pg_notify` a topic and a key on this channel when sessions, accounts, roles, the
 * catalogue or the calendar change. A notification is sent only when its transaction commits,
 * to every instance listening on the database, so each instance's caches drop what changed
 * whichever instance (or SQL console) changed it.
 */
export const CHANGE_CHANNEL = 'onewindow_changes';

export interface Change {
  /** `session` (key: user id), `user` (key: user id), `catalogue`, `calendar`, `units`. */
  topic: string;
  key: string | null;
}

/** `reset`: the feed lost its connection; whatever was cached may have changed unseen. */
export type ChangeListener = (change: Change | 'reset') => void;

export interface ChangeFeed {
  /** True while listening: only then may a cache answer without asking the database. */
  readonly live: boolean;
  subscribe(listener: ChangeListener): () => void;
  close(): Promise<void>;
}

const RECONNECT_MS = [100, 500, 1000, 2000, 5000];

/** Opens a dedicated connection that LISTENs for changes; reconnects on loss, resetting listeners meanwhile. */
export async function startChangeFeed(connection: pg.ClientConfig, logger: Logger): Promise<ChangeFeed> {
  const listeners = new Set<ChangeListener>();
  let client: pg.Client | undefined;
  let live = false;
  let closed = false;
  let attempt = 0;
  let retry: NodeJS.Timeout | undefined;

  const emit = (change: Change | 'reset') => {
    for (const listener of listeners) listener(change);
  };
  const lost = (error?: unknown) => {
    if (!live && !client) return;
    live = false;
    client?.removeAllListeners();
    client?.end().catch(() => undefined);
    client = undefined;
    emit('reset');
    if (closed) return;
    logger.warn({ err: error }, 'change feed lost its connection; caches are bypassed until it is back');
    retry = setTimeout(() => void connect().catch(lost), RECONNECT_MS[Math.min(attempt++, RECONNECT_MS.length - 1)]);
    retry.unref();
  };
  const connect = async () => {
    const next = new pg.Client({ ...connection, application_name: 'onewindow-change-feed' });
    client = next;
    next.on('error', lost);
    next.on('end', () => lost());
    next.on('notification', (message) => {
      if (message.channel !== CHANGE_CHANNEL || !message.payload) return;
      const separator = message.payload.indexOf(':');
      emit(separator < 0 ? { topic: message.payload, key: null } : { topic: message.payload.slice(0, separator), key: message.payload.slice(separator + 1) });
    });
    await next.connect();
    await next.query(`LISTEN ${CHANGE_CHANNEL}`);
    // Anything may have changed while nobody listened: start from empty caches.
    emit('reset');
    live = true;
    attempt = 0;
  };
  await connect();

  return {
    get live() {
      return live;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      closed = true;
      clearTimeout(retry);
      live = false;
      const current = client;
      client = undefined;
      current?.removeAllListeners();
      current?.on('error', () => undefined);
      await current?.end().catch(() => undefined);
      emit('reset');
    },
  };
}
