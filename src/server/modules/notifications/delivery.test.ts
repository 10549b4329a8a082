import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { ConfigError, loadConfig } from '../../config.js';
import { createLogger } from '../../platform/logger.js';
import { listFailedJobs, startJobRunner, type JobRunner } from '../../platform/jobs.js';
import { createTestApp, type TestApp } from '../../testing/app.js';
import { signIn, type TestSession } from '../../testing/sessions.js';
import { closeMailers, scrubError } from './delivery.js';
import { notificationsJobs } from './jobs.js';
import { DELIVER_TASK } from './service.js';
import { waitFor } from '../../testing/wait.js';

/** A mail as the SMTP server received it: envelope recipients and the decoded subject and text. */
interface ReceivedMail {
  to: string[];
  from: string;
  subject: string;
  text: string;
}

/** Decodes RFC 2047 encoded words in place; a run of them is joined first (a character may be split across two). */
function decodeHeader(value: string): string {
  const word = /=\?[^?]+\?([BbQq])\?([^?]*)\?=/g;
  return value.replace(/=\?[^?]+\?[BbQq]\?[^?]*\?=(?:\s+=\?[^?]+\?[BbQq]\?[^?]*\?=)*/g, (run) =>
    Buffer.concat(
      [...run.matchAll(word)].map(([, encoding, text]) => (encoding!.toUpperCase() === 'B' ? Buffer.from(text!, 'base64') : decodeQuotedPrintable(text!.replace(/_/g, ' ')))),
    ).toString('utf8'),
  );
}

