import type { AppDeps } from '../../http/types.js';
import type { JobHandler } from '../../platform/jobs.js';
import { createBlobStore } from '../../platform/storage.js';
import { sweepIncoming } from './service.js';

export const SWEEP_INCOMING_TASK = 'files.sweep_incoming';

/** Background work of the files module. */
export function filesJobs(deps: AppDeps): Record<string, JobHandler> {
  return {
    [SWEEP_INCOMING_TASK]: async (_payload, { logger }) => {
      const removed = await sweepIncoming(createBlobStore(deps.config));
      if (removed) logger.info({ removed }, 'removed abandoned upload temp files');
    },
  };
}

/** Daily: temp files are left only by a process killed mid-upload. */
export const filesSchedules = [{ task: SWEEP_INCOMING_TASK, match: '17 3 * * *', identifier: SWEEP_INCOMING_TASK }];
