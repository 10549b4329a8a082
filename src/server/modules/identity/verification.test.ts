import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTestApp, type TestApp } from '../../testing/app.js';
import { signIn, type TestSession } from '../../testing/sessions.js';
import { SMTPServer } from 'smtp-server';
import { idCardNumber } from '../../../web/tests/browserHelpers.js';
import { closeMailers } from '../notifications/delivery.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A loopback HTTP server that records each JSON request and answers through `respond`. */
async function loopback(respond: (body: Json, headers: http.IncomingHttpHeaders) => { status: number; body?: unknown } | 'drop') {
  const requests: { headers: http.IncomingHttpHeaders; body: Json }[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Json;
      requests.push({ headers: req.headers, body });
      const answer = respond(body, req.headers);
      if (answer === 'drop') return req.socket.destroy();
      res.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.body ?? {}));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The six digits in the last SMS the gateway got for a phone. */
function codeIn(requests: { body: Json }[], phone: string): string {
  const last = requests.filter((r) => r.body.to === phone).at(-1);
  assert.ok(last, `an SMS went to ${phone}`);
  return /验证码 (\d{6})/.exec(last.body.text)![1]!;
}

describe('real-name registration: SMS codes through the gateway, password reset, profile, identity check, item levels, walk-in claim', () => {
  let t: TestApp;
  let gateway: Awaited<ReturnType<typeof loopback>>;
  let identity: Awaited<ReturnType<typeof loopback>>;
  let gatewayDown = false;
  /** Name and number pairs the loopback identity service knows. */
  const registry = new Map<string, string>([
    [idCardNumber('101'), '周一'],
    [idCardNumber('102'), '吴二'],
    ['500102198806123011', '李明'],
  ]);
  let ip = 0;
  /** Each test asks from its own address, so the per-address limit of one does not spill into another. */
  const nextIp = () => `10.20.0.${++ip}`;
  const api = (method: string, url: string, payload?: unknown, session?: TestSession | null, remoteAddress = '127.0.0.1') =>
    t.app.inject({ method: method as 'POST', url, remoteAddress, ...(payload !== undefined ? { payload: payload as Json } : {}), ...(session ? { headers: session.headers } : {}) });

  before(async () => {
    gateway = await loopback(() => (gatewayDown ? { status: 503, body: { error: 'busy' } } : { status: 200, body: { ok: true } }));
    identity = await loopback((body, headers) => {
      if (headers.authorization !== 'Bearer idcheck-token') return { status: 401 };
      return { status: 200, body: { match: registry.get(body.idNumber) === body.name } };
    });
    t = await createTestApp({
      demo: true,
      config: {
        smsGatewayUrl: `${gateway.url}/send`,
        smsGatewayToken: 'gateway-token',
        realnameServiceUrl: `${identity.url}/verify`,
        realnameServiceToken: 'idcheck-token',
        publicUrl: 'https://zwfw.example.gov.cn',
      },
    });
  });
  after(async () => {
    await t?.close();
    await gateway?.close();
    await identity?.close();
  });

  const person = (seq: string, name: string, phone: string, username: string) => ({
    kind: 'person',
    username,
    password: 'secret-pass-1',
    displayName: name,
    phone,
    idNumber: idCardNumber(seq),
  });

  test('registration needs the code the gateway delivered: wrong codes count, the right one is single use, the identity service makes the account L2', async () => {
    const from = nextIp();
    const body = person('101', '周一', '13700000101', 'zhou.yi');
    const noCode = await api('POST', '/api/v1/auth/register', body, null, from);
    assert.equal(noCode.statusCode, 400, 'a code is required');
    const asked = await api('POST', '/api/v1/auth/codes', { purpose: 'register', phone: body.phone }, null, from);
    assert.equal(asked.statusCode, 202, asked.body);
    assert.equal(asked.json().sentTo, '137****0101');
    assert.equal(asked.json().demoCode, undefined, 'with a gateway the code is only in the SMS');
    const sms = gateway.requests.at(-1)!;
    assert.equal(sms.headers.authorization, 'Bearer gateway-token');
    assert.equal(sms.body.to, '13700000101');
    assert.match(sms.body.text, /^【涪陵区政务服务】您正在注册.*验证码 \d{6}，10 分钟内有效/);
    const code = codeIn(gateway.requests, body.phone);
    const stored = await t.database.db.selectFrom('verification_codes').selectAll().where('destination', '=', body.phone).execute();
    assert.equal(stored.length, 1);
    assert.ok(!JSON.stringify(stored).includes(code), 'only a hash of the code is stored');

    const again = await api('POST', '/api/v1/auth/codes', { purpose: 'register', phone: body.phone }, null, from);
    assert.equal(again.statusCode, 429, 'resending waits for the cooldown');
    assert.equal(again.json().code, 'code_cooldown');
    assert.match(again.json().detail, /秒后再重新获取/);

    const wrongCode = code === '000000' ? '111111' : '000000';
    const wrong = await api('POST', '/api/v1/auth/register', { ...body, code: wrongCode }, null, from);
    assert.equal(wrong.statusCode, 400);
    assert.equal(wrong.json().field, 'body.code');
    assert.equal(wrong.json().detail, '验证码不正确，还可再试 4 次');
    const registered = await api('POST', '/api/v1/auth/register', { ...body, code }, null, from);
    assert.equal(registered.statusCode, 201, registered.body);
    const row = await t.database.db.selectFrom('users').selectAll().where('username', '=', 'zhou.yi').executeTakeFirstOrThrow();
    assert.equal(row.realname_level, 2, 'the identity service confirmed the name and number');
    assert.ok(row.phone_verified_at && row.identity_verified_at);
    assert.deepEqual(identity.requests.at(-1)!.body, { kind: 'person', name: '周一', idNumber: idCardNumber('101') });

    const reused = await api('POST', '/api/v1/auth/register', { ...body, username: 'zhou.yi2', code }, null, from);
    assert.equal(reused.statusCode, 409, 'the phone is registered now');
    const profile = (await api('GET', '/api/v1/account', undefined, await signIn(t, 'zhou.yi', 'secret-pass-1'))).json();
    assert.equal(profile.realnameLevel, 2);
    assert.equal(profile.phone, '13700000101');
  });

  test('five wrong tries use a code up; a name that does not match the ID number is refused on its field', async () => {
    const from = nextIp();
    const body = person('102', '吴三', '13700000102', 'wu.er');
    await api('POST', '/api/v1/auth/codes', { purpose: 'register', phone: body.phone }, null, from);
    const code = codeIn(gateway.requests, body.phone);
    const mismatch = await api('POST', '/api/v1/auth/register', { ...body, code }, null, from);
    assert.equal(mismatch.statusCode, 400);
    assert.equal(mismatch.json().field, 'body.idNumber');
    assert.equal(mismatch.json().detail, '姓名与身份证号码不一致，请核对后重新填写');
    const fixed = { ...body, displayName: '吴二' };
    const wrongCode = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i++) await api('POST', '/api/v1/auth/register', { ...fixed, code: wrongCode }, null, from);
    const late = await api('POST', '/api/v1/auth/register', { ...fixed, code }, null, from);
    assert.equal(late.statusCode, 400);
    assert.match(late.json().detail, /错误次数过多.*重新获取/);
    assert.equal(await t.database.db.selectFrom('users').select('id').where('username', '=', 'wu.er').executeTakeFirst(), undefined, 'no account was made');
  });

  test('a gateway failure is a clear 502 that leaves no code and no cooldown behind; an address asking too often is stopped', async () => {
    const from = nextIp();
    gatewayDown = true;
    const failed = await api('POST', '/api/v1/auth/codes', { purpose: 'register', phone: '13700000103' }, null, from);
    gatewayDown = false;
    assert.equal(failed.statusCode, 502);
    assert.equal(failed.json().code, 'code_not_sent');
    assert.match(failed.json().detail, /验证码发送失败，请稍后重新获取/);
    assert.equal((await t.database.db.selectFrom('verification_codes').select('id').where('destination', '=', '13700000103').execute()).length, 0);
    assert.equal((await api('POST', '/api/v1/auth/codes', { purpose: 'register', phone: '13700000103' }, null, from)).statusCode, 202, 'retrying at once works');

    const spray = nextIp();
    const answers: number[] = [];
    let refusal: Json = {};
    for (let i = 0; i < 21; i++) {
      const res = await api('POST', '/api/v1/auth/codes', { purpose: 'register', phone: `1360000${String(1000 + i)}` }, null, spray);
      answers.push(res.statusCode);
      if (res.statusCode === 429) refusal = res.json();
    }
    assert.deepEqual(answers, [...Array(20).fill(202), 429], 'twenty different numbers, then the address is stopped');
    assert.equal(refusal.code, 'code_rate_limited');
    assert.match(refusal.detail, /您所在网络获取验证码过于频繁/);
  });

  test('forgot password: the code goes to the account’s phone, the new password works, every old session ends; an unknown phone gets the same answer and no SMS', async () => {
    const from = nextIp();
    const old = await signIn(t, 'citizen');
    const sent = gateway.requests.length;
    const unknown = await api('POST', '/api/v1/auth/codes', { purpose: 'reset', phone: '13799999999' }, null, from);
    assert.equal(unknown.statusCode, 202);
    assert.equal(gateway.requests.length, sent, 'nothing sent to a number nobody registered');
    const asked = await api('POST', '/api/v1/auth/codes', { purpose: 'reset', phone: '13800000001' }, null, from);
    assert.deepEqual(Object.keys(asked.json()).sort(), Object.keys(unknown.json()).sort(), 'both answers look alike');
    const code = codeIn(gateway.requests, '13800000001');
    assert.match(gateway.requests.at(-1)!.body.text, /重置登录密码/);
    const reset = await api('POST', '/api/v1/auth/password-reset', { phone: '13800000001', code, newPassword: 'brand-new-pass' }, null, from);
    assert.equal(reset.statusCode, 200, reset.body);
    assert.equal(reset.json().user.username, 'citizen');
    assert.match(String(reset.headers['set-cookie']), /ow_session=/, 'this browser is signed in');
    assert.equal((await api('GET', '/api/v1/auth/me', undefined, old)).statusCode, 401, 'the old session ended');
    assert.equal((await api('POST', '/api/v1/auth/login', { username: 'citizen', password: 'onewindow-demo' })).statusCode, 401);
    assert.equal((await api('POST', '/api/v1/auth/login', { username: '13800000001', password: 'brand-new-pass' })).statusCode, 200);
    const again = await api('POST', '/api/v1/auth/password-reset', { phone: '13800000001', code, newPassword: 'another-pass-1' }, null, from);
    assert.equal(again.statusCode, 400, 'a code works once');
    const audit = await t.database.db.selectFrom('audit_log').select('action').where('action', '=', 'user.password_reset_by_code').execute();
    assert.equal(audit.length, 1);
  });

  test('profile: a new phone is proved by a code sent to the NEW number; email needs SMTP, which is said plainly; the identity check raises L1 to L2', async () => {
    const from = nextIp();
    const company = await signIn(t, 'company');
    const before = (await api('GET', '/api/v1/account', undefined, company)).json();
    assert.equal(before.realnameLevel, 1);
    assert.deepEqual(before.services, { sms: true, smsDemo: false, email: false, identityCheck: true });
    assert.equal((await api('POST', '/api/v1/account/codes', { purpose: 'change_phone', phone: '13800000001' }, company, from)).statusCode, 409, 'another account’s phone');
    const asked = await api('POST', '/api/v1/account/codes', { purpose: 'change_phone', phone: '13700000201' }, company, from);
    assert.equal(asked.statusCode, 202, asked.body);
    assert.equal(gateway.requests.at(-1)!.body.to, '13700000201', 'the code goes to the new number');
    const code = codeIn(gateway.requests, '13700000201');
    const wrongAccount = await api('PUT', '/api/v1/account/phone', { phone: '13700000201', code }, await signIn(t, 'window'), from);
    assert.equal(wrongAccount.statusCode, 400, 'someone else cannot use the code');
    // The clerk's failed try counted against the code but did not use it up: the company's own try works.
    const changed = await api('PUT', '/api/v1/account/phone', { phone: '13700000201', code }, company, from);
    assert.equal(changed.statusCode, 200, changed.body);
    assert.equal(changed.json().phone, '13700000201');

    const email = await api('POST', '/api/v1/account/codes', { purpose: 'change_email', email: 'wangfang@example.cn' }, company, from);
    assert.equal(email.statusCode, 503);
    assert.equal(email.json().code, 'email_unavailable');
    assert.match(email.json().detail, /未配置邮件服务/);

    // The demo company's registered name and code are not in the service's registry: a mismatch, plainly.
    const mismatch = await api('POST', '/api/v1/account/identity-check', undefined, company, from);
    assert.equal(mismatch.statusCode, 422);
    assert.match(mismatch.json().detail, /身份核验未通过：企业名称与统一社会信用代码不一致/);
    const citizen = await signIn(t, '13800000001', 'brand-new-pass');
    const checked = await api('POST', '/api/v1/account/identity-check', undefined, citizen, from);
    assert.equal(checked.statusCode, 200, checked.body);
    assert.equal(checked.json().realnameLevel, 2);
    assert.deepEqual(identity.requests.at(-1)!.body, { kind: 'person', name: '李明', idNumber: '500102198806123011' });

  });

  test('an item may require a real-name level: an L1 applicant is told how to reach L2; the administrator sets it', async () => {
    const item = (await t.database.db.selectFrom('items').select('code').where('code', 'like', '500102-scjg-%').orderBy('code').executeTakeFirstOrThrow()).code;
    const admin = await signIn(t, 'region-admin');
    const citizen = await signIn(t, 'citizen', 'brand-new-pass');
    assert.equal((await api('PUT', `/api/v1/admin/items/${item}/realname-level`, { requiredLevel: 2 }, citizen)).statusCode, 403, 'applicants cannot set it');
    const set = await api('PUT', `/api/v1/admin/items/${item}/realname-level`, { requiredLevel: 2 }, admin);
    assert.equal(set.statusCode, 200, set.body);
    assert.equal((await api('GET', `/api/v1/items/${item}/realname-level`)).json().requiredLevel, 2);
    assert.equal((await api('PUT', `/api/v1/admin/items/${item}/realname-level`, { requiredLevel: 3 }, admin)).statusCode, 400);

    // zhou.yi is L2; a fresh L1 registration from demo data (company, L1) is refused with the way to L2.
    const company = await signIn(t, 'company');
    const refused = await api('POST', '/api/v1/applications', { itemCode: item }, company);
    assert.equal(refused.statusCode, 403);
    assert.equal(refused.json().code, 'realname_level_required');
    assert.match(refused.json().detail, /实名认证等级 L2.*个人中心.*身份核验.*政务服务大厅窗口/);
    const zhou = await signIn(t, 'zhou.yi', 'secret-pass-1');
    assert.equal((await api('POST', '/api/v1/applications', { itemCode: item }, zhou)).statusCode, 201, 'an L2 account may apply');
    await api('PUT', `/api/v1/admin/items/${item}/realname-level`, { requiredLevel: 0 }, admin);
    assert.equal((await api('POST', '/api/v1/applications', { itemCode: item }, company)).statusCode, 201);
  });

  test('walk-in: the form holds what the clerk typed; a new account gets a claim SMS with the claim page and a code that sets the password and signs in', async () => {
    const item = (await t.database.db.selectFrom('items').select('code').where('code', 'like', '500102-scjg-%').orderBy('code').executeTakeFirstOrThrow()).code;
    const window = await signIn(t, 'window');
    const filed = await api('POST', '/api/v1/window/walk-ins', { itemCode: item, applicant: { name: '郑五', idNumber: idCardNumber('105'), phone: '13700000105' } }, window);
    assert.equal(filed.statusCode, 201, filed.body);
    assert.deepEqual(filed.json().formData, { applicant: { contactName: '郑五', contactPhone: '13700000105' } });
    assert.deepEqual(filed.json().claim, { sent: true, sentTo: '137****0105' });
    const sms = gateway.requests.at(-1)!;
    assert.equal(sms.body.to, '13700000105');
    assert.match(sms.body.text, /https:\/\/zwfw\.example\.gov\.cn\/claim/);
    const code = codeIn(gateway.requests, '13700000105');
    const claimed = await api('POST', '/api/v1/auth/password-reset', { phone: '13700000105', code, newPassword: 'my-own-pass-1' });
    assert.equal(claimed.statusCode, 200, claimed.body);
    assert.equal(claimed.json().user.displayName, '郑五');
    assert.equal((await api('POST', '/api/v1/auth/login', { username: '13700000105', password: 'my-own-pass-1' })).statusCode, 200);
    const account = await t.database.db.selectFrom('users').select(['realname_level']).where('phone', '=', '13700000105').executeTakeFirstOrThrow();
    assert.equal(account.realname_level, 1, 'the claim proved the phone');
    assert.equal((await t.database.db.selectFrom('audit_log').select('action').where('action', '=', 'user.claimed').execute()).length, 1);

    const again = await api('POST', '/api/v1/window/walk-ins', { itemCode: item, applicant: { name: '郑五', idNumber: idCardNumber('105'), phone: '13700000105' } }, window);
    assert.equal(again.json().claim, null, 'an existing account is not sent a claim');
    const enterprise = await api('POST', '/api/v1/window/walk-ins', { itemCode: item, applicant: { name: '重庆市涪陵区某某商行', idNumber: '91500102MA5U7G8K20', phone: '13800000002' } }, window);
    assert.equal(enterprise.statusCode, 201, enterprise.body);
    assert.deepEqual(enterprise.json().formData, { applicant: { organisation: '重庆市涪陵区示例商贸有限公司', contactPhone: '13800000002' } }, 'an enterprise’s registered name goes to the organisation, not the contact person');
  });
});

