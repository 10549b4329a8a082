import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, quoteIdent, withDatabase, type DbHandle } from '../db/connection.js';

/**
 * A fresh database for one test file, cloned from the template that `npm test` migrated
 * (and seeded, for the demo template) once before the run. Cloning costs milliseconds.
 */
export interface TestDatabase extends DbHandle {
  url: string;
  name: string;
  /** Closes the pool and drops the database. */
  drop(): Promise<void>;
}

export interface TestEnvironment {
  adminUrl: string;
  emptyTemplate: string;
  demoTemplate: string;
  /** Names this run's databases, so cleanup never touches another run's. */
  runTag: string;
}

export function testEnvironment(): TestEnvironment {
  const adminUrl = process.env.OW_TEST_ADMIN_URL;
  const emptyTemplate = process.env.OW_TEST_TEMPLATE_EMPTY;
  const demoTemplate = process.env.OW_TEST_TEMPLATE_DEMO;
  if (!adminUrl || !emptyTemplate || !demoTemplate) {
    throw new Error('run tests through `npm test` (scripts/test.ts prepares the database templates)');
  }
  return { adminUrl, emptyTemplate, demoTemplate, runTag: process.env.OW_TEST_RUN ?? 'x' };
}

async function withAdmin<T>(adminUrl: string, action: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await action(client);
  } finally {
    await client.end();
  }
}

export async function cloneDatabase(adminUrl: string, template: string, name: string): Promise<void> {
  await withAdmin(adminUrl, async (client) => {
    for (let attempt = 1; ; attempt++) {
      try {
        await client.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(template)}`);
        return;
      } catch (error) {
        // Another clone of the same template starting at the same instant holds it briefly.
        const busy = (error as { code?: string }).code === '55006';
        if (!busy || attempt >= 20) throw error;
        await new Promise((r) => setTimeout(r, 50 * attempt));
      }
    }
  });
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await withAdmin(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`));
}

/**
 * @example
 * const database = await createTestDatabase();
 * after(() => database.drop());
 */
export async function createTestDatabase(options: { demo?: boolean; poolSize?: number } = {}): Promise<TestDatabase> {
  const env = testEnvironment();
  const name = `ow_test_${env.runTag}_${randomBytes(4).toString('hex')}`;
  await cloneDatabase(env.adminUrl, options.demo ? env.demoTemplate : env.emptyTemplate, name);
  const url = withDatabase(env.adminUrl, name);
  const handle = openDatabase(url, { max: options.poolSize ?? 5, applicationName: 'onewindow-test' });
  return {
    ...handle,
    url,
    name,
    async drop() {
      await handle.close();
      await dropDatabase(env.adminUrl, name);
    },
  };
}
