import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppInstance } from './types.js';

/** Paths that belong to the API or the platform: never answered with the web app. */
const SERVER_PREFIXES = ['/api/', '/healthz', '/readyz', '/openapi.json', '/docs'];

/** Top-level paths the web app routes itself; anything else gets the app's 404 page with status 404. */
const WEB_AREAS = ['/', '/items', '/my', '/window', '/dept', '/supervision', '/admin', '/login', '/register', '/forgot-password', '/claim', '/account', '/query', '/lookup', '/verify'];

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

/**
 * Serves the built web app (dist/web) from the same process as the API.
 * Hashed assets are cached for a year; index.html never, so a deploy is picked up at once.
 */
export async function registerWebApp(app: AppInstance, webDir: string): Promise<WebApp> {
  const indexFile = path.join(webDir, 'index.html');
  if (!existsSync(indexFile)) {
    app.log.warn({ webDir }, 'web app not built (run npm run build); serving the API only');
    return { serveShell: () => false };
  }
  const shell = readFileSync(indexFile, 'utf8');
  await app.register(fastifyStatic, {
    root: webDir,
    index: false,
    wildcard: true,
    setHeaders(reply, filePath) {
      reply.header('cache-control', filePath.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  app.get('/', { schema: { hide: true }, config: { policy: { public: true } } }, async (_request, reply) => reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(shell));
  return {
    serveShell(request, reply) {
      if (!wantsHtml(request) || SERVER_PREFIXES.some((p) => request.url.startsWith(p))) return false;
      void reply
        .status(isWebArea(request.url) ? 200 : 404)
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-cache')
        .send(shell);
      return true;
    },
  };
}
