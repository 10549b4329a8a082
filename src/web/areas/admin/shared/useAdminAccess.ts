import { hasPermission } from '../../../session/areaAccess.js';
import { useSession } from '../../../session/SessionContext.js';

/**
 * Which parts of the administration area the user may change. Supervisors read everything and
 * change nothing; the server enforces this, the screens only hide buttons that would be refused.
 */
export function useAdminAccess() {
  const { user } = useSession();
  return {
    manageIdentity: hasPermission(user, 'identity.manage'),
    manageClients: hasPermission(user, 'clients.manage'),
    manageCatalogue: hasPermission(user, 'catalogue.manage'),
  };
}
