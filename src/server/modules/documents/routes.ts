import type { AppDeps, AppInstance } from '../../http/types.js';

/** HTTP surface of the documents module (证照与文书). */
export async function documentsRoutes(_app: AppInstance, _deps: AppDeps): Promise<void> {}
