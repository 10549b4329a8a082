import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createPublicKey, verify } from 'node:crypto';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { transact } from '../../db/connection.js';
import { createTestApp, type TestApp } from '../../testing/app.js';
import { pdfText } from '../../testing/pdf-text.js';
import { signIn, type TestSession } from '../../testing/sessions.js';
import { loadCalendar } from '../calendar/service.js';
import type { Actor } from '../identity/actor.js';
import { createCase, sweepDeemedAcceptance } from '../workflow/service.js';
import { defaultValidUntil, formatCertificateNumber } from './certificates.js';
import * as repo from './repository.js';
import { maskName } from './service.js';
import { canonicalJson, certificateSigner, checkCode, normaliseCheckCode, signerFromSeed } from './signing.js';

interface CaseView {
  id: number;
  receiptNo: string;
  status: string;
  version: number;
  tasks: { id: string; department: string; role: string; status: string; assignee: string | null }[];
}

/** The custom entries of a PDF's information dictionary (pdfkit writes any key it is given). */
async function pdfInfo(pdf: Buffer): Promise<Record<string, unknown>> {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const info = (await document.getMetadata()).info as unknown as Record<string, unknown>;
  await document.destroy();
  return { ...info, ...((info.Custom as Record<string, unknown>) ?? {}) };
}

