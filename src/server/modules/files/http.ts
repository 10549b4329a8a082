import { Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { MultipartFile } from '@fastify/multipart';
import { AppError } from '../../platform/errors.js';
import type { BlobStore } from '../../platform/storage.js';
import { cleanFilename, openFile, type FileRow } from './service.js';

export interface UploadedFile {
  stream: NodeJS.ReadableStream;
  filename: string;
  /** What the client declared; only a hint (withUpload's declaredType), the bytes decide. */
  mimetype: string;
}

const fileError = (code: string, status: number, message: string) => new AppError(code, status, message, [{ field: 'file', message }]);

/**
 * Reads the single multipart field `file` of a request, as a stream for withUpload. Anything
 * that is not one well-formed file part answers problem+json naming `file`.
 * Fields sent before the file are in the request's multipart fields; fields after it are not read.
 */
export async function readUploadedFile(request: FastifyRequest, maxBytes: number): Promise<UploadedFile> {
  if (!request.isMultipart()) throw fileError('not_multipart', 415, '请以 multipart/form-data 上传文件（字段 file）');
  let part: MultipartFile | undefined;
  try {
    // One byte past the limit reaches withUpload, which answers 413 (busboy would cut silently at the limit).
    part = await request.file({ limits: { fileSize: maxBytes + 1, files: 1, fields: 20, parts: 21, fieldSize: 64 * 1024 } });
  } catch (error) {
    const status = (error as { statusCode?: number }).statusCode;
    if (status === 413) throw fileError('too_many_parts', 413, '表单包含过多的字段或文件，每次只能上传一个文件');
    throw fileError('malformed_multipart', 400, '上传的表单格式有误，请重新选择文件上传');
  }
  if (!part) throw fileError('file_missing', 422, '请选择要上传的文件');
  if (part.fieldname !== 'file') {
    part.file.resume();
    throw fileError('file_missing', 422, `文件应放在表单字段 file 中（收到的是 ${part.fieldname}）`);
  }
  const { file } = part;
  return { stream: Readable.from(truncationChecked(file)), filename: part.filename, mimetype: part.mimetype };
}

/**
 * Errors while the body arrives (cut short, malformed, client gone) are the client's, not ours;
 * busboy ends a stream cut at its size limit normally, so that becomes the 413 it is.
 */
async function* truncationChecked(file: MultipartFile['file']): AsyncGenerator<Buffer> {
  try {
    for await (const chunk of file) yield chunk as Buffer;
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode === 413) throw error;
    throw fileError('malformed_multipart', 400, '文件没有完整上传（连接中断或表单格式有误），请重新上传');
  }
  if (file.truncated) {
    throw Object.assign(new Error('request file too large'), { code: 'FST_REQ_FILE_TOO_LARGE', statusCode: 413 });
  }
}

/** RFC 5987 value: UTF-8, percent-encoded, with the characters encodeURIComponent leaves alone but attr-char forbids. */
const rfc5987 = (value: string) => encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * Content-Disposition with the person's (often Chinese) file name per RFC 6266: `filename*` for
 * every modern browser, and an ASCII `filename` fallback for the rest.
 */
export function contentDisposition(filename: string, disposition: 'attachment' | 'inline' = 'attachment'): string {
  const name = cleanFilename(filename) || 'file';
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? name.slice(dot).replace(/[^A-Za-z0-9.]/g, '') : '';
  const stem = (dot > 0 ? name.slice(0, dot) : name).replace(/[^\x20-\x7e]|["\\%;]/g, '_');
  const fallback = /[^_\s]/.test(stem) ? `${stem}${ext}` : `file${ext}`;
  return `${disposition}; filename="${fallback}"; filename*=UTF-8''${rfc5987(name)}`;
}

/**
 * Sends a stored file as a download: the sniffed Content-Type (never the client's), the
 * person's file name, `nosniff`, and the SHA-256 as a strong ETag (a matching If-None-Match → 304).
 * The caller has already decided that this person may see this file.
 */
export async function sendStoredFile(
  reply: FastifyReply,
  store: BlobStore,
  row: FileRow,
  filename: string,
  options: { disposition?: 'attachment' | 'inline' } = {},
): Promise<FastifyReply> {
  const etag = `"${row.sha256}"`;
  reply
    .header('etag', etag)
    .header('cache-control', 'private, no-cache')
    .header('x-content-type-options', 'nosniff');
  const ifNoneMatch = reply.request.headers['if-none-match'];
  if (ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag || tag.trim() === '*')) {
    return reply.status(304).send();
  }
  const stream = await openFile(store, row);
  return reply
    .header('content-type', row.media_type)
    .header('content-length', row.size)
    .header('content-disposition', contentDisposition(filename, options.disposition))
    .send(stream);
}
