import { sql, type Kysely } from 'kysely';

/**
 * The change feed behind the caches (platform/change-feed.ts): committed changes to sessions,
 * accounts and roles name the user they concern; changes to the catalogue, the organisation,
 * the calendar and process definitions name only their topic. `pg_notify` is transactional, so
 * a cache hears of a change exactly when it becomes visible, and never of a rolled-back one.
 */
const KEYED: [table: string, topic: string, key: string, events: string][] = [
  // last_seen_at is touched while browsing: only a revocation or a new expiry concerns a cache.
  ['sessions', 'session', 'user_id', 'UPDATE OF revoked_at, expires_at OR DELETE'],
  ['users', 'user', 'id', 'INSERT OR UPDATE OF status, username, kind, display_name, email, phone OR DELETE'],
  ['role_assignments', 'user', 'user_id', 'INSERT OR UPDATE OR DELETE'],
];

const WHOLE: [table: string, topic: string][] = [
  ['regions', 'catalogue'],
  ['departments', 'catalogue'],
  ['items', 'catalogue'],
  ['item_versions', 'catalogue'],
  ['item_materials', 'catalogue'],
  ['item_fees', 'catalogue'],
  ['item_forms', 'catalogue'],
  ['search_synonyms', 'catalogue'],
  ['life_events', 'catalogue'],
  ['life_event_items', 'catalogue'],
  ['hot_item_picks', 'catalogue'],
  ['units', 'units'],
  ['calendar_days', 'calendar'],
  ['process_definitions', 'definitions'],
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE FUNCTION onewindow_notify_keyed() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      key text;
    BEGIN
      IF TG_OP IN ('UPDATE', 'DELETE') THEN
        EXECUTE format('SELECT ($1).%I::text', TG_ARGV[1]) USING OLD INTO key;
        PERFORM pg_notify('onewindow_changes', TG_ARGV[0] || ':' || key);
      END IF;
      IF TG_OP IN ('INSERT', 'UPDATE') THEN
        EXECUTE format('SELECT ($1).%I::text', TG_ARGV[1]) USING NEW INTO key;
        PERFORM pg_notify('onewindow_changes', TG_ARGV[0] || ':' || key);
      END IF;
      RETURN NULL;
    END $$`.execute(db);
  await sql`
    CREATE FUNCTION onewindow_notify_topic() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM pg_notify('onewindow_changes', TG_ARGV[0]);
      RETURN NULL;
    END $$`.execute(db);
  for (const [table, topic, key, events] of KEYED) {
    await sql
      .raw(`CREATE TRIGGER ${table}_change_feed AFTER ${events} ON ${table} FOR EACH ROW EXECUTE FUNCTION onewindow_notify_keyed('${topic}', '${key}')`)
      .execute(db);
  }
  for (const [table, topic] of WHOLE) {
    await sql
      .raw(`CREATE TRIGGER ${table}_change_feed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION onewindow_notify_topic('${topic}')`)
      .execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const [table] of [...KEYED, ...WHOLE]) await sql.raw(`DROP TRIGGER ${table}_change_feed ON ${table}`).execute(db);
  await sql`DROP FUNCTION onewindow_notify_topic()`.execute(db);
  await sql`DROP FUNCTION onewindow_notify_keyed()`.execute(db);
}
