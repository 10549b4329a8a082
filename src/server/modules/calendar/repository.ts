import { sql, type Insertable, type Selectable } from 'kysely';
import type { Db } from '../../db/connection.js';
import type { CalendarTables } from './tables.js';

/** All SQL of the calendar. Functions take the connection or transaction to run on. */

export type CalendarDayRow = Selectable<CalendarTables['calendar_days']>;
export type NewCalendarDay = Omit<Insertable<CalendarTables['calendar_days']>, 'updated_at'>;

/** Rows per INSERT: 5 parameters a row stays far below PostgreSQL's 65,535 per statement. */
const INSERT_CHUNK = 1000;

/**
 * Serialises calendar changes: held until the transaction ends, so each change (and the due
 * dates its listeners recompute) sees every earlier change committed.
 */
export async function lockCalendar(db: Db): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtext('onewindow.calendar_days'))`.execute(db);
}

export async function listOverrides(db: Db): Promise<CalendarDayRow[]> {
  return db.selectFrom('calendar_days').selectAll().orderBy('date').execute();
}

export async function findOverride(db: Db, date: string): Promise<CalendarDayRow | undefined> {
  return db.selectFrom('calendar_days').selectAll().where('date', '=', date).executeTakeFirst();
}

/** Inserts or replaces the rows of these dates. */
export async function upsertDays(db: Db, days: readonly NewCalendarDay[]): Promise<void> {
  for (let i = 0; i < days.length; i += INSERT_CHUNK) {
    await db
      .insertInto('calendar_days')
      .values(days.slice(i, i + INSERT_CHUNK))
      .onConflict((oc) =>
        oc.column('date').doUpdateSet((eb) => ({
          workday: eb.ref('excluded.workday'),
          name: eb.ref('excluded.name'),
          source: eb.ref('excluded.source'),
          updated_by: eb.ref('excluded.updated_by'),
          updated_at: sql`now()`,
        })),
      )
      .execute();
  }
}

/** Deletes a date's row; the row as it was, or undefined when there was none. */
export async function deleteOverride(db: Db, date: string): Promise<CalendarDayRow | undefined> {
  return db.deleteFrom('calendar_days').where('date', '=', date).returningAll().executeTakeFirst();
}