describe('demo mode without an SMS gateway: the code is logged and handed to the page, marked as demo', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp({ demo: true });
  });
  after(() => t?.close());

  test('registration with the demo code; a walk-in’s claim code is shown to the clerk; outside demo mode without a gateway codes are refused plainly', async () => {
    const asked = await t.app.inject({ method: 'POST', url: '/api/v1/auth/codes', payload: { purpose: 'register', phone: '13700000301' } });
    assert.equal(asked.statusCode, 202, asked.body);
    const { demoCode } = asked.json();
    assert.match(demoCode, /^\d{6}$/);
    const body = { kind: 'person', username: 'demo.user', password: 'secret-pass-1', displayName: '演示', phone: '13700000301', idNumber: idCardNumber('301'), code: demoCode };
    const registered = await t.app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: body });
    assert.equal(registered.statusCode, 201, registered.body);
    const row = await t.database.db.selectFrom('users').select('realname_level').where('username', '=', 'demo.user').executeTakeFirstOrThrow();
    assert.equal(row.realname_level, 1, 'no identity service in the demo: the phone is verified, the identity is not');
    const profile = (await t.app.inject({ method: 'GET', url: '/api/v1/account', headers: (await signIn(t, 'demo.user', 'secret-pass-1')).headers })).json();
    assert.deepEqual(profile.services, { sms: true, smsDemo: true, email: false, identityCheck: false });

    const window = await signIn(t, 'window');
    const item = (await t.database.db.selectFrom('items').select('code').orderBy('code').executeTakeFirstOrThrow()).code;
    const filed = await t.app.inject({ method: 'POST', url: '/api/v1/window/walk-ins', headers: window.headers, payload: { itemCode: item, applicant: { name: '钱七', idNumber: idCardNumber('302'), phone: '13700000302' } } });
    assert.equal(filed.statusCode, 201, filed.body);
    assert.equal(filed.json().claim.sent, true);
    assert.match(filed.json().claim.demoCode, /^\d{6}$/);

    const production = await createTestApp({ demo: true, config: { seedDemo: false } });
    try {
      const refused = await production.app.inject({ method: 'POST', url: '/api/v1/auth/codes', payload: { purpose: 'register', phone: '13700000303' } });
      assert.equal(refused.statusCode, 503);
      assert.equal(refused.json().code, 'sms_unavailable');
      assert.match(refused.json().detail, /短信服务尚未开通/);
    } finally {
      await production.close();
    }
  });
});

