import type { Db } from '../../db/connection.js';
import { caseDue } from './engine/index.js';
import { type Calendar } from '../calendar/engine/index.js';
import { itemNames } from '../catalogue/service.js';
import type { LoadedCase } from './service.js';

/**
 * What every reader of a case sees first — staff and applicant alike: its numbers, item, status
 * and clock. Each view adds its own tasks and timeline to this.
 */
export async function caseSummary(db: Db, calendar: Calendar, loaded: LoadedCase, today: string) {
  const due = caseDue(loaded.state, calendar, today);
  const item = (await itemNames(db, [loaded.row.item_code])).get(loaded.row.item_code);
  return {
    id: loaded.row.id,
    receiptNo: loaded.row.receipt_no,
    itemCode: loaded.row.item_code,
    itemName: item?.name ?? loaded.row.item_code,
    departmentName: item?.departmentName ?? '',
    handlingDepth: item?.handlingDepth ?? '',
    applicant: loaded.row.applicant_id,
    submittedAt: new Date(loaded.row.created_at).toISOString(),
    status: loaded.row.status,
    version: loaded.row.version,
    channel: loaded.row.channel,
    department: loaded.row.department_code,
    due: loaded.row.due_on,
    daysLeft: due?.daysLeft ?? null,
    clockPaused: loaded.row.clock_paused,
  };
}
