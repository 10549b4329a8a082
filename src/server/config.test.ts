import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { ConfigError, loadConfig } from './config.js';

test('defaults: port 3000, ./data, embedded database, demo seed on', () => {
  const config = loadConfig({});
  assert.equal(config.port, 3000);
  assert.equal(config.dataDir, path.resolve('data'));
  assert.equal(config.databaseUrl, undefined);
  assert.equal(config.seedDemo, true);
});

test('the real-name check is off unless its service is configured; its token may not carry spaces', () => {
  const config = loadConfig({});
  assert.equal(config.realnameServiceUrl, undefined);
  assert.equal(config.realnameServiceToken, undefined);
  assert.throws(
    () => loadConfig({ REALNAME_SERVICE_URL: 'https://idcheck.example.gov.cn/verify', REALNAME_SERVICE_TOKEN: 'two words' }),
    (error: unknown) => error instanceof ConfigError && error.variable === 'REALNAME_SERVICE_TOKEN',
  );
});

test('reads every documented variable', () => {
  const config = loadConfig({
    PORT: '8080',
    DATA_DIR: '/srv/ow',
    DATABASE_URL: 'postgres://u:p@db:5432/ow',
    LOG_LEVEL: 'warn',
    SEED_DEMO: 'false',
    BODY_LIMIT: '2048',
    TRUST_PROXY: 'yes',
    JOBS_ENABLED: '0',
    JOBS_CONCURRENCY: '4',
    SHUTDOWN_TIMEOUT_MS: '500',
    DB_POOL_SIZE: '20',
    EMBEDDED_PG_PORT: '5499',
    PUBLIC_URL: 'https://zwfw.example.gov.cn/',
    SMTP_URL: 'smtp://notices:pw@mail.example.gov.cn:587',
    SMTP_FROM: '涪陵区政务服务 <noreply@example.gov.cn>',
    SMS_GATEWAY_URL: 'https://sms.example.gov.cn/send',
    SMS_GATEWAY_TOKEN: 'sms-token',
    NOTIFICATION_ATTEMPTS: '5',
    REALNAME_SERVICE_URL: 'https://idcheck.cq.example.gov.cn/verify',
    REALNAME_SERVICE_TOKEN: 'idcheck-token',
  });
  assert.deepEqual(
    { ...config },
    {
      port: 8080,
      host: '0.0.0.0',
      dataDir: '/srv/ow',
      databaseUrl: 'postgres://u:p@db:5432/ow',
      embeddedPgPort: 5499,
      logLevel: 'warn',
      seedDemo: false,
      bodyLimit: 2048,
      trustProxy: true,
      jobsEnabled: false,
      jobsConcurrency: 4,
      shutdownTimeoutMs: 500,
      dbPoolSize: 20,
      secretKey: undefined,
      sessionHours: 12,
      secureCookies: false,
      loginRateLimit: 30,
      publicUrl: 'https://zwfw.example.gov.cn',
      uploadMaxBytes: 20 * 1024 * 1024,
      storage: { kind: 'local' },
      smtpUrl: 'smtp://notices:pw@mail.example.gov.cn:587',
      smtpFrom: '涪陵区政务服务 <noreply@example.gov.cn>',
      smsGatewayUrl: 'https://sms.example.gov.cn/send',
      smsGatewayToken: 'sms-token',
      notificationAttempts: 5,
      realnameServiceUrl: 'https://idcheck.cq.example.gov.cn/verify',
      realnameServiceToken: 'idcheck-token',
    },
  );
});

const badValues: [string, string, RegExp][] = [
  ['PORT', 'eighty', /whole number/],
  ['PORT', '70000', /0\.\.65535/],
  ['DATABASE_URL', 'mysql://x@y/z', /postgres:\/\//],
  ['DATABASE_URL', 'not a url', /not a URL/],
  ['LOG_LEVEL', 'loud', /one of/],
  ['SEED_DEMO', 'maybe', /true or false/],
  ['BODY_LIMIT', '10', /1024\.\./],
  ['SECRET_KEY', 'c2hvcnQ=', /32 bytes/],
  ['PUBLIC_URL', 'zwfw.example.gov.cn', /not a URL/],
  ['PUBLIC_URL', 'ftp://zwfw.example.gov.cn', /http/],
  ['REALNAME_SERVICE_URL', 'idcheck.example.gov.cn', /not a URL/],
  ['REALNAME_SERVICE_URL', 'ftp://idcheck.example.gov.cn', /http/],
  ['REALNAME_SERVICE_TOKEN', 'orphan-token', /REALNAME_SERVICE_URL is not/],
];

for (const [variable, value, message] of badValues) {
  test(`${variable}=${value} is refused naming the variable`, () => {
    assert.throws(
      () => loadConfig({ [variable]: value }),
      (error: unknown) => error instanceof ConfigError && error.variable === variable && message.test(error.message),
    );
  });
}
