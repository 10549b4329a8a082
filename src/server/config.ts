import path from 'node:path';

/**
 * Typed configuration, read from the environment once at boot.
 * Every variable is documented in README.md; a bad value stops the process with a message naming it.
 */
export interface Config {
  /** TCP port for HTTP (API and web app). */
  port: number;
  host: string;
  /** Where the embedded database, uploaded files and generated documents live. */
  dataDir: string;
  /** External PostgreSQL; when absent the platform runs an embedded PostgreSQL under dataDir. */
  databaseUrl: string | undefined;
  /** Port for the embedded PostgreSQL; 0 picks a free one at start. */
  embeddedPgPort: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Load the demo district into an empty database at start. */
  seedDemo: boolean;
  /** Largest accepted JSON request body, in bytes. */
  bodyLimit: number;
  /** Trust X-Forwarded-* headers (set behind a reverse proxy). */
  trustProxy: boolean;
  /** Run background jobs in this process. */
  jobsEnabled: boolean;
  jobsConcurrency: number;
  /** How long SIGTERM waits for in-flight requests before closing anyway. */
  shutdownTimeoutMs: number;
  /** Size of the PostgreSQL connection pool of this process. */
  dbPoolSize: number;
  /** Base64 32-byte key for personal-data encryption; generated under dataDir when unset. */
  secretKey: string | undefined;
  /** Browser session lifetime in hours. */
  sessionHours: number;
  /** Set the Secure flag on the session cookie (serve over HTTPS, or behind a TLS proxy). */
  secureCookies: boolean;
  /** Login attempts allowed per client IP per minute (beside the per-account lockout). */
  loginRateLimit: number;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `expected a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `expected ${min}..${max}, got ${value}`);
  return value;
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(name, `expected true or false, got "${raw}"`);
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `expected one of ${allowed.join(', ')}, got "${raw}"`);
  }
  return raw as T;
}

function postgresUrl(env: Env, name: string): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(name, 'is not a URL (expected postgres://user:password@host:port/database)');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError(name, `expected a postgres:// URL, got ${url.protocol}//…`);
  }
  return raw;
}

function base64Key(env: Env, name: string): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(raw) || Buffer.from(raw, 'base64').length !== 32) {
    throw new ConfigError(name, 'expected 32 bytes in base64 (e.g. `openssl rand -base64 32`)');
  }
  return raw;
}

/** Reads and validates the configuration; throws ConfigError naming the first bad variable. */
export function loadConfig(env: Env = process.env): Config {
  return {
    port: integer(env, 'PORT', 3000, 0, 65535),
    host: env.HOST || '0.0.0.0',
    dataDir: path.resolve(env.DATA_DIR || 'data'),
    databaseUrl: postgresUrl(env, 'DATABASE_URL'),
    embeddedPgPort: integer(env, 'EMBEDDED_PG_PORT', 0, 0, 65535),
    logLevel: oneOf(env, 'LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], 'info'),
    seedDemo: boolean(env, 'SEED_DEMO', true),
    bodyLimit: integer(env, 'BODY_LIMIT', 1024 * 1024, 1024, 512 * 1024 * 1024),
    trustProxy: boolean(env, 'TRUST_PROXY', false),
    jobsEnabled: boolean(env, 'JOBS_ENABLED', true),
    jobsConcurrency: integer(env, 'JOBS_CONCURRENCY', 2, 1, 64),
    shutdownTimeoutMs: integer(env, 'SHUTDOWN_TIMEOUT_MS', 10_000, 0, 600_000),
    dbPoolSize: integer(env, 'DB_POOL_SIZE', 10, 1, 500),
    secretKey: base64Key(env, 'SECRET_KEY'),
    sessionHours: integer(env, 'SESSION_HOURS', 12, 1, 24 * 30),
    secureCookies: boolean(env, 'SECURE_COOKIES', false),
    loginRateLimit: integer(env, 'LOGIN_RATE_LIMIT', 30, 1, 100_000),
  };
}
