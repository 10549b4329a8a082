import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback stand-in for an S3-compatible object store: path-style PutObject, GetObject,
 * HeadObject and DeleteObject on in-memory buckets. Signatures are not checked, but every
 * request is recorded so tests can see what the client sent.
 *
 * @example
 * const s3 = await startS3StandIn({ buckets: ['onewindow'] });
 * after(() => s3.close());
 * const store = createS3BlobStore({ kind: 's3', endpoint: s3.endpoint, region: 'us-east-1', bucket: 'onewindow', ... }, tmp);
 */
export interface S3StandIn {
  endpoint: string;
  requests: { method: string; path: string; headers: http.IncomingHttpHeaders }[];
  /** Stored objects by `bucket/key`. */
  objects: Map<string, { body: Buffer; contentType: string }>;
  close(): Promise<void>;
}

const xmlError = (code: string, message: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>`;

export async function startS3StandIn(options: { buckets: string[] }): Promise<S3StandIn> {
  const requests: S3StandIn['requests'] = [];
  const objects: S3StandIn['objects'] = new Map();
  const buckets = new Set(options.buckets);

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://stand-in');
      requests.push({ method: req.method ?? '', path: url.pathname, headers: req.headers });
      const [, bucket = '', ...rest] = url.pathname.split('/');
      const key = rest.map(decodeURIComponent).join('/');
      const fail = (status: number, code: string, message: string) => {
        res.writeHead(status, { 'content-type': 'application/xml' });
        res.end(req.method === 'HEAD' ? undefined : xmlError(code, message));
      };
      if (!buckets.has(bucket)) return fail(404, 'NoSuchBucket', 'The specified bucket does not exist');
      if (!key) return fail(400, 'InvalidRequest', 'The stand-in serves objects only');
      const id = `${bucket}/${key}`;
      switch (req.method) {
        case 'PUT': {
          const body = Buffer.concat(chunks);
          const declared = req.headers['content-length'];
          if (declared !== undefined && Number(declared) !== body.length) return fail(400, 'IncompleteBody', 'Body shorter than Content-Length');
          objects.set(id, { body, contentType: req.headers['content-type'] ?? 'application/octet-stream' });
          res.writeHead(200, { etag: `"${createHash('md5').update(body).digest('hex')}"` });
          return res.end();
        }
        case 'GET':
        case 'HEAD': {
          const object = objects.get(id);
          if (!object) return fail(404, 'NoSuchKey', 'The specified key does not exist.');
          res.writeHead(200, {
            'content-type': object.contentType,
            'content-length': object.body.length,
            etag: `"${createHash('md5').update(object.body).digest('hex')}"`,
          });
          return res.end(req.method === 'GET' ? object.body : undefined);
        }
        case 'DELETE':
          objects.delete(id);
          res.writeHead(204);
          return res.end();
        default:
          return fail(405, 'MethodNotAllowed', 'The specified method is not allowed');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    requests,
    objects,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
