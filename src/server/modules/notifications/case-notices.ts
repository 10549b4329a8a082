import { sql } from 'kysely';
import pg from 'pg';
import type { Db } from '../../db/connection.js';
import { itemNames } from '../catalogue/service.js';
import { contactOf, departmentStaff } from '../identity/contacts.js';
import type { CaseChange, CaseEffect } from '../workflow/effects.js';
import { registeredChannels, registeredLogger } from './channels.js';
import { applicantNotice, reassignedNotice, staffNotice, windowNotice, type CaseFacts } from './messages.js';
import { noticeRows, notifyAll, type Addressed } from './service.js';
import { insertNoticesGuarded } from './repository.js';

export const applicantCaseLink = (caseId: number) => `/my/cases/${caseId}`;
export const staffCaseLink = (caseId: number) => `/dept/cases/${caseId}`;
export const windowCaseLink = (caseId: number) => `/window/cases/${caseId}`;

/** An item withdrawn from the catalogue since still deserves a notice, by its code. */
async function itemName(db: Db, code: string): Promise<string> {
  return (await itemNames(db, [code])).get(code)?.name ?? code;
}

const concernsAnyone = (change: CaseChange) =>
  change.events.some(({ event }) => event.kind === 'task_created' || event.kind === 'task_transferred' || applicantNoticeKinds.has(event.kind));

/** Events the applicant hears of; the rest are the departments' own business. */
const applicantNoticeKinds = new Set<string>([
  'submitted',
  'prereview_passed',
  'prereview_returned',
  'accepted',
  'deemed_accepted',
  'supplement_requested',
  'refused',
  'decided',
  'completed',
  'delivered',
  'extension_decided',
  'special_procedure_started',
]);

/** Who hears of a case change, and what: read-only, so it needs no savepoint of its own. */
async function addressNotices(trx: Db, change: CaseChange): Promise<Addressed[]> {
  const { row, events, state, reference } = change;
  const applicantEvents = events.flatMap(({ event }) => (applicantNoticeKinds.has(event.kind) ? [event] : []));
  const taskEvents = events.flatMap(({ event }) => (event.kind === 'task_created' ? [event] : []));
  const transfers = events.flatMap(({ event }) => (event.kind === 'task_transferred' ? [event] : []));
  if (applicantEvents.length === 0 && taskEvents.length === 0 && transfers.length === 0) return [];

  const facts: CaseFacts = { caseId: row.id, receiptNo: row.receipt_no, queryCode: row.query_code, itemName: await itemName(reference, row.item_code), state };
  const addressed: Addressed[] = [];

  // Only a registered person gets notices: a username nobody holds yet must not inherit them.
  // Committed accounts from the cache; one registered in this very transaction (a walk-in) from it.
  const applicant = applicantEvents.length ? ((await contactOf(reference, row.applicant_id)) ?? (await contactOf(trx, row.applicant_id))) : undefined;
  if (applicant) {
    for (const event of applicantEvents) {
      const text = applicantNotice(facts, event);
      if (text) addressed.push({ recipient: applicant, notice: { caseId: row.id, ...text, link: applicantCaseLink(row.id) }, external: true });
    }
  }

  // An online application waiting at the window: the clerks of the item's department or region, in-app.
  for (const event of applicantEvents) {
    const text = windowNotice(facts, event);
    if (!text) continue;
    for (const clerk of await departmentStaff(reference, row.department_code, 'window_clerk', row.region_code)) {
      addressed.push({ recipient: clerk, notice: { caseId: row.id, ...text, link: windowCaseLink(row.id) }, external: false });
    }
  }

  // Work landing in a department queue: staff are told in the platform only, not by mail or SMS.
  for (const event of taskEvents) {
    const text = staffNotice(facts, event);
    if (!text) continue;
    for (const staff of await departmentStaff(reference, text.department, text.role)) {
      addressed.push({ recipient: staff, notice: { caseId: row.id, kind: text.kind, title: text.title, body: text.body, shortText: text.shortText, link: staffCaseLink(row.id) }, external: false });
    }
  }

  // A task moved to a colleague: they are told in the platform.
  for (const event of transfers) {
    const text = reassignedNotice(facts, event);
    const colleague = text ? ((await contactOf(reference, event.toId)) ?? (await contactOf(trx, event.toId))) : undefined;
    if (text && colleague) addressed.push({ recipient: colleague.username, notice: { caseId: row.id, ...text, link: staffCaseLink(row.id) }, external: false });
  }
  return addressed;
}

/**
 * Writes in-app notices for a case change and queues their email/SMS deliveries, inside the
 * change's transaction. A notice that cannot be written must not cost the applicant their case
 * change: the notices run under a savepoint, and a failure rolls back to it and is logged.
 */
export const noticeCaseChange: CaseEffect = async (trx, change) => {
  // Most changes (claims, opinions) tell nobody: no savepoint round trips for them.
  if (!concernsAnyone(change)) return;
  const fail = (error: unknown) => registeredLogger()?.error({ err: error, caseId: change.row.id }, 'case notices could not be written; the case change goes ahead without them');
  let addressed: Addressed[];
  try {
    addressed = await addressNotices(trx, change);
  } catch (error) {
    // A failed read has aborted the transaction: nothing more can be written, not even the case.
    if (trx.isTransaction && error instanceof pg.DatabaseError) throw error;
    return fail(error);
  }
  if (addressed.length === 0) return;
  const channels = registeredChannels();
  if (!trx.isTransaction) return notifyAll(trx, addressed, channels);
  const rows = noticeRows(addressed, channels);
  if (rows.every((row) => row.deliveries.every((d) => d.status !== 'queued'))) {
    // Nothing to queue (in-app only, or no gateway): one round trip, its own subtransaction.
    const refused = await insertNoticesGuarded(trx, rows);
    if (refused) fail(new Error(refused));
    return;
  }
  await sql`SAVEPOINT case_notices`.execute(trx);
  try {
    await notifyAll(trx, addressed, channels);
    await sql`RELEASE SAVEPOINT case_notices`.execute(trx);
  } catch (error) {
    await sql`ROLLBACK TO SAVEPOINT case_notices`.execute(trx);
    fail(error);
  }
};
