import type { AppDeps } from './http/types.js';
import type { JobHandler } from './platform/jobs.js';

/** Every background task the platform runs, by name. Modules add theirs here. */
export function jobHandlers(_deps: AppDeps): Record<string, JobHandler> {
  return {};
}
