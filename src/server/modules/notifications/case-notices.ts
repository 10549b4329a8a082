import type { CaseEffect } from '../workflow/effects.js';

/** Writes in-app notices for a case change and queues their email/SMS deliveries (placeholder). */
export const noticeCaseChange: CaseEffect = async () => {};
