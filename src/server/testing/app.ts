import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, type Config } from '../config.js';
import { buildApp } from '../http/app.js';
import type { AppDeps, AppInstance, RouteModule } from '../http/types.js';
import { routeModules } from '../modules/index.js';
import { createLogger } from '../platform/logger.js';
import { WEB_DIR } from '../runtime.js';
import { createTestDatabase, type TestDatabase } from './db.js';
import { createSecrets } from '../platform/secrets.js';

/** The key the test templates were seeded with, so encrypted demo data decrypts in tests. */
export const TEST_SECRET_KEY = Buffer.alloc(32, 7);

export interface TestApp {
  app: AppInstance;
  database: TestDatabase;
  deps: AppDeps;
  close(): Promise<void>;
}

/**
 * The real HTTP app over a fresh test database, for `app.inject` tests.
 *
 * @example
 * const t = await createTestApp({ demo: true });
 * after(() => t.close());
 * const res = await t.app.inject({ method: 'GET', url: '/api/v1/items' });
 */
export async function createTestApp(
  options: { demo?: boolean; modules?: RouteModule[]; web?: boolean; config?: Partial<Config> } = {},
): Promise<TestApp> {
  const database = await createTestDatabase({ demo: options.demo ?? false });
  // Many sign-ins from one address in a test run; the limit itself has its own test.
  // Uploaded files go to a directory of this test app's own, never to ./data.
  const ownDataDir = options.config?.dataDir ? undefined : mkdtempSync(path.join(os.tmpdir(), 'ow-test-data-'));
  const config = { ...loadConfig({}), loginRateLimit: 10_000, ...(ownDataDir && { dataDir: ownDataDir }), ...options.config };
  const logger = createLogger(process.env.TEST_LOG_LEVEL === 'debug' ? 'debug' : 'silent');
  const deps: AppDeps = { config, db: database.db, pool: database.pool, logger, secrets: createSecrets(TEST_SECRET_KEY) };
  let app: AppInstance;
  try {
    app = await buildApp({
      ...deps,
      modules: options.modules ?? routeModules,
      ...(options.web ? { webDir: WEB_DIR } : {}),
    });
    await app.ready();
  } catch (error) {
    await database.drop();
    if (ownDataDir) rmSync(ownDataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    app,
    database,
    deps,
    async close() {
      await app.close();
      await database.drop();
      if (ownDataDir) rmSync(ownDataDir, { recursive: true, force: true });
    },
  };
}
