import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type TestApp } from '../testing/app.js';
import { signIn, type TestSession } from '../testing/sessions.js';
import type { RouteModule } from './types.js';
import { routeModules } from '../modules/index.js';

/**
 * What a reviewer of one department (here transport, `jt`) gets on every non-public route.
 * A new route must be added here, or this test fails: each route's answer to the wrong
 * department is a decision, not an accident.
 *   'refused'  → 403 (the route needs a role they lack)
 *   'own'      → allowed, but only ever about their own records (their account, their
 *                department's cases and tasks; another department's case answers 404)
 */
const WRONG_DEPARTMENT: Record<string, 'refused' | 'own'> = {
  'GET /api/v1/auth/me': 'own',
  'POST /api/v1/auth/logout': 'own',
  'POST /api/v1/auth/password': 'own',
  'GET /api/v1/account': 'own',
  'POST /api/v1/account/codes': 'own',
  'PUT /api/v1/account/phone': 'own',
  'PUT /api/v1/account/email': 'own',
  'POST /api/v1/account/identity-check': 'own',
  'GET /api/v1/admin/users': 'refused',
  'POST /api/v1/admin/users': 'refused',
  'GET /api/v1/admin/users/:id': 'refused',
  'PATCH /api/v1/admin/users/:id': 'refused',
  'POST /api/v1/admin/users/:id/roles': 'refused',
  'DELETE /api/v1/admin/users/:id/roles/:assignmentId': 'refused',
  'POST /api/v1/admin/users/:id/unlock': 'refused',
  'POST /api/v1/admin/users/:id/password': 'refused',
  'GET /api/v1/admin/users/:id/sessions': 'refused',
  'POST /api/v1/admin/users/:id/sessions/revoke': 'refused',
  'GET /api/v1/admin/users/:id/permissions': 'refused',
  'GET /api/v1/admin/login-events': 'refused',
  'GET /api/v1/admin/units': 'refused',
  'POST /api/v1/admin/units': 'refused',
  'GET /api/v1/admin/clients': 'refused',
  'POST /api/v1/admin/clients': 'refused',
  'POST /api/v1/admin/clients/:clientId/rotate': 'refused',
  'POST /api/v1/admin/clients/:clientId/revoke': 'refused',
  'POST /api/v1/admin/departments': 'refused',
  'PUT /api/v1/admin/departments/:code': 'refused',
  'POST /api/v1/admin/items': 'refused',
  'GET /api/v1/admin/items/:code/editable': 'refused',
  'PUT /api/v1/admin/items/:code/draft': 'refused',
  'POST /api/v1/admin/items/:code/publish': 'refused',
  'PUT /api/v1/admin/items/:code/realname-level': 'refused',
  'GET /api/v1/admin/items/:code/versions': 'refused',
  'GET /api/v1/admin/search-synonyms': 'refused',
  'POST /api/v1/admin/search-synonyms': 'refused',
  'PUT /api/v1/admin/search-synonyms/:id': 'refused',
  'DELETE /api/v1/admin/search-synonyms/:id': 'refused',
  'PUT /api/v1/admin/calendar/days/:date': 'refused',
  'DELETE /api/v1/admin/calendar/days/:date': 'refused',
  'POST /api/v1/admin/calendar/import': 'refused',
  'GET /api/v1/admin/process-definitions': 'refused',
  'GET /api/v1/admin/process-definitions/:key': 'refused',
  'POST /api/v1/admin/process-definitions/:key/versions': 'refused',
  'POST /api/v1/cases': 'refused',
  'GET /api/v1/cases/:id': 'own',
  'POST /api/v1/cases/:id/commands': 'own',
  'GET /api/v1/tasks/inbox': 'own',
  'GET /api/v1/notifications': 'own',
  'POST /api/v1/notifications/:id/read': 'own',
  'POST /api/v1/notifications/read-all': 'own',
  'GET /api/v1/cases/:id/documents': 'own',
  'GET /api/v1/cases/:id/documents/:kind.pdf': 'own',
  'GET /api/v1/cases/:id/documents/:kind/:n.pdf': 'own',
  'POST /api/v1/admin/certificates/:number/revoke': 'refused',
  'PUT /api/v1/admin/items/:code/form': 'refused',
  'POST /api/v1/applications': 'refused',
  'POST /api/v1/window/walk-ins': 'refused',
  'GET /api/v1/applications': 'own',
  'GET /api/v1/applications/:id': 'own',
  'GET /api/v1/cases/:id/application': 'own',
  'PUT /api/v1/applications/:id/form': 'own',
  'POST /api/v1/applications/:id/materials/:materialId': 'own',
  'POST /api/v1/applications/:id/materials/:materialId/reuse': 'own',
  'DELETE /api/v1/applications/:id/materials/:materialId/files/:fileId': 'own',
  'PUT /api/v1/applications/:id/materials/:materialId/files/:fileId/check': 'refused',
  'GET /api/v1/applications/:id/files/:fileId': 'own',
  'POST /api/v1/applications/:id/submit': 'own',
  'POST /api/v1/cases/:id/originals-verified': 'refused',
  'GET /api/v1/my/cases': 'refused',
  'GET /api/v1/window/queue': 'refused',
  'GET /api/v1/tasks/done': 'own',
  'GET /api/v1/cases': 'own',
  'GET /api/v1/department/overview': 'refused',
  'GET /api/v1/cases/:id/tasks/:taskId/candidates': 'refused',
  'POST /api/v1/cases/:id/tasks/:taskId/reassign': 'refused',
  'GET /api/v1/window/collections': 'refused',
  'POST /api/v1/cases/:id/collection': 'refused',
  'DELETE /api/v1/applications/:id': 'own',
};

