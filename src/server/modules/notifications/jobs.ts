import type { AppDeps } from '../../http/types.js';
import type { JobHandler } from '../../platform/jobs.js';
import { channelSettings, registerChannels } from './channels.js';
import { deliver } from './delivery.js';
import { DELIVER_TASK } from './service.js';

/** Background work of the notifications module: email and SMS deliveries from the outbox. */
export function notificationsJobs(deps: AppDeps): Record<string, JobHandler> {
  // The job runner also runs case commands (deemed acceptance), whose notices need the channels.
  registerChannels(deps.config, deps.logger);
  const settings = channelSettings(deps.config);
  return {
    [DELIVER_TASK]: async (payload, { attempt, logger }) => {
      const { deliveryId } = payload as { deliveryId: number };
      await deliver(deps.db, settings, deliveryId, attempt, logger);
    },
  };
}
