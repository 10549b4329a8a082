/**
 * `npm run bench`: prints figures, asserts nothing. Each benchmark runs against a fresh embedded
 * PostgreSQL with the demo district and reports its timings next to a baseline measured in the
 * same run, because absolute numbers on a shared machine are noisy; the ratio is what to compare.
 *
 *   npm run bench                 all benchmarks
 *   npm run bench -- catalogue    only those whose name contains "catalogue"
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
import { randomBytes } from 'node:crypto';

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

const benchmarks: Record<string, (database: DbHandle) => Promise<void>> = {
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
    console.log('catalogue search over all 269 published items (substring over name, code, department, keywords; page of 20 + total)');
    console.log(`  baseline SELECT 1 round trip   ${fmt(baseline)}`);
    console.log(`  service listItems(q)           ${fmt(service)}   ratio p50 ${(service.p50 / baseline.p50).toFixed(1)}× baseline`);
    console.log(`  service listItems(q, filter)   ${fmt(filtered)}   ratio p50 ${(filtered.p50 / baseline.p50).toFixed(1)}× baseline`);
    console.log(`  HTTP GET /api/v1/items?q=…     ${fmt(http)}   ratio p50 ${(http.p50 / baseline.p50).toFixed(1)}× baseline`);
  },
};

async function main() {
  const filter = process.argv[2];
  const selected = Object.entries(benchmarks).filter(([name]) => !filter || name.includes(filter));
  const dir = mkdtempSync(path.join(os.tmpdir(), 'onewindow-bench-'));
  chmodSync(dir, 0o755);
  const server = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg') });
  const database = openDatabase(withDatabase(server.url, 'postgres'), { max: 10 });
  try {
    const report = await migrateToLatest(database.db, database.pool);
    if (report.error) throw report.error;
    await seedDemoDistrict(database.db, createLogger('warn'), createSecrets(randomBytes(32)));
    console.log(`PostgreSQL ${(await sql<{ v: string }>`SELECT current_setting('server_version') AS v`.execute(database.db)).rows[0]!.v}, Node ${process.version}, ${os.cpus().length} CPUs`);
    for (const [, run] of selected) await run(database);
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
