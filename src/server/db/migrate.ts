import { Migrator, type MigrationResult } from 'kysely';
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
 * Brings the schema up to date: our own migrations, then the job queue's schema.
 * Safe to run from several processes at once (Kysely takes an advisory lock).
 */
export async function migrateToLatest(db: Db, pool: pg.Pool): Promise<MigrationReport> {
  const { error, results } = await migrator(db).migrateToLatest();
  const applied = (results ?? []).filter((r: MigrationResult) => r.status === 'Success').map((r) => r.migrationName);
  if (error) return { applied, error };
  await runJobMigrations({ pgPool: pool, logger: silentJobLogger });
  return { applied };
}

/** Names of migrations the code knows but the database has not applied. */
export async function pendingMigrations(db: Db): Promise<string[]> {
  const all = await migrator(db).getMigrations();
  return all.filter((m) => m.executedAt === undefined).map((m) => m.name);
}
