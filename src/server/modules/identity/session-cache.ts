import type { CacheOptions } from '../../platform/cache.js';
import type { Assignment } from './actor.js';

/** A live session as every request needs it: who, with which roles, until when. */
export interface LiveSession {
  id: number;
  userId: number;
  username: string;
  userKind: 'staff' | 'person' | 'enterprise';
  csrfToken: string;
  assignments: Assignment[];
  expiresAt: number;
  /** Epoch ms; moved forward when the session is touched, so it is touched once a minute. */
  lastSeenAt: number;
}

/**
 * Live sessions by token hash. A revoked session, a disabled account or a changed role drops
 * the user's entries: in this process at once (the repository's writes forget them), in the
 * others when the change's notification arrives. 30 s bounds staleness should one go astray.
 */
export const LIVE_SESSIONS: CacheOptions<string, LiveSession | undefined> = {
  name: 'identity.sessions',
  topics: ['session', 'user'],
  ttlMs: 30_000,
  max: 20_000,
  drops: (change, _tokenHash, session) => change.key === String(session?.userId),
  expiresAt: (session) => session?.expiresAt ?? 0,
};

/** In this process, now: the user's sessions are read again from the database at their next request. */
export const forgetSessionsOf = (userId: number) => (_: string, session: LiveSession | undefined) => session?.userId === userId;