describe('case documents and certificates (demo district)', () => {
  let t: TestApp;
  let window: TestSession;
  let citizen: TestSession;
  let standardItem: { code: string; name: string };
  const sessions = new Map<string, TestSession>();

  before(async () => {
    t = await createTestApp({ demo: true });
    window = await signIn(t, 'window');
    citizen = await signIn(t, 'citizen');
    const items = (await t.app.inject({ method: 'GET', url: '/api/v1/items?department=scjg&limit=100' })).json();
    standardItem = items.items.find((i: { processKind: string }) => i.processKind === 'standard');
    assert.ok(standardItem, 'market supervision has a standard item');
  });
  after(() => t.close());

  const session = async (username: string) => {
    if (!sessions.has(username)) sessions.set(username, await signIn(t, username));
    return sessions.get(username)!;
  };
  const view = async (id: number): Promise<CaseView> => (await t.app.inject({ method: 'GET', url: `/api/v1/cases/${id}`, headers: window.headers })).json();
  async function run(id: number, who: TestSession, command: Record<string, unknown>): Promise<void> {
    const { version } = await view(id);
    const res = await t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/commands`, headers: who.headers, payload: { expectedVersion: version, command } });
    assert.equal(res.statusCode, 200, `${String(command.kind)}: ${res.body}`);
  }
  const documents = (id: number, who: TestSession) => t.app.inject({ method: 'GET', url: `/api/v1/cases/${id}/documents`, headers: who.headers });
  const pdf = (href: string, who: TestSession) => t.app.inject({ method: 'GET', url: href, headers: who.headers });

  async function filed(itemCode = standardItem.code, applicant = 'citizen'): Promise<number> {
    const created = await t.app.inject({ method: 'POST', url: '/api/v1/cases', headers: window.headers, payload: { itemCode, applicant, channel: 'window' } });
    assert.equal(created.statusCode, 201, created.body);
    return created.json().id;
  }

  /** Works every open task in turn (claim, then approve, or reject at the deciding stage). */
  async function workThrough(id: number, rejection?: { reason: string; legalBasis: string }): Promise<void> {
    for (let guard = 0; guard < 20; guard++) {
      const current = await view(id);
      const task = current.tasks.find((x) => x.status === 'queued' || x.status === 'claimed');
      if (!task || current.status.startsWith('decided')) return;
      const who = await session(`${task.department}.${task.role}`);
      if (task.status === 'queued') await run(id, who, { kind: 'claim', taskId: task.id });
      if (rejection && task.role === 'approver') await run(id, who, { kind: 'reject', taskId: task.id, ...rejection });
      else await run(id, who, { kind: 'approve', taskId: task.id, opinion: '同意' });
    }
    assert.fail('the case never reached a decision');
  }

  async function approvedCase(): Promise<number> {
    const id = await filed();
    await run(id, window, { kind: 'accept' });
    await workThrough(id);
    assert.equal((await view(id)).status, 'decided_approved');
    return id;
  }

  const certificateOf = (caseId: number) => t.database.db.selectFrom('certificates').selectAll().where('case_id', '=', caseId).execute();

  test('an approval records exactly one certificate, with a readable unique number and the holder’s name', async () => {
    const id = await approvedCase();
    const rows = await certificateOf(id);
    assert.equal(rows.length, 1);
    const [row] = rows;
    assert.match(row!.number, /^500102-SCJG-\d{4}-\d{6}$/);
    assert.equal(row!.holder_username, 'citizen');
    assert.equal(row!.holder_name, '李明');
    assert.equal(row!.department_code, 'scjg');
    const payload = row!.payload as Record<string, unknown>;
    assert.equal(payload.number, row!.number);
    assert.equal(payload.receiptNo, (await view(id)).receiptNo);

    // Completing the case appends more events: still one certificate.
    await run(id, window, { kind: 'complete' });
    assert.equal((await certificateOf(id)).length, 1);
  });

  test('the certificate verifies on the public endpoint; a changed signature is not genuine; the public key checks it offline', async () => {
    const id = await approvedCase();
    const [row] = await certificateOf(id);
    const signer = certificateSigner(t.deps.secrets);
    const signature = signer.sign(row!.payload);

    const list = (await documents(id, citizen)).json().documents as { kind: string; href: string; title: string }[];
    const cert = list.find((d) => d.kind === 'certificate') as { href: string; certificate?: { number: string; verifyUrl: string; revokedAt: string | null } } | undefined;
    assert.ok(cert, 'the applicant sees the certificate among the documents');
    assert.equal(cert.certificate?.number, row!.number);
    assert.equal(cert.certificate?.verifyUrl, `http://localhost:80/verify/${row!.number}?s=${signature}`);
    assert.equal(cert.certificate?.revokedAt, null);
    const file = await pdf(cert.href, citizen);
    assert.equal(file.statusCode, 200);
    assert.equal(file.headers['content-type'], 'application/pdf');
    const { text } = await pdfText(file.rawPayload);
    assert.ok(text.includes(row!.number), 'the number is printed');
    assert.ok(text.includes('李明'), 'the holder is printed');
    assert.ok(text.includes(signature.slice(0, 16)), 'the short signature is printed');
    assert.ok(file.rawPayload.includes(`http://localhost:80/verify/${row!.number}?s=${signature}`), 'the QR code (and its link) opens the verification page');

    const genuine = await t.app.inject({ method: 'GET', url: `/api/v1/certificates/${row!.number}/verify?s=${signature}` });
    assert.equal(genuine.statusCode, 200, genuine.body);
    const body = genuine.json();
    assert.equal(body.genuine, true);
    assert.equal(body.valid, true);
    assert.equal(body.status, 'valid');
    assert.equal(body.statusText, '签名有效，证照真实有效');
    assert.equal(body.basis, 'signature');
    assert.equal(body.holder, '李*', 'the public page masks the holder');
    assert.equal(body.issuedOn, row!.issued_on);
    assert.equal(body.revokedAt, null);

    const flipped = signature.slice(0, 10) + (signature[10] === 'A' ? 'B' : 'A') + signature.slice(11);
    for (const s of [flipped, 'not-a-signature', '']) {
      const forged = (await t.app.inject({ method: 'GET', url: `/api/v1/certificates/${row!.number}/verify?s=${s}` })).json();
      assert.equal(forged.genuine, false, `s=${s}`);
      assert.equal(forged.valid, false);
      assert.equal(forged.status, 'forged');
    }
    const otherKey = signerFromSeed(Buffer.alloc(32, 9)).sign(row!.payload);
    assert.equal((await t.app.inject({ method: 'GET', url: `/api/v1/certificates/${row!.number}/verify?s=${otherKey}` })).json().genuine, false, 'signed with another key');

    const unknown = await t.app.inject({ method: 'GET', url: '/api/v1/certificates/500102-SCJG-1999-000001/verify?s=x' });
    assert.equal(unknown.statusCode, 404);
    assert.equal(unknown.headers['content-type'], 'application/problem+json; charset=utf-8');

    // Offline: the PDF carries the canonical payload and signature; the published key checks them.
    const key = (await t.app.inject({ method: 'GET', url: '/api/v1/certificates/public-key' })).json();
    assert.equal(key.algorithm, 'Ed25519');
    assert.equal(key.keyId, signer.keyId);
    assert.match(key.keyId, /^[0-9a-f]{16}$/);
    const info = await pdfInfo(file.rawPayload);
    assert.equal(info.OnewindowCertificate, canonicalJson(row!.payload));
    assert.equal(info.OnewindowSignature, `ed25519:${key.keyId}:${signature}`);
    assert.ok(verify(null, Buffer.from(String(info.OnewindowCertificate), 'utf8'), createPublicKey(key.publicKeyPem), Buffer.from(signature, 'base64url')));

    // A certificate whose stored content was altered no longer matches its signature.
    await t.database.db.updateTable('certificates').set({ payload: JSON.stringify({ ...(row!.payload as object), holder: '张三' }) }).where('id', '=', row!.id).execute();
    assert.equal((await t.app.inject({ method: 'GET', url: `/api/v1/certificates/${row!.number}/verify?s=${signature}` })).json().genuine, false);
  });

  test('revocation: the issuing department’s head revokes with a reason and an audit record; others see no such certificate', async () => {
    const id = await approvedCase();
    const [row] = await certificateOf(id);
    const signature = certificateSigner(t.deps.secrets).sign(row!.payload);
    const url = `/api/v1/admin/certificates/${row!.number}/revoke`;

    const otherHead = await t.app.inject({ method: 'POST', url, headers: (await session('jt.head')).headers, payload: { reason: '测试撤销' } });
    assert.equal(otherHead.statusCode, 404, 'another department’s head');
    const reviewer = await t.app.inject({ method: 'POST', url, headers: (await session('scjg.reviewer')).headers, payload: { reason: '测试撤销' } });
    assert.equal(reviewer.statusCode, 403, 'a reviewer holds no revocation permission');
    const blank = await t.app.inject({ method: 'POST', url, headers: (await session('scjg.head')).headers, payload: { reason: '   ' } });
    assert.equal(blank.statusCode, 400);
    assert.equal(blank.json().field, 'body.reason');

    const revoked = await t.app.inject({ method: 'POST', url, headers: (await session('scjg.head')).headers, payload: { reason: '以欺骗手段取得许可' } });
    assert.equal(revoked.statusCode, 200, revoked.body);
    const verified = (await t.app.inject({ method: 'GET', url: `/api/v1/certificates/${row!.number}/verify?s=${signature}` })).json();
    assert.equal(verified.genuine, true, 'still the platform’s certificate');
    assert.equal(verified.valid, false);
    assert.equal(verified.status, 'revoked');
    assert.equal(verified.statusText, '签名有效，但证照已撤销');
    assert.equal(verified.revokeReason, '以欺骗手段取得许可');
    assert.ok(verified.revokedAt);

    const audit = await t.database.db.selectFrom('audit_log').selectAll().where('action', '=', 'certificate.revoke').where('subject_id', '=', row!.number).execute();
    assert.equal(audit.length, 1);
    assert.equal(audit[0]!.actor, 'scjg.head');

    const again = await t.app.inject({ method: 'POST', url, headers: (await session('region-admin')).headers, payload: { reason: '重复撤销' } });
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().code, 'already_revoked');

    const certificatePdf = await pdf(`/api/v1/cases/${id}/documents/certificate.pdf`, citizen);
    assert.ok((await pdfText(certificatePdf.rawPayload)).text.includes('撤销'), 'the certificate PDF says it was revoked');
  });

  test('a region administrator may revoke too; a certificate past its validity is expired', async () => {
    const id = await approvedCase();
    const [row] = await certificateOf(id);
    const signature = certificateSigner(t.deps.secrets).sign(row!.payload);
    await t.database.db.updateTable('certificates').set({ issued_on: '2015-01-05', valid_until: '2020-01-04' }).where('id', '=', row!.id).execute();
    const expired = (await t.app.inject({ method: 'GET', url: `/api/v1/certificates/${row!.number}/verify?s=${signature}` })).json();
    assert.deepEqual([expired.genuine, expired.valid, expired.status, expired.statusText], [true, false, 'expired', '签名有效，但证照已过期']);

    const revoked = await t.app.inject({ method: 'POST', url: `/api/v1/admin/certificates/${row!.number}/revoke`, headers: (await session('region-admin')).headers, payload: { reason: '区域管理员撤销' } });
    assert.equal(revoked.statusCode, 200, revoked.body);
    assert.equal(revoked.json().status, 'revoked');
  });

  test('verification by number: the record answers valid, revoked or expired; a check code is compared; an unknown number is 404', async () => {
    const id = await approvedCase();
    const [row] = await certificateOf(id);
    const signer = certificateSigner(t.deps.secrets);
    const code = checkCode(signer.sign(row!.payload));
    const ask = async (query: string) => {
      const res = await t.app.inject({ method: 'GET', url: `/api/v1/certificates/${row!.number}/verify${query}` });
      assert.equal(res.statusCode, 200, res.body);
      return res.json();
    };

    // A genuine certificate opened by number alone is not called forged: the record's answer, without claiming a signature.
    const byNumber = await ask('');
    assert.deepEqual([byNumber.basis, byNumber.genuine, byNumber.valid, byNumber.status, byNumber.statusText], ['record', null, true, 'valid', '平台登记有该证照，目前有效']);
    assert.equal(byNumber.holder, '李*', 'a natural person stays masked');
    assert.equal(byNumber.holderKind, 'person');
    const lower = await t.app.inject({ method: 'GET', url: `/api/v1/certificates/${row!.number.toLowerCase()}%20/verify` });
    assert.equal(lower.json().number, row!.number, 'typed in lower case with a trailing space');

    const matched = await ask(`?code=${code}`);
    assert.deepEqual([matched.basis, matched.genuine, matched.valid, matched.status, matched.statusText], ['check_code', true, true, 'valid', '校验码相符，证照目前有效']);
    assert.equal((await ask(`?code=${code.toLowerCase().replace('-', ' ')}`)).status, 'valid', 'case and separators do not matter');
    const wrong = code.startsWith('A') ? `B${code.slice(1)}` : `A${code.slice(1)}`;
    const mismatch = await ask(`?code=${wrong}`);
    assert.deepEqual([mismatch.basis, mismatch.genuine, mismatch.valid, mismatch.status], ['check_code', false, false, 'code_mismatch']);
    assert.match(mismatch.statusText, /^校验码不符/);

    await t.database.db.updateTable('certificates').set({ valid_until: '2020-01-04', issued_on: '2015-01-05' }).where('id', '=', row!.id).execute();
    assert.deepEqual([(await ask('')).status, (await ask('')).statusText], ['expired', '平台登记有该证照，已过期']);
    assert.equal((await ask(`?code=${code}`)).statusText, '校验码相符，证照已过期');
    const revoked = await t.app.inject({ method: 'POST', url: `/api/v1/admin/certificates/${row!.number}/revoke`, headers: (await session('scjg.head')).headers, payload: { reason: '依法撤销' } });
    assert.equal(revoked.statusCode, 200, revoked.body);
    assert.deepEqual([(await ask('')).status, (await ask('')).statusText, (await ask('')).revokeReason], ['revoked', '平台登记有该证照，已撤销', '依法撤销']);

    const unknown = await t.app.inject({ method: 'GET', url: '/api/v1/certificates/500102-SCJG-1999-000001/verify' });
    assert.equal(unknown.statusCode, 404);
    assert.equal(unknown.headers['content-type'], 'application/problem+json; charset=utf-8');
    const tooLong = await t.app.inject({ method: 'GET', url: `/api/v1/certificates/${row!.number}/verify?code=${'A'.repeat(30)}` });
    assert.equal(tooLong.statusCode, 400);
    assert.equal(tooLong.json().errors?.[0]?.field ?? tooLong.json().field, 'querystring.code');
  });

  test('check codes: 8 characters from the signature, typed loosely', () => {
    const code = checkCode('signature-a');
    assert.match(code, /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    assert.equal(checkCode('signature-a'), code, 'the same signature, the same code');
    assert.notEqual(checkCode('signature-b'), code);
    assert.equal(normaliseCheckCode(' 7k3m q9td '), '7K3M-Q9TD');
    assert.equal(normaliseCheckCode('OIL0-0000'), '0110-0000', 'O read as 0, I and L as 1');
  });

  test('a rejected case has no certificate; its decision letter gives the reason, the legal basis and the remedies', async () => {
    const id = await filed();
    await run(id, window, { kind: 'accept' });
    await workThrough(id, { reason: '经营场所不符合食品安全要求', legalBasis: '《中华人民共和国食品安全法》第三十三条' });
    assert.equal((await view(id)).status, 'decided_rejected');
    assert.equal((await certificateOf(id)).length, 0);

    const list = (await documents(id, citizen)).json().documents as { kind: string; href: string; title: string }[];
    assert.deepEqual(list.map((d) => d.kind), ['acceptance', 'decision']);
    assert.equal(list[1]!.title, '不予行政许可决定书');
    const letter = await pdf(list[1]!.href, citizen);
    assert.equal(letter.statusCode, 200);
    const { text } = await pdfText(letter.rawPayload);
    for (const needle of ['不予行政许可决定书', '经营场所不符合食品安全要求', '《中华人民共和国食品安全法》第三十三条', '行政复议', '六十日', '行政诉讼', '六个月']) {
      assert.ok(text.includes(needle), `the letter says ${needle}`);
    }
    assert.equal((await pdf(`/api/v1/cases/${id}/documents/certificate.pdf`, citizen)).statusCode, 404);
  });

  test('a refused application gets a refusal notice with its reason and the remedies', async () => {
    const id = await filed();
    await run(id, window, { kind: 'refuse', reason: '申请事项不属于本机关职权范围', legalBasis: '《中华人民共和国行政许可法》第三十二条第一款第（二）项' });
    const list = (await documents(id, citizen)).json().documents as { kind: string; href: string }[];
    assert.deepEqual(list.map((d) => d.kind), ['refusal']);
    const { text } = await pdfText((await pdf(list[0]!.href, citizen)).rawPayload);
    for (const needle of ['不予受理通知书', '申请事项不属于本机关职权范围', '第三十二条第一款第（二）项', '行政复议', '行政诉讼']) assert.ok(text.includes(needle), needle);
  });

  test('each supplement request has its own notice listing every missing item at once', async () => {
    const id = await filed();
    const first = ['营业执照副本复印件', '法定代表人身份证明', '经营场所平面图'];
    await run(id, window, { kind: 'request_supplement', items: first });
    await run(id, window, { kind: 'receive_supplement', note: '窗口收取' });
    await run(id, window, { kind: 'accept' });
    const current = await view(id);
    const task = current.tasks.find((x) => x.status === 'queued')!;
    const reviewer = await session(`${task.department}.reviewer`);
    await run(id, reviewer, { kind: 'claim', taskId: task.id });
    await run(id, reviewer, { kind: 'request_supplement', taskId: task.id, items: ['食品安全管理制度文本', '从业人员健康证明'] });

    const list = (await documents(id, citizen)).json().documents as { kind: string; n: number | null; href: string; title: string }[];
    assert.deepEqual(list.map((d) => [d.kind, d.n]), [['supplement', 1], ['acceptance', null], ['supplement', 2]]);
    assert.equal(list[2]!.title, '补正材料通知书（第2次）');
    assert.equal(list[2]!.href, `/api/v1/cases/${id}/documents/supplement/2.pdf`);

    const one = (await pdfText((await pdf(list[0]!.href, citizen)).rawPayload)).text;
    for (const item of first) assert.ok(one.includes(item), `notice 1 lists ${item}`);
    assert.ok(one.includes('共 3 项'));
    assert.ok(one.includes('一次性告知'));
    const two = (await pdfText((await pdf(list[2]!.href, citizen)).rawPayload)).text;
    assert.ok(two.includes('食品安全管理制度文本') && two.includes('从业人员健康证明'));
    assert.ok(!two.includes('经营场所平面图'), 'each notice lists its own request');
    assert.ok(two.includes('暂停计算'), 'the clock stops until supplied');
    assert.equal((await pdf(`/api/v1/cases/${id}/documents/supplement/3.pdf`, citizen)).statusCode, 404);
  });

  test('the acceptance notice carries the receipt number, query code, time limit and progress lookup; the same document is byte-identical', async () => {
    const id = await filed();
    await run(id, window, { kind: 'accept' });
    const row = await t.database.db.selectFrom('cases').select(['receipt_no', 'query_code', 'due_on']).where('id', '=', id).executeTakeFirstOrThrow();
    const href = `/api/v1/cases/${id}/documents/acceptance.pdf`;
    const first = await pdf(href, citizen);
    assert.equal(first.statusCode, 200, first.body);
    const { text } = await pdfText(first.rawPayload);
    for (const needle of ['受理通知书', row.receipt_no, row.query_code, standardItem.name, '李明', '法定办结时限', '个工作日', '/lookup?receiptNo=']) {
      assert.ok(text.includes(needle), `the notice says ${needle}`);
    }
    const [y, m, d] = row.due_on!.split('-').map(Number);
    assert.ok(text.includes(`${y}年${m}月${d}日`), 'the due date');
    const second = await pdf(href, await session('scjg.reviewer'));
    assert.ok(Buffer.compare(first.rawPayload, second.rawPayload) === 0, 'byte-identical');
    assert.match(String(first.headers['content-disposition']), /filename\*=UTF-8''.*%E5%8F%97%E7%90%86/);

    const approvedId = await approvedCase();
    const cert = `/api/v1/cases/${approvedId}/documents/certificate.pdf`;
    const a = await pdf(cert, citizen);
    const b = await pdf(cert, citizen);
    assert.ok(Buffer.compare(a.rawPayload, b.rawPayload) === 0, 'the certificate too');
  });

  test('a submission left unanswered is deemed accepted: its acceptance notice says so and dates acceptance back to receipt', async () => {
    const calendar = await loadCalendar(t.database.db);
    const at = (iso: string) => () => new Date(iso);
    const clerk = await t.database.db.selectFrom('users').select('id').where('username', '=', 'window').executeTakeFirstOrThrow();
    const actor: Actor = { kind: 'user', userId: clerk.id, username: 'window', userKind: 'staff', sessionId: 0, csrfToken: '', assignments: [{ id: 0, role: 'window_clerk', scopeType: 'region', scopeCode: '500102' }] };
    const { id } = await createCase({ db: t.database.db, calendar, now: at('2025-09-25T02:00:00Z') }, { itemCode: standardItem.code, applicantId: 'citizen', channel: 'window' }, actor);
    const swept = await sweepDeemedAcceptance({ db: t.database.db, calendar, now: at('2025-10-10T01:00:00Z') });
    assert.ok(swept.deemed.includes(id));
    const list = (await documents(id, citizen)).json().documents as { kind: string; href: string; createdOn: string }[];
    assert.deepEqual(list.map((d) => [d.kind, d.createdOn]), [['acceptance', '2025-10-10']]);
    const { text } = await pdfText((await pdf(list[0]!.href, citizen)).rawPayload);
    assert.ok(text.includes('视为受理'));
    assert.ok(text.includes('受理日期 2025年9月25日（视为受理）'), 'acceptance dates back to the day of receipt');
  });

  test('someone unrelated to the case gets 404 for its documents', async () => {
    const id = await approvedCase();
    for (const username of ['company', 'jt.reviewer']) {
      const who = await session(username);
      assert.equal((await documents(id, who)).statusCode, 404, username);
      for (const kind of ['acceptance', 'decision', 'certificate']) {
        const res = await pdf(`/api/v1/cases/${id}/documents/${kind}.pdf`, who);
        assert.equal(res.statusCode, 404, `${username} ${kind}`);
      }
    }
    assert.equal((await documents(id, await session('supervisor'))).statusCode, 200, 'a region-wide reader');
    assert.equal((await t.app.inject({ method: 'GET', url: `/api/v1/cases/${id}/documents` })).statusCode, 401);
  });

  test('certificate numbers are allocated without duplicates under concurrency', async () => {
    const numbers = await Promise.all(Array.from({ length: 8 }, () => transact(t.database.db, (trx) => repo.nextCertificateSequence(trx, 'zz', 2030))));
    assert.deepEqual([...numbers].sort((a, b) => a - b), [1, 2, 3, 4, 5, 6, 7, 8]);
  });

  test('numbers, validity and masking', () => {
    assert.equal(formatCertificateNumber('500102', 'scjg', 2026, 42), '500102-SCJG-2026-000042');
    assert.equal(defaultValidUntil('食品经营许可证', '2026-03-10'), '2031-03-09');
    assert.equal(defaultValidUntil('营业执照', '2026-03-10'), null);
    assert.equal(maskName('李明'), '李*');
    assert.equal(maskName('欧阳明华'), '欧**华');
    assert.equal(maskName('重庆市涪陵区示例商贸有限公司'), '重庆市涪******有限公司');
    const signer = signerFromSeed(Buffer.alloc(32, 1));
    assert.equal(signer.sign({ b: 1, a: [2, { d: 3, c: 4 }] }), signer.sign({ a: [2, { c: 4, d: 3 }], b: 1 }), 'key order does not matter');
  });
});
