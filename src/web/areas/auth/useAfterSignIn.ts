import { useCallback } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { CurrentUser } from '../../api/auth.js';
import { homePathOf, safeNextPath } from '../../session/areaAccess.js';

/** Where a fresh sign-in goes: back to the page that asked (`?next=`), else the user's own area. */
export function useAfterSignIn() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const go = useCallback((user: CurrentUser) => navigate(next ?? homePathOf(user), { replace: true }), [navigate, next]);
  return { next, go };
}
