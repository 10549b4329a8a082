import type { AppDeps } from './http/types.js';
import type { JobHandler, JobSchedule } from './platform/jobs.js';
import { workflowJobs, workflowSchedules } from './modules/workflow/jobs.js';
import { notificationsJobs } from './modules/notifications/jobs.js';
import { filesJobs, filesSchedules } from './modules/files/jobs.js';

/** Every background task the platform runs, by name. Modules add theirs here. */
export function jobHandlers(deps: AppDeps): Record<string, JobHandler> {
  return { ...workflowJobs(deps), ...notificationsJobs(deps), ...filesJobs(deps) };
}

/** Recurring tasks (cron syntax, server time zone). */
export const jobSchedules: JobSchedule[] = [...workflowSchedules, ...filesSchedules];
