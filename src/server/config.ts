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
  /** The platform's public address (e.g. https://zwfw.fl.gov.cn), printed in QR codes; else each request's own. */
  publicUrl: string | undefined;
  /** Largest uploaded file (application materials), in bytes; larger → 413. */
  uploadMaxBytes: number;
  /** Where uploaded files are kept: under dataDir/files, or in an S3-compatible bucket. */
  storage: StorageConfig;
  /** Mail server for notices (smtp:// or smtps://, credentials in the URL); unset: no email. */
  smtpUrl: string | undefined;
  /** Sender of notice mails. */
  smtpFrom: string;
  /** SMS gateway endpoint (POST JSON { to, text }, see README); unset: no SMS. */
  smsGatewayUrl: string | undefined;
  /** Bearer token sent to the SMS gateway. */
  smsGatewayToken: string | undefined;
  /** Attempts per email/SMS delivery before it is marked failed (retried with exponential backoff). */
  notificationAttempts: number;
  /** The province's identity service for real-name checks (POST JSON, see README); unset: no L2 check (demo). */
  realnameServiceUrl: string | undefined;
  /** Bearer token sent to the identity service. */
  realnameServiceToken: string | undefined;
}

export type StorageConfig =
  | { kind: 'local' }
  | {
      kind: 's3';
      /** Absent: AWS S3 itself; set for MinIO, OSS, COS, OBS and other S3-compatible stores. */
      endpoint: string | undefined;
      region: string;
      bucket: string;
      /** Both or neither; neither → the SDK's default credential chain (instance role, AWS_* env). */
      accessKeyId: string | undefined;
      secretAccessKey: string | undefined;
      forcePathStyle: boolean;
    };

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

function base64Key(env: Env, name: string): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(raw) || Buffer.from(raw, 'base64').length !== 32) {
    throw new ConfigError(name, 'expected 32 bytes in base64 (e.g. `openssl rand -base64 32`)');
  }
  return raw;
}

/**
 * A URL variable with one of `protocols` (e.g. `['https:', 'http:']`); `expected` shows its form
 * in the error. The value itself is never echoed: it may carry a password.
 */
function urlVariable(env: Env, name: string, protocols: readonly string[], expected: string): URL | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(name, `is not a URL (expected ${expected})`);
  }
  if (!protocols.includes(url.protocol)) throw new ConfigError(name, `expected ${expected}, got ${url.protocol}//…`);
  return url;
}

const postgresUrl = (env: Env, name: string) => (urlVariable(env, name, ['postgres:', 'postgresql:'], 'postgres://user:password@host:port/database') ? env[name] : undefined);

const httpUrl = (env: Env, name: string) => (urlVariable(env, name, ['http:', 'https:'], 'http(s)://host[:port]') ? env[name] : undefined);

function smtpUrl(env: Env, name: string): string | undefined {
  const url = urlVariable(env, name, ['smtp:', 'smtps:'], 'smtp://user:password@host:587 or smtps://…:465');
  if (url && !url.hostname) throw new ConfigError(name, 'names no host');
  return url ? env[name] : undefined;
}

/** An absolute http(s) address without a trailing slash, so paths can be appended. */
function publicUrl(env: Env, name: string): string | undefined {
  const url = urlVariable(env, name, ['http:', 'https:'], 'an http(s):// address such as https://zwfw.example.gov.cn');
  if (!url) return undefined;
  if (url.search || url.hash) throw new ConfigError(name, 'must not carry a query or fragment');
  return url.toString().replace(/\/+$/, '');
}

/** A bearer token that only means something beside the service it is for. */
function secretToken(env: Env, name: string, serviceVariable: string): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  if (!env[serviceVariable]) throw new ConfigError(name, `is set but ${serviceVariable} is not`);
  if (/\s/.test(raw)) throw new ConfigError(name, 'must not contain spaces or line breaks');
  return raw;
}

function mailbox(env: Env, name: string, fallback: string): string {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^[^@<>\s]+@[^@<>\s]+$|<[^@<>\s]+@[^@<>\s]+>\s*$/.test(raw)) throw new ConfigError(name, `expected an address such as "Name <noreply@example.gov.cn>", got "${raw}"`);
  return raw;
}

function storageConfig(env: Env): StorageConfig {
  const kind = oneOf(env, 'STORAGE', ['local', 's3'], 'local');
  if (kind === 'local') return { kind };
  const bucket = env.S3_BUCKET ?? '';
  // S3 bucket naming rules (3–63 lowercase letters, digits, dots, hyphens), which compatible stores share.
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) {
    throw new ConfigError('S3_BUCKET', bucket ? `is not a valid bucket name: "${bucket}"` : 'is required when STORAGE=s3');
  }
  const accessKeyId = env.S3_ACCESS_KEY_ID || undefined;
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY || undefined;
  if (accessKeyId && !secretAccessKey) throw new ConfigError('S3_SECRET_ACCESS_KEY', 'is required when S3_ACCESS_KEY_ID is set');
  if (secretAccessKey && !accessKeyId) throw new ConfigError('S3_ACCESS_KEY_ID', 'is required when S3_SECRET_ACCESS_KEY is set');
  const endpoint = httpUrl(env, 'S3_ENDPOINT');
  const region = env.S3_REGION || 'us-east-1';
  if (!/^[a-z0-9-]{1,64}$/.test(region)) throw new ConfigError('S3_REGION', `expected a region name like us-east-1 or cn-north-1, got "${region}"`);
  return {
    kind,
    endpoint,
    region,
    bucket,
    accessKeyId,
    secretAccessKey,
    // Compatible stores mostly serve only path-style; AWS itself prefers virtual hosts.
    forcePathStyle: boolean(env, 'S3_FORCE_PATH_STYLE', endpoint !== undefined),
  };
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
    publicUrl: publicUrl(env, 'PUBLIC_URL'),
    uploadMaxBytes: integer(env, 'UPLOAD_MAX_BYTES', 20 * 1024 * 1024, 1024, 2 * 1024 * 1024 * 1024),
    storage: storageConfig(env),
    smtpUrl: smtpUrl(env, 'SMTP_URL'),
    smtpFrom: mailbox(env, 'SMTP_FROM', '涪陵区网上行政审批平台 <noreply@localhost>'),
    smsGatewayUrl: httpUrl(env, 'SMS_GATEWAY_URL'),
    smsGatewayToken: env.SMS_GATEWAY_TOKEN || undefined,
    notificationAttempts: integer(env, 'NOTIFICATION_ATTEMPTS', 10, 1, 25),
    realnameServiceUrl: httpUrl(env, 'REALNAME_SERVICE_URL'),
    realnameServiceToken: secretToken(env, 'REALNAME_SERVICE_TOKEN', 'REALNAME_SERVICE_URL'),
  };
}
