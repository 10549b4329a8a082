import type { RouteModule } from '../http/types.js';
import { catalogueRoutes } from './catalogue/routes.js';
import { catalogueAdminRoutes } from './catalogue/admin-routes.js';
import { homeRoutes } from './catalogue/home/routes.js';
import { searchAdminRoutes } from './catalogue/search/admin-routes.js';
import { identityRoutes } from './identity/routes.js';
import { accountRoutes } from './identity/account-routes.js';
import { workflowRoutes } from './workflow/routes.js';
import { calendarRoutes } from './calendar/routes.js';
import { applicationsRoutes } from './applications/routes.js';
import { documentsRoutes } from './documents/routes.js';
import { notificationsRoutes } from './notifications/routes.js';

/** Every module's routes, mounted by the HTTP app in this order. */
export const routeModules: RouteModule[] = [identityRoutes, accountRoutes, catalogueRoutes, catalogueAdminRoutes, homeRoutes, searchAdminRoutes, calendarRoutes, workflowRoutes, applicationsRoutes, documentsRoutes, notificationsRoutes];
