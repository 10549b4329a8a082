/**
 * Benchmarks through real HTTP on a started server (scripts/bench-server.ts in its own process),
 * each next to a baseline measured in the same run: pgbench of the same SQL shape for
 * transitions, a trivial route of the same server for reads, and `npm start` for cold start.
 */
import { fork, spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import type { DbHandle } from '../src/server/db/connection.js';
import { DEMO_PASSWORD } from '../src/server/modules/identity/demo-seed.js';

const root = path.resolve(import.meta.dirname, '..');

interface BenchServer {
  address: string;
  roundTrips(): Promise<number>;
  stop(): Promise<void>;
}

/** Starts the platform on the benchmark's database, in a process of its own. */
export async function startBenchServer(databaseUrl: string): Promise<BenchServer> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'onewindow-bench-server-'));
  const child: ChildProcess = fork(path.join(root, 'scripts', 'bench-server.ts'), [], {
    // BENCH_PROFILE=dir writes the server's CPU profile there (open it in Chrome DevTools).
    execArgv: ['--import', 'tsx', ...(process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [])],
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', SEED_DEMO: 'false', DATA_DIR: dataDir },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ask = <T>(type: string, answer: string) =>
    new Promise<T>((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`bench server exited (${code})`));
      const onMessage = (message: { type: string } & T) => {
        if (message.type !== answer) return;
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve(message);
      };
      child.on('message', onMessage);
      child.once('exit', onExit);
      if (type) child.send({ type });
    });
  const { address } = await ask<{ address: string }>('', 'ready');
  return {
    address,
    roundTrips: async () => (await ask<{ roundTrips: number }>('counters', 'counters')).roundTrips,
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.send({ type: 'stop' });
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Statements PostgreSQL executed in this database so far (pg_stat_statements), the probe itself excluded. */
async function statementsSoFar(database: DbHandle): Promise<number> {
  const { rows } = await sql<{ n: string }>`
    SELECT coalesce(sum(calls), 0) AS n FROM pg_stat_statements
    WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND query NOT LIKE '%pg_stat_statements%'`.execute(database.db);
  return Number(rows[0]!.n);
}

/** With BENCH_STATEMENTS=1, the statements behind a figure, most frequent first. */
async function printTopStatements(database: DbHandle, units: number): Promise<void> {
  const { rows } = await sql<{ calls: string; query: string }>`
    SELECT calls, query FROM pg_stat_statements
    WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND query NOT LIKE '%pg_stat_statements%'
    ORDER BY calls DESC LIMIT 25`.execute(database.db);
  for (const row of rows) console.log(`    ${(Number(row.calls) / units).toFixed(2).padStart(7)}  ${row.query.replace(/\s+/g, ' ').slice(0, 160)}`);
}

/** What the server cost per unit of work: statements (PostgreSQL's count) and round trips (the server's). */
async function costMeter(database: DbHandle, server: BenchServer) {
  if (process.env.BENCH_STATEMENTS) await sql`SELECT pg_stat_statements_reset()`.execute(database.db);
  const statements = await statementsSoFar(database);
  const trips = await server.roundTrips();
  return async (units: number) => {
    if (process.env.BENCH_STATEMENTS) await printTopStatements(database, units);
    return {
      statements: (await statementsSoFar(database)) - statements,
      roundTrips: (await server.roundTrips()) - trips,
      per: (n: number) => (n / units).toFixed(1),
    };
  };
}

interface Reply {
  status: number;
  body: string;
  headers: http.IncomingHttpHeaders;
}

/** A small keep-alive HTTP client: the load generator must cost the machine less than the server. */
function client(baseUrl: string, sockets: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: sockets });
  const url = new URL(baseUrl);
  const request = (method: string, pathname: string, headers: Record<string, string>, body?: unknown) =>
    new Promise<Reply>((resolve, reject) => {
      const payload = body === undefined ? undefined : JSON.stringify(body);
      const req = http.request(
        { agent, host: url.hostname, port: url.port, method, path: pathname, headers: { ...headers, ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}) } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }));
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  return { request, close: () => agent.destroy() };
}

