import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from './config.js';
import { openDatabase, type DbHandle } from './db/connection.js';
import { migrateToLatest } from './db/migrate.js';
import { provisionDatabase, type ProvisionedDatabase } from './db/provision.js';
import { buildApp, type BuildAppOptions } from './http/app.js';
import type { AppInstance } from './http/types.js';
import { jobHandlers, jobSchedules } from './jobs.js';
import { routeModules } from './modules/index.js';
import { startJobRunner, type JobRunner } from './platform/jobs.js';
import type { Logger } from './platform/logger.js';
import { seedDemoDistrict } from './seed.js';
import { createSecrets, loadSecretKey } from './platform/secrets.js';

/**
 * dist/web next to dist/server once built; the same folder when run from source with tsx.
 * `ONEWINDOW_WEB_DIR` points elsewhere (a build made with `vite build --outDir …`), so parallel
 * work on one checkout can test its own build.
 */
export const WEB_DIR = process.env.ONEWINDOW_WEB_DIR
  ? path.resolve(process.env.ONEWINDOW_WEB_DIR)
  : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'web');

export interface Platform {
  app: AppInstance;
  database: DbHandle;
  /** Where the HTTP server listens, e.g. http://127.0.0.1:3000. */
  address: string;
  stop(): Promise<void>;
}

/** Opens (or provisions) the database and brings its schema up to date. */
export async function openMigratedDatabase(config: Config, logger: Logger): Promise<{ provisioned: ProvisionedDatabase; database: DbHandle }> {
  const provisioned = await provisionDatabase(config, logger);
  const database = openDatabase(provisioned.url, { max: config.dbPoolSize });
  try {
    const report = await migrateToLatest(database.db, database.pool);
    if (report.error) throw report.error;
    if (report.applied.length > 0) logger.info({ migrations: report.applied }, 'migrations applied');
    return { provisioned, database };
  } catch (error) {
    await database.close();
    await provisioned.release();
    throw error;
  }
}

/**
 * Starts everything `serve` needs: database, migrations, demo seed, jobs, HTTP.
 * `stop()` undoes it in reverse order, letting in-flight requests and jobs finish.
 */
export async function startPlatform(config: Config, logger: Logger, extra: Pick<BuildAppOptions, 'rateLimitExempt'> = {}): Promise<Platform> {
  const { provisioned, database } = await openMigratedDatabase(config, logger);
  let app: AppInstance | undefined;
  let jobs: JobRunner | undefined;
  const stop = async () => {
    await app?.close();
    await jobs?.stop();
    await database.close();
    await provisioned.release();
  };
  try {
    const secrets = createSecrets(loadSecretKey(config.secretKey, config.dataDir));
    if (config.seedDemo) await seedDemoDistrict(database.db, logger, secrets);
    const deps = { config, db: database.db, pool: database.pool, logger, secrets };
    app = await buildApp({ ...deps, ...extra, webDir: WEB_DIR, modules: routeModules });
    if (config.jobsEnabled) {
      jobs = await startJobRunner({ pool: database.pool, handlers: jobHandlers(deps), schedules: jobSchedules, concurrency: config.jobsConcurrency, logger });
    }
    const address = await app.listen({ port: config.port, host: config.host });
    logger.info({ address, database: provisioned.kind }, 'onewindow is serving');
    return { app, database, address, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
