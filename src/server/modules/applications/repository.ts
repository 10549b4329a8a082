import { sql, type Insertable, type Selectable } from 'kysely';
import type { Db } from '../../db/connection.js';
import type { ApplicationsTables } from './tables.js';

export type ApplicationRow = Selectable<ApplicationsTables['applications']>;
export type ApplicationFileRow = Selectable<ApplicationsTables['application_files']>;
export type FormRow = Selectable<ApplicationsTables['item_forms']>;
export type SupplementRow = Selectable<ApplicationsTables['application_supplements']>;

export async function findForm(db: Db, itemCode: string): Promise<FormRow | undefined> {
  return db.selectFrom('item_forms').selectAll().where('item_code', '=', itemCode).executeTakeFirst();
}

export async function upsertForm(db: Db, row: Insertable<ApplicationsTables['item_forms']>): Promise<void> {
  await db
    .insertInto('item_forms')
    .values({ ...row, schema: JSON.stringify(row.schema), ui_schema: JSON.stringify(row.ui_schema) })
    .onConflict((oc) => oc.column('item_code').doUpdateSet((eb) => ({ schema: eb.ref('excluded.schema'), ui_schema: eb.ref('excluded.ui_schema'), updated_by: eb.ref('excluded.updated_by'), updated_at: sql`now()` })))
    .execute();
}

export async function insertApplication(db: Db, row: Insertable<ApplicationsTables['applications']>): Promise<ApplicationRow> {
  return db.insertInto('applications').values({ ...row, form_data: JSON.stringify(row.form_data ?? {}) }).returningAll().executeTakeFirstOrThrow();
}

export async function findApplication(db: Db, id: number, options: { lock?: boolean } = {}): Promise<ApplicationRow | undefined> {
  let query = db.selectFrom('applications').selectAll().where('id', '=', id);
  if (options.lock) query = query.forUpdate();
  return query.executeTakeFirst();
}

export async function findApplicationByCase(db: Db, caseId: number): Promise<ApplicationRow | undefined> {
  return db.selectFrom('applications').selectAll().where('case_id', '=', caseId).executeTakeFirst();
}

export async function applicationsByCases(db: Db, caseIds: number[]): Promise<ApplicationRow[]> {
  if (caseIds.length === 0) return [];
  return db.selectFrom('applications').selectAll().where('case_id', 'in', caseIds).execute();
}

/** The draft an applicant already started for an item (filed by themself), to resume it. */
export async function findOpenDraft(db: Db, applicantId: string, itemCode: string): Promise<ApplicationRow | undefined> {
  return db
    .selectFrom('applications')
    .selectAll()
    .where('applicant_id', '=', applicantId)
    .where('item_code', '=', itemCode)
    .where('status', '=', 'draft')
    .where('filed_by', 'is', null)
    .orderBy('id', 'desc')
    .executeTakeFirst();
}

export async function listApplications(db: Db, who: { applicantId?: string; filedBy?: string }, status: 'draft' | 'submitted' | undefined, limit = 200): Promise<ApplicationRow[]> {
  let query = db.selectFrom('applications').selectAll();
  if (who.applicantId) query = query.where('applicant_id', '=', who.applicantId);
  if (who.filedBy) query = query.where('filed_by', '=', who.filedBy);
  if (status) query = query.where('status', '=', status);
  return query.orderBy('updated_at', 'desc').limit(limit).execute();
}

/** Deletes a draft; its attached files go with it (ON DELETE CASCADE), the stored blobs stay shared. */
export async function deleteApplication(db: Db, id: number): Promise<void> {
  await db.deleteFrom('applications').where('id', '=', id).where('status', '=', 'draft').execute();
}

