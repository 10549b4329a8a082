import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import * as auth from '../api/auth.js';
import { ApiError, setCsrfToken } from '../api/client.js';
import { SessionContext, type Session } from './SessionContext.js';
import { readSessionHint, SESSION_HINT_KEY, writeSessionHint } from './sessionHint.js';

/**
 * Loads the session once at start (/auth/me) — when this browser has signed in before — and keeps
 * the CSRF token of the API client in step.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<{ user: auth.CurrentUser | null; loading: boolean }>(() => ({ user: null, loading: readSessionHint() }));

  const apply = useCallback((user: auth.CurrentUser | null) => {
    setCsrfToken(user?.csrfToken ?? null);
    writeSessionHint(user !== null);
    setState({ user, loading: false });
  }, []);

  const refresh = useCallback(async () => {
    try {
      const user = await auth.fetchMe();
      apply(user);
      return user;
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        apply(null);
      } else {
        // The server could not be asked (network, outage): anonymous for now, but the flag stays
        // so the next page load asks again.
        console.warn('Session check failed', error);
        setCsrfToken(null);
        setState({ user: null, loading: false });
      }
      return null;
    }
  }, [apply]);

  useEffect(() => {
    if (readSessionHint()) void refresh();
    // Signing in or out in another tab changes the flag: follow it here too.
    const onStorage = (event: StorageEvent) => {
      if (event.key !== SESSION_HINT_KEY) return;
      // The cookie is shared between tabs: signed out there is signed out here.
      if (event.newValue === '1') void refresh();
      else apply(null);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [refresh, apply]);

  const login = useCallback(
    async (username: string, password: string) => {
      const user = await auth.login(username, password);
      apply(user);
      return user;
    },
    [apply],
  );

  const logout = useCallback(async () => {
    try {
      await auth.logout();
    } catch (error) {
      // An expired session is signed out already; anything else is still signed out locally.
      if (!(error instanceof ApiError && error.status === 401)) console.warn('Logout failed', error);
    }
    apply(null);
  }, [apply]);

  const session = useMemo<Session>(
    () => ({ ...state, login, logout, refresh, signedIn: apply }),
    [state, login, logout, refresh, apply],
  );
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
