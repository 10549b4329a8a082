import { sql, type Insertable, type Selectable } from 'kysely';
import type { Db } from '../../db/connection.js';
import type { FilesTables } from './tables.js';

/** All SQL of the files module. */

export type FileRow = Selectable<FilesTables['files']>;

/** Two-key advisory locks live apart from the one-key ones other modules take. */
const CONTENT_LOCK_CLASS = 6;

/**
 * Serialises everything done with one content (storing its blob, inserting its row, deleting a
 * blob after a failure) until the transaction ends, so one upload's cleanup can never delete the
 * blob another upload of the same bytes is about to commit a row for.
 */
export async function lockContent(db: Db, sha256: string): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(${CONTENT_LOCK_CLASS}, hashtext(${sha256}))`.execute(db);
}

export async function findFileById(db: Db, id: number): Promise<FileRow | undefined> {
  return db.selectFrom('files').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findFilesByIds(db: Db, ids: number[]): Promise<FileRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('files').selectAll().where('id', 'in', [...new Set(ids)]).execute();
}

export async function findFileBySha256(db: Db, sha256: string): Promise<FileRow | undefined> {
  return db.selectFrom('files').selectAll().where('sha256', '=', sha256).executeTakeFirst();
}

/** Inserts the row, or returns undefined when a row with that content already exists. */
export async function insertFileIfAbsent(db: Db, row: Omit<Insertable<FilesTables['files']>, 'id' | 'created_at'>): Promise<FileRow | undefined> {
  return db
    .insertInto('files')
    .values(row)
    .onConflict((oc) => oc.column('sha256').doNothing())
    .returningAll()
    .executeTakeFirst();
}
