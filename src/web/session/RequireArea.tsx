import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { WebArea } from '../api/auth.js';
import { PageLoading } from '../layout/PageLoading.js';
import { ForbiddenPage } from '../pages/ForbiddenPage.js';
import { canOpenArea, loginPathFor } from './areaAccess.js';
import { useSession } from './SessionContext.js';

/** An area's gate: visitors go to sign in (and come back), signed-in users without the area see 无权访问. */
export function RequireArea({ area, children }: { area: WebArea; children: ReactNode }) {
  const { user, loading } = useSession();
  const location = useLocation();
  if (loading) return <PageLoading />;
  if (!user) return <Navigate to={loginPathFor(location)} replace />;
  if (!canOpenArea(user, area)) return <ForbiddenPage />;
  return <>{children}</>;
}