type Client = ReturnType<typeof client>;

async function signIn(http: Client, username: string): Promise<Record<string, string>> {
  const res = await http.request('POST', '/api/v1/auth/login', {}, { username, password: DEMO_PASSWORD });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${res.body}`);
  const cookie = [res.headers['set-cookie']].flat().find((c) => c?.startsWith('ow_session='))!.split(';')[0]!;
  return { cookie, 'x-csrf-token': JSON.parse(res.body).user.csrfToken };
}

/** A standard item (审查 → 决定) of the market regulator, as the earlier service-level benchmark used. */
async function standardItem(database: DbHandle): Promise<string> {
  const row = await database.db
    .selectFrom('item_versions')
    .innerJoin('items', 'items.published_version_id', 'item_versions.id')
    .select('items.code')
    .where('item_versions.process_kind', '=', 'standard')
    .where('items.code', 'like', '500102-scjg-%')
    .orderBy('items.code')
    .executeTakeFirstOrThrow();
  return row.code;
}

interface Staff {
  window: Record<string, string>;
  reviewer: Record<string, string>;
  approver: Record<string, string>;
}

/** One case from 窗口登记 to 办结 through the API: seven transitions, each a durable transaction. */
async function journey(http: Client, staff: Staff, itemCode: string, latencies: number[]): Promise<number> {
  const timed = async (method: string, pathname: string, headers: Record<string, string>, body: unknown, expect: number) => {
    const start = performance.now();
    const res = await http.request(method, pathname, headers, body);
    latencies.push(performance.now() - start);
    if (res.status !== expect) throw new Error(`${method} ${pathname}: ${res.status} ${res.body}`);
    return JSON.parse(res.body) as { id: number; version: number };
  };
  const { id } = await timed('POST', '/api/v1/cases', staff.window, { itemCode, applicant: 'citizen', channel: 'window' }, 201);
  let version = 1;
  const command = async (who: Record<string, string>, command: Record<string, unknown>) => {
    version = (await timed('POST', `/api/v1/cases/${id}/commands`, who, { expectedVersion: version, command }, 200)).version;
  };
  await command(staff.window, { kind: 'accept' });
  await command(staff.reviewer, { kind: 'claim', taskId: 't1.review' });
  await command(staff.reviewer, { kind: 'approve', taskId: 't1.review', opinion: '同意' });
  await command(staff.approver, { kind: 'claim', taskId: 't2.decide' });
  await command(staff.approver, { kind: 'approve', taskId: 't2.decide', opinion: '准予许可' });
  await command(staff.approver, { kind: 'complete' });
  return 7;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;

/** The same SQL shape as one workflow transition, for pgbench: read case, read events, versioned update, append two events, upsert a task. */
export const PGBENCH_SETUP = `
DROP TABLE IF EXISTS bench_events, bench_tasks, bench_cases;
CREATE TABLE bench_cases (id int PRIMARY KEY, status text, version int NOT NULL DEFAULT 0, due_on date, last_seq int NOT NULL DEFAULT 0, last_hash text NOT NULL DEFAULT '');
CREATE TABLE bench_events (case_id int REFERENCES bench_cases, seq int, kind text, event jsonb, at timestamptz, actor text, prev_hash text, hash text, PRIMARY KEY (case_id, seq));
CREATE TABLE bench_tasks (case_id int REFERENCES bench_cases, task_id text, status text, assignee text, due_on date, updated_at timestamptz, PRIMARY KEY (case_id, task_id));
INSERT INTO bench_cases (id, status) SELECT g, 'in_review' FROM generate_series(1, 1000) g;`;

export const PGBENCH_SCRIPT = `\\set id random(1, 1000)
BEGIN;
SELECT * FROM bench_cases WHERE id = :id;
SELECT * FROM bench_events WHERE case_id = :id ORDER BY seq;
UPDATE bench_cases SET version = version + 1, last_seq = last_seq + 2, status = 'in_review', due_on = current_date, last_hash = md5(random()::text) WHERE id = :id AND version >= 0;
INSERT INTO bench_events SELECT id, last_seq - 1, 'task_claimed', '{"kind":"task_claimed","taskId":"t1.review","at":"2026-11-26T01:00:00.000Z"}', now(), 'scjg.reviewer', md5('a'), md5('b') FROM bench_cases WHERE id = :id;
INSERT INTO bench_events SELECT id, last_seq, 'task_completed', '{"kind":"task_completed","taskId":"t1.review","opinion":"同意"}', now(), 'scjg.reviewer', md5('b'), md5('c') FROM bench_cases WHERE id = :id;
INSERT INTO bench_tasks VALUES (:id, 't1.review', 'done', 'scjg.reviewer', current_date, now()) ON CONFLICT (case_id, task_id) DO UPDATE SET status = excluded.status, assignee = excluded.assignee, due_on = excluded.due_on, updated_at = now();
COMMIT;
`;

/** pgbench's transactions/s for the same-shape script at `clients` connections. */
export async function pgbenchTps(database: DbHandle, url: string, clients: number, seconds: number): Promise<number> {
  await sql.raw(PGBENCH_SETUP).execute(database.db);
  const scriptFile = path.join(os.tmpdir(), `onewindow-pgbench-${process.pid}.sql`);
  writeFileSync(scriptFile, PGBENCH_SCRIPT);
  try {
    const output = execFileSync('pgbench', ['-n', '-c', String(clients), '-j', String(Math.min(clients, 2)), '-T', String(seconds), '-M', 'prepared', '-f', scriptFile, url], { encoding: 'utf8' });
    return Number(/tps = ([\d.]+)/.exec(output)?.[1]);
  } finally {
    rmSync(scriptFile, { force: true });
  }
}

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

/** Requests/s of the stack floor (bench-floor-server.ts) at `clients`, with the same client as the journeys. */
async function stackFloor(url: string, clients: number, seconds: number): Promise<number> {
  const child = fork(path.join(root, 'scripts', 'bench-floor-server.ts'), [], { execArgv: ['--import', 'tsx'], env: { ...process.env, DATABASE_URL: url }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const { address } = await new Promise<{ address: string }>((resolve, reject) => {
    child.once('message', (m) => resolve(m as { address: string }));
    child.once('exit', (code) => reject(new Error(`floor server exited (${code})`)));
  });
  const http = client(address, clients);
  try {
    const body = { expectedVersion: 1, command: { kind: 'approve', taskId: 't1.review', opinion: '同意' } };
    const headers = { cookie: 'ow_session=floor' };
    let done = 0;
    const deadline = performance.now() + seconds * 1000;
    const start = performance.now();
    await Promise.all(
      Array.from({ length: clients }, async () => {
        while (performance.now() < deadline) {
          const res = await http.request('POST', '/transition', headers, body);
          if (res.status !== 200) throw new Error(`floor: ${res.status} ${res.body}`);
          done += 1;
        }
      }),
    );
    return done / ((performance.now() - start) / 1000);
  } finally {
    http.close();
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.send('stop');
    await exited;
  }
}

export async function httpTransitions(database: DbHandle, url: string): Promise<void> {
  const itemCode = await standardItem(database);
  const server = await startBenchServer(url);
  const results: string[] = [];
  try {
    const setup = client(server.address, 1);
    const staff: Staff = { window: await signIn(setup, 'window'), reviewer: await signIn(setup, 'scjg.reviewer'), approver: await signIn(setup, 'scjg.approver') };
    await journey(setup, staff, itemCode, []); // warm-up: plans, caches, JIT
    setup.close();
    for (const clients of [1, 8]) {
      const http = client(server.address, clients);
      for (let i = 0; i < clients; i++) await journey(http, staff, itemCode, []);
      const meter = await costMeter(database, server);
      const latencies: number[] = [];
      let transitions = 0;
      const deadline = performance.now() + SECONDS * 1000;
      const start = performance.now();
      await Promise.all(
        Array.from({ length: clients }, async () => {
          while (performance.now() < deadline) {
            const done = await journey(http, staff, itemCode, latencies);
            transitions += done;
          }
        }),
      );
      const elapsed = (performance.now() - start) / 1000;
      const cost = await meter(transitions);
      http.close();
      const tps = transitions / elapsed;
      const baseline = await pgbenchTps(database, url, clients, SECONDS);
      const floor = await stackFloor(url, clients, SECONDS);
      latencies.sort((a, b) => a - b);
      results.push(
        `  ${String(clients).padStart(2)} client${clients > 1 ? 's' : ' '}  HTTP ${tps.toFixed(0).padStart(5)} transitions/s  p50 ${percentile(latencies, 0.5).toFixed(1)} ms  p99 ${percentile(latencies, 0.99).toFixed(1)} ms` +
          `  |  pgbench same shape ${baseline.toFixed(0).padStart(5)} tx/s  |  ratio ${(tps / baseline).toFixed(2)}` +
          `  |  per transition: ${cost.per(cost.statements)} statements, ${cost.per(cost.roundTrips)} round trips (pgbench script: 8 statements)` +
          `\n             stack floor (fastify + pg, the pgbench script per request, nothing else) ${floor.toFixed(0).padStart(5)} tx/s  |  floor / pgbench ${(floor / baseline).toFixed(2)}  |  platform / floor ${(tps / floor).toFixed(2)}`,
      );
    }
  } finally {
    await server.stop();
  }
  console.log('HTTP transitions (窗口登记 → 受理 → 认领 → 审查通过 → 认领 → 准予许可 → 办结 through the API on a started server; each a durable transaction; statements counted by pg_stat_statements, jobs included)');
  for (const line of results) console.log(line);
}

interface ReadTarget {
  name: string;
  path: string | (() => string);
  headers?: Record<string, string>;
}

async function load(address: string, target: ReadTarget, seconds: number) {
  const result = await autocannon({
    url: address,
    connections: 16,
    duration: seconds,
    headers: target.headers,
    requests: [typeof target.path === 'string' ? { method: 'GET', path: target.path } : { method: 'GET', setupRequest: (req) => ({ ...req, path: (target.path as () => string)() }) }],
  });
  if (result.errors > 0 || result.non2xx > 0) throw new Error(`${target.name}: ${result.errors} errors, ${result.non2xx} non-2xx answers`);
  return { rps: result.requests.average, p99: result.latency.p99, total: result.requests.total };
}

export async function httpReads(database: DbHandle, url: string): Promise<void> {
  const itemCode = await standardItem(database);
  const terms = ['食品', '建设', '许可', '登记', '消防', '道路运输', '企业开办', '取水', '医疗机构', '烟草'];
  const server = await startBenchServer(url);
  const lines: string[] = [];
  try {
    const setup = client(server.address, 1);
    const staff: Staff = { window: await signIn(setup, 'window'), reviewer: await signIn(setup, 'scjg.reviewer'), approver: await signIn(setup, 'scjg.approver') };
    const created = await setup.request('POST', '/api/v1/cases', staff.window, { itemCode, applicant: 'citizen', channel: 'window' });
    const { id, receiptNo, queryCode } = JSON.parse(created.body) as { id: number; receiptNo: string; queryCode: string };
    await setup.request('POST', `/api/v1/cases/${id}/commands`, staff.window, { expectedVersion: 1, command: { kind: 'accept' } });
    await setup.request('POST', `/api/v1/cases/${id}/commands`, staff.reviewer, { expectedVersion: 2, command: { kind: 'claim', taskId: 't1.review' } });
    const applicant = await signIn(setup, 'citizen');
    setup.close();
    let n = 0;
    const reads: ReadTarget[] = [
      { name: 'item detail   GET /api/v1/items/{code}', path: `/api/v1/items/${itemCode}` },
      { name: 'item search   GET /api/v1/items?q=…', path: () => `/api/v1/items?q=${encodeURIComponent(terms[n++ % terms.length]!)}` },
      { name: 'case view     GET /api/v1/cases/{id} (reviewer)', path: `/api/v1/cases/${id}`, headers: { cookie: staff.reviewer.cookie! } },
      { name: 'case view     GET /api/v1/cases/{id} (applicant)', path: `/api/v1/cases/${id}`, headers: { cookie: applicant.cookie! } },
      { name: 'public lookup GET /api/v1/public/cases?receiptNo&queryCode', path: `/api/v1/public/cases?receiptNo=${receiptNo}&queryCode=${queryCode}` },
    ];
    // BENCH_READS=reviewer measures only the reads whose name contains it (to profile one of them).
    const only = process.env.BENCH_READS;
    const targets = only ? reads.filter((t) => t.name.includes(only)) : reads;
    if (targets.length === 0) throw new Error(`BENCH_READS=${only} names none of: ${reads.map((t) => t.name.trim()).join('; ')}`);
    const trivial: ReadTarget = { name: 'GET /healthz', path: '/healthz' };
    const seconds = Math.max(3, Math.round(SECONDS / 2));
    for (const target of [trivial, ...targets]) await load(server.address, target, 1); // warm-up
    for (const target of targets) {
      const base = await load(server.address, trivial, seconds);
      const meter = await costMeter(database, server);
      const read = await load(server.address, target, seconds);
      const cost = await meter(read.total);
      lines.push(
        `  ${target.name.padEnd(62)} ${read.rps.toFixed(0).padStart(6)} req/s  p99 ${String(read.p99).padStart(4)} ms` +
          `  |  /healthz ${base.rps.toFixed(0).padStart(6)} req/s  |  ratio ${(read.rps / base.rps).toFixed(2)}  |  per read: ${cost.per(cost.statements)} statements, ${cost.per(cost.roundTrips)} round trips`,
      );
    }
  } finally {
    await server.stop();
  }
  console.log(`HTTP reads (autocannon, 16 connections, ${Math.max(3, Math.round(SECONDS / 2))} s each, next to the same server's /healthz measured just before)`);
  for (const line of lines) console.log(line);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function untilReady(port: number, child: ChildProcess): Promise<void> {
  let exited = false;
  child.once('exit', () => (exited = true));
  for (;;) {
    if (exited) throw new Error('server exited before it was ready');
    const ready = await new Promise<boolean>((resolve) => {
      http.get({ host: '127.0.0.1', port, path: '/readyz' }, (res) => {
        res.resume();
        resolve(res.statusCode === 200);
      }).on('error', () => resolve(false));
    });
    if (ready) return;
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** `npm start` (node dist/server/main.js serve) on an empty data directory to /readyz, then a restart on the same data. */
export async function coldStart(): Promise<void> {
  const main = path.join(root, 'dist', 'server', 'main.js');
  if (!existsSync(main)) execFileSync('npm', ['run', 'build:server'], { cwd: root, stdio: 'inherit' });
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'onewindow-cold-'));
  chmodSync(dataDir, 0o755);
  const times: number[] = [];
  try {
    for (const _ of ['first start', 'restart']) {
      const port = await freePort();
      const start = performance.now();
      const child = spawn(process.execPath, [main, 'serve'], { cwd: root, env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', DATABASE_URL: '' }, stdio: ['ignore', 'ignore', 'inherit'] });
      await untilReady(port, child);
      times.push((performance.now() - start) / 1000);
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  console.log('cold start (node dist/server/main.js serve, embedded PostgreSQL, demo district; spawn to /readyz 200)');
  console.log(`  empty data directory (initdb, migrations, demo seed)  ${times[0]!.toFixed(2)} s   (target < 5 s)`);
  console.log(`  restart on existing data                             ${times[1]!.toFixed(2)} s   (target < 1.5 s)`);
}
