import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { AppError, conflict } from '../../platform/errors.js';
import { recordAudit } from '../../platform/audit.js';
import { loadConfig } from '../../config.js';
import type { AppDeps } from '../../http/types.js';
import { createLogger } from '../../platform/logger.js';
import { createBlobStore, createLocalBlobStore, createS3BlobStore, type BlobStore } from '../../platform/storage.js';
import { createTestDatabase, type TestDatabase } from '../../testing/db.js';
import { EXE_HEADER, HTML_PAGE, tinyJpeg, tinyPdf, tinyPng } from '../../testing/file-fixtures.js';
import { startS3StandIn, type S3StandIn } from '../../testing/s3-stand-in.js';
import { filesJobs, filesSchedules, SWEEP_INCOMING_TASK } from './jobs.js';
import { blobKey, cleanFilename, findFile, MATERIAL_TYPES, openFile, sweepIncoming, withUpload, type StoredFile, type UploadInput } from './service.js';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

/** Splits into small chunks, as a network would. */
const streamOf = (bytes: Buffer, chunk = 37) => Readable.from(Array.from({ length: Math.ceil(bytes.length / chunk) }, (_, i) => bytes.subarray(i * chunk, (i + 1) * chunk)));

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

interface Harness {
  store: BlobStore;
  /** Every blob the store holds, however it holds them. */
  blobs(): Promise<number>;
}

const KINDS: { kind: string; make(root: string, s3: S3StandIn): Harness }[] = [
  {
    kind: 'local',
    make: (root) => {
      const store = createLocalBlobStore(path.join(root, 'files'), path.join(root, 'tmp', 'uploads'));
      return { store, blobs: async () => (await listFiles(path.join(root, 'files'))).length };
    },
  },
  {
    kind: 's3',
    make: (root, s3) => {
      const store = createS3BlobStore(
        { kind: 's3', endpoint: s3.endpoint, region: 'us-east-1', bucket: 'materials', accessKeyId: 'k', secretAccessKey: 's', forcePathStyle: true },
        path.join(root, 'tmp', 'uploads'),
      );
      return { store, blobs: async () => [...s3.objects.keys()].filter((k) => k.startsWith('materials/')).length };
    },
  },
];

