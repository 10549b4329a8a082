import type { AppDeps } from '../../http/types.js';
import type { JobHandler } from '../../platform/jobs.js';
import { loadCalendar } from '../calendar/service.js';
import { sweepDeemedAcceptance } from './service.js';

export const DEEMED_ACCEPTANCE_TASK = 'workflow.deemed_acceptance';

/** Background work of the workflow module. */
export function workflowJobs(deps: AppDeps): Record<string, JobHandler> {
  return {
    [DEEMED_ACCEPTANCE_TASK]: async (_payload, { logger }) => {
      const result = await sweepDeemedAcceptance({ db: deps.db, calendar: await loadCalendar(deps.db) });
      if (result.deemed.length || result.failed.length) logger.info(result, 'deemed acceptance sweep');
      if (result.failed.length) throw new Error(`deemed acceptance failed for cases ${result.failed.map((f) => f.id).join(', ')}`);
    },
  };
}

/** Hourly: the sweep is idempotent, and hourly keeps a missed night from delaying it a day. */
export const workflowSchedules = [{ task: DEEMED_ACCEPTANCE_TASK, match: '7 * * * *', identifier: DEEMED_ACCEPTANCE_TASK }];
