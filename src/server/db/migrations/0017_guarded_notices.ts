import { sql, type Kysely } from 'kysely';

/**
 * In-app notices of a case change written in one round trip instead of three (SAVEPOINT, insert,
 * RELEASE): the function's exception block is its own subtransaction, so a notice that cannot be
 * written is undone alone and reported, and the case change around it goes ahead. Only notices
 * with nothing to queue go this way; deliveries to queue keep the savepoint (their jobs too
 * must be undone with them).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE FUNCTION onewindow_insert_notices(notices jsonb) RETURNS text LANGUAGE plpgsql AS $$
    BEGIN
      WITH input AS (
        SELECT nextval(pg_get_serial_sequence('notifications', 'id')) AS id, r.*
        FROM jsonb_to_recordset(notices)
          AS r(recipient text, case_id bigint, kind text, title text, body text, short_text text, link text, deliveries jsonb)
      ), written AS (
        INSERT INTO notifications (id, recipient, case_id, kind, title, body, short_text, link) OVERRIDING SYSTEM VALUE
        SELECT id, recipient, case_id, kind, title, body, short_text, link FROM input
      )
      INSERT INTO notification_deliveries (notification_id, channel, destination, status, max_attempts)
      SELECT i.id, d.channel, d.destination, d.status, d.max_attempts
      FROM input i, jsonb_to_recordset(i.deliveries) AS d(channel text, destination text, status text, max_attempts int);
      RETURN NULL;
    EXCEPTION WHEN OTHERS THEN
      RETURN SQLSTATE || ' ' || SQLERRM;
    END $$`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP FUNCTION onewindow_insert_notices(jsonb)`.execute(db);
}
