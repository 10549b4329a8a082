import { sql } from 'kysely';
import { Logger as JobLogger, parseCronItems, run, type Runner, type Task, type TaskList } from 'graphile-worker';
import type pg from 'pg';
import type { Kysely } from 'kysely';
import type { Logger } from './logger.js';

/**
 * Background work on PostgreSQL through graphile-worker: jobs are claimed with
 * `FOR UPDATE SKIP LOCKED`, retried with exponential backoff, and a job that used all its
 * attempts stays in the table with its last error. Several server processes can share one
 * database; each job runs in one of them.
 *
 * Jobs are queued inside the caller's transaction (the outbox pattern): a rolled-back change
 * queues nothing, and a committed change cannot lose its follow-up work.
 */
export type JobHandler = (payload: unknown, context: { jobId: string; attempt: number; logger: Logger }) => Promise<void>;

export interface EnqueueOptions {
  runAt?: Date;
  maxAttempts?: number;
  /** Jobs with the same key replace each other while pending (dedupe). */
  jobKey?: string;
  /** Jobs in the same named queue run one at a time, in order. */
  queue?: string;
}

/**
 * Queues a job inside the given transaction (or connection).
 *
 * @example
 * await db.transaction().execute(async (trx) => {
 *   await trx.insertInto('audit_log').values(...).execute();
 *   await enqueueJob(trx, 'notify', { caseId });
 * });
 */
export async function enqueueJob(
  db: Kysely<any>,
  task: string,
  payload: Record<string, unknown>,
  options: EnqueueOptions = {},
): Promise<string> {
  const { rows } = await sql<{ id: string }>`
    SELECT id::text AS id FROM graphile_worker.add_job(
      identifier => ${task},
      payload => ${JSON.stringify(payload)}::json,
      queue_name => ${options.queue ?? null},
      run_at => ${options.runAt ?? null}::timestamptz,
      max_attempts => ${options.maxAttempts ?? null}::int,
      job_key => ${options.jobKey ?? null}
    )`.execute(db);
  return rows[0]!.id;
}

export interface JobRecord {
  id: string;
  task: string;
  attempts: number;
  maxAttempts: number;
  lastError: string | null;
  runAt: Date;
  lockedBy: string | null;
}

/** Jobs that used every attempt and will not run again unless retried by hand. */
export async function listFailedJobs(db: Kysely<any>, limit = 100): Promise<JobRecord[]> {
  const { rows } = await sql<JobRecord>`
    SELECT id::text AS id, task_identifier AS task, attempts, max_attempts AS "maxAttempts",
           last_error AS "lastError", run_at AS "runAt", locked_by AS "lockedBy"
    FROM graphile_worker.jobs
    WHERE attempts >= max_attempts
      -- attempts counts a run when it starts: a job still locked is in its last run, not failed yet.
      AND locked_at IS NULL
    ORDER BY updated_at DESC
    LIMIT ${limit}`.execute(db);
  return rows;
}

/** Puts failed jobs back in the queue with fresh attempts. */
export async function retryJobs(db: Kysely<any>, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await sql`SELECT graphile_worker.reschedule_jobs(${ids}::bigint[], run_at => now(), attempts => 0)`.execute(db);
}

/** graphile-worker's own chatter routed into pino (debug lines dropped). */
export function jobLogger(logger: Logger): JobLogger {
  return new JobLogger((scope) => (level, message, meta) => {
    const fields = { ...scope, ...meta };
    if (level === 'error') logger.error(fields, message);
    else if (level === 'warning') logger.warn(fields, message);
    else if (level === 'info') logger.info(fields, message);
  });
}

export const silentJobLogger = new JobLogger(() => () => {});

export interface JobSchedule {
  task: string;
  /** Cron pattern, e.g. '7 * * * *'. */
  match: string;
  identifier: string;
}

export interface JobRunnerOptions {
  schedules?: JobSchedule[];
  pool: pg.Pool;
  handlers: Record<string, JobHandler>;
  concurrency: number;
  logger: Logger;
  pollIntervalMs?: number;
}

export interface JobRunner {
  /** Finishes the jobs in hand, then stops claiming new ones. */
  stop(): Promise<void>;
}

/** Starts claiming and running jobs; the process's own shutdown handler calls `stop()`. */
export async function startJobRunner(options: JobRunnerOptions): Promise<JobRunner> {
  const taskList: TaskList = {};
  for (const [name, handler] of Object.entries(options.handlers)) {
    const task: Task = async (payload, helpers) => {
      await handler(payload, { jobId: helpers.job.id, attempt: helpers.job.attempts, logger: options.logger.child({ job: name }) });
    };
    taskList[name] = task;
  }
  const runner: Runner = await run({
    pgPool: options.pool,
    taskList,
    concurrency: options.concurrency,
    pollInterval: options.pollIntervalMs ?? 2000,
    noHandleSignals: true,
    // Schedules are registered in code by later modules, never read from a crontab file.
    parsedCronItems: parseCronItems((options.schedules ?? []).map((s) => ({ task: s.task, match: s.match, identifier: s.identifier }))),
    logger: jobLogger(options.logger),
  });
  return { stop: () => runner.stop() };
}
