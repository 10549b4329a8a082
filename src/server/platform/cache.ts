import type { Db } from '../db/connection.js';
import type { Change, ChangeFeed } from './change-feed.js';

/**
 * Caches of rarely changing data (sessions, published items, departments, definitions) for one
 * database handle, each emptied by the change feed when what it holds changes. A cache answers
 * only while a feed of its database is live; without one (a CLI command, a test without an app,
 * a lost connection) every read goes to the database, so a missed change can never be served.
 */
export interface CacheOptions<K, V> {
  /** Unique per kind of cached data. */
  name: string;
  /** Change topics that drop entries (see change-feed.ts). */
  topics: readonly string[];
  /** An upper bound on staleness should a notification ever go astray. */
  ttlMs: number;
  /** Entries kept; the oldest inserted go first. */
  max: number;
  /** Which entries a change of one of the topics drops; all of them when omitted. */
  drops?: (change: Change, key: K, value: V) => boolean;
  /** When an entry must go regardless of the TTL (e.g. the session's own expiry), epoch ms. */
  expiresAt?: (value: V) => number;
}

interface Entry<V> {
  value: V;
  expires: number;
}

class ChangeCache<K, V> {
  private readonly entries = new Map<K, Entry<V>>();
  /** Bumped by every change: a load that began before a change must not store what it read. */
  private epoch = 0;

  constructor(
    private readonly options: CacheOptions<K, V>,
    private readonly scope: Scope,
  ) {}

  async get(key: K, load: () => Promise<V>): Promise<V> {
    const hit = this.entries.get(key);
    const now = Date.now();
    if (hit && hit.expires > now) return hit.value;
    if (hit) this.entries.delete(key);
    const epoch = this.epoch;
    const value = await load();
    if (value !== undefined && epoch === this.epoch && this.scope.live()) {
      const expires = Math.min(now + this.options.ttlMs, this.options.expiresAt?.(value) ?? Infinity);
      this.entries.set(key, { value, expires });
      if (this.entries.size > this.options.max) this.entries.delete(this.entries.keys().next().value as K);
    }
    return value;
  }

  apply(change: Change | 'reset'): void {
    if (change !== 'reset' && !this.options.topics.includes(change.topic)) return;
    this.epoch += 1;
    const drops = this.options.drops;
    if (change === 'reset' || !drops) {
      this.entries.clear();
      return;
    }
    for (const [key, entry] of this.entries) if (drops(change, key, entry.value)) this.entries.delete(key);
  }

  /** Drops entries at once in this process, before the change commits (its notification follows). */
  forget(predicate: (key: K, value: V) => boolean): void {
    this.epoch += 1;
    for (const [key, entry] of this.entries) if (predicate(key, entry.value)) this.entries.delete(key);
  }
}

/** What the change feed drives: every cache of a scope hears every change and every reset. */
export interface FeedListener {
  apply(change: Change | 'reset'): void;
}

interface Scope {
  feeds: Set<ChangeFeed>;
  caches: Map<string, FeedListener>;
  live(): boolean;
}

const scopes = new Map<Db, Scope>();

function scopeOf(db: Db): Scope {
  let scope = scopes.get(db);
  if (!scope) {
    const created: Scope = {
      feeds: new Set(),
      caches: new Map(),
      // Asked on every cached read: no array built to find one live feed.
      live: () => {
        for (const feed of created.feeds) if (feed.live) return true;
        return false;
      },
    };
    scopes.set(db, (scope = created));
  }
  return scope;
}

/** Lets the caches of `db` answer while `feed` is live; returns the undo. */
export function attachChangeFeed(db: Db, feed: ChangeFeed): () => void {
  const scope = scopeOf(db);
  scope.feeds.add(feed);
  const unsubscribe = feed.subscribe((change) => {
    for (const cache of scope.caches.values()) cache.apply(change);
  });
  return () => {
    unsubscribe();
    scope.feeds.delete(feed);
    for (const cache of scope.caches.values()) cache.apply('reset');
    if (scope.feeds.size === 0) scopes.delete(db);
  };
}

function cacheOf<K, V>(db: Db, options: CacheOptions<K, V>): ChangeCache<K, V> | undefined {
  const scope = scopes.get(db);
  if (!scope || !scope.live()) return undefined;
  let cache = scope.caches.get(options.name) as ChangeCache<K, V> | undefined;
  if (!cache) {
    cache = new ChangeCache(options, scope);
    scope.caches.set(options.name, cache as ChangeCache<unknown, unknown>);
  }
  return cache;
}

/**
 * A cache with rules of its own (the case cache), kept per database handle like the others and
 * driven by the same feed; `undefined` unless a feed of `db` is live (then nothing may be cached).
 */
export function feedCache<T extends FeedListener>(db: Db, name: string, create: () => T): T | undefined {
  if (db.isTransaction) return undefined;
  const scope = scopes.get(db);
  if (!scope || !scope.live()) return undefined;
  let cache = scope.caches.get(name) as T | undefined;
  if (!cache) scope.caches.set(name, (cache = create()));
  return cache;
}

/** Every live-scoped instance of the cache `name` in this process (a write does not know its root handle). */
export function everyFeedCache<T extends FeedListener>(name: string): T[] {
  return [...scopes.values()].flatMap((scope) => {
    const cache = scope.caches.get(name);
    return cache ? [cache as T] : [];
  });
}

/**
 * The cached value for `key`, loading (and keeping) it on a miss. `db` must be the root handle,
 * never a transaction: read inside a transaction what that transaction must see for itself.
 * `undefined` is never kept (an unknown session token is asked again).
 */
export function cached<K, V>(db: Db, options: CacheOptions<K, V>, key: K, load: () => Promise<V>): Promise<V> {
  const cache = db.isTransaction ? undefined : cacheOf(db, options);
  return cache ? cache.get(key, load) : load();
}

/**
 * Drops matching entries of one kind of cache in this process now, from inside the changing
 * transaction (whose handle does not say which database it belongs to: every scope forgets).
 * Other instances hear of the change from its notification once it commits.
 */
export function forgetCached<K, V>(options: CacheOptions<K, V>, predicate: (key: K, value: V) => boolean): void {
  for (const scope of scopes.values()) (scope.caches.get(options.name) as ChangeCache<K, V> | undefined)?.forget?.(predicate);
}

/** Empties, in this process now, every cache that listens to `topic` (a local write to its tables). */
export function forgetTopic(topic: string): void {
  for (const scope of scopes.values()) for (const cache of scope.caches.values()) cache.apply({ topic, key: null });
}
