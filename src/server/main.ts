import { Command } from 'commander';
import { ConfigError, loadConfig, type Config } from './config.js';
import { listFailedJobs, retryJobs } from './platform/jobs.js';
import { createLogger, type Logger } from './platform/logger.js';
import { openMigratedDatabase, startPlatform } from './runtime.js';
import { seedDemoDistrict } from './seed.js';
import { createSecrets, loadSecretKey } from './platform/secrets.js';
import { createFirstAdministrator } from './modules/identity/bootstrap.js';

/** The composition root: `onewindow <command>`. Each command reads the configuration once. */

function configOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`配置错误 / configuration error: ${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
}

/** Runs a command that needs the database but no HTTP server, then releases everything. */
async function withDatabase(action: (db: Awaited<ReturnType<typeof openMigratedDatabase>>['database'], logger: Logger) => Promise<void>) {
  const config = configOrExit();
  const logger = createLogger(config.logLevel);
  const { provisioned, database } = await openMigratedDatabase(config, logger);
  try {
    await action(database, logger);
  } finally {
    await database.close();
    await provisioned.release();
  }
}

async function serve(): Promise<void> {
  const config = configOrExit();
  const logger = createLogger(config.logLevel);
  const platform = await startPlatform(config, logger);
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing in-flight requests');
    const force = setTimeout(() => {
      logger.error('shutdown timed out; exiting anyway');
      process.exit(1);
    }, config.shutdownTimeoutMs);
    force.unref();
    platform.stop().then(
      () => {
        logger.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'error during shutdown');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

const program = new Command()
  .name('onewindow')
  .description('涪陵区网上行政审批平台 — onewindow server and administration commands')
  .showHelpAfterError();

program
  .command('serve')
  .description('start the platform: database (embedded unless DATABASE_URL), migrations, demo seed, jobs, HTTP on PORT')
  .action(serve);

program
  .command('migrate')
  .description('bring the database schema up to date and exit')
  .action(() => withDatabase(async () => {}));

program
  .command('seed')
  .description('load the demo district (departments, items, accounts) where not loaded yet')
  .action(() =>
    withDatabase(async ({ db }, logger) => {
      const config = configOrExit();
      const loaded = await seedDemoDistrict(db, logger, createSecrets(loadSecretKey(config.secretKey, config.dataDir)));
      process.stdout.write(loaded.length ? `loaded: ${loaded.join(', ')}\n` : 'demo district already loaded\n');
    }),
  );

program
  .command('jobs')
  .description('list background jobs that failed every attempt, with their last error')
  .option('--retry', 'put every failed job back in the queue')
  .action((options: { retry?: boolean }) =>
    withDatabase(async ({ db }) => {
      const failed = await listFailedJobs(db);
      for (const job of failed) {
        process.stdout.write(`${job.id}\t${job.task}\t${job.attempts}/${job.maxAttempts}\t${job.lastError ?? ''}\n`);
      }
      if (options.retry) await retryJobs(db, failed.map((j) => j.id));
      process.stdout.write(`${failed.length} failed job(s)${options.retry ? ' queued again' : ''}\n`);
    }),
  );

/** Reads the password from ONEWINDOW_ADMIN_PASSWORD or the first line of standard input. */
async function readPassword(): Promise<string> {
  if (process.env.ONEWINDOW_ADMIN_PASSWORD) return process.env.ONEWINDOW_ADMIN_PASSWORD;
  if (process.stdin.isTTY) process.stderr.write('password (at least 12 characters): ');
  const { createInterface } = await import('node:readline');
  const lines = createInterface({ input: process.stdin });
  for await (const line of lines) {
    lines.close();
    return line.trim();
  }
  throw new Error('no password given (set ONEWINDOW_ADMIN_PASSWORD or pipe it on standard input)');
}

program
  .command('create-admin')
  .description('create the first system administrator (there are no default accounts outside demo mode)')
  .requiredOption('--username <name>', 'login name')
  .option('--display-name <name>', 'name shown in the interface', '系统管理员')
  .option('--region <code>', 'administrative division code of the region', '500102')
  .option('--region-name <name>', 'name of the region', '涪陵区')
  .action((options: { username: string; displayName: string; region: string; regionName: string }) =>
    withDatabase(async ({ db }) => {
      const password = await readPassword();
      const { id } = await createFirstAdministrator(db, { username: options.username, displayName: options.displayName, password, regionCode: options.region, regionName: options.regionName });
      process.stdout.write(`created system administrator ${options.username} (id ${id})\n`);
    }),
  );

program.parseAsync(process.argv).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
