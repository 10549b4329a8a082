import pg from 'pg';
import { Kysely, PostgresDialect } from 'kysely';
import type { Database } from './schema.js';
import { ForgetOnWrite } from '../platform/cache-writes.js';

// DATE columns stay 'YYYY-MM-DD' strings: a legal due date is a calendar date, not an instant.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);
// int8 (ids, count(*)) as JavaScript numbers: our counts and ids stay far below 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
// numeric stays a string (money is never rounded by a float).

export type Db = Kysely<Database>;

/** Distinct statement texts a process prepares; beyond this (unusual IN-list lengths) they run unnamed. */
const MAX_PREPARED = 2_000;
const statementNames = new Map<string, string>();

/**
 * A client that runs every parameterised statement as a named prepared statement: PostgreSQL
 * parses and plans it once per connection instead of at every call (the hot queries of a case
 * change are the same dozen texts). Statements without parameters keep the simple protocol,
 * which migrations need for several statements in one text.
 */
class PreparingClient extends pg.Client {
  override query(...args: unknown[]): never {
    const [text, values] = args;
    if (typeof text === 'string' && Array.isArray(values) && values.length > 0) {
      let name = statementNames.get(text);
      if (!name && statementNames.size < MAX_PREPARED) statementNames.set(text, (name = `ow${statementNames.size + 1}`));
      if (name) args = [{ name, text, values }, ...args.slice(2)];
    }
    return (super.query as (...a: unknown[]) => never)(...args);
  }
}

export interface DbHandle {
  db: Db;
  pool: pg.Pool;
  close(): Promise<void>;
}

/**
 * Opens a pool and a Kysely instance over it.
 *
 * @example
 * const { db, close } = openDatabase('postgres://postgres@127.0.0.1:5432/onewindow');
 * await db.selectFrom('kysely_migration').selectAll().execute();
 * await close();
 */
export function openDatabase(connectionString: string, options: { max?: number; applicationName?: string } = {}): DbHandle {
  const pool = new pg.Pool({
    Client: PreparingClient,
    connectionString,
    max: options.max ?? 10,
    application_name: options.applicationName ?? 'onewindow',
  });
  // A client losing its connection (database restart) must not crash the process; the pool
  // discards it and the next query gets a fresh one.
  pool.on('error', () => {});
  pool.on('connect', (client) => client.on('error', () => {}));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins: [new ForgetOnWrite()] });
  let closed: Promise<void> | undefined;
  return {
    db,
    pool,
    close: () => (closed ??= db.destroy()),
  };
}

/** Replaces the database name of a connection string. */
export function withDatabase(connectionString: string, database: string): string {
  const url = new URL(connectionString);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Quotes an identifier for the few statements (CREATE DATABASE) that cannot take parameters. */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * Runs `work` in a transaction, or inside the caller's transaction when `db` already is one,
 * so a use case can be composed into a bigger unit (the demo seed loads many items at once).
 */
export async function transact<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  if (db.isTransaction) return work(db);
  return db.transaction().execute(work);
}
