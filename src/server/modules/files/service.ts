import { createHash, randomUUID } from 'node:crypto';
import { mkdir, open, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { transact, type Db } from '../../db/connection.js';
import { AppError } from '../../platform/errors.js';
import type { BlobStore } from '../../platform/storage.js';
import { findFileById, findFileBySha256, insertFileIfAbsent, lockContent, type FileRow, findFilesByIds } from './repository.js';

export type { FileRow } from './repository.js';

/**
 * The types the platform can tell apart by their bytes, with the extensions a person may give
 * each. The first extension is the one recorded.
 */
const KNOWN_TYPES: Record<string, { label: string; extensions: readonly string[]; aliases: readonly string[] }> = {
  'application/pdf': { label: 'PDF', extensions: ['pdf'], aliases: ['application/x-pdf'] },
  'image/jpeg': { label: 'JPEG 图片', extensions: ['jpg', 'jpeg', 'jpe', 'jfif'], aliases: ['image/jpg', 'image/pjpeg'] },
  'image/png': { label: 'PNG 图片', extensions: ['png'], aliases: ['image/x-png'] },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { label: 'Word 文档（.docx）', extensions: ['docx'], aliases: [] },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { label: 'Excel 表格（.xlsx）', extensions: ['xlsx'], aliases: [] },
};

/**
 * Application materials: PDF, JPEG and PNG — what scanners and phones produce, what every
 * reviewer's browser opens without office software, and what carries no macros. OFD is left
 * out because its bytes are a plain ZIP that cannot be told from any other archive; .docx and
 * .xlsx are recognised (KNOWN_TYPES) for callers that choose to allow them.
 */
export const MATERIAL_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;

/** Browsers send these when they do not know a type; they say nothing about the bytes. */
const GENERIC_DECLARED = new Set(['', 'application/octet-stream', 'binary/octet-stream', 'application/x-download', 'application/unknown']);

export interface UploadInput {
  stream: NodeJS.ReadableStream | AsyncIterable<Buffer>;
  /** As the person named it; only its last path segment is kept. */
  filename: string;
  maxBytes: number;
  /** Media types accepted (e.g. MATERIAL_TYPES). */
  allowed: readonly string[];
  uploadedBy: string;
  /** The client's Content-Type for the part; when specific, it must agree with the bytes too. */
  declaredType?: string | undefined;
}

export interface StoredFile {
  id: number;
  sha256: string;
  size: number;
  /** Sniffed from the bytes. */
  mediaType: string;
  /** Canonical extension of the sniffed type, without the dot. */
  extension: string;
  /** The person's name for the file, cleaned (no path, no control characters). */
  filename: string;
  /** The same bytes were stored before; the existing row and blob were reused. */
  deduplicated: boolean;
}

/** Where the blob of a content lives: fanned out so no folder holds millions of entries. */
export function blobKey(sha256: string): string {
  return `${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}`;
}

const fileError = (code: string, status: number, message: string) => new AppError(code, status, message, [{ field: 'file', message }]);

const formatBytes = (n: number) => (n >= 1024 * 1024 ? `${+(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`);

const allowedLabels = (allowed: readonly string[]) => allowed.map((t) => KNOWN_TYPES[t]?.label ?? t).join('、');

/** The last path segment (old browsers send `C:\fakepath\…`), NFC, no control characters, at most 200 characters. */
export function cleanFilename(raw: string): string {
  const base = raw.split(/[/\\]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = base.normalize('NFC').replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, '').trim();
  if (clean.length <= 200) return clean;
  const dot = clean.lastIndexOf('.');
  const ext = dot > 0 && clean.length - dot <= 10 ? clean.slice(dot) : '';
  return clean.slice(0, 200 - ext.length) + ext;
}

function extensionOf(filename: string): string | undefined {
  const dot = filename.lastIndexOf('.');
  return dot > 0 ? filename.slice(dot + 1).toLowerCase() : undefined;
}

/** Streams to `target`, hashing and counting; refuses past `maxBytes` without reading the rest. */
async function receive(source: UploadInput['stream'], target: string, maxBytes: number): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  const handle = await open(target, 'wx', 0o600);
  try {
    try {
      for await (const chunk of source as AsyncIterable<Buffer | string>) {
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        size += bytes.length;
        if (size > maxBytes) throw fileError('file_too_large', 413, `文件超过 ${formatBytes(maxBytes)} 的上限`);
        hash.update(bytes);
        await handle.write(bytes);
      }
    } catch (error) {
      // @fastify/multipart's own size limit, should it fire before ours.
      if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
        throw fileError('file_too_large', 413, `文件超过 ${formatBytes(maxBytes)} 的上限`);
      }
      throw error;
    }
    // On disk before a row can point at it: a local store links this very file.
    await handle.sync();
  } finally {
    await handle.close();
  }
  return { sha256: hash.digest('hex'), size };
}

