import type { Generated } from 'kysely';
import type { CatalogueTables } from '../modules/catalogue/tables.js';
import type { IdentityTables } from '../modules/identity/tables.js';
import type { WorkflowTables } from '../modules/workflow/tables.js';
import type { CalendarTables } from '../modules/calendar/tables.js';
import type { FilesTables } from '../modules/files/tables.js';
import type { ApplicationsTables } from '../modules/applications/tables.js';
import type { DocumentsTables } from '../modules/documents/tables.js';
import type { NotificationsTables } from '../modules/notifications/tables.js';

/**
 * The typed shape of every table, one interface per module merged here.
 * A module's repository touches only its own tables.
 */
export interface PlatformTables {
  /** Append-only audit trail of platform-level actions (module-specific traces hang off their own tables). */
  audit_log: {
    id: Generated<number>;
    occurred_at: Generated<Date>;
    actor: string;
    action: string;
    subject_type: string;
    subject_id: string;
    request_id: string | null;
    details: unknown;
  };
}

export interface Database extends PlatformTables, CatalogueTables, IdentityTables, CalendarTables, WorkflowTables, FilesTables, ApplicationsTables, DocumentsTables, NotificationsTables {}
