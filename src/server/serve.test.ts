import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, chmodSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startServerProcess } from './testing/server-process.js';

/** Port of the embedded PostgreSQL, from its postmaster.pid (line 4). */
function embeddedPort(dataDir: string): number {
  return Number(readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[3]);
}

async function query<T>(port: number, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: `postgres://postgres@127.0.0.1:${port}/onewindow` });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('onewindow serve on the embedded database', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'onewindow-serve-'));
  chmodSync(dataDir, 0o755);
  after(() => rmSync(dataDir, { recursive: true, force: true }));
  const env = { DATA_DIR: dataDir, SEED_DEMO: 'false' };

  test('kill -9 then start again comes back with all committed data; SIGTERM stops everything cleanly', async () => {
    const first = await startServerProcess(env);
    const ready = await fetch(`${first.baseUrl}/readyz`);
    assert.equal(ready.status, 200, first.output());

    const port = embeddedPort(dataDir);
    await query(port, `INSERT INTO audit_log (actor, action, subject_type, subject_id) VALUES ('test', 'committed', 'probe', $1)`, ['before-kill']);

    first.child.kill('SIGKILL');
    await first.exited;

    const second = await startServerProcess(env);
    try {
      assert.equal((await fetch(`${second.baseUrl}/readyz`)).status, 200, second.output());
      const rows = await query<{ subject_id: string }>(embeddedPort(dataDir), `SELECT subject_id FROM audit_log WHERE action = 'committed'`);
      assert.deepEqual(rows.map((r) => r.subject_id), ['before-kill']);
    } finally {
      const postmaster = Number(readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
      second.child.kill('SIGTERM');
      const { code } = await second.exited;
      assert.equal(code, 0, second.output());
      assert.equal(isAlive(postmaster), false, 'the embedded PostgreSQL stopped with the server');
      assert.equal(existsSync(path.join(dataDir, 'onewindow.pid')), false, 'the data directory lock was released');
    }
  });

  test('a second server on the same data directory is refused with a clear message', async () => {
    const first = await startServerProcess(env);
    try {
      await assert.rejects(startServerProcess(env, 20_000), /DATA_DIR .* is in use by onewindow process/);
    } finally {
      first.child.kill('SIGTERM');
      await first.exited;
    }
  });

  test('a bad variable stops the process at boot with a message naming it', async () => {
    await assert.rejects(startServerProcess({ ...env, PORT: 'abc' }, 20_000), /PORT: expected a whole number/);
  });
});

describe('outside demo mode', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'onewindow-nodemo-'));
  chmodSync(dataDir, 0o755);
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  test('there are no default accounts; create-admin makes the first administrator, who can sign in', async () => {
    const env = { DATA_DIR: dataDir, SEED_DEMO: 'false' };
    const { spawnSync } = await import('node:child_process');
    const main = path.resolve(import.meta.dirname, 'main.ts');
    const created = spawnSync(process.execPath, ['--import', 'tsx', main, 'create-admin', '--username', 'chief'], {
      env: { ...process.env, ...env, LOG_LEVEL: 'warn' },
      input: 'a-long-admin-password\n',
      encoding: 'utf8',
    });
    assert.equal(created.status, 0, created.stderr);
    assert.match(created.stdout, /created system administrator chief/);

    const server = await startServerProcess(env);
    try {
      const demo = await fetch(`${server.baseUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: 'onewindow-demo' }) });
      assert.equal(demo.status, 401, 'no demo account exists');
      const chief = await fetch(`${server.baseUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'chief', password: 'a-long-admin-password' }) });
      assert.equal(chief.status, 200);
      const { user } = (await chief.json()) as { user: { areas: string[] } };
      assert.deepEqual(user.areas, ['admin']);
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  });
});
