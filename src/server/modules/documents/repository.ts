import { sql, type Insertable, type Selectable } from 'kysely';
import type { Db } from '../../db/connection.js';
import type { DocumentsTables } from './tables.js';

/** All SQL of the documents module. */

export type CertificateRow = Selectable<DocumentsTables['certificates']>;

/**
 * Next certificate number of the department's year. The upsert takes the sequence row's lock,
 * so concurrent approvals in one department queue here and never share a number.
 */
export async function nextCertificateSequence(db: Db, departmentCode: string, year: number): Promise<number> {
  const row = await db
    .insertInto('certificate_sequences')
    .values({ department_code: departmentCode, year, last: 1 })
    .onConflict((oc) => oc.columns(['department_code', 'year']).doUpdateSet((eb) => ({ last: eb('certificate_sequences.last', '+', 1) })))
    .returning('last')
    .executeTakeFirstOrThrow();
  return row.last;
}

/** Serial of the next new enterprise's credit code (see credit-code.ts). */
export async function nextCreditCodeSerial(db: Db): Promise<number> {
  const { rows } = await sql<{ serial: string }>`SELECT nextval('credit_code_serials') AS serial`.execute(db);
  return Number(rows[0]!.serial);
}

/** Inserts one certificate of the case's bundle; a position already taken keeps its certificate (undefined). */
export async function insertCertificate(db: Db, row: Insertable<DocumentsTables['certificates']>): Promise<CertificateRow | undefined> {
  return db
    .insertInto('certificates')
    .values(row)
    .onConflict((oc) => oc.columns(['case_id', 'position']).doNothing())
    .returningAll()
    .executeTakeFirst();
}

export async function certificateByNumber(db: Db, number: string): Promise<CertificateRow | undefined> {
  return db.selectFrom('certificates').selectAll().where('number', '=', number).executeTakeFirst();
}

/** The case's result bundle, in bundle order (empty before approval). */
export async function certificatesOfCase(db: Db, caseId: number): Promise<CertificateRow[]> {
  return db.selectFrom('certificates').selectAll().where('case_id', '=', caseId).orderBy('position').execute();
}

/** Locks the certificate row, so two revocations of one certificate queue up. */
export async function lockCertificate(db: Db, number: string): Promise<CertificateRow | undefined> {
  return db.selectFrom('certificates').selectAll().where('number', '=', number).forUpdate().executeTakeFirst();
}

export async function revokeCertificate(db: Db, id: number, by: string, reason: string): Promise<CertificateRow> {
  return db
    .updateTable('certificates')
    .set({ revoked_at: sql`now()`, revoked_by: by, revoke_reason: reason })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}
