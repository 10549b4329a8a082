import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { negotiate } from '@fastify/accept-negotiator';
import fastifyStatic from '@fastify/static';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppInstance } from './types.js';

/** Paths that belong to the API or the platform: never answered with the web app. */
const SERVER_PREFIXES = ['/api/', '/healthz', '/readyz', '/openapi.json', '/docs'];

/** Top-level paths the web app routes itself; anything else gets the app's 404 page with status 404. */
const WEB_AREAS = ['/', '/items', '/life-events', '/my', '/window', '/dept', '/supervision', '/admin', '/login', '/register', '/forgot-password', '/claim', '/account', '/query', '/lookup', '/verify', '/notifications'];

export interface WebApp {
  /** Answers a browser navigation with index.html; returns false when this request is not one. */
  serveShell(request: FastifyRequest, reply: FastifyReply): boolean;
}

function wantsHtml(request: FastifyRequest): boolean {
  return request.method === 'GET' && (request.headers.accept ?? '').includes('text/html');
}

function isWebArea(url: string): boolean {
  const pathname = url.split('?')[0]!;
  return WEB_AREAS.some((area) => (area === '/' ? pathname === '/' : pathname === area || pathname.startsWith(`${area}/`)));
}

/** Hashed file names change with their content, so a browser may keep them for good. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** The encodings the build writes next to each text file (vite.config.ts), best first, by file suffix. */
const PRECOMPRESSED = { br: '.br', gzip: '.gz' } as const;
type Encoding = keyof typeof PRECOMPRESSED;

/** index.html as built and its compressed copies, read once: every navigation is answered with it. */
function readShell(indexFile: string): { body: Buffer; encoded: Map<Encoding, Buffer> } {
  const encoded = new Map<Encoding, Buffer>();
  for (const [encoding, suffix] of Object.entries(PRECOMPRESSED) as [Encoding, string][]) {
    if (existsSync(indexFile + suffix)) encoded.set(encoding, readFileSync(indexFile + suffix));
  }
  return { body: readFileSync(indexFile), encoded };
}

/**
 * Serves the built web app (dist/web) from the same process as the API.
 * Hashed assets are cached for a year; index.html is revalidated on every visit, so a deploy is
 * picked up at once. Text files are sent as the .br or .gz the build wrote next to them, whichever
 * the browser accepts (Vary: Accept-Encoding), and as they are when it accepts neither.
 */
export async function registerWebApp(app: AppInstance, webDir: string): Promise<WebApp> {
  const indexFile = path.join(webDir, 'index.html');
  if (!existsSync(indexFile)) {
    app.log.warn({ webDir }, 'web app not built (run npm run build); serving the API only');
    return { serveShell: () => false };
  }
  const shell = readShell(indexFile);
  const assetsDir = `${path.sep}assets${path.sep}`;
  await app.register(fastifyStatic, {
    root: webDir,
    index: false,
    wildcard: true,
    preCompressed: true,
    setHeaders(reply, filePath) {
      reply.header('cache-control', filePath.includes(assetsDir) ? IMMUTABLE : 'no-cache');
    },
  });
  // Sent from memory rather than by sendFile, which from the not-found handler piles listeners on the response.
  const sendShell = (request: FastifyRequest, reply: FastifyReply) => {
    const encoding = negotiate(request.headers['accept-encoding'] ?? '', [...shell.encoded.keys()]);
    reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').header('vary', 'accept-encoding');
    if (encoding) reply.header('content-encoding', encoding);
    return reply.send(encoding ? shell.encoded.get(encoding) : shell.body);
  };
  app.get('/', { schema: { hide: true }, config: { policy: { public: true } } }, async (request, reply) => sendShell(request, reply));
  return {
    serveShell(request, reply) {
      if (!wantsHtml(request) || SERVER_PREFIXES.some((p) => request.url.startsWith(p))) return false;
      void sendShell(request, reply.status(isWebArea(request.url) ? 200 : 404));
      return true;
    },
  };
}
