import { ROLE_PERMISSIONS, type CurrentUser } from '../../shared/identity.js';
import type { WebArea } from '../api/auth.js';

/** Where each area of the web app lives. */
export const AREA_PATHS: Record<WebArea, string> = {
  applicant: '/my',
  window: '/window',
  department: '/dept',
  supervision: '/supervision',
  admin: '/admin',
};

/**
 * Whether the user may open an area: the server lists the areas their roles lead to.
 * Supervisors may also read the administration area (users, permissions, item drafts) — the
 * server refuses them every change, and the screens hide the buttons for changes.
 */
export function canOpenArea(user: CurrentUser | null, area: WebArea): boolean {
  if (!user) return false;
  if (user.areas.includes(area)) return true;
  return area === 'admin' && user.roles.some((assignment) => assignment.role === 'supervisor');
}

/** Whether any of the user's roles carries the permission (in some scope; the server checks the scope). */
export function hasPermission(user: CurrentUser | null, permission: string): boolean {
  return !!user && user.roles.some((assignment) => ROLE_PERMISSIONS[assignment.role].includes(permission));
}

/** Where to land after signing in when no page asked for it: the user's first area, else home. */
export function homePathOf(user: CurrentUser): string {
  const first = user.areas[0];
  return first ? AREA_PATHS[first] : '/';
}

/**
 * The `?next=` target if it is a path on this site; anything else (`//evil.example`, `https:…`)
 * is ignored, so a crafted sign-in link cannot send people elsewhere.
 */
export function safeNextPath(next: string | null): string | null {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return null;
  if (next.startsWith('/login') || next.startsWith('/register')) return null;
  return next;
}

export function loginPathFor(location: { pathname: string; search: string }): string {
  return `/login?${new URLSearchParams({ next: `${location.pathname}${location.search}` })}`;
}
