import { createContext, useContext } from 'react';
import type { CurrentUser } from '../api/auth.js';

export interface Session {
  /** The signed-in user, or null for a visitor. */
  user: CurrentUser | null;
  /** True until the first /auth/me answer is in: guarded pages wait instead of bouncing to sign-in. */
  loading: boolean;
  login(username: string, password: string): Promise<CurrentUser>;
  logout(): Promise<void>;
  /** Reads /auth/me again (after registration, a role change, or a 401). */
  refresh(): Promise<CurrentUser | null>;
  /** Takes a user the server just handed back (registration signs in too). */
  signedIn(user: CurrentUser): void;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() must be used inside <SessionProvider>');
  return session;
}
