import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import * as auth from '../api/auth.js';
import { ApiError, setCsrfToken } from '../api/client.js';
import { SessionContext, type Session } from './SessionContext.js';

/** Loads the session once at start (/auth/me) and keeps the CSRF token of the API client in step. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<{ user: auth.CurrentUser | null; loading: boolean }>({ user: null, loading: true });

  const apply = useCallback((user: auth.CurrentUser | null) => {
    setCsrfToken(user?.csrfToken ?? null);
    setState({ user, loading: false });
  }, []);

  const refresh = useCallback(async () => {
    try {
      const user = await auth.fetchMe();
      apply(user);
      return user;
    } catch (error) {
      // 401 is "nobody signed in"; any other failure leaves the visitor anonymous too, but says so.
      if (!(error instanceof ApiError && error.status === 401)) console.warn('Session check failed', error);
      apply(null);
      return null;
    }
  }, [apply]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

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
