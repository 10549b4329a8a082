/**
 * `npm run bench`: prints figures, asserts nothing. Each benchmark runs against a fresh embedded
 * PostgreSQL with the demo district and reports its timings next to a baseline measured in the
 * same run, because absolute numbers on a shared machine are noisy; the ratio is what to compare.
 *
 *   npm run bench                 all benchmarks
 *   npm run bench -- catalogue    only those whose name contains "catalogue"
 *   npm run bench -- web-weight   the home page's transferred bytes in Chromium (needs npm run build:web)
 *   npm run bench -- http         transitions and public reads through HTTP on a started server
 *   npm run bench -- cold-start   npm start on an empty data directory to ready, and a restart
 *
 * BENCH_SECONDS (default 10) sets how long each load phase runs.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { startEmbeddedPostgres } from '../src/server/db/embedded.js';
import { openDatabase, withDatabase, type DbHandle } from '../src/server/db/connection.js';
import { migrateToLatest } from '../src/server/db/migrate.js';
import { seedDemoDistrict } from '../src/server/seed.js';
import { createLogger } from '../src/server/platform/logger.js';
import { buildApp } from '../src/server/http/app.js';
import { loadConfig } from '../src/server/config.js';
import { routeModules } from '../src/server/modules/index.js';
import { listItems } from '../src/server/modules/catalogue/service.js';
import { createSecrets } from '../src/server/platform/secrets.js';
import { WEB_DIR } from '../src/server/runtime.js';
import { randomBytes } from 'node:crypto';
import { coldStart, httpReads, httpTransitions, pgbenchTps as pgbenchOnce } from './bench-http.js';

interface Stats {
  n: number;
  p50: number;
  p95: number;
  mean: number;
}

async function measure(n: number, run: (i: number) => Promise<unknown>): Promise<Stats> {
  for (let i = 0; i < Math.min(50, n); i++) await run(i); // warm-up: plans cached, JIT done
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await run(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { n, p50: times[Math.floor(n * 0.5)]!, p95: times[Math.floor(n * 0.95)]!, mean: times.reduce((s, t) => s + t, 0) / n };
}

const fmt = (s: Stats) => `p50 ${s.p50.toFixed(2)} ms  p95 ${s.p95.toFixed(2)} ms  mean ${s.mean.toFixed(2)} ms  (n=${s.n})`;

const SEARCH_TERMS = ['食品', '建设', '许可', '登记', '消防', '道路运输', '企业开办', '取水', '医疗机构', '烟草', '不存在的事项'];

const benchmarks: Record<string, (database: DbHandle, url: string) => Promise<void>> = {
  async 'workflow-transitions'(database, url) {
    const { createCase, runCommand } = await import('../src/server/modules/workflow/service.js');
    const { loadCalendar } = await import('../src/server/modules/calendar/service.js');
    const { resolveSessionActor } = await import('./bench-actors.js');
    const ctx = { db: database.db, calendar: await loadCalendar(database.db) };
    const clerk = await resolveSessionActor(database.db, 'window');
    const reviewer = await resolveSessionActor(database.db, 'scjg.reviewer');
    const approver = await resolveSessionActor(database.db, 'scjg.approver');
    const item = (await database.db.selectFrom('item_versions').innerJoin('items', 'items.published_version_id', 'item_versions.id').select('items.code').where('item_versions.process_kind', '=', 'standard').where('items.code', 'like', '500102-scjg-%').executeTakeFirstOrThrow()).code;
    const cases = 150;
    let transitions = 0;
    let busy = 0;
    // Counts the statements sent while inside runCommand, to set next to the pgbench script's 8.
    const pg = (await import('pg')).default;
    const query = pg.Client.prototype.query;
    let counting = false;
    let statements = 0;
    pg.Client.prototype.query = function (this: unknown, ...args: unknown[]) {
      if (counting) statements += 1;
      return (query as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof query;
    for (let n = 0; n < cases; n++) {
      const { id } = await createCase(ctx, { itemCode: item, applicantId: 'citizen', channel: 'window' }, clerk);
      let version = 1;
      const run = async (command: Parameters<typeof runCommand>[2], actor: typeof clerk) => {
        const t0 = performance.now();
        counting = true;
        await runCommand(ctx, id, command, actor, version);
        counting = false;
        busy += performance.now() - t0;
        version += 1;
        transitions += 1;
      };
      await run({ kind: 'accept' }, clerk);
      const review = (await database.db.selectFrom('case_tasks').select('task_id').where('case_id', '=', id).executeTakeFirstOrThrow()).task_id;
      await run({ kind: 'claim', taskId: review }, reviewer);
      await run({ kind: 'approve', taskId: review, opinion: '同意' }, reviewer);
      const decideTask = (await database.db.selectFrom('case_tasks').select('task_id').where('case_id', '=', id).where('status', '=', 'queued').executeTakeFirstOrThrow()).task_id;
      await run({ kind: 'claim', taskId: decideTask }, approver);
      await run({ kind: 'approve', taskId: decideTask, opinion: '准予许可' }, approver);
      await run({ kind: 'complete' }, approver);
    }
    pg.Client.prototype.query = query;
    const seconds = busy / 1000;
    const serviceTps = transitions / seconds;

    const pgbenchTps = await pgbenchOnce(database, url, 1, 8);
    console.log('workflow transitions (one connection, sequential; each = load case + events, decide, versioned update, hash-chained events, task upsert, in one transaction)');
    console.log(`  service runCommand      ${transitions} transitions in ${seconds.toFixed(1)} s = ${serviceTps.toFixed(0)} transitions/s (time inside runCommand only)`);
    console.log(`  pgbench same SQL shape  ${pgbenchTps.toFixed(0)} transactions/s (prepared statements, -c 1, 8 s)`);
    console.log(`  ratio service / pgbench ${(serviceTps / pgbenchTps).toFixed(2)}`);
    console.log(`  statements per transition: service ${(statements / transitions).toFixed(1)} (with BEGIN/COMMIT, case effects included), pgbench script 8`);
  },

  async 'catalogue-search'(database) {
    const baseline = await measure(500, () => sql`SELECT 1`.execute(database.db));
    const service = await measure(500, (i) => listItems(database.db, { q: SEARCH_TERMS[i % SEARCH_TERMS.length], limit: 20 }));
    const filtered = await measure(500, (i) =>
      listItems(database.db, { q: SEARCH_TERMS[i % SEARCH_TERMS.length], handlingDepth: 'online_accept', limit: 20 }),
    );
    const app = await buildApp({ config: loadConfig({}), db: database.db, pool: database.pool, logger: createLogger('silent'), secrets: createSecrets(randomBytes(32)), modules: routeModules });
    await app.ready();
    const http = await measure(500, (i) => app.inject({ method: 'GET', url: `/api/v1/items?q=${encodeURIComponent(SEARCH_TERMS[i % SEARCH_TERMS.length]!)}` }));
    await app.close();
    console.log('catalogue search over all published items (synonyms, name/keyword/department substrings, pinyin, trigram similarity; ranked page of 20 + total; "did you mean" when nothing matched)');
    console.log(`  baseline SELECT 1 round trip   ${fmt(baseline)}`);
    console.log(`  service listItems(q)           ${fmt(service)}   ratio p50 ${(service.p50 / baseline.p50).toFixed(1)}× baseline`);
    console.log(`  service listItems(q, filter)   ${fmt(filtered)}   ratio p50 ${(filtered.p50 / baseline.p50).toFixed(1)}× baseline`);
    console.log(`  HTTP GET /api/v1/items?q=…     ${fmt(http)}   ratio p50 ${(http.p50 / baseline.p50).toFixed(1)}× baseline`);
  },

  'http-transitions': httpTransitions,
  'http-reads': httpReads,
  'cold-start': coldStart,

  async 'web-weight'(database) {
    const { measureHomePage } = await import('./bench-web.js');
    const app = await buildApp({
      config: loadConfig({}), db: database.db, pool: database.pool, logger: createLogger('silent'), secrets: createSecrets(randomBytes(32)),
      modules: routeModules, webDir: WEB_DIR,
    });
    const baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      await measureHomePage(baseUrl);
    } finally {
      await app.close();
    }
  },
};

async function main() {
  const filter = process.argv[2];
  const selected = Object.entries(benchmarks).filter(([name]) => !filter || name.includes(filter));
  const dir = mkdtempSync(path.join(os.tmpdir(), 'onewindow-bench-'));
  chmodSync(dir, 0o755);
  // pg_stat_statements counts what the server sends per transition and per read.
  const server = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), settings: { shared_preload_libraries: 'pg_stat_statements' } });
  const database = openDatabase(withDatabase(server.url, 'postgres'), { max: 10 });
  try {
    const report = await migrateToLatest(database.db, database.pool);
    if (report.error) throw report.error;
    await sql`CREATE EXTENSION IF NOT EXISTS pg_stat_statements`.execute(database.db);
    await seedDemoDistrict(database.db, createLogger('warn'), createSecrets(randomBytes(32)));
    console.log(`PostgreSQL ${(await sql<{ v: string }>`SELECT current_setting('server_version') AS v`.execute(database.db)).rows[0]!.v}, Node ${process.version}, ${os.cpus().length} CPUs`);
    for (const [, run] of selected) await run(database, withDatabase(server.url, 'postgres'));
  } finally {
    await database.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
