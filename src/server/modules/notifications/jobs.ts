import type { AppDeps } from '../../http/types.js';
import type { JobHandler } from '../../platform/jobs.js';

/** Background work of the notifications module: email and SMS deliveries from the outbox. */
export function notificationsJobs(_deps: AppDeps): Record<string, JobHandler> {
  return {};
}
