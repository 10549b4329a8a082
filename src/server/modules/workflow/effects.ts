import type { Db } from '../../db/connection.js';
import type { CaseState, WorkflowEvent } from './engine/index.js';
import type { CaseRow } from './repository.js';

/**
 * What other modules do inside the transaction that appends a case's events: record a
 * certificate on an approval, write in-app notices and queue their deliveries (outbox).
 * Anything that talks to the outside world must only queue a job here; it runs after commit.
 */
export interface CaseChange {
  /** The case row as it was before this change (its id, receipt number, applicant…). */
  row: CaseRow;
  /** The events just appended, in order, with their sequence numbers. */
  events: readonly { seq: number; event: WorkflowEvent }[];
  /** The state after the events. */
  state: CaseState;
  /**
   * The root database handle, for cached reads of committed reference data (item names, who
   * works a queue). Write through the transaction an effect is given, never through this.
   */
  reference: Db;
}

export type CaseEffect = (trx: Db, change: CaseChange) => Promise<void>;
