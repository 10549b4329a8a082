import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type TestApp } from '../../testing/app.js';
import { signIn } from '../../testing/sessions.js';
import { DEMO_PASSWORD } from './demo-seed.js';
import { LOCK_AFTER_FAILURES } from './sessions.js';

describe('identity over HTTP (demo district)', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ demo: true });
  });
  after(() => t.close());

  const login = (username: string, password: string, ip = '127.0.0.1') =>
    t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password }, remoteAddress: ip });

  test('login sets an httpOnly session cookie; me answers with roles; logout ends the session', async () => {
    const res = await login('scjg.reviewer', DEMO_PASSWORD);
    assert.equal(res.statusCode, 200);
    const cookie = [res.headers['set-cookie']].flat()[0]!;
    assert.match(cookie, /^ow_session=[A-Za-z0-9_-]{40,};/);
    assert.match(cookie, /HttpOnly/i);
    assert.match(cookie, /SameSite=Lax/i);
    const session = await signIn(t, 'scjg.reviewer');
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: session.cookie } });
    assert.equal(me.statusCode, 200);
    const user = me.json().user;
    assert.equal(user.username, 'scjg.reviewer');
    assert.deepEqual(user.roles.map((r: { role: string; scopeCode: string }) => [r.role, r.scopeCode]), [['reviewer', 'scjg']]);
    assert.deepEqual(user.areas, ['department']);

    assert.equal((await t.app.inject({ method: 'GET', url: '/api/v1/auth/me' })).statusCode, 401);
    const noCsrf = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie: session.cookie } });
    assert.equal(noCsrf.statusCode, 403);
    assert.equal(noCsrf.json().code, 'csrf_failed');
    assert.equal((await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: session.headers })).statusCode, 204);
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: session.cookie } })).statusCode, 401);
  });

  test('ten wrong passwords lock the account; the right password is refused during the lockout; every attempt is logged', async () => {
    for (let i = 1; i < LOCK_AFTER_FAILURES; i++) {
      const res = await login('ga.approver', 'wrong-password', '10.9.0.1');
      assert.equal(res.statusCode, 401);
      assert.equal(res.json().code, 'invalid_credentials');
    }
    const tenth = await login('ga.approver', 'wrong-password', '10.9.0.2');
    assert.equal(tenth.json().code, 'account_locked');
    const right = await login('ga.approver', DEMO_PASSWORD, '10.9.0.3');
    assert.equal(right.statusCode, 401);
    assert.equal(right.json().code, 'account_locked');
    assert.match(right.json().detail, /锁定至/);

    const events = await t.database.db.selectFrom('login_events').select(['success', 'reason']).where('username', '=', 'ga.approver').orderBy('id').execute();
    assert.equal(events.length, LOCK_AFTER_FAILURES + 1);
    assert.deepEqual(events.at(-2), { success: false, reason: 'wrong_password_locked' });
    assert.deepEqual(events.at(-1), { success: false, reason: 'locked' });

    // An administrator sees the lock and lifts it; the right password then works.
    const admin = await signIn(t, 'region-admin');
    const user = await t.database.db.selectFrom('users').select('id').where('username', '=', 'ga.approver').executeTakeFirstOrThrow();
    const detail = (await t.app.inject({ method: 'GET', url: `/api/v1/admin/users/${user.id}`, headers: admin.headers })).json();
    assert.equal(detail.locked, true);
    assert.ok(detail.actions.includes('unlock'));
    assert.equal((await t.app.inject({ method: 'POST', url: `/api/v1/admin/users/${user.id}/unlock`, headers: admin.headers })).statusCode, 204);
    assert.equal((await login('ga.approver', DEMO_PASSWORD)).statusCode, 200);
    const logged = (await t.app.inject({ method: 'GET', url: '/api/v1/admin/login-events?username=ga.approver', headers: admin.headers })).json();
    assert.equal(logged.events[0].success, true);
  });

  test('unknown user and wrong password answer the same', async () => {
    const unknown = await login('nobody-here', 'whatever1');
    const wrong = await login('citizen', 'whatever1');
    assert.equal(unknown.statusCode, wrong.statusCode);
    assert.equal(unknown.json().detail, wrong.json().detail);
  });

  test('registration: a person with a valid ID card number is signed in as an applicant; bad or taken numbers are refused on their field', async () => {
    const body = { kind: 'person', username: 'zhang.san', password: 'secret-pass-1', displayName: '张三', phone: '13900000011', idNumber: '11010519491231002X' };
    const bad = await t.app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: { ...body, code: '123456', idNumber: '110105194912310021' } });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().field, 'body.idNumber');
    const taken = await t.app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: { ...body, code: '123456', username: 'someone.else', phone: '13900000012', idNumber: '500102198806123011' } });
    assert.equal(taken.statusCode, 409, 'the demo citizen already registered this ID number');
    assert.equal(taken.json().field, 'body.idNumber');

    const code = (await t.app.inject({ method: 'POST', url: '/api/v1/auth/codes', payload: { purpose: 'register', phone: body.phone } })).json().demoCode;
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: { ...body, code } });
    assert.equal(res.statusCode, 201, res.body);
    assert.deepEqual(res.json().user.areas, ['applicant']);
    const row = await t.database.db.selectFrom('users').selectAll().where('username', '=', 'zhang.san').executeTakeFirstOrThrow();
    assert.ok(!JSON.stringify(row).includes('11010519491231002X'), 'the ID number is never stored in clear');
    assert.equal(t.deps.secrets.decrypt(row.id_number_encrypted!), '11010519491231002X');
    assert.match(row.password_hash, /^\$argon2id\$/);

    const applicant = await signIn(t, 'zhang.san', 'secret-pass-1');
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/v1/admin/users', headers: applicant.headers })).statusCode, 403, 'applicants see no one else');
  });

  test('changing the password signs out the other sessions', async () => {
    const first = await signIn(t, 'company');
    const second = await signIn(t, 'company');
    const wrong = await t.app.inject({ method: 'POST', url: '/api/v1/auth/password', headers: first.headers, payload: { currentPassword: 'nope-nope', newPassword: 'new-password-2' } });
    assert.equal(wrong.json().field, 'body.currentPassword');
    const ok = await t.app.inject({ method: 'POST', url: '/api/v1/auth/password', headers: first.headers, payload: { currentPassword: DEMO_PASSWORD, newPassword: 'new-password-2' } });
    assert.equal(ok.statusCode, 204);
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: first.cookie } })).statusCode, 200);
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: second.cookie } })).statusCode, 401);
  });

  test('data scope: a department head reads their own department only; another department’s user looks not found', async () => {
    const head = await signIn(t, 'scjg.head');
    const list = (await t.app.inject({ method: 'GET', url: '/api/v1/admin/users?limit=200', headers: head.headers })).json();
    assert.ok(list.users.length >= 3);
    assert.ok(list.users.every((u: { department: { code: string } | null }) => u.department?.code === 'scjg'));
    const other = await t.database.db.selectFrom('users').select('id').where('username', '=', 'jt.reviewer').executeTakeFirstOrThrow();
    const refused = await t.app.inject({ method: 'GET', url: `/api/v1/admin/users/${other.id}`, headers: head.headers });
    const missing = await t.app.inject({ method: 'GET', url: '/api/v1/admin/users/999999', headers: head.headers });
    assert.equal(refused.statusCode, 404);
    const strip = (body: Record<string, unknown>) => ({ ...body, requestId: null, instance: null });
    assert.deepEqual(strip(refused.json()), strip(missing.json()), 'no existence leak');
    const own = (await t.app.inject({ method: 'GET', url: `/api/v1/admin/users/${list.users[0].id}`, headers: head.headers })).json();
    assert.deepEqual(own.actions, [], 'a head may read but not manage');
  });

  test('a supervisor of the region reads everyone and changes nothing', async () => {
    const supervisor = await signIn(t, 'supervisor');
    const list = (await t.app.inject({ method: 'GET', url: '/api/v1/admin/users?limit=200', headers: supervisor.headers })).json();
    assert.ok(list.users.length >= 100);
    const target = list.users.find((u: { username: string }) => u.username === 'jt.reviewer');
    const detail = (await t.app.inject({ method: 'GET', url: `/api/v1/admin/users/${target.id}`, headers: supervisor.headers })).json();
    assert.deepEqual(detail.actions, []);
    for (const [method, url, payload] of [
      ['PATCH', `/api/v1/admin/users/${target.id}`, { status: 'disabled' }],
      ['POST', `/api/v1/admin/users/${target.id}/roles`, { role: 'approver', scopeType: 'department', scopeCode: 'jt' }],
      ['POST', '/api/v1/admin/users', { username: 'x.y.z', displayName: 'x', password: 'password-1', roles: [] }],
      ['POST', '/api/v1/admin/clients', { name: 'x', scopes: ['tasks:read'], ipAllowlist: [] }],
      ['PUT', '/api/v1/admin/items/500102-jt-001/draft', {}],
    ] as const) {
      const res = await t.app.inject({ method, url, headers: supervisor.headers, payload });
      assert.equal(res.statusCode, 403, `${method} ${url}`);
    }
  });

  test('a region administrator creates a reviewer, sees the effective permissions, and disables them (their sessions end)', async () => {
    const admin = await signIn(t, 'region-admin');
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/users',
      headers: admin.headers,
      payload: { username: 'jt.reviewer2', displayName: '交通审查员二', unitCode: 'jt.spk', password: 'initial-pass-1', roles: [{ role: 'reviewer', scopeType: 'department', scopeCode: 'jt' }] },
    });
    assert.equal(created.statusCode, 201, created.body);
    const id = created.json().id;
    const permissions = (await t.app.inject({ method: 'GET', url: `/api/v1/admin/users/${id}/permissions`, headers: admin.headers })).json();
    assert.ok(permissions.permissions.some((p: { permission: string; scopes: string[] }) => p.permission === 'tasks.review' && p.scopes.some((s) => s.includes('department:jt'))));

    const reviewer = await signIn(t, 'jt.reviewer2', 'initial-pass-1');
    const grantAdmin = await t.app.inject({ method: 'POST', url: `/api/v1/admin/users/${id}/roles`, headers: admin.headers, payload: { role: 'system_admin', scopeType: 'region', scopeCode: '500102' } });
    assert.equal(grantAdmin.statusCode, 403, 'only a system administrator grants administrator roles');
    const badScope = await t.app.inject({ method: 'POST', url: `/api/v1/admin/users/${id}/roles`, headers: admin.headers, payload: { role: 'approver', scopeType: 'department', scopeCode: 'nope' } });
    assert.equal(badScope.json().field, 'body.scopeCode');

    const disabled = await t.app.inject({ method: 'PATCH', url: `/api/v1/admin/users/${id}`, headers: admin.headers, payload: { status: 'disabled' } });
    assert.equal(disabled.json().status, 'disabled');
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: reviewer.cookie } })).statusCode, 401);
    assert.equal((await login('jt.reviewer2', 'initial-pass-1')).statusCode, 401);
    const audit = await t.database.db.selectFrom('audit_log').select('action').where('subject_id', '=', String(id)).orderBy('id').execute();
    assert.deepEqual(audit.map((a) => a.action), ['user.created', 'user.updated']);
  });

  test('machine clients: secret shown once and stored hashed, client-credentials tokens, scopes, IP allow-list, rotation and revocation', async () => {
    const admin = await signIn(t, 'admin');
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/clients',
      headers: admin.headers,
      payload: { name: '区税务局征管系统', scopes: ['tasks:read', 'tasks:write'], ipAllowlist: ['127.0.0.0/8', '10.20.0.0/16'], departmentCode: 'sw' },
    });
    assert.equal(created.statusCode, 201, created.body);
    const { client, clientSecret } = created.json();
    const stored = await t.database.db.selectFrom('api_clients').select('secret_hash').where('client_id', '=', client.clientId).executeTakeFirstOrThrow();
    assert.notEqual(stored.secret_hash, clientSecret);
    const listed = (await t.app.inject({ method: 'GET', url: '/api/v1/admin/clients', headers: admin.headers })).body;
    assert.ok(!listed.includes(clientSecret), 'the secret is never shown again');

    const basic = `Basic ${Buffer.from(`${client.clientId}:${clientSecret}`).toString('base64')}`;
    const token = await t.app.inject({ method: 'POST', url: '/api/v1/oauth/token', headers: { authorization: basic, 'content-type': 'application/x-www-form-urlencoded' }, payload: 'grant_type=client_credentials&scope=tasks:read' });
    assert.equal(token.statusCode, 200, token.body);
    assert.equal(token.json().token_type, 'Bearer');
    assert.equal(token.json().scope, 'tasks:read');
    assert.equal(token.headers['cache-control'], 'no-store');

    const bodyCredentials = await t.app.inject({ method: 'POST', url: '/api/v1/oauth/token', payload: { grant_type: 'client_credentials', client_id: client.clientId, client_secret: clientSecret } });
    assert.equal(bodyCredentials.json().scope, 'tasks:read tasks:write');
    const tooMuch = await t.app.inject({ method: 'POST', url: '/api/v1/oauth/token', payload: { grant_type: 'client_credentials', client_id: client.clientId, client_secret: clientSecret, scope: 'events:read' } });
    assert.equal(tooMuch.json().code, 'invalid_scope');
    const wrongSecret = await t.app.inject({ method: 'POST', url: '/api/v1/oauth/token', payload: { grant_type: 'client_credentials', client_id: client.clientId, client_secret: 'guess' } });
    assert.equal(wrongSecret.statusCode, 401);
    const foreignIp = await t.app.inject({ method: 'POST', url: '/api/v1/oauth/token', remoteAddress: '192.0.2.7', payload: { grant_type: 'client_credentials', client_id: client.clientId, client_secret: clientSecret } });
    assert.equal(foreignIp.statusCode, 403);
    assert.equal(foreignIp.json().code, 'ip_not_allowed');

    // A token from an allowed address used from elsewhere is refused too.
    const bearer = { authorization: `Bearer ${bodyCredentials.json().access_token}` };
    const elsewhere = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: bearer, remoteAddress: '192.0.2.7' });
    assert.equal(elsewhere.statusCode, 403);
    // Machines are not people: a client token opens no user route.
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/v1/admin/users', headers: bearer })).statusCode, 403);

    const rotated = await t.app.inject({ method: 'POST', url: `/api/v1/admin/clients/${client.clientId}/rotate`, headers: admin.headers });
    assert.notEqual(rotated.json().clientSecret, clientSecret);
    const oldSecret = await t.app.inject({ method: 'POST', url: '/api/v1/oauth/token', payload: { grant_type: 'client_credentials', client_id: client.clientId, client_secret: clientSecret } });
    assert.equal(oldSecret.statusCode, 401);
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/v1/admin/users', headers: bearer })).statusCode, 401, 'tokens die with the old secret');

    assert.equal((await t.app.inject({ method: 'POST', url: `/api/v1/admin/clients/${client.clientId}/revoke`, headers: admin.headers })).statusCode, 204);
    const afterRevoke = await t.app.inject({ method: 'POST', url: '/api/v1/oauth/token', payload: { grant_type: 'client_credentials', client_id: client.clientId, client_secret: rotated.json().clientSecret } });
    assert.equal(afterRevoke.statusCode, 401);
  });
});

describe('login rate limit per address', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ demo: true, config: { loginRateLimit: 3 } });
  });
  after(() => t.close());

  test('too many attempts from one address answer 429 problem+json, other addresses are unaffected', async () => {
    const attempt = (ip: string) => t.app.inject({ method: 'POST', url: '/api/v1/auth/login', remoteAddress: ip, payload: { username: 'citizen', password: 'wrong-one' } });
    for (let i = 0; i < 3; i++) assert.equal((await attempt('10.1.1.1')).statusCode, 401);
    const limited = await attempt('10.1.1.1');
    assert.equal(limited.statusCode, 429);
    assert.match(limited.headers['content-type'] as string, /application\/problem\+json/);
    assert.equal(limited.json().code, 'rate_limited');
    assert.equal((await attempt('10.1.1.2')).statusCode, 401);
  });
});