describe('email change with SMTP configured: the code goes by mail to the new address', () => {
  let t: TestApp;
  let smtp: SMTPServer;
  const mails: { to: string[]; raw: string }[] = [];
  before(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', () => resolve()));
    t = await createTestApp({ demo: true, config: { smtpUrl: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}` } });
  });
  after(async () => {
    closeMailers();
    await t?.close();
    await new Promise<void>((resolve) => smtp?.close(() => resolve()));
  });

  /** The mail's text part, decoded from whichever transfer encoding nodemailer chose. */
  function textOf(raw: string): string {
    const [head, ...rest] = raw.split('\r\n\r\n');
    const body = rest.join('\r\n\r\n');
    if (/Content-Transfer-Encoding: base64/i.test(head!)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
    return body.replace(/=\r\n/g, '').replace(/(=[0-9A-F]{2})+/gi, (run) => Buffer.from(run.replace(/=/g, ''), 'hex').toString('utf8'));
  }

  test('a code mailed to the new address changes the email; the old address is never written to', async () => {
    const citizen = await signIn(t, 'citizen');
    const asked = await t.app.inject({ method: 'POST', url: '/api/v1/account/codes', headers: citizen.headers, payload: { purpose: 'change_email', email: 'Li.Ming@Example.cn' } });
    assert.equal(asked.statusCode, 202, asked.body);
    assert.equal(asked.json().sentTo, 'l***@example.cn');
    assert.equal(asked.json().demoCode, undefined, 'email codes are never shown on the page');
    const mail = mails.at(-1)!;
    assert.deepEqual(mail.to, ['li.ming@example.cn']);
    const code = /验证码 (\d{6})/.exec(textOf(mail.raw))![1]!;
    const changed = await t.app.inject({ method: 'PUT', url: '/api/v1/account/email', headers: citizen.headers, payload: { email: 'li.ming@example.cn', code } });
    assert.equal(changed.statusCode, 200, changed.body);
    assert.equal(changed.json().email, 'li.ming@example.cn');
    assert.equal(changed.json().services.email, true);
  });
});
