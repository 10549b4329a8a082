import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Type } from 'typebox';
import type { RouteModule } from '../../http/types.js';
import { conflict, notFound } from '../../platform/errors.js';
import { createBlobStore } from '../../platform/storage.js';
import { createTestApp, type TestApp } from '../../testing/app.js';
import { HTML_PAGE, multipartBody, tinyJpeg, tinyPdf, tinyPng } from '../../testing/file-fixtures.js';
import { contentDisposition, readUploadedFile, sendStoredFile } from './http.js';
import { findFile, MATERIAL_TYPES, withUpload } from './service.js';

/** A test-only surface shaped like the applications module's material upload and download. */
const testFileRoutes: RouteModule = async (app, deps) => {
  const store = createBlobStore(deps.config);
  app.post('/test/files', { config: { policy: { public: true } }, schema: { querystring: Type.Object({ fail: Type.Optional(Type.String()) }) } }, async (request, reply) => {
    const upload = await readUploadedFile(request, deps.config.uploadMaxBytes);
    const failAfterStoring = request.query.fail === '1';
    const file = await withUpload(
      deps.db,
      store,
      { ...upload, declaredType: upload.mimetype, maxBytes: deps.config.uploadMaxBytes, allowed: MATERIAL_TYPES, uploadedBy: 'user:test' },
      async (_trx, stored) => {
        if (failAfterStoring) throw conflict('case_closed', '办件已办结，不能再上传材料');
        return stored;
      },
    );
    return reply.status(201).send(file);
  });
  app.get(
    '/test/files/:id',
    { config: { policy: { public: true } }, schema: { params: Type.Object({ id: Type.Integer() }), querystring: Type.Object({ name: Type.Optional(Type.String()) }) } },
    async (request, reply) => {
      const row = await findFile(deps.db, request.params.id);
      if (!row) throw notFound('文件');
      return sendStoredFile(reply, store, row, request.query.name ?? row.first_filename);
    },
  );
};

const LIMIT = 8 * 1024;

async function blobFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => e.name);
}

