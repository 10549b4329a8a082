/** Statuses after which a case's clock no longer runs and its materials are no longer checked. */
export const CLOSED_STATUSES: ReadonlySet<string> = new Set(['completed', 'delivered', 'refused', 'withdrawn', 'decided_rejected']);