for (const { kind, make } of KINDS) {
  describe(`upload ingestion (${kind} storage)`, () => {
    let database: TestDatabase;
    let root: string;
    let s3: S3StandIn;
    let h: Harness;
    before(async () => {
      database = await createTestDatabase();
      root = await mkdtemp(path.join(os.tmpdir(), `ow-files-${kind}-`));
      s3 = await startS3StandIn({ buckets: ['materials'] });
      h = make(root, s3);
    });
    after(async () => {
      await s3.close();
      await database.drop();
      await rm(root, { recursive: true, force: true });
    });

    const input = (bytes: Buffer, filename: string, extra: Partial<UploadInput> = {}): UploadInput => ({
      stream: streamOf(bytes),
      filename,
      maxBytes: 64 * 1024,
      allowed: MATERIAL_TYPES,
      uploadedBy: 'user:citizen',
      ...extra,
    });
    const upload = (bytes: Buffer, filename: string, extra: Partial<UploadInput> = {}) =>
      withUpload(database.db, h.store, input(bytes, filename, extra), async (_trx, file) => file);
    const rows = async () => (await database.db.selectFrom('files').select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
    const tempFiles = () => listFiles(h.store.tempDir);

    /** Refused with this status and code, naming `file`, and nothing left behind. */
    async function refused(attempt: () => Promise<unknown>, status: number, code: string) {
      const [blobsBefore, rowsBefore] = [await h.blobs(), await rows()];
      await assert.rejects(attempt(), (error: unknown) => {
        assert.ok(error instanceof AppError, String(error));
        assert.equal(error.status, status);
        assert.equal(error.code, code);
        assert.equal(error.field, 'file');
        return true;
      });
      assert.equal(await h.blobs(), blobsBefore, 'no blob stored');
      assert.equal(await rows(), rowsBefore, 'no row');
      assert.deepEqual(await tempFiles(), [], 'temp file removed');
    }

    test('PDF, PNG and JPEG are accepted with their SHA-256, sniffed type and canonical extension', async () => {
      const cases: [Buffer, string, string, string][] = [
        [tinyPdf(`${kind}-a`), '营业执照副本.pdf', 'application/pdf', 'pdf'],
        [tinyPng(`${kind}-a`), '身份证正面.PNG', 'image/png', 'png'],
        [tinyJpeg(`${kind}-a`), '现场照片.jpeg', 'image/jpeg', 'jpg'],
      ];
      for (const [bytes, filename, mediaType, extension] of cases) {
        const file = await upload(bytes, filename);
        assert.deepEqual({ ...file, id: 0 }, { id: 0, sha256: sha256(bytes), size: bytes.length, mediaType, extension, filename, deduplicated: false });
        const row = await findFile(database.db, file.id);
        assert.ok(row);
        assert.equal(row.sha256, sha256(bytes));
        assert.equal(row.size, bytes.length);
        assert.equal(row.media_type, mediaType);
        assert.equal(row.first_filename, filename);
        assert.equal(row.created_by, 'user:citizen');
        assert.deepEqual(await readAll(await openFile(h.store, row)), bytes);
        assert.equal(await h.store.exists(blobKey(row.sha256)), true);
      }
      assert.deepEqual(await tempFiles(), []);
    });

    test('a web page renamed .pdf is refused as not an allowed type (415)', async () => {
      await refused(() => upload(HTML_PAGE, '申请书.pdf'), 415, 'unsupported_file_type');
      await refused(() => upload(EXE_HEADER, '申请书.pdf'), 415, 'unsupported_file_type');
      await refused(() => upload(Buffer.from('只是一段文字，不是图片'), '照片.jpg'), 415, 'unsupported_file_type');
    });

    test('an allowed type under another type’s extension or declared type is refused (415)', async () => {
      await refused(() => upload(tinyPng('renamed'), '营业执照.pdf'), 415, 'file_type_mismatch');
      await refused(() => upload(tinyPdf('renamed'), 'scan.jpg'), 415, 'file_type_mismatch');
      await refused(() => upload(tinyPdf('declared'), 'scan.pdf', { declaredType: 'image/png' }), 415, 'file_type_mismatch');
    });

    test('a type that is known but not allowed here is refused (415)', async () => {
      await refused(() => upload(tinyPng('not-allowed'), 'a.png', { allowed: ['application/pdf'] }), 415, 'unsupported_file_type');
    });

    test('generic declared types, JPEG aliases, no extension and browser paths are fine', async () => {
      const a = await upload(tinyPdf(`${kind}-octet`), 'C:\\fakepath\\授权委托书.pdf', { declaredType: 'application/octet-stream' });
      assert.equal(a.filename, '授权委托书.pdf');
      const b = await upload(tinyJpeg(`${kind}-alias`), 'IMG_0001.JPG', { declaredType: 'image/jpg' });
      assert.equal(b.mediaType, 'image/jpeg');
      const c = await upload(tinyPng(`${kind}-noext`), 'blob', { declaredType: 'image/png; charset=binary' });
      assert.equal(c.extension, 'png');
      assert.equal(c.filename, 'blob');
    });

    test('past the size limit is refused (413) without storing anything; exactly the limit is accepted', async () => {
      const pdf = tinyPdf(`${kind}-size`);
      await refused(() => upload(pdf, 'big.pdf', { maxBytes: pdf.length - 1 }), 413, 'file_too_large');
      const big = Buffer.concat([tinyPdf(`${kind}-huge`), Buffer.alloc(300_000)]);
      await refused(() => upload(big, 'huge.pdf', { maxBytes: 100_000 }), 413, 'file_too_large');
      const exact = await upload(pdf, 'exact.pdf', { maxBytes: pdf.length });
      assert.equal(exact.size, pdf.length);
    });

    test('an empty file is refused (422)', async () => {
      await refused(() => upload(Buffer.alloc(0), 'empty.pdf'), 422, 'file_empty');
    });

    test('a stream that fails midway leaves nothing behind', async () => {
      async function* broken() {
        yield tinyPdf('broken').subarray(0, 50);
        throw new Error('connection reset');
      }
      const [blobs, count] = [await h.blobs(), await rows()];
      await assert.rejects(withUpload(database.db, h.store, { ...input(Buffer.alloc(0), 'x.pdf'), stream: broken() }, async (_t, f) => f), /connection reset/);
      assert.equal(await h.blobs(), blobs);
      assert.equal(await rows(), count);
      assert.deepEqual(await tempFiles(), []);
    });

    test('the same bytes twice: one blob, one row, the second reported as deduplicated', async () => {
      const bytes = tinyPng(`${kind}-twice`);
      const [blobs, count] = [await h.blobs(), await rows()];
      const first = await upload(bytes, '第一次.png');
      const second = await withUpload(database.db, h.store, { ...input(bytes, '第二次.png'), uploadedBy: 'user:window' }, async (_t, f) => f);
      assert.equal(first.deduplicated, false);
      assert.equal(second.deduplicated, true);
      assert.equal(second.id, first.id);
      assert.equal(second.filename, '第二次.png', 'each upload keeps its own name');
      assert.equal(await h.blobs(), blobs + 1);
      assert.equal(await rows(), count + 1);
      const row = await findFile(database.db, first.id);
      assert.equal(row?.first_filename, '第一次.png');
      assert.equal(row?.created_by, 'user:citizen');
    });

    test('`then` runs in the same transaction: when it throws, no row, no audit, and the new blob is deleted', async () => {
      const bytes = tinyPdf(`${kind}-then-fails`);
      const [blobs, count] = [await h.blobs(), await rows()];
      let seen: StoredFile | undefined;
      await assert.rejects(
        withUpload(database.db, h.store, input(bytes, '失败.pdf'), async (trx, file) => {
          seen = file;
          await recordAudit(trx, { actor: 'user:citizen', action: 'material.upload', subjectType: 'file', subjectId: String(file.id) });
          assert.equal(await h.store.exists(blobKey(file.sha256)), true, 'blob is there while `then` runs');
          throw conflict('case_closed', '办件已办结');
        }),
        /办件已办结/,
      );
      assert.ok(seen);
      assert.equal(await h.blobs(), blobs);
      assert.equal(await rows(), count);
      assert.equal(await h.store.exists(blobKey(seen.sha256)), false);
      const audits = await database.db.selectFrom('audit_log').selectAll().where('subject_type', '=', 'file').where('subject_id', '=', String(seen.id)).execute();
      assert.deepEqual(audits, []);
      assert.deepEqual(await tempFiles(), []);

      // Nothing half-made: the same bytes go in cleanly afterwards.
      const retry = await upload(bytes, '重试.pdf');
      assert.equal(retry.deduplicated, false);
      assert.deepEqual(await readAll(await openFile(h.store, (await findFile(database.db, retry.id))!)), bytes);
    });

    test('when `then` throws on a deduplicated upload, the existing row and blob stay', async () => {
      const bytes = tinyJpeg(`${kind}-kept`);
      const first = await upload(bytes, 'kept.jpg');
      await assert.rejects(
        withUpload(database.db, h.store, input(bytes, 'again.jpg'), async (_trx, file) => {
          assert.equal(file.deduplicated, true);
          throw new Error('refused later');
        }),
        /refused later/,
      );
      assert.ok(await findFile(database.db, first.id));
      assert.deepEqual(await readAll(await openFile(h.store, (await findFile(database.db, first.id))!)), bytes);
    });

    test('two identical uploads at once both succeed, with one row and one blob', async () => {
      const bytes = tinyPdf(`${kind}-concurrent`);
      const [blobs, count] = [await h.blobs(), await rows()];
      const results = await Promise.all(
        [1, 2, 3].map((n) =>
          withUpload(database.db, h.store, input(bytes, `同时${n}.pdf`), async (trx, file) => {
            await recordAudit(trx, { actor: `user:${n}`, action: 'material.upload', subjectType: 'file', subjectId: String(file.id) });
            return file;
          }),
        ),
      );
      assert.equal(new Set(results.map((r) => r.id)).size, 1);
      assert.deepEqual(results.map((r) => r.deduplicated).sort(), [false, true, true]);
      assert.equal(await rows(), count + 1);
      assert.equal(await h.blobs(), blobs + 1);
    });

    test('an upload that fails while an identical one waits never deletes the blob the other commits', async () => {
      const bytes = tinyPng(`${kind}-race`);
      let releaseFirst!: () => void;
      const firstHoldsLock = new Promise<void>((resolve) => (releaseFirst = resolve));
      const first = withUpload(database.db, h.store, input(bytes, 'a.png'), async () => {
        releaseFirst();
        await sleep(150); // the second upload is now waiting for the same content
        throw new Error('first fails');
      });
      await firstHoldsLock;
      const second = withUpload(database.db, h.store, input(bytes, 'b.png'), async (_t, f) => f);
      await assert.rejects(first, /first fails/);
      const file = await second;
      assert.equal(file.deduplicated, false);
      const row = await findFile(database.db, file.id);
      assert.ok(row);
      assert.deepEqual(await readAll(await openFile(h.store, row)), bytes);
    });

    test('a row whose blob was lost is healed by the next upload of the same bytes', async () => {
      const bytes = tinyPdf(`${kind}-heal`);
      const first = await upload(bytes, 'heal.pdf');
      await h.store.delete(blobKey(first.sha256));
      const again = await upload(bytes, 'heal-again.pdf');
      assert.equal(again.deduplicated, true);
      assert.deepEqual(await readAll(await openFile(h.store, (await findFile(database.db, first.id))!)), bytes);
    });
  });
}

describe('upload helpers', () => {
  test('cleanFilename keeps the last path segment, drops control and bidi characters, and bounds the length', () => {
    assert.equal(cleanFilename('C:\\fakepath\\营业执照.pdf'), '营业执照.pdf');
    assert.equal(cleanFilename('../../etc/passwd'), 'passwd');
    assert.equal(cleanFilename('a\r\nb\u202Efdp.exe'), 'abfdp.exe');
    assert.equal(cleanFilename('  空格.png  '), '空格.png');
    const long = cleanFilename(`${'长'.repeat(300)}.pdf`);
    assert.equal(long.length, 200);
    assert.ok(long.endsWith('.pdf'));
  });

  test('sweepIncoming removes abandoned temp files only', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'ow-sweep-'));
    after(() => rm(root, { recursive: true, force: true }));
    const store = createLocalBlobStore(path.join(root, 'files'), path.join(root, 'tmp'));
    await mkdir(store.tempDir, { recursive: true });
    const old = path.join(store.tempDir, 'old.part');
    const fresh = path.join(store.tempDir, 'fresh.part');
    await writeFile(old, 'x');
    await writeFile(fresh, 'y');
    const dayAgo = new Date(Date.now() - 25 * 3600 * 1000);
    await utimes(old, dayAgo, dayAgo);
    assert.equal(await sweepIncoming(store), 1);
    assert.deepEqual(await readdir(store.tempDir), ['fresh.part']);
    assert.equal(await sweepIncoming(createLocalBlobStore(path.join(root, 'none'), path.join(root, 'missing'))), 0);
  });

  test('the scheduled sweep cleans the configured data directory', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'ow-sweep-job-'));
    after(() => rm(dataDir, { recursive: true, force: true }));
    const config = { ...loadConfig({}), dataDir };
    const tempDir = createBlobStore(config).tempDir;
    await mkdir(tempDir, { recursive: true });
    const old = path.join(tempDir, 'crashed.part');
    await writeFile(old, 'x');
    await utimes(old, new Date(0), new Date(0));
    assert.ok(filesSchedules.some((s) => s.task === SWEEP_INCOMING_TASK));
    await filesJobs({ config } as AppDeps)[SWEEP_INCOMING_TASK]!(null, { jobId: '1', attempt: 1, logger: createLogger('silent') });
    assert.deepEqual(await readdir(tempDir), []);
  });
});