/** The type the bytes say, checked against what is allowed and what the name and the client claim. */
async function sniff(file: string, input: UploadInput, filename: string): Promise<{ mediaType: string; extension: string }> {
  for (const type of input.allowed) if (!KNOWN_TYPES[type]) throw new Error(`no sniffing rule for allowed type ${type}`);
  // Loaded with the first upload rather than at server start.
  const { fileTypeFromFile } = await import('file-type');
  const detected = await fileTypeFromFile(file);
  const known = detected ? KNOWN_TYPES[detected.mime] : undefined;
  if (!detected || !known || !input.allowed.includes(detected.mime)) {
    throw fileError('unsupported_file_type', 415, `文件内容不是允许的类型（只接受 ${allowedLabels(input.allowed)}）`);
  }
  const extension = extensionOf(filename);
  if (extension !== undefined && !known.extensions.includes(extension)) {
    throw fileError('file_type_mismatch', 415, `文件扩展名 .${extension} 与文件内容（${known.label}）不符`);
  }
  const declared = (input.declaredType ?? '').split(';')[0]!.trim().toLowerCase();
  if (!GENERIC_DECLARED.has(declared) && declared !== detected.mime && !known.aliases.includes(declared)) {
    throw fileError('file_type_mismatch', 415, `声明的类型 ${declared} 与文件内容（${known.label}）不符`);
  }
  return { mediaType: detected.mime, extension: known.extensions[0]! };
}

/**
 * Streams to a temp file while hashing and counting (past maxBytes → 413), sniffs the bytes
 * (not an allowed type, or a name/declared type that disagrees → 415; empty → 422), then stores
 * the blob unless that content is stored already and inserts the file row, and runs
 * `then(trx, file)` in the SAME transaction. If anything throws, the transaction rolls back and
 * a blob written by this call is deleted; the temp file is always removed.
 *
 * When `db` is already a transaction, a rollback the caller makes after this returns leaves the
 * blob behind (harmless: content-addressed, and reused by the next upload of the same bytes).
 */
export async function withUpload<T>(db: Db, store: BlobStore, input: UploadInput, then: (trx: Db, file: StoredFile) => Promise<T>): Promise<T> {
  await mkdir(store.tempDir, { recursive: true });
  const temp = path.join(store.tempDir, `${randomUUID()}.part`);
  try {
    const { sha256, size } = await receive(input.stream, temp, input.maxBytes);
    if (size === 0) throw fileError('file_empty', 422, '上传的文件是空的');
    const filename = cleanFilename(input.filename);
    const { mediaType, extension } = await sniff(temp, input, filename);
    const key = blobKey(sha256);
    let wroteBlob = false;
    try {
      return await transact(db, async (trx) => {
        await lockContent(trx, sha256);
        try {
          let row = await findFileBySha256(trx, sha256);
          const deduplicated = row !== undefined;
          if (!row) {
            if (!(await store.exists(key))) {
              await store.put(key, temp, mediaType);
              wroteBlob = true;
            }
            row = await insertFileIfAbsent(trx, { sha256, size, media_type: mediaType, extension, first_filename: filename || `file.${extension}`, created_by: input.uploadedBy });
            if (!row) throw new Error(`files row for ${sha256} appeared despite the content lock`);
          } else if (!(await store.exists(key))) {
            // The row outlived its blob (restored database, lost bucket): these bytes heal it.
            await store.put(key, temp, mediaType);
          }
          const file: StoredFile = { id: row.id, sha256, size, mediaType: row.media_type, extension: row.extension, filename: filename || `file.${row.extension}`, deduplicated };
          return await then(trx, file);
        } catch (error) {
          // Deleted while the content lock is still held, so no other upload of these bytes can be relying on it.
          if (wroteBlob) {
            await store.delete(key);
            wroteBlob = false;
          }
          throw error;
        }
      });
    } catch (error) {
      // The commit itself failed after the blob was written.
      if (wroteBlob) await deleteBlobIfUnreferenced(db, store, sha256).catch(() => {});
      throw error;
    }
  } finally {
    await rm(temp, { force: true });
  }
}

async function deleteBlobIfUnreferenced(db: Db, store: BlobStore, sha256: string): Promise<void> {
  await transact(db, async (trx) => {
    await lockContent(trx, sha256);
    if (!(await findFileBySha256(trx, sha256))) await store.delete(blobKey(sha256));
  });
}

export async function findFile(db: Db, id: number): Promise<FileRow | undefined> {
  return findFileById(db, id);
}

/** Several files at once (a record's attachments), in no particular order. */
export async function findFiles(db: Db, ids: number[]): Promise<FileRow[]> {
  return findFilesByIds(db, ids);
}

/** The stored bytes of a file; rejects with BlobNotFoundError when the blob is gone. */
export async function openFile(store: BlobStore, row: FileRow): Promise<NodeJS.ReadableStream> {
  return store.get(blobKey(row.sha256));
}

/**
 * Removes temp files left by uploads that a crash interrupted. Safe while uploads run: an
 * upload in progress keeps writing its file, so it never looks that old.
 */
export async function sweepIncoming(store: BlobStore, olderThanMs = 24 * 60 * 60 * 1000): Promise<number> {
  let names: string[];
  try {
    names = await readdir(store.tempDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
  let removed = 0;
  for (const name of names) {
    if (!name.endsWith('.part')) continue;
    const file = path.join(store.tempDir, name);
    const info = await stat(file).catch(() => undefined);
    if (info && Date.now() - info.mtimeMs > olderThanMs) {
      await rm(file, { force: true });
      removed++;
    }
  }
  return removed;
}
