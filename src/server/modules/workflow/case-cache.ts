import type { Db } from '../../db/connection.js';
import type { Change } from '../../platform/change-feed.js';
import { everyFeedCache, feedCache, type FeedListener } from '../../platform/cache.js';
import type { CaseState } from './engine/index.js';
import type { CaseWithHistory } from './repository.js';

/**
 * A case as last read or written by this instance, with its folded state. A version of a case is
 * immutable (events are append-only), so an entry is right for as long as the case is at its
 * version: the feed announces every new version (`case:{id}:{version}`, migration 0016) and
 * every other change to a case (`case:{id}`), and an entry older than an announcement goes.
 * Writers never trust an entry blindly: the case write is guarded by the version, so a case
 * changed elsewhere and not yet announced still answers 409, as with a locked read.
 */
export interface CachedCase extends CaseWithHistory {
  state: CaseState;
  /** Answers derived from this version only (the buttons for an actor on a day), kept with it. */
  derived: Map<string, unknown>;
}

const NAME = 'workflow.cases';
const MAX_CASES = 5_000;
/** A write that never committed (rolled back) stops blocking its case's entry after this. */
const PENDING_MS = 10_000;

class CaseCache implements FeedListener {
  private readonly entries = new Map<number, CachedCase>();
  /** Bumped whenever anything about a case is heard: a read that began before must not be kept. */
  private readonly generations = new Map<number, number>();
  /** The newest version announced per case. */
  private readonly announced = new Map<number, number>();
  /** Cases this instance is writing now: the version being written and since when. */
  private readonly writing = new Map<number, { version: number; since: number }>();
  /** Counts clears: generations restart from nothing, so a read begun before any clear must not match. */
  private clears = 0;

  generation(id: number): number {
    return this.clears * 2 ** 32 + (this.generations.get(id) ?? 0);
  }

  get(id: number): CachedCase | undefined {
    return this.entries.get(id);
  }

  /** Keeps what was read, unless the case changed (or began changing here) since the read began. */
  keepRead(id: number, generation: number, entry: CachedCase): void {
    if (this.generation(id) !== generation || this.isBeingWritten(id)) return;
    if ((this.announced.get(id) ?? 0) > entry.row.version) return;
    this.store(id, entry);
  }

  /** Before a write of `version`: the entry goes, and no read may bring back an older one meanwhile. */
  beginWrite(id: number, version: number): void {
    this.bump(id);
    this.entries.delete(id);
    this.writing.set(id, { version, since: Date.now() });
  }

  /** The case changed here without a new version (due dates): its notification follows the commit. */
  forget(id: number): void {
    this.bump(id);
    this.entries.delete(id);
  }

  /** After the write committed: what was written is the case now, unless a newer version was heard of. */
  committed(id: number, entry: CachedCase): void {
    const pending = this.writing.get(id);
    if (pending?.version === entry.row.version) this.writing.delete(id);
    if ((this.announced.get(id) ?? 0) > entry.row.version || this.isBeingWritten(id)) return;
    this.bump(id);
    this.store(id, entry);
  }

  apply(change: Change | 'reset'): void {
    if (change === 'reset') return this.clear();
    if (change.topic !== 'case' || !change.key) return;
    const [idText, versionText] = change.key.split(':');
    const id = Number(idText);
    this.bump(id);
    const entry = this.entries.get(id);
    if (versionText === undefined) {
      // Not a new version (due dates stored again, events touched): nothing held may stay.
      this.entries.delete(id);
      return;
    }
    const version = Number(versionText);
    this.announced.set(id, Math.max(version, this.announced.get(id) ?? 0));
    if (entry && entry.row.version < version) this.entries.delete(id);
    const pending = this.writing.get(id);
    if (pending && pending.version <= version) this.writing.delete(id);
    if (this.announced.size > MAX_CASES * 4) this.clear();
  }

  private isBeingWritten(id: number): boolean {
    const pending = this.writing.get(id);
    if (!pending) return false;
    if (Date.now() - pending.since < PENDING_MS) return true;
    this.writing.delete(id);
    return false;
  }

  private bump(id: number): void {
    this.generations.set(id, (this.generations.get(id) ?? 0) + 1);
    if (this.generations.size > MAX_CASES * 4) this.clear();
  }

  private store(id: number, entry: CachedCase): void {
    this.entries.delete(id);
    this.entries.set(id, entry);
    if (this.entries.size > MAX_CASES) this.entries.delete(this.entries.keys().next().value as number);
  }

  private clear(): void {
    this.clears += 1;
    this.entries.clear();
    this.generations.clear();
    this.announced.clear();
    for (const id of [...this.writing.keys()]) this.isBeingWritten(id);
  }
}

/** The case cache of the root handle `db`, or undefined (a transaction, no live feed). */
export function caseCache(db: Db): CaseCache | undefined {
  return feedCache(db, NAME, () => new CaseCache());
}

/** Every instance's case cache in this process hears of a write about to happen (see beginWrite). */
export function beginCaseWrite(id: number, version: number): void {
  for (const cache of everyFeedCache<CaseCache>(NAME)) cache.beginWrite(id, version);
}

/** Every case cache in this process drops the case now (a change that is not a new version). */
export function forgetCase(id: number): void {
  for (const cache of everyFeedCache<CaseCache>(NAME)) cache.forget(id);
}

/** A value derived from a cached case version, computed once per key. */
export function derivedOnce<T>(entry: CachedCase | undefined, key: string, compute: () => T): T {
  if (!entry) return compute();
  if (entry.derived.has(key)) return entry.derived.get(key) as T;
  const value = compute();
  if (entry.derived.size > 64) entry.derived.clear();
  entry.derived.set(key, value);
  return value;
}

export type { CaseCache };

const identities = new WeakMap<object, number>();
let lastIdentity = 0;

/** A number naming one object for as long as it lives (a calendar, in keys of derived answers). */
export function identityOf(value: object): number {
  let id = identities.get(value);
  if (id === undefined) identities.set(value, (id = ++lastIdentity));
  return id;
}