function decodeQuotedPrintable(text: string): Buffer {
  const unfolded = text.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < unfolded.length; i++) {
    if (unfolded[i] === '=' && /^[0-9A-F]{2}$/i.test(unfolded.slice(i + 1, i + 3))) {
      bytes.push(parseInt(unfolded.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(unfolded[i]!, 'utf8'));
  }
  return Buffer.from(bytes);
}

function parseMail(raw: string, to: string[]): ReceivedMail {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const body = raw.slice(split + 4);
  const header = (name: string) => head.split('\r\n').find((line) => line.toLowerCase().startsWith(`${name.toLowerCase()}:`))?.slice(name.length + 1).trim() ?? '';
  const encoding = header('Content-Transfer-Encoding').toLowerCase();
  const text = encoding === 'base64' ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8') : encoding === 'quoted-printable' ? decodeQuotedPrintable(body).toString('utf8') : body;
  return { to, from: decodeHeader(header('From')), subject: decodeHeader(header('Subject')), text: text.replace(/\r\n/g, '\n') };
}

describe('email and SMS deliveries, sent by the job runner after commit', () => {
  let t: TestApp;
  let runner: JobRunner;
  let smtp: SMTPServer;
  let gateway: http.Server;
  let window: TestSession;
  let itemCode: string;
  const mails: ReceivedMail[] = [];
  const smsRequests: { authorization: string | undefined; body: { to: string; text: string } }[] = [];
  // 'flaky': each distinct text is refused twice (502) and accepted the third time; 'down': the connection drops.
  let gatewayMode: 'flaky' | 'down' = 'flaky';
  const refusals = new Map<string, number>();

  before(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          mails.push(parseMail(Buffer.concat(chunks).toString('utf8'), session.envelope.rcptTo.map((r) => r.address)));
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', () => resolve()));
    const smtpPort = (smtp.server.address() as AddressInfo).port;

    gateway = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        smsRequests.push({ authorization: req.headers.authorization, body });
        if (gatewayMode === 'down') return req.socket.destroy();
        const refused = refusals.get(body.text) ?? 0;
        if (refused < 2) {
          refusals.set(body.text, refused + 1);
          res.writeHead(502).end('busy');
        } else res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
      });
    });
    await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', () => resolve()));
    const gatewayPort = (gateway.address() as AddressInfo).port;

    t = await createTestApp({
      demo: true,
      config: {
        smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
        smtpFrom: '涪陵区网上行政审批平台 <noreply@fuling.example.cn>',
        smsGatewayUrl: `http://127.0.0.1:${gatewayPort}/send`,
        smsGatewayToken: 'gateway-test-token',
        notificationAttempts: 3,
      },
    });
    await t.database.db.updateTable('users').set({ email: 'liming@example.cn' }).where('username', '=', 'citizen').execute();
    runner = await startJobRunner({ pool: t.database.pool, handlers: notificationsJobs(t.deps), concurrency: 2, pollIntervalMs: 100, logger: createLogger('silent') });
    window = await signIn(t, 'window');
    itemCode = (await t.database.db.selectFrom('items').select('code').where('code', 'like', '500102-scjg-%').orderBy('code').executeTakeFirstOrThrow()).code;
  });
  after(async () => {
    await runner?.stop();
    closeMailers();
    await t?.close();
    await new Promise<void>((resolve) => smtp?.close(() => resolve()));
    await new Promise<void>((resolve) => gateway?.close(() => resolve()));
  });

  async function fileCase(): Promise<{ id: number; receiptNo: string }> {
    const created = await t.app.inject({ method: 'POST', url: '/api/v1/cases', headers: window.headers, payload: { itemCode, applicant: 'citizen', channel: 'window' } });
    assert.equal(created.statusCode, 201, created.body);
    return created.json();
  }
  const deliveriesOf = (caseId: number) =>
    t.database.db
      .selectFrom('notification_deliveries as d')
      .innerJoin('notifications as n', 'n.id', 'd.notification_id')
      .select(['d.id', 'n.kind', 'n.title', 'd.channel', 'd.destination', 'd.status', 'd.attempts', 'd.last_error', 'd.sent_at'])
      .where('n.case_id', '=', caseId)
      .orderBy('d.id')
      .execute();

  test('the acceptance mail reaches the SMTP server in Chinese; the SMS gateway refuses twice, the third attempt is sent', async () => {
    const { id, receiptNo } = await fileCase();
    const accepted = await t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/commands`, headers: window.headers, payload: { expectedVersion: 1, command: { kind: 'accept' } } });
    assert.equal(accepted.statusCode, 200, accepted.body);
    const due = (await t.app.inject({ method: 'GET', url: `/api/v1/cases/${id}`, headers: window.headers })).json().due as string;

    const settled = await waitFor(async () => {
      const rows = await deliveriesOf(id);
      return rows.length === 4 && rows.every((r) => r.status !== 'queued') ? rows : undefined;
    }, 45_000, 'every delivery of the case to settle');
    for (const row of settled.filter((r) => r.channel === 'email')) {
      assert.deepEqual([row.status, row.attempts, row.destination], ['sent', 1, 'liming@example.cn'], row.kind);
      assert.ok(row.sent_at);
    }
    for (const row of settled.filter((r) => r.channel === 'sms')) {
      assert.deepEqual([row.status, row.attempts, row.destination, row.last_error], ['sent', 3, '13800000001', null], row.kind);
    }

    const mail = mails.find((m) => m.subject === '您的申请已受理');
    assert.ok(mail, `the acceptance mail arrived (subjects: ${mails.map((m) => m.subject).join(', ')})`);
    assert.deepEqual(mail.to, ['liming@example.cn']);
    assert.match(mail.from, /涪陵区网上行政审批平台 <noreply@fuling\.example\.cn>/);
    assert.match(mail.text, /^李明：/);
    assert.ok(mail.text.includes(`（办件编号 ${receiptNo}）已于`), mail.text);
    const [y, m, d] = due.split('-');
    assert.ok(mail.text.includes(`预计于${y}年${Number(m)}月${Number(d)}日前办结`), mail.text);
    assert.ok(mails.some((x) => x.subject === '您的申请已提交' && x.text.includes(receiptNo)), 'the receipt mail arrived too');

    const acceptedSms = smsRequests.filter((r) => r.body.text.includes('已受理'));
    assert.equal(acceptedSms.length, 3, 'refused twice, accepted the third time');
    for (const request of acceptedSms) {
      assert.equal(request.authorization, 'Bearer gateway-test-token');
      assert.equal(request.body.to, '13800000001');
      assert.ok(request.body.text.startsWith('【涪陵区政务服务】'));
      assert.ok(request.body.text.includes(receiptNo));
    }
  });

  test('with the SMS gateway down the case command succeeds at once, the in-app notice is there, and the SMS fails after its attempts with the last error kept', async () => {
    gatewayMode = 'down';
    const started = Date.now();
    const { id } = await fileCase();
    assert.ok(Date.now() - started < 5_000, 'the command does not wait for the gateway');
    const citizen = await signIn(t, 'citizen');
    const inbox = (await t.app.inject({ method: 'GET', url: '/api/v1/notifications', headers: citizen.headers })).json();
    assert.ok(inbox.items.some((n: { caseId: number; kind: string }) => n.caseId === id && n.kind === 'submitted'), 'the in-app notice exists');

    const sms = await waitFor(async () => {
      const row = (await deliveriesOf(id)).find((r) => r.channel === 'sms');
      return row && row.status !== 'queued' ? row : undefined;
    }, 45_000, 'the SMS delivery to give up');
    assert.equal(sms.status, 'failed');
    assert.equal(sms.attempts, 3);
    assert.ok(sms.last_error, 'the last error is kept');
    assert.ok(!sms.last_error.includes('13800000001'), 'without the phone number');
    assert.equal((await deliveriesOf(id)).find((r) => r.channel === 'email')?.status, 'sent', 'mail is not held back by SMS');

    const failed = (await listFailedJobs(t.database.db)).filter((job) => job.task === DELIVER_TASK);
    assert.equal(failed.length, 1, 'visible to `onewindow jobs`');
    assert.equal(failed[0]!.attempts, 3);
    assert.equal(failed[0]!.lastError, sms.last_error);
    assert.equal((await t.app.inject({ method: 'GET', url: `/api/v1/cases/${id}`, headers: window.headers })).json().status, 'submitted', 'the case is untouched');
  });

  test('error texts lose addresses and phone numbers before they are stored or logged', () => {
    const error = new Error('Can\'t send mail - all recipients were rejected: 550 5.1.1 <liming@example.cn>: Recipient address rejected', { cause: Object.assign(new Error('x'), { code: 'EENVELOPE' }) });
    assert.equal(scrubError(error, 'liming@example.cn'), 'Can\'t send mail - all recipients were rejected: 550 5.1.1 <[redacted]>: Recipient address rejected (EENVELOPE)');
    assert.equal(scrubError(new Error('number 13912345678 is blocked; other@x.cn too'), '13800000001'), 'number [phone] is blocked; [email] too');
  });
});

describe('notification settings', () => {
  test('bad SMTP and SMS gateway settings stop the start with the variable named; a password in the URL is never echoed', () => {
    for (const [variable, value] of [
      ['SMTP_URL', 'not a url'],
      ['SMTP_URL', 'http://mail.example.cn'],
      ['SMS_GATEWAY_URL', 'ftp://sms.example.cn'],
      ['SMS_GATEWAY_URL', 'sms gateway'],
      ['SMTP_FROM', 'nobody'],
      ['NOTIFICATION_ATTEMPTS', '0'],
    ] as const) {
      assert.throws(() => loadConfig({ [variable]: value }), (error: unknown) => error instanceof ConfigError && error.variable === variable, `${variable}=${value}`);
    }
    assert.throws(
      () => loadConfig({ SMTP_URL: 'imap://user:s3cret-pass@mail.example.cn' }),
      (error: unknown) => error instanceof ConfigError && !error.message.includes('s3cret-pass'),
    );
    const config = loadConfig({ SMTP_URL: 'smtps://user:pw@mail.example.cn:465', SMS_GATEWAY_URL: 'https://sms.example.cn/send', SMS_GATEWAY_TOKEN: 't' });
    assert.equal(config.smtpUrl, 'smtps://user:pw@mail.example.cn:465');
    assert.equal(config.smsGatewayUrl, 'https://sms.example.cn/send');
    assert.equal(config.notificationAttempts, 10);
    assert.equal(loadConfig({}).smtpUrl, undefined, 'no mail server: no email');
  });
});
