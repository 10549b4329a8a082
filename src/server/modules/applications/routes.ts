import type { AppDeps, AppInstance } from '../../http/types.js';

/** HTTP surface of the applications module (申请与受理). */
export async function applicationsRoutes(_app: AppInstance, _deps: AppDeps): Promise<void> {}
