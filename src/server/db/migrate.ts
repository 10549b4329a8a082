import { DEFAULT_MIGRATION_TABLE, Migrator, sql, type MigrationResult } from 'kysely';
import { runMigrations as runJobMigrations } from 'graphile-worker';
import type pg from 'pg';
import type { Db } from './connection.js';
import { migrations } from './migrations/index.js';
import { silentJobLogger } from '../platform/jobs.js';

export interface MigrationReport {
  applied: string[];
  error?: unknown;
}

function migrator(db: Db): Migrator {
  return new Migrator({ db, provider: { getMigrations: async () => migrations } });
}

/**
 * Names of the migrations the database has applied, read in two small queries. Kysely's own
 * `getMigrations` introspects every column of every table to learn whether its table exists,
 * which costs a tenth of a second at each start and each readiness probe.
 */
async function appliedMigrations(db: Db): Promise<Set<string>> {
  const { rows: exists } = await sql<{ found: boolean }>`SELECT to_regclass(${DEFAULT_MIGRATION_TABLE}) IS NOT NULL AS found`.execute(db);
  if (!exists[0]!.found) return new Set();
  const { rows } = await sql<{ name: string }>`SELECT name FROM ${sql.table(DEFAULT_MIGRATION_TABLE)}`.execute(db);
  return new Set(rows.map((r) => r.name));
}

/**
 * Brings the schema up to date: our own migrations, then the job queue's schema.
 * Safe to run from several processes at once (Kysely takes an advisory lock).
 */
export async function migrateToLatest(db: Db, pool: pg.Pool): Promise<MigrationReport> {
  const applied = await appliedMigrations(db);
  const known = Object.keys(migrations);
  // The usual restart: exactly the known migrations are applied, so the migrator (its lock and
  // introspection) has nothing to do. Anything else, including migrations this code does not
  // know, goes through Kysely, which does the work or reports the mismatch.
  let done: string[] = [];
  if (applied.size !== known.length || !known.every((name) => applied.has(name))) {
    const { error, results } = await migrator(db).migrateToLatest();
    done = (results ?? []).filter((r: MigrationResult) => r.status === 'Success').map((r) => r.migrationName);
    if (error) return { applied: done, error };
  }
  await runJobMigrations({ pgPool: pool, logger: silentJobLogger });
  return { applied: done };
}

/** Names of migrations the code knows but the database has not applied. */
export async function pendingMigrations(db: Db): Promise<string[]> {
  const applied = await appliedMigrations(db);
  return Object.keys(migrations).filter((name) => !applied.has(name));
}
