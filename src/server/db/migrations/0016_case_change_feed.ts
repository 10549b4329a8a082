import { sql, type Kysely } from 'kysely';

/**
 * Case changes on the change feed, for the per-instance case cache (workflow/case-cache.ts).
 * A new version announces `case:{id}:{version}`, so an instance drops only what is older and
 * keeps what it has just written itself; any other change to a case row (due dates stored
 * again under a new calendar) or to its events (never updated in normal work) announces
 * `case:{id}`, which drops the case whatever its version.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE FUNCTION onewindow_notify_case() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      -- Nested, not AND-ed: PL/pgSQL may evaluate NEW.version on a case_events row otherwise.
      IF TG_TABLE_NAME <> 'cases' THEN
        PERFORM pg_notify('onewindow_changes', 'case:' || OLD.case_id);
      ELSIF TG_OP = 'UPDATE' THEN
        IF NEW.version <> OLD.version THEN
          PERFORM pg_notify('onewindow_changes', 'case:' || NEW.id || ':' || NEW.version);
        ELSE
          PERFORM pg_notify('onewindow_changes', 'case:' || NEW.id);
        END IF;
      ELSE
        PERFORM pg_notify('onewindow_changes', 'case:' || OLD.id);
      END IF;
      RETURN NULL;
    END $$`.execute(db);
  await sql`CREATE TRIGGER cases_change_feed AFTER UPDATE OR DELETE ON cases FOR EACH ROW EXECUTE FUNCTION onewindow_notify_case()`.execute(db);
  await sql`CREATE TRIGGER case_events_change_feed AFTER UPDATE OR DELETE ON case_events FOR EACH ROW EXECUTE FUNCTION onewindow_notify_case()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TRIGGER case_events_change_feed ON case_events`.execute(db);
  await sql`DROP TRIGGER cases_change_feed ON cases`.execute(db);
  await sql`DROP FUNCTION onewindow_notify_case()`.execute(db);
}