/** Fills path parameters with values of the right shape (real ids where the record exists). */
function concrete(url: string, ids: Record<string, string>): string {
  return url.replace(/:([A-Za-z]+)/g, (_m, name: string) => ids[name] ?? '1');
}

describe('every route declares who may call it', () => {
  let t: TestApp;
  let reviewer: TestSession;
  let ids: Record<string, string>;
  before(async () => {
    t = await createTestApp({ demo: true, web: true });
    reviewer = await signIn(t, 'jt.reviewer');
    const otherUser = await t.database.db.selectFrom('users').select('id').where('username', '=', 'scjg.reviewer').executeTakeFirstOrThrow();
    const item = await t.database.db.selectFrom('items').select('code').where('code', 'like', '500102-scjg-%').orderBy('code').executeTakeFirstOrThrow();
    ids = { id: String(otherUser.id), assignmentId: '1', clientId: 'ow_none', code: item.code };
  });
  after(() => t.close());

  const nonPublic = () => t.app.routeTable.filter((r) => !('public' in r.policy));

  test('the route table lists every API route with a policy; the non-public ones are all in the expectations table', () => {
    assert.ok(t.app.routeTable.length > 30);
    const keys = nonPublic().map((r) => `${r.method} ${r.url}`);
    const missing = keys.filter((k) => !(k in WRONG_DEPARTMENT));
    assert.deepEqual(missing, [], 'routes without a wrong-department expectation');
    const stale = Object.keys(WRONG_DEPARTMENT).filter((k) => !keys.includes(k));
    assert.deepEqual(stale, [], 'expectations for routes that no longer exist');
  });

  test('an anonymous caller is refused with 401 on every non-public route', async () => {
    for (const route of nonPublic()) {
      const res = await t.app.inject({ method: route.method as 'GET', url: concrete(route.url, ids), payload: route.method === 'GET' || route.method === 'DELETE' ? undefined : {} });
      assert.equal(res.statusCode, 401, `${route.method} ${route.url} → ${res.statusCode}`);
      assert.equal(res.json().code, 'unauthenticated');
    }
  });

  test('a reviewer of another department is refused on every route that is not about themselves', async () => {
    for (const route of nonPublic()) {
      const expectation = WRONG_DEPARTMENT[`${route.method} ${route.url}`];
      if (expectation !== 'refused') continue;
      const res = await t.app.inject({
        method: route.method as 'GET',
        url: concrete(route.url, ids),
        headers: reviewer.headers,
        payload: route.method === 'GET' || route.method === 'DELETE' ? undefined : {},
      });
      assert.equal(res.statusCode, 403, `${route.method} ${route.url} → ${res.statusCode} ${res.body}`);
    }
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: reviewer.headers });
    assert.equal(me.json().user.username, 'jt.reviewer');
  });

  test('a route registered without a policy stops the application from starting', async () => {
    const careless: RouteModule = async (app) => {
      app.get('/api/v1/forgot-the-policy', async () => ({ oops: true }));
    };
    await assert.rejects(createTestApp({ modules: [...routeModules, careless] }), /GET \/api\/v1\/forgot-the-policy declares no access policy/);
  });
});
