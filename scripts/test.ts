/**
 * `npm test`: prepares PostgreSQL (embedded in a temporary directory, or TEST_DATABASE_URL),
 * migrates two template databases once (empty, and with the demo district), then runs every
 * `*.test.ts` file under src with Node's test runner. Each test file clones its own database.
 *
 *   npm test                       all tests
 *   npm test -- src/server/http    only test files under these paths
 */
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../src/server/db/embedded.js';
import { openDatabase, quoteIdent, withDatabase } from '../src/server/db/connection.js';
import { migrateToLatest } from '../src/server/db/migrate.js';
import { seedDemoDistrict } from '../src/server/seed.js';
import { createLogger } from '../src/server/platform/logger.js';
import { createSecrets } from '../src/server/platform/secrets.js';
import { TEST_SECRET_KEY } from '../src/server/testing/app.js';

const root = path.resolve(import.meta.dirname, '..');

function findTests(dir: string, out: string[] = []): string[] {
  const stat = statSync(dir);
  if (stat.isFile()) return dir.endsWith('.test.ts') ? [...out, dir] : out;
  for (const entry of readdirSync(dir)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) findTests(full, out);
    else if (entry.endsWith('.test.ts')) out.push(full);
  }
  return out;
}

async function adminQuery(adminUrl: string, text: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await client.query(text);
  } finally {
    await client.end();
  }
}

async function prepareTemplate(adminUrl: string, name: string, demo: boolean): Promise<void> {
  await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
  await adminQuery(adminUrl, `CREATE DATABASE ${quoteIdent(name)} ENCODING 'UTF8' TEMPLATE template0`);
  const handle = openDatabase(withDatabase(adminUrl, name), { max: 2 });
  try {
    const report = await migrateToLatest(handle.db, handle.pool);
    if (report.error) throw report.error;
    if (demo) await seedDemoDistrict(handle.db, createLogger('warn'), createSecrets(TEST_SECRET_KEY));
  } finally {
    await handle.close();
  }
}

async function main(): Promise<number> {
  const filters = process.argv.slice(2);
  const files = (filters.length ? filters.map((f) => path.resolve(f)) : [path.join(root, 'src')]).flatMap((f) => findTests(f)).sort();
  if (files.length === 0) {
    console.error('no test files found');
    return 1;
  }

  let embedded: EmbeddedPostgres | undefined;
  let tempDir: string | undefined;
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    tempDir = mkdtempSync(path.join(os.tmpdir(), 'onewindow-test-'));
    // PostgreSQL runs as the `postgres` account when we are root: it must reach its data dir.
    chmodSync(tempDir, 0o755);
    embedded = await startEmbeddedPostgres({
      dataDir: path.join(tempDir, 'pg'),
      // A throwaway cluster: durability buys nothing here and costs seconds.
      settings: { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off', max_connections: '300' },
    });
    adminUrl = embedded.url;
  }
  const tag = `${process.pid}`;
  const emptyTemplate = `ow_tpl_empty_${tag}`;
  const demoTemplate = `ow_tpl_demo_${tag}`;
  const started = Date.now();
  try {
    await prepareTemplate(adminUrl, emptyTemplate, false);
    await prepareTemplate(adminUrl, demoTemplate, true);
    console.log(`# database: ${embedded ? 'embedded PostgreSQL' : 'TEST_DATABASE_URL'}; templates ready in ${Date.now() - started} ms`);
    const concurrency = process.env.TEST_CONCURRENCY ?? String(Math.max(2, os.availableParallelism()));
    const env = {
      ...process.env,
      OW_TEST_ADMIN_URL: adminUrl,
      OW_TEST_TEMPLATE_EMPTY: emptyTemplate,
      OW_TEST_TEMPLATE_DEMO: demoTemplate,
      OW_TEST_RUN: tag,
    };
    const run = (batch: string[], parallel: string) =>
      new Promise<number>((resolve) => {
        if (batch.length === 0) return resolve(0);
        const child = spawn(process.execPath, ['--import', 'tsx', '--test', `--test-concurrency=${parallel}`, ...batch], { stdio: 'inherit', env });
        child.on('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0)));
      });
    // Browser suites each run a server and a Chromium: on two cores they run one at a time,
    // after the rest, so a loaded machine does not turn waits into failures.
    const isBrowserSuite = (file: string) => file.includes(`${path.sep}src${path.sep}web${path.sep}tests${path.sep}`);
    const code = (await run(files.filter((f) => !isBrowserSuite(f)), concurrency)) || 0;
    const browserCode = await run(files.filter(isBrowserSuite), process.env.TEST_BROWSER_CONCURRENCY ?? '1');
    return code || browserCode;
  } finally {
    const leftovers = await adminQuery(adminUrl, `SELECT datname FROM pg_database WHERE datname LIKE 'ow_test_${tag}_%' OR datname IN ('${emptyTemplate}', '${demoTemplate}')`);
    for (const row of leftovers.rows as { datname: string }[]) {
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${quoteIdent(row.datname)} WITH (FORCE)`);
    }
    await embedded?.stop();
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
