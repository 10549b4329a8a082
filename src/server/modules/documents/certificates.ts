import type { CaseEffect } from '../workflow/effects.js';

/** Records the certificate of an approved case (placeholder until certificates land). */
export const recordCertificate: CaseEffect = async () => {};
