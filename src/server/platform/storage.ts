import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { copyFile, link, mkdir, open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { S3Client } from '@aws-sdk/client-s3';
import type { Config, StorageConfig } from '../config.js';

/**
 * Where file contents live: a folder under the data directory, or an S3-compatible bucket.
 * Keys are relative, `/`-separated paths (the files module uses `ab/cd/<sha256>`); a blob is
 * written whole or not at all, so a reader never sees half a file.
 */
export interface BlobStore {
  kind: 'local' | 's3';
  /** Folder for files being received before they are stored (same disk as a local store, so `put` links instead of copying). */
  tempDir: string;
  /** Stores the contents of the local file `file` under `key` (replacing what was there). */
  put(key: string, file: string, mediaType: string): Promise<void>;
  /** Rejects with BlobNotFoundError when there is no such blob. */
  get(key: string): Promise<NodeJS.ReadableStream>;
  exists(key: string): Promise<boolean>;
  /** Removes the blob; a missing one is not an error. */
  delete(key: string): Promise<void>;
}

export class BlobNotFoundError extends Error {
  constructor(readonly key: string) {
    super(`blob not found: ${key}`);
    this.name = 'BlobNotFoundError';
  }
}

const SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

/** Refuses keys that could leave the store's folder or collide with its temporary names. */
export function assertBlobKey(key: string): void {
  const segments = key.split('/');
  if (key.length > 512 || !segments.every((s) => SEGMENT.test(s) && s !== '..')) {
    throw new Error(`invalid blob key: ${JSON.stringify(key)}`);
  }
}

export function createBlobStore(config: Config): BlobStore {
  const tempDir = path.join(config.dataDir, 'tmp', 'uploads');
  return config.storage.kind === 's3'
    ? createS3BlobStore(config.storage, tempDir)
    : createLocalBlobStore(path.join(config.dataDir, 'files'), tempDir);
}

/** Blobs as files under `root`, e.g. DATA_DIR/files/ab/cd/<sha256>. */
export function createLocalBlobStore(root: string, tempDir = path.join(root, '..', 'tmp', 'uploads')): BlobStore {
  const locate = (key: string) => {
    assertBlobKey(key);
    return path.join(root, ...key.split('/'));
  };
  return {
    kind: 'local',
    tempDir,
    async put(key, file) {
      const target = locate(key);
      await mkdir(path.dirname(target), { recursive: true });
      // Written beside the target, then renamed over it: the rename is atomic, so the blob is whole or absent.
      const staging = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
      try {
        try {
          await link(file, staging);
        } catch {
          // Another disk (EXDEV) or a filesystem without hard links.
          await copyFile(file, staging);
          const handle = await open(staging, 'r+');
          try {
            await handle.sync();
          } finally {
            await handle.close();
          }
        }
        await rename(staging, target);
      } catch (error) {
        await rm(staging, { force: true });
        throw error;
      }
    },
    async get(key) {
      // Opened before returning, so a missing blob rejects here instead of erroring mid-response.
      const handle = await open(locate(key), 'r').catch((error: NodeJS.ErrnoException) => {
        throw error.code === 'ENOENT' ? new BlobNotFoundError(key) : error;
      });
      return handle.createReadStream();
    },
    async exists(key) {
      try {
        return (await stat(locate(key))).isFile();
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
        throw error;
      }
    },
    async delete(key) {
      await rm(locate(key), { force: true });
    },
  };
}

type S3Sdk = typeof import('@aws-sdk/client-s3');

const isNotFound = (sdk: S3Sdk, error: unknown) =>
  error instanceof sdk.S3ServiceException && (error.name === 'NoSuchKey' || error.name === 'NotFound' || error.$metadata.httpStatusCode === 404);

/** Blobs as objects in an S3-compatible bucket (AWS, MinIO, Aliyun OSS, Tencent COS, Huawei OBS …). */
export function createS3BlobStore(options: Extract<StorageConfig, { kind: 's3' }>, tempDir: string): BlobStore {
  // The AWS SDK loads with the first call, not at server start: it costs a fifth of a second of
  // start-up, spent even where blobs live on the local disk.
  let loaded: Promise<{ sdk: S3Sdk; client: S3Client }> | undefined;
  const s3 = () =>
    (loaded ??= import('@aws-sdk/client-s3').then((sdk) => ({
      sdk,
      client: new sdk.S3Client({
        region: options.region,
        ...(options.endpoint ? { endpoint: options.endpoint } : {}),
        forcePathStyle: options.forcePathStyle,
        ...(options.accessKeyId && options.secretAccessKey
          ? { credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey } }
          : {}),
        // The SDK's default CRC32 trailers (aws-chunked bodies) are not understood by many compatible stores.
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
      }),
    })));
  const Bucket = options.bucket;
  const checked = (key: string) => {
    assertBlobKey(key);
    return key;
  };
  return {
    kind: 's3',
    tempDir,
    async put(key, file, mediaType) {
      const { size } = await stat(file);
      const { sdk, client } = await s3();
      await client.send(new sdk.PutObjectCommand({ Bucket, Key: checked(key), Body: createReadStream(file), ContentLength: size, ContentType: mediaType }));
    },
    async get(key) {
      const { sdk, client } = await s3();
      try {
        const result = await client.send(new sdk.GetObjectCommand({ Bucket, Key: checked(key) }));
        return result.Body as NodeJS.ReadableStream;
      } catch (error) {
        if (isNotFound(sdk, error)) throw new BlobNotFoundError(key);
        throw error;
      }
    },
    async exists(key) {
      const { sdk, client } = await s3();
      try {
        await client.send(new sdk.HeadObjectCommand({ Bucket, Key: checked(key) }));
        return true;
      } catch (error) {
        if (isNotFound(sdk, error)) return false;
        throw error;
      }
    },
    async delete(key) {
      const { sdk, client } = await s3();
      await client.send(new sdk.DeleteObjectCommand({ Bucket, Key: checked(key) }));
    },
  };
}
