import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Type } from 'typebox';
import { Validator } from '@seriousme/openapi-schema-validator';
import { sql } from 'kysely';
import { createTestApp, type TestApp } from '../testing/app.js';
import type { RouteModule } from './types.js';
import { AppError } from '../platform/errors.js';

/** A stand-in module exercising the shared HTTP machinery: validation, errors, transactions. */
const probeModule: RouteModule = async (app, deps) => {
  app.post(
    '/api/v1/probe',
    {
      config: { policy: { public: true } },
      schema: {
        body: Type.Object(
          { name: Type.String({ minLength: 1, maxLength: 20 }), count: Type.Integer({ minimum: 1 }) },
          { additionalProperties: false },
        ),
        response: { 201: Type.Object({ id: Type.Number() }) },
      },
    },
    async (request, reply) => {
      const id = await deps.db.transaction().execute(async (trx) => {
        const row = await trx
          .insertInto('audit_log')
          .values({ actor: 'test', action: 'probe', subject_type: 'probe', subject_id: request.body.name, details: {} })
          .returning('id')
          .executeTakeFirstOrThrow();
        if (request.body.name === 'explode') throw new AppError('probe_refused', 409, '拒绝');
        if (request.body.name === 'crash') throw new Error('unexpected');
        return row.id;
      });
      return reply.status(201).send({ id });
    },
  );
};

describe('HTTP foundation', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ modules: [probeModule], config: { bodyLimit: 2048 } });
  });
  after(() => t.close());

  test('GET /healthz answers 200', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/healthz' });
    assert.equal(res.statusCode, 200);
    assert.deepEqual(res.json(), { status: 'ok' });
  });

  test('GET /readyz answers 200 when migrations are current, 503 naming the missing one otherwise', async () => {
    const ok = await t.app.inject({ method: 'GET', url: '/readyz' });
    assert.equal(ok.statusCode, 200);
    assert.match(ok.json().database, /^PostgreSQL \d+/);

    await sql`DELETE FROM kysely_migration WHERE name = '0001_foundation'`.execute(t.database.db);
    try {
      const pending = await t.app.inject({ method: 'GET', url: '/readyz' });
      assert.equal(pending.statusCode, 503);
      assert.equal(pending.json().code, 'migrations_pending');
      assert.match(pending.json().detail, /0001_foundation/);
    } finally {
      await sql`INSERT INTO kysely_migration (name, timestamp) VALUES ('0001_foundation', now()::text)`.execute(t.database.db);
    }
  });

  test('unknown route: 404 problem+json', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    assert.equal(res.statusCode, 404);
    assert.match(res.headers['content-type'] as string, /^application\/problem\+json/);
    const body = res.json();
    assert.equal(body.status, 404);
    assert.equal(body.code, 'not_found');
    assert.equal(body.type, '/problems/not_found');
    assert.ok(body.title);
  });

  test('malformed JSON: 400 problem+json', async () => {
    for (const url of ['/api/v1/probe', '/api/v1/nothing-here']) {
      const res = await t.app.inject({ method: 'POST', url, headers: { 'content-type': 'application/json' }, payload: '{"name": ' });
      assert.equal(res.statusCode, 400, url);
      assert.match(res.headers['content-type'] as string, /^application\/problem\+json/);
      assert.equal(res.json().code, 'malformed_json');
    }
  });

  test('schema violations name every failing field', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/probe', payload: { count: 0, extra: true } });
    assert.equal(res.statusCode, 400);
    const body = res.json();
    assert.equal(body.code, 'validation_failed');
    const fields = body.errors.map((e: { field: string }) => e.field).sort();
    assert.deepEqual(fields, ['body.count', 'body.extra', 'body.name']);
    assert.ok(fields.includes(body.field));
  });

  test('oversized body: 413 problem+json', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/probe', payload: { name: 'x'.repeat(5000), count: 1 } });
    assert.equal(res.statusCode, 413);
    assert.equal(res.json().code, 'body_too_large');
  });

  test('an application error rolls the transaction back and answers its own status and code', async () => {
    const before = await t.database.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const refused = await t.app.inject({ method: 'POST', url: '/api/v1/probe', payload: { name: 'explode', count: 1 } });
    assert.equal(refused.statusCode, 409);
    assert.equal(refused.json().code, 'probe_refused');
    const crashed = await t.app.inject({ method: 'POST', url: '/api/v1/probe', payload: { name: 'crash', count: 1 } });
    assert.equal(crashed.statusCode, 500);
    assert.equal(crashed.json().code, 'internal_error');
    assert.doesNotMatch(crashed.body, /unexpected/, 'internal details stay in the log');
    const afterCount = await t.database.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    assert.equal(afterCount.n, before.n);

    const created = await t.app.inject({ method: 'POST', url: '/api/v1/probe', payload: { name: 'fine', count: 1 } });
    assert.equal(created.statusCode, 201);
  });

  test('request ids: generated, or kept from a well-formed X-Request-Id', async () => {
    const generated = await t.app.inject({ method: 'GET', url: '/healthz' });
    assert.match(generated.headers['x-request-id'] as string, /^[0-9a-f-]{36}$/);
    const kept = await t.app.inject({ method: 'GET', url: '/healthz', headers: { 'x-request-id': 'city-platform.42' } });
    assert.equal(kept.headers['x-request-id'], 'city-platform.42');
    const replaced = await t.app.inject({ method: 'GET', url: '/healthz', headers: { 'x-request-id': 'bad id <script>' } });
    assert.notEqual(replaced.headers['x-request-id'], 'bad id <script>');
  });

  test('security headers are set', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/healthz' });
    assert.match(res.headers['content-security-policy'] as string, /default-src 'self'/);
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    assert.ok(res.headers['strict-transport-security']);
    assert.equal(res.headers['referrer-policy'], 'no-referrer');
  });

  test('/openapi.json is a valid OpenAPI 3.1 document describing the routes', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/openapi.json' });
    assert.equal(res.statusCode, 200);
    const document = res.json();
    assert.equal(document.openapi, '3.1.0');
    const result = await new Validator().validate(document);
    assert.equal(result.valid, true, JSON.stringify(result.errors));
    assert.ok(document.paths['/api/v1/probe'].post.requestBody);
    assert.ok(document.paths['/healthz'].get);
  });

  test('/docs serves the browsable API documentation', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/docs/' });
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /swagger/i);
  });
});
