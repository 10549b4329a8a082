import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { sql } from 'kysely';
import { createTestDatabase, type TestDatabase } from '../testing/db.js';
import { enqueueJob, listFailedJobs, retryJobs, startJobRunner, type JobRunner } from './jobs.js';
import { createLogger } from './logger.js';
import { waitFor } from '../testing/wait.js';

describe('job runner', () => {
  let database: TestDatabase;
  before(async () => {
    database = await createTestDatabase();
    await sql`CREATE TABLE job_runs (n int NOT NULL, worker text NOT NULL)`.execute(database.db);
  });
  after(() => database.drop());

  test('a job queued in a rolled-back transaction never exists; a committed one does', async () => {
    await assert.rejects(
      database.db.transaction().execute(async (trx) => {
        await enqueueJob(trx, 'test.record', { n: -1 });
        throw new Error('roll back');
      }),
    );
    await database.db.transaction().execute((trx) => enqueueJob(trx, 'test.never-run', { n: -2 }));
    const { rows } = await sql<{ task: string }>`SELECT task_identifier AS task FROM graphile_worker.jobs`.execute(database.db);
    assert.deepEqual(rows.map((r) => r.task), ['test.never-run']);
    await sql`DELETE FROM graphile_worker._private_jobs`.execute(database.db);
  });

  test('a failing job is retried with backoff, then kept visible with its last error', async () => {
    let calls = 0;
    const runner: JobRunner = await startJobRunner({
      pool: database.pool,
      concurrency: 1,
      pollIntervalMs: 100,
      logger: createLogger('silent'),
      handlers: {
        'test.gateway': async () => {
          calls += 1;
          throw new Error(`SMS gateway down (call ${calls})`);
        },
      },
    });
    try {
      await enqueueJob(database.db, 'test.gateway', { to: 'x' }, { maxAttempts: 2 });
      const failed = await waitFor(async () => {
        const jobs = await listFailedJobs(database.db);
        return jobs.length === 1 ? jobs[0] : undefined;
      }, 15_000, 'the job to use both attempts');
      assert.equal(calls, 2);
      assert.equal(failed.task, 'test.gateway');
      assert.equal(failed.attempts, 2);
      assert.match(failed.lastError ?? '', /SMS gateway down \(call 2\)/);

      await retryJobs(database.db, [failed.id]);
      await waitFor(async () => (calls >= 3 ? true : undefined), 10_000, 'the retried job to run again');
    } finally {
      await runner.stop();
      await sql`DELETE FROM graphile_worker._private_jobs`.execute(database.db);
    }
  });

  test('two server processes on one database never run the same job twice', async () => {
    const script = path.resolve(import.meta.dirname, '../testing/job-worker.ts');
    const workers: ChildProcess[] = ['a', 'b'].map((name) =>
      spawn(process.execPath, ['--import', 'tsx', script], {
        env: { ...process.env, OW_TEST_DB_URL: database.url, OW_WORKER_NAME: name },
        stdio: ['ignore', 'pipe', 'inherit'],
      }),
    );
    try {
      await Promise.all(
        workers.map(
          (worker) =>
            new Promise<void>((resolve, reject) => {
              worker.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
              worker.once('exit', (code) => reject(new Error(`worker exited early (${code})`)));
            }),
        ),
      );
      const total = 300;
      await database.db.transaction().execute(async (trx) => {
        for (let n = 0; n < total; n++) await enqueueJob(trx, 'test.record', { n });
      });
      await waitFor(async () => {
        const { rows } = await sql<{ c: number }>`SELECT count(*)::int AS c FROM job_runs`.execute(database.db);
        return rows[0]!.c >= total ? true : undefined;
      }, 60_000, 'all jobs to run');
      await new Promise((r) => setTimeout(r, 500)); // a duplicate would show up late

      const { rows } = await sql<{ runs: number; distinct_jobs: number; workers: number }>`
        SELECT count(*)::int AS runs, count(DISTINCT n)::int AS distinct_jobs, count(DISTINCT worker)::int AS workers FROM job_runs`.execute(database.db);
      assert.equal(rows[0]!.runs, total, 'each job ran exactly once');
      assert.equal(rows[0]!.distinct_jobs, total);
      assert.equal(rows[0]!.workers, 2, 'both processes took part');
    } finally {
      const exits = workers.map((w) => new Promise<number | null>((resolve) => (w.exitCode !== null ? resolve(w.exitCode) : w.once('exit', resolve))));
      for (const worker of workers) worker.kill('SIGTERM');
      const codes = await Promise.all(exits);
      assert.deepEqual(codes, [0, 0], 'workers stop cleanly on SIGTERM');
    }
  });
});
