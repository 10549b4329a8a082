import type { Db } from '../db/connection.js';

export interface AuditEntry {
  actor: string;
  action: string;
  subjectType: string;
  subjectId: string;
  requestId?: string | undefined;
  details?: Record<string, unknown>;
}

/** Appends an audit event; call it inside the transaction that makes the change it records. */
export async function recordAudit(db: Db, entry: AuditEntry): Promise<void> {
  await recordAudits(db, [entry]);
}

/** Appends several audit events in one statement (a bulk change records one event per subject). */
export async function recordAudits(db: Db, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await db
    .insertInto('audit_log')
    .values(
      entries.map((entry) => ({
        actor: entry.actor,
        action: entry.action,
        subject_type: entry.subjectType,
        subject_id: entry.subjectId,
        request_id: entry.requestId ?? null,
        details: JSON.stringify(entry.details ?? {}),
      })),
    )
    .execute();
}