describe('file upload and download over HTTP', () => {
  let t: TestApp;
  let dataDir: string;
  before(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'ow-files-http-'));
    t = await createTestApp({ modules: [testFileRoutes], config: { dataDir, uploadMaxBytes: LIMIT } });
  });
  after(async () => {
    await t.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const post = async (parts: Parameters<typeof multipartBody>[0], url = '/test/files') => t.app.inject({ method: 'POST', url, ...(await multipartBody(parts)) });
  const rows = async () => (await t.database.db.selectFrom('files').select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;

  /** problem+json with this status and code, naming `file`, and nothing stored. */
  async function assertRefused(res: Awaited<ReturnType<typeof post>>, status: number, code: string) {
    assert.equal(res.statusCode, status, res.body);
    assert.match(String(res.headers['content-type']), /^application\/problem\+json/);
    const body = res.json();
    assert.equal(body.status, status);
    assert.equal(body.code, code);
    assert.equal(body.field, 'file');
    assert.ok(body.detail);
    return body as { detail: string };
  }

  test('a PDF with a Chinese name goes in, and comes back with its name, type, ETag and nosniff', async () => {
    const bytes = tinyPdf('http');
    const res = await post([{ bytes, filename: '营业执照（副本）2024.pdf', type: 'application/pdf' }]);
    assert.equal(res.statusCode, 201, res.body);
    const file = res.json();
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    assert.equal(file.sha256, sha256);
    assert.equal(file.filename, '营业执照（副本）2024.pdf');
    assert.equal(file.mediaType, 'application/pdf');
    assert.deepEqual(await blobFiles(path.join(dataDir, 'files')), [sha256]);

    const name = '营业执照（副本）2024.pdf';
    const download = await t.app.inject({ method: 'GET', url: `/test/files/${file.id}?name=${encodeURIComponent(name)}` });
    assert.equal(download.statusCode, 200, download.body);
    assert.deepEqual(download.rawPayload, bytes);
    assert.equal(download.headers['content-type'], 'application/pdf');
    assert.equal(Number(download.headers['content-length']), bytes.length);
    assert.equal(download.headers['x-content-type-options'], 'nosniff');
    assert.equal(download.headers.etag, `"${sha256}"`);
    const disposition = String(download.headers['content-disposition']);
    assert.match(disposition, /^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
    assert.equal(decodeURIComponent(disposition.split("UTF-8''")[1]!), name);

    const again = await t.app.inject({ method: 'GET', url: `/test/files/${file.id}`, headers: { 'if-none-match': `"${sha256}"` } });
    assert.equal(again.statusCode, 304);
    assert.equal(again.rawPayload.length, 0);
  });

  test('PNG and JPEG from a phone are accepted; the same photo twice is stored once', async () => {
    const png = await post([{ bytes: tinyPng('http'), filename: '身份证正面.png', type: 'image/png' }]);
    assert.equal(png.statusCode, 201, png.body);
    const photo = tinyJpeg('http');
    const first = await post([{ bytes: photo, filename: 'IMG_20240501.JPG', type: 'image/jpeg' }]);
    const second = await post([{ bytes: photo, filename: '现场照片.jpg', type: 'image/jpeg' }]);
    assert.equal(first.statusCode, 201, first.body);
    assert.equal(second.statusCode, 201, second.body);
    assert.equal(second.json().id, first.json().id);
    assert.equal(second.json().deduplicated, true);
    assert.equal((await blobFiles(path.join(dataDir, 'files'))).filter((n) => n === first.json().sha256).length, 1);
  });

  test('bad uploads are refused with problem+json and leave nothing stored', async () => {
    const before = { rows: await rows(), blobs: (await blobFiles(path.join(dataDir, 'files'))).length };
    const html = await assertRefused(await post([{ bytes: HTML_PAGE, filename: '申请表.pdf', type: 'application/pdf' }]), 415, 'unsupported_file_type');
    assert.match(html.detail, /PDF/);
    await assertRefused(await post([{ bytes: tinyPng('disguised'), filename: '申请表.pdf', type: 'application/pdf' }]), 415, 'file_type_mismatch');
    await assertRefused(await post([{ bytes: tinyPdf('declared-png'), filename: 'scan', type: 'image/png' }]), 415, 'file_type_mismatch');
    const big = Buffer.concat([tinyPdf('big'), Buffer.alloc(LIMIT)]);
    const tooBig = await assertRefused(await post([{ bytes: big, filename: '大文件.pdf', type: 'application/pdf' }]), 413, 'file_too_large');
    assert.match(tooBig.detail, /8 KB/);
    await assertRefused(await post([{ bytes: Buffer.alloc(0), filename: '空.pdf', type: 'application/pdf' }]), 422, 'file_empty');
    assert.equal(await rows(), before.rows);
    assert.deepEqual((await blobFiles(path.join(dataDir, 'files'))).length, before.blobs);
    assert.deepEqual(await blobFiles(path.join(dataDir, 'tmp')), [], 'no temp files left');
  });

  test('a failure after storing (the referencing record is refused) leaves no row and no blob', async () => {
    const bytes = tinyPdf('rolled-back');
    const res = await post([{ bytes, filename: 'ok.pdf' }], '/test/files?fail=1');
    assert.equal(res.statusCode, 409, res.body);
    assert.equal(res.json().code, 'case_closed');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    assert.equal(await t.database.db.selectFrom('files').select('id').where('sha256', '=', sha256).executeTakeFirst(), undefined);
    assert.ok(!(await blobFiles(path.join(dataDir, 'files'))).includes(sha256));
  });

  test('requests that are not one file in field `file` are refused naming `file`', async () => {
    const json = await t.app.inject({ method: 'POST', url: '/test/files', payload: { file: 'x' } });
    await assertRefused(json, 415, 'not_multipart');
    await assertRefused(await post([{ field: 'attachment', bytes: tinyPdf('field'), filename: 'a.pdf' }]), 422, 'file_missing');
    const noFile = new FormData();
    noFile.append('note', '没有文件');
    const encoded = new Response(noFile);
    const fieldsOnly = await t.app.inject({
      method: 'POST',
      url: '/test/files',
      payload: Buffer.from(await encoded.arrayBuffer()),
      headers: { 'content-type': encoded.headers.get('content-type')! },
    });
    await assertRefused(fieldsOnly, 422, 'file_missing');
    const truncated = await t.app.inject({
      method: 'POST',
      url: '/test/files',
      payload: '--XYZ\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 and then the body stops',
      headers: { 'content-type': 'multipart/form-data; boundary=XYZ' },
    });
    assert.equal(truncated.statusCode, 400, truncated.body);
    assert.equal(truncated.json().code, 'malformed_multipart');
    assert.match(String(truncated.headers['content-type']), /^application\/problem\+json/);
    assert.equal(truncated.json().field, 'file');
  });

  test('a hand-built body with a raw UTF-8 Chinese filename, as browsers send it', async () => {
    const bytes = tinyPng('hand-built');
    const head = Buffer.from(
      '--b0undary\r\nContent-Disposition: form-data; name="note"\r\n\r\n营业执照\r\n' +
        '--b0undary\r\nContent-Disposition: form-data; name="file"; filename="法定代表人身份证.png"\r\nContent-Type: image/png\r\n\r\n',
    );
    const payload = Buffer.concat([head, bytes, Buffer.from('\r\n--b0undary--\r\n')]);
    const res = await t.app.inject({ method: 'POST', url: '/test/files', payload, headers: { 'content-type': 'multipart/form-data; boundary=b0undary' } });
    assert.equal(res.statusCode, 201, res.body);
    assert.equal(res.json().filename, '法定代表人身份证.png');
  });

  test('over a real socket, an oversized upload is answered 413 promptly and the connection stays usable', async () => {
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const port = (t.app.server.address() as AddressInfo).port;
    assert.ok(address);
    const big = Buffer.concat([tinyPdf('socket'), Buffer.alloc(2 * 1024 * 1024, 0x41)]);
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(big)], { type: 'application/pdf' }), '很大的扫描件.pdf');
    const res = await fetch(`http://127.0.0.1:${port}/test/files`, { method: 'POST', body: form, signal: AbortSignal.timeout(10_000) });
    assert.equal(res.status, 413);
    assert.equal((await res.json()).code, 'file_too_large');
    const small = new FormData();
    small.append('file', new Blob([new Uint8Array(tinyPdf('socket-small'))], { type: 'application/pdf' }), '小.pdf');
    const ok = await fetch(`http://127.0.0.1:${port}/test/files`, { method: 'POST', body: small, signal: AbortSignal.timeout(10_000) });
    assert.equal(ok.status, 201, await ok.clone().text());
  });
});

describe('Content-Disposition', () => {
  test('UTF-8 name in filename*, an ASCII fallback with the extension, nothing that breaks the header', () => {
    assert.equal(contentDisposition('营业执照.pdf'), `attachment; filename="file.pdf"; filename*=UTF-8''%E8%90%A5%E4%B8%9A%E6%89%A7%E7%85%A7.pdf`);
    assert.equal(contentDisposition('report 2024.pdf', 'inline'), `inline; filename="report 2024.pdf"; filename*=UTF-8''report%202024.pdf`);
    assert.equal(contentDisposition('a"b\r\n;c(1)*.png'), `attachment; filename="a_b_c(1)*.png"; filename*=UTF-8''a%22b%3Bc%281%29%2A.png`);
  });
});
