import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { buildApp } from '../http/app.js';
import type { AppInstance } from '../http/types.js';
import { openDatabase, type DbHandle } from '../db/connection.js';
import { routeModules } from '../modules/index.js';
import { createTestApp, type TestApp } from '../testing/app.js';
import { signIn } from '../testing/sessions.js';

/**
 * Two instances of the platform on one database, as a city would run it: what one caches, a
 * change made through the other (or straight in SQL) must not keep serving.
 */
describe('caches across instances (change feed)', () => {
  let a: TestApp;
  let b: AppInstance;
  let bHandle: DbHandle;
  /** A third connection, like an operator's SQL console: no instance's code sees its writes. */
  let console: DbHandle;

  before(async () => {
    a = await createTestApp({ demo: true });
    bHandle = openDatabase(a.database.url, { max: 4 });
    b = await buildApp({ ...a.deps, db: bHandle.db, pool: bHandle.pool, modules: routeModules });
    await b.ready();
    console = openDatabase(a.database.url, { max: 1 });
  });
  after(async () => {
    await b.close();
    await bHandle.close();
    await console.close();
    await a.close();
  });

  /** Asks until `ok` holds; a notification travels in milliseconds, so a second is generous. */
  async function eventually(ask: () => Promise<boolean>, what: string): Promise<number> {
    const start = Date.now();
    while (!(await ask())) {
      if (Date.now() - start > 1_000) assert.fail(`${what}: still not seen after 1 s`);
      await new Promise((r) => setTimeout(r, 5));
    }
    return Date.now() - start;
  }

  const me = (app: AppInstance, cookie: string) => app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } });

  // In one process the revoking repository also forgets B's entry directly; the tests below change
  // things in raw SQL, which only the feed reports.
  test('a session signed out on one instance is refused by the other at once', async () => {
    const session = await signIn(a, 'scjg.reviewer');
    assert.equal((await me(b, session.cookie)).statusCode, 200, 'instance B knows the session (and now caches it)');
    assert.equal((await me(b, session.cookie)).statusCode, 200);
    const out = await a.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: session.headers });
    assert.equal(out.statusCode, 204, out.body);
    assert.equal((await me(a.app, session.cookie)).statusCode, 401, 'refused at once where it was revoked');
    await eventually(async () => (await me(b, session.cookie)).statusCode === 401, 'B refusing the revoked session');
  });

  test('an account disabled or a role withdrawn in SQL reaches both instances’ cached sessions', async () => {
    const session = await signIn(a, 'scjg.approver');
    for (const app of [a.app, b]) assert.equal((await me(app, session.cookie)).statusCode, 200);
    const roles = async (app: AppInstance) => ((await me(app, session.cookie)).json().user?.roles ?? []).length;
    const before = await roles(b);
    assert.ok(before > 0);
    const user = await console.db.selectFrom('users').select('id').where('username', '=', 'scjg.approver').executeTakeFirstOrThrow();
    // Raw SQL: the query builder would empty this process's caches itself (cache-writes.ts).
    const removed = (await sql<Record<string, unknown>>`DELETE FROM role_assignments WHERE user_id = ${user.id} RETURNING user_id, role, scope_type, scope_code, granted_by`.execute(console.db)).rows;
    await eventually(async () => (await roles(b)) === 0 && (await roles(a.app)) === 0, 'both instances seeing the withdrawn roles');
    for (const r of removed) await sql`INSERT INTO role_assignments (user_id, role, scope_type, scope_code, granted_by) VALUES (${r.user_id}, ${r.role}, ${r.scope_type}, ${r.scope_code}, ${r.granted_by})`.execute(console.db);

    await sql`UPDATE users SET status = 'disabled' WHERE id = ${user.id}`.execute(console.db);
    await eventually(async () => (await me(b, session.cookie)).statusCode === 401 && (await me(a.app, session.cookie)).statusCode === 401, 'both refusing a disabled account');
    await sql`UPDATE users SET status = 'active' WHERE id = ${user.id}`.execute(console.db);
  });

  test('a published item changed in SQL is answered anew by an instance that cached it', async () => {
    const code = (await console.db.selectFrom('items').select('code').where('published_version_id', 'is not', null).orderBy('code').executeTakeFirstOrThrow()).code;
    const name = async (app: AppInstance) => (await app.inject({ method: 'GET', url: `/api/v1/items/${code}` })).json().name as string;
    const original = await name(b);
    assert.equal(await name(b), original);
    await sql`UPDATE item_versions SET name = name || '（更新）' WHERE id = (SELECT published_version_id FROM items WHERE code = ${code})`.execute(console.db);
    await eventually(async () => (await name(b)) === `${original}（更新）`, 'B answering the new name');
    await sql`UPDATE item_versions SET name = ${original} WHERE id = (SELECT published_version_id FROM items WHERE code = ${code})`.execute(console.db);
    await eventually(async () => (await name(b)) === original, 'B answering the old name again');
  });

  test('while the feed is cut, nothing is served from cache; once it is back, caching resumes', async () => {
    const code = (await console.db.selectFrom('items').select('code').where('published_version_id', 'is not', null).orderBy('code', 'desc').executeTakeFirstOrThrow()).code;
    const name = async () => (await b.inject({ method: 'GET', url: `/api/v1/items/${code}` })).json().name as string;
    const original = await name();
    // Cut every feed connection (both instances'); a change made meanwhile notifies nobody.
    await sql`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'onewindow-change-feed'`.execute(console.db);
    await sql`SELECT pg_sleep(0.05)`.execute(console.db);
    await sql`UPDATE item_versions SET name = name || '（断线期间）' WHERE id = (SELECT published_version_id FROM items WHERE code = ${code})`.execute(console.db);
    assert.equal(await name(), `${original}（断线期间）`, 'read from the database while the feed is down');
    await eventually(
      async () => ((await sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'onewindow-change-feed'`.execute(console.db)).rows[0]!.n >= 2),
      'both feeds reconnected',
    );
    await sql`UPDATE item_versions SET name = ${original} WHERE id = (SELECT published_version_id FROM items WHERE code = ${code})`.execute(console.db);
    await eventually(async () => (await name()) === original, 'the change after reconnecting seen');
  });
  describe('the case cache', () => {
    const view = async (app: AppInstance, id: number, cookie: string) => {
      const res = await app.inject({ method: 'GET', url: `/api/v1/cases/${id}`, headers: { cookie } });
      assert.equal(res.statusCode, 200, res.body);
      return res.json() as { version: number; status: string; timeline: { seq: number; event: { kind: string } }[]; actions: { kind: string }[] };
    };
    const command = (app: AppInstance, id: number, headers: Record<string, string>, expectedVersion: number, command: Record<string, unknown>) =>
      app.inject({ method: 'POST', url: `/api/v1/cases/${id}/commands`, headers, payload: { expectedVersion, command } });
    const registered = async (headers: Record<string, string>) => {
      const item = await console.db
        .selectFrom('item_versions')
        .innerJoin('items', 'items.published_version_id', 'item_versions.id')
        .select('items.code')
        .where('item_versions.process_kind', '=', 'standard')
        .where('items.code', 'like', '500102-scjg-%')
        .orderBy('items.code')
        .executeTakeFirstOrThrow();
      const res = await a.app.inject({ method: 'POST', url: '/api/v1/cases', headers, payload: { itemCode: item.code, applicant: 'citizen', channel: 'window' } });
      assert.equal(res.statusCode, 201, res.body);
      return res.json().id as number;
    };

    test('a case advanced on one instance is seen anew by the other, which then works on the new version', async () => {
      const window = await signIn(a, 'window');
      const id = await registered(window.headers);
      const before = await view(b, id, window.cookie);
      assert.equal((await view(b, id, window.cookie)).version, before.version, 'B holds the case (and now answers from its cache)');
      assert.equal((await command(a.app, id, window.headers, before.version, { kind: 'accept' })).statusCode, 200);
      await eventually(async () => (await view(b, id, window.cookie)).version === before.version + 1, 'B showing the accepted case');
      assert.notEqual((await view(b, id, window.cookie)).status, before.status);
      const reviewer = await signIn(a, 'scjg.reviewer');
      const stale = await command(b, id, reviewer.headers, before.version, { kind: 'claim', taskId: 't1.review' });
      assert.equal(stale.statusCode, 409, 'the version B had cached before is refused');
      const claimed = await command(b, id, reviewer.headers, before.version + 1, { kind: 'claim', taskId: 't1.review' });
      assert.equal(claimed.statusCode, 200, claimed.body);
      assert.equal((await view(a.app, id, window.cookie)).version, before.version + 2, 'A answers what B wrote, once it has heard of it');
    });

    test('a command on a version just changed elsewhere answers 409 even before the notification arrives', async () => {
      const window = await signIn(a, 'window');
      const id = await registered(window.headers);
      const seen = await view(b, id, window.cookie);
      // Both at once on the same version: one instance wins, the other is refused by the write's version guard.
      const results = await Promise.all([
        command(a.app, id, window.headers, seen.version, { kind: 'accept' }),
        command(b, id, window.headers, seen.version, { kind: 'accept' }),
      ]);
      assert.deepEqual(results.map((r) => r.statusCode).sort(), [200, 409]);
      const events = await console.db.selectFrom('case_events').select('seq').where('case_id', '=', id).orderBy('seq').execute();
      assert.deepEqual(events.map((e) => e.seq), events.map((_, i) => i + 1), 'one chain, no gap, no duplicate');
      for (const app of [a.app, b]) await eventually(async () => (await view(app, id, window.cookie)).version === seen.version + 1, 'both instances showing the one accepted version');
    });

    test('a new version announced by the database (written by an instance outside this process) replaces the one held', async () => {
      const window = await signIn(a, 'window');
      const id = await registered(window.headers);
      const held = await view(b, id, window.cookie);
      assert.equal((await view(b, id, window.cookie)).version, held.version);
      // Raw SQL stands for another process's write: only the notification can tell B.
      await sql`UPDATE cases SET version = version + 1 WHERE id = ${id}`.execute(console.db);
      await eventually(async () => (await view(b, id, window.cookie)).version === held.version + 1, 'B showing the newer version');
      const stale = await command(b, id, window.headers, held.version, { kind: 'accept' });
      assert.equal(stale.statusCode, 409, 'the version B held is refused');
    });

    test('an event changed in SQL (not a new version) drops the case from every instance', async () => {
      const window = await signIn(a, 'window');
      const id = await registered(window.headers);
      for (const app of [a.app, b]) assert.equal((await view(app, id, window.cookie)).timeline[0]!.event.kind, 'submitted');
      const original = await console.db.selectFrom('case_events').select('event').where('case_id', '=', id).where('seq', '=', 1).executeTakeFirstOrThrow();
      await sql`UPDATE case_events SET event = event || '{"note":"控制台修改"}'::jsonb WHERE case_id = ${id} AND seq = 1`.execute(console.db);
      const noted = async (app: AppInstance) => ((await view(app, id, window.cookie)).timeline[0]!.event as { note?: string }).note === '控制台修改';
      await eventually(async () => (await noted(a.app)) && (await noted(b)), 'both instances reading the changed event');
      await sql`UPDATE case_events SET event = ${JSON.stringify(original.event)}::jsonb WHERE case_id = ${id} AND seq = 1`.execute(console.db);
    });
  });
});