/** Writes only if nobody changed the application since `version`; the new row, or undefined. */
export async function updateApplicationIfVersion(
  db: Db,
  id: number,
  version: number,
  changes: Partial<Pick<ApplicationRow, 'form_data' | 'status' | 'case_id' | 'item_version_id' | 'originals_verified_at' | 'originals_verified_by'>>,
): Promise<ApplicationRow | undefined> {
  const values = { ...changes, ...(changes.form_data !== undefined && { form_data: JSON.stringify(changes.form_data) }) };
  return db
    .updateTable('applications')
    .set({ ...values, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
}

/** Any change to an application's materials is a new version of it (the form shows it as changed). */
export async function bumpVersion(db: Db, id: number): Promise<void> {
  await db.updateTable('applications').set({ version: sql`version + 1`, updated_at: sql`now()` }).where('id', '=', id).execute();
}

export async function filesOf(db: Db, applicationId: number): Promise<ApplicationFileRow[]> {
  return db.selectFrom('application_files').selectAll().where('application_id', '=', applicationId).orderBy('id').execute();
}

export async function findApplicationFile(db: Db, applicationId: number, id: number): Promise<ApplicationFileRow | undefined> {
  return db.selectFrom('application_files').selectAll().where('application_id', '=', applicationId).where('id', '=', id).executeTakeFirst();
}

/** The case each of these attached files was submitted with (for files reused from it), by file id. */
export async function casesOfApplicationFiles(db: Db, applicationFileIds: number[]): Promise<Map<number, number>> {
  if (applicationFileIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('application_files as f')
    .innerJoin('applications as a', 'a.id', 'f.application_id')
    .select(['f.id', 'a.case_id'])
    .where('f.id', 'in', applicationFileIds)
    .where('a.case_id', 'is not', null)
    .execute();
  return new Map(rows.map((r) => [r.id, r.case_id!]));
}

export async function insertApplicationFile(db: Db, row: Insertable<ApplicationsTables['application_files']>): Promise<ApplicationFileRow> {
  return db.insertInto('application_files').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function deleteApplicationFile(db: Db, applicationId: number, id: number): Promise<boolean> {
  const result = await db.deleteFrom('application_files').where('application_id', '=', applicationId).where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function setCheck(db: Db, id: number, check: Pick<ApplicationFileRow, 'check_result' | 'check_note' | 'checked_by'>): Promise<void> {
  await db.updateTable('application_files').set({ ...check, checked_at: sql`now()` }).where('id', '=', id).execute();
}

/**
 * Files of an applicant's earlier cases that a window clerk checked and found in order, for the
 * materials of the given names (资料多方共认): newest first, one per stored file and material.
 */
export async function verifiedFilesOf(db: Db, applicantId: string, materialNames: string[], exceptApplicationId: number) {
  if (materialNames.length === 0) return [];
  return db
    .selectFrom('application_files as f')
    .innerJoin('applications as a', 'a.id', 'f.application_id')
    .select(['f.id', 'f.material_name', 'f.file_id', 'f.filename', 'f.checked_at', 'a.case_id'])
    .where('a.applicant_id', '=', applicantId)
    .where('a.id', '!=', exceptApplicationId)
    .where('a.case_id', 'is not', null)
    .where('f.check_result', '=', 'ok')
    .where('f.material_name', 'in', materialNames)
    .orderBy('f.checked_at', 'desc')
    .execute();
}

export async function findVerifiedFile(db: Db, applicantId: string, applicationFileId: number) {
  return db
    .selectFrom('application_files as f')
    .innerJoin('applications as a', 'a.id', 'f.application_id')
    .selectAll('f')
    .where('f.id', '=', applicationFileId)
    .where('a.applicant_id', '=', applicantId)
    .where('a.case_id', 'is not', null)
    .where('f.check_result', '=', 'ok')
    .executeTakeFirst();
}

/** The intake supplement requests of an application, first round first. */
export async function supplementsOf(db: Db, applicationId: number): Promise<SupplementRow[]> {
  return db.selectFrom('application_supplements').selectAll().where('application_id', '=', applicationId).orderBy('round').execute();
}

export async function insertSupplement(db: Db, row: { application_id: number; round: number; material_ids: number[]; requested_at: string; due_on: string }): Promise<void> {
  await db.insertInto('application_supplements').values({ ...row, material_ids: JSON.stringify(row.material_ids) }).execute();
}

export async function markSupplementReceived(db: Db, id: number, at: string): Promise<void> {
  await db.updateTable('application_supplements').set({ received_at: new Date(at) }).where('id', '=', id).execute();
}
