/**
 * A "someone is signed in here" flag in localStorage, next to the httpOnly session cookie that
 * scripts cannot see. Visitors who never signed in (most of a public portal's traffic) then make
 * no /auth/me request at all, and see no 401 for it in their console.
 */
export const SESSION_HINT_KEY = 'onewindow.signedIn';

export function readSessionHint(): boolean {
  try {
    return window.localStorage.getItem(SESSION_HINT_KEY) === '1';
  } catch {
    // Without storage there is no way to know: ask the server.
    return true;
  }
}

export function writeSessionHint(signedIn: boolean): void {
  try {
    if (signedIn) window.localStorage.setItem(SESSION_HINT_KEY, '1');
    else window.localStorage.removeItem(SESSION_HINT_KEY);
  } catch {
    // Not remembered; the next page load asks the server.
  }
}
