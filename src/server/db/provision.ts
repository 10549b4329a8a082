import { existsSync, readFileSync, writeFileSync, rmSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { Config } from '../config.js';
import type { Logger } from '../platform/logger.js';
import { startEmbeddedPostgres } from './embedded.js';
import { quoteIdent, withDatabase } from './connection.js';

export const EMBEDDED_DATABASE = 'onewindow';

export interface ProvisionedDatabase {
  url: string;
  /** 'embedded' or 'external', for logs only: no module behaves differently. */
  kind: 'embedded' | 'external';
  release(): Promise<void>;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** One server process per data directory: a second one would fight over the embedded database. */
function claimDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lockFile = path.join(dataDir, 'onewindow.pid');
  if (existsSync(lockFile)) {
    const pid = Number(readFileSync(lockFile, 'utf8').trim());
    if (pid !== process.pid && Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
      throw new Error(`DATA_DIR ${dataDir} is in use by onewindow process ${pid}; stop it or set another DATA_DIR`);
    }
  }
  writeFileSync(lockFile, String(process.pid));
  return () => rmSync(lockFile, { force: true });
}

async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE ${quoteIdent(name)} ENCODING 'UTF8' TEMPLATE template0`);
  } finally {
    await client.end();
  }
}

/**
 * Gives the platform a database: the external one from DATABASE_URL, or an embedded
 * PostgreSQL under DATA_DIR/pg (started, and stopped again by `release`).
 */
export async function provisionDatabase(config: Config, logger: Logger): Promise<ProvisionedDatabase> {
  if (config.databaseUrl) {
    return { url: config.databaseUrl, kind: 'external', release: async () => {} };
  }
  const releaseLock = claimDataDir(config.dataDir);
  try {
    const log = logger.child({ component: 'embedded-postgres' });
    const server = await startEmbeddedPostgres({
      dataDir: path.join(config.dataDir, 'pg'),
      port: config.embeddedPgPort,
      onLog: (line) => log.debug(line),
    });
    await ensureDatabase(server.url, EMBEDDED_DATABASE);
    const url = withDatabase(server.url, EMBEDDED_DATABASE);
    logger.info({ port: server.port, dataDir: config.dataDir }, 'embedded PostgreSQL started');
    return {
      url,
      kind: 'embedded',
      release: async () => {
        await server.stop();
        releaseLock();
      },
    };
  } catch (error) {
    releaseLock();
    throw error;
  }
}
