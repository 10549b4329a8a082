import type { AppDeps, AppInstance } from '../../http/types.js';

/** HTTP surface of the notifications module (通知). */
export async function notificationsRoutes(_app: AppInstance, _deps: AppDeps): Promise<void> {}
