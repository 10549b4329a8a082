import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig } from '../config.js';
import { startS3StandIn, type S3StandIn } from '../testing/s3-stand-in.js';
import { BlobNotFoundError, createBlobStore, createLocalBlobStore, createS3BlobStore, type BlobStore } from './storage.js';

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

/** The same contract, whichever store is behind it. */
function storeContract(name: string, make: () => BlobStore) {
  describe(`${name} blob store`, () => {
    let dir: string;
    let store: BlobStore;
    before(async () => {
      dir = await mkdtemp(path.join(os.tmpdir(), 'ow-blob-src-'));
      store = make();
    });
    after(() => rm(dir, { recursive: true, force: true }));

    test('put, exists, get and delete round-trip the bytes', async () => {
      // Every byte value, and more than one read chunk (64 KiB).
      const bytes = Buffer.concat([Buffer.from(Array.from({ length: 256 }, (_, i) => i)), Buffer.alloc(200_000, 0xab)]);
      const file = path.join(dir, 'in.bin');
      await writeFile(file, bytes);
      const key = 'ab/cd/abcdef';
      assert.equal(await store.exists(key), false);
      await store.put(key, file, 'application/pdf');
      assert.equal(await store.exists(key), true);
      assert.deepEqual(await readAll(await store.get(key)), bytes);
      // The source stays for its owner to remove.
      assert.deepEqual(await readFile(file), bytes);

      await writeFile(file, 'replaced');
      await store.put(key, file, 'text/plain');
      assert.equal((await readAll(await store.get(key))).toString(), 'replaced');

      await store.delete(key);
      assert.equal(await store.exists(key), false);
      await store.delete(key); // a missing blob is not an error
    });

    test('a missing blob rejects with BlobNotFoundError', async () => {
      await assert.rejects(store.get('no/such/blob'), BlobNotFoundError);
    });

    test('keys that could escape the store are refused', async () => {
      const file = path.join(dir, 'x');
      await writeFile(file, 'x');
      for (const key of ['../evil', 'a/../../evil', '/abs', 'a//b', '.hidden', '']) {
        await assert.rejects(store.put(key, file, 'text/plain'), /invalid blob key/, key);
      }
    });
  });
}

let root: string;
let s3: S3StandIn;
before(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'ow-blobs-'));
  s3 = await startS3StandIn({ buckets: ['onewindow-test'] });
});
after(async () => {
  await s3.close();
  await rm(root, { recursive: true, force: true });
});

storeContract('local', () => createLocalBlobStore(path.join(root, 'files'), path.join(root, 'tmp')));
storeContract('s3', () =>
  createS3BlobStore(
    { kind: 's3', endpoint: s3.endpoint, region: 'us-east-1', bucket: 'onewindow-test', accessKeyId: 'test', secretAccessKey: 'test-secret', forcePathStyle: true },
    path.join(root, 'tmp'),
  ),
);

describe('local store layout', () => {
  test('blobs live under DATA_DIR/files at their key, with no staging leftovers', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'ow-data-'));
    after(() => rm(dataDir, { recursive: true, force: true }));
    const store = createBlobStore({ ...loadConfig({}), dataDir });
    assert.equal(store.kind, 'local');
    assert.equal(store.tempDir, path.join(dataDir, 'tmp', 'uploads'));
    const file = path.join(dataDir, 'in');
    await writeFile(file, 'hello');
    await store.put('12/34/1234abcd', file, 'text/plain');
    assert.equal(await readFile(path.join(dataDir, 'files', '12', '34', '1234abcd'), 'utf8'), 'hello');
    assert.deepEqual(await readdir(path.join(dataDir, 'files', '12', '34')), ['1234abcd']);
  });
});

describe('s3 store requests', () => {
  test('path-style requests to the configured bucket, signed with the configured key, with the media type', async () => {
    const store = createBlobStore({
      ...loadConfig({ DATA_DIR: root, STORAGE: 's3', S3_ENDPOINT: s3.endpoint, S3_BUCKET: 'onewindow-test', S3_ACCESS_KEY_ID: 'AKIDTEST', S3_SECRET_ACCESS_KEY: 'secret' }),
    });
    assert.equal(store.kind, 's3');
    const file = path.join(root, 'typed.pdf');
    await writeFile(file, '%PDF-1.4 fake');
    s3.requests.length = 0;
    await store.put('aa/bb/typed', file, 'application/pdf');
    const put = s3.requests.find((r) => r.method === 'PUT');
    assert.ok(put);
    assert.equal(put.path, '/onewindow-test/aa/bb/typed');
    assert.equal(put.headers['content-type'], 'application/pdf');
    assert.match(String(put.headers.authorization), /Credential=AKIDTEST\//);
    assert.equal(s3.objects.get('onewindow-test/aa/bb/typed')?.body.toString(), '%PDF-1.4 fake');
  });
});

describe('storage configuration', () => {
  const bad = (env: Record<string, string>, variable: string) =>
    assert.throws(() => loadConfig(env), (error: unknown) => error instanceof ConfigError && error.variable === variable);

  test('local by default, with a 20 MiB upload limit', () => {
    const config = loadConfig({});
    assert.deepEqual(config.storage, { kind: 'local' });
    assert.equal(config.uploadMaxBytes, 20 * 1024 * 1024);
  });

  test('s3 settings are read and defaulted', () => {
    const config = loadConfig({ STORAGE: 's3', S3_BUCKET: 'materials', S3_ENDPOINT: 'http://127.0.0.1:9000' });
    assert.deepEqual(config.storage, {
      kind: 's3',
      endpoint: 'http://127.0.0.1:9000',
      region: 'us-east-1',
      bucket: 'materials',
      accessKeyId: undefined,
      secretAccessKey: undefined,
      forcePathStyle: true,
    });
    const aws = loadConfig({ STORAGE: 's3', S3_BUCKET: 'materials', S3_REGION: 'cn-north-1' });
    assert.equal(aws.storage.kind === 's3' && aws.storage.forcePathStyle, false);
  });

  test('bad values name their variable', () => {
    bad({ STORAGE: 'ftp' }, 'STORAGE');
    bad({ STORAGE: 's3' }, 'S3_BUCKET');
    bad({ STORAGE: 's3', S3_BUCKET: 'Bad_Bucket' }, 'S3_BUCKET');
    bad({ STORAGE: 's3', S3_BUCKET: 'ok-bucket', S3_ENDPOINT: 'not a url' }, 'S3_ENDPOINT');
    bad({ STORAGE: 's3', S3_BUCKET: 'ok-bucket', S3_ENDPOINT: 'ftp://x' }, 'S3_ENDPOINT');
    bad({ STORAGE: 's3', S3_BUCKET: 'ok-bucket', S3_REGION: 'Not A Region' }, 'S3_REGION');
    bad({ STORAGE: 's3', S3_BUCKET: 'ok-bucket', S3_ACCESS_KEY_ID: 'id' }, 'S3_SECRET_ACCESS_KEY');
    bad({ STORAGE: 's3', S3_BUCKET: 'ok-bucket', S3_SECRET_ACCESS_KEY: 'secret' }, 'S3_ACCESS_KEY_ID');
    bad({ STORAGE: 's3', S3_BUCKET: 'ok-bucket', S3_FORCE_PATH_STYLE: 'maybe' }, 'S3_FORCE_PATH_STYLE');
    bad({ UPLOAD_MAX_BYTES: '20MB' }, 'UPLOAD_MAX_BYTES');
    bad({ UPLOAD_MAX_BYTES: '10' }, 'UPLOAD_MAX_BYTES');
  });
});
