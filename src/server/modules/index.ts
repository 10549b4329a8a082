import type { RouteModule } from '../http/types.js';

/** Every module's routes, mounted by the HTTP app in this order. */
export const routeModules: RouteModule[] = [];
