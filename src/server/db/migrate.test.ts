import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { createTestDatabase, type TestDatabase } from '../testing/db.js';
import { migrateToLatest, pendingMigrations } from './migrate.js';
import { migrations } from './migrations/index.js';

describe('migrations on an existing database', () => {
  let database: TestDatabase;
  before(async () => {
    database = await createTestDatabase();
  });
  after(() => database.drop());

  test('an up-to-date database has nothing pending and migrating again applies nothing', async () => {
    assert.deepEqual(await pendingMigrations(database.db), []);
    assert.deepEqual(await migrateToLatest(database.db, database.pool), { applied: [] });
  });

  test('a migration missing from the record is pending, by name', async () => {
    const last = Object.keys(migrations).at(-1)!;
    await sql`DELETE FROM kysely_migration WHERE name = ${last}`.execute(database.db);
    try {
      assert.deepEqual(await pendingMigrations(database.db), [last]);
    } finally {
      await sql`INSERT INTO kysely_migration (name, timestamp) VALUES (${last}, now()::text)`.execute(database.db);
    }
  });

  test('a database migrated by newer code is reported, not silently accepted', async () => {
    await sql`INSERT INTO kysely_migration (name, timestamp) VALUES ('9999_from_the_future', now()::text)`.execute(database.db);
    try {
      const report = await migrateToLatest(database.db, database.pool);
      assert.match(String(report.error), /9999_from_the_future/);
    } finally {
      await sql`DELETE FROM kysely_migration WHERE name = '9999_from_the_future'`.execute(database.db);
    }
  });

  test('a database never migrated has every migration pending', async () => {
    await sql`CREATE SCHEMA probe_empty`.execute(database.db);
    try {
      // SET LOCAL keeps the search path to this transaction, away from the pool's other connections.
      const pending = await database.db.transaction().execute(async (trx) => {
        await sql`SET LOCAL search_path TO probe_empty`.execute(trx);
        return pendingMigrations(trx);
      });
      assert.deepEqual(pending, Object.keys(migrations));
    } finally {
      await sql`DROP SCHEMA probe_empty CASCADE`.execute(database.db);
    }
  });
});
