/**
 * A real worker process for the multi-process job test: runs the platform's job runner against
 * OW_TEST_DB_URL with two test tasks, prints "ready", and stops cleanly on SIGTERM.
 */
import { sql } from 'kysely';
import { openDatabase } from '../db/connection.js';
import { startJobRunner } from '../platform/jobs.js';
import { createLogger } from '../platform/logger.js';

const url = process.env.OW_TEST_DB_URL;
if (!url) throw new Error('OW_TEST_DB_URL is required');
const workerName = process.env.OW_WORKER_NAME ?? String(process.pid);
const { db, pool, close } = openDatabase(url, { max: 4 });

const runner = await startJobRunner({
  pool,
  concurrency: 2,
  pollIntervalMs: 200,
  logger: createLogger('silent'),
  handlers: {
    'test.record': async (payload) => {
      const { n } = payload as { n: number };
      await new Promise((r) => setTimeout(r, 5));
      await sql`INSERT INTO job_runs (n, worker) VALUES (${n}, ${workerName})`.execute(db);
    },
  },
});
process.stdout.write('ready\n');
process.on('SIGTERM', () => {
  void runner
    .stop()
    .then(close)
    .then(() => process.exit(0));
});
