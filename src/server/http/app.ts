import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from 'helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { AppDeps, AppInstance, RouteModule } from './types.js';
import { errorHandler, problem, sendProblem } from './problem.js';
import { healthRoutes } from './health.js';
import { registerWebApp } from './web.js';
import { installAuthentication, installRouteGuard } from './auth.js';
import { startChangeFeed } from '../platform/change-feed.js';
import { attachChangeFeed } from '../platform/cache.js';
import { invalidateCalendar } from '../modules/calendar/service.js';

export interface BuildAppOptions extends AppDeps {
  /** Folder with the built web app; omitted in API-only tests. */
  webDir?: string;
  /** Route modules to mount, in order. */
  modules?: RouteModule[];
  /**
   * Addresses the per-route rate limits do not apply to. Only the benchmark's own server entry
   * sets it (scripts/bench-server.ts), for its load tool; no configuration variable reaches it.
   */
  rateLimitExempt?: readonly string[];
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * Builds the HTTP application: validation on every route, problem+json errors, OpenAPI 3.1,
 * security headers, request ids, and the web app. Listening is the caller's business.
 */
export async function buildApp(options: BuildAppOptions): Promise<AppInstance> {
  const { config, logger } = options;
  const app = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    bodyLimit: config.bodyLimit,
    trustProxy: config.trustProxy,
    requestIdHeader: false,
    // A caller's X-Request-Id is kept when well-formed, so a trace crosses systems.
    genReqId: (req) => {
      const header = req.headers['x-request-id'];
      return typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
    },
    ajv: { customOptions: { allErrors: true, coerceTypes: 'array', removeAdditional: false, useDefaults: true } },
    // Keep-alive connections without a request in flight are closed at shutdown, busy ones finish.
    forceCloseConnections: 'idle',
  }).withTypeProvider<TypeBoxTypeProvider>();

  // Caches answer only while this feed listens; it also tells other instances' calendar changes.
  const feed = await startChangeFeed(options.pool.options, logger);
  const detachFeed = attachChangeFeed(options.db, feed);
  const unsubscribeCalendar = feed.subscribe((change) => {
    if (change === 'reset' || change.topic === 'calendar') invalidateCalendar();
  });
  app.addHook('onClose', async () => {
    unsubscribeCalendar();
    detachFeed();
    await feed.close();
  });

  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  installRouteGuard(app);
  await app.register(cookie);
  // Limits are set per route (login, public lookups); in-memory per process.
  await app.register(rateLimit, { global: false, ...(options.rateLimitExempt ? { allowList: [...options.rateLimitExempt] } : {}) });
  installAuthentication(app, options);
  // Uploads are read as streams by the routes that take them (files/http.ts), never buffered whole.
  await app.register(multipart, {
    limits: { fileSize: config.uploadMaxBytes + 1, files: 1, fields: 20, parts: 21, fieldSize: 64 * 1024, headerPairs: 100 },
  });

  // Helmet's headers are the same for every answer: build its middleware once. (@fastify/helmet
  // builds it anew for every request, which cost more than a whole cached read.)
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Ant Design writes its styles at run time (CSS-in-JS).
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        baseUri: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  app.addHook('onRequest', (request, reply, next) => securityHeaders(request.raw, reply.raw, (error?: unknown) => next(error as Error | undefined)));

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'onewindow 网上行政审批平台 API',
        description: '一窗式受理、一网式办理、一站式服务。All errors are RFC 9457 application/problem+json.',
        version: '1.0.0',
      },
    },
  });
  await app.register(swaggerUi, {
    routePrefix: '/docs',
    staticCSP: true,
    // swagger-ui's React code sets style attributes as it renders, which the plugin's `style-src 'self'
    // https:` refuses (a console error on every load); and, like the app's own policy, the page must
    // not ask for https where the platform is served over plain http.
    transformStaticCSP: (header) =>
      header.replace(/style-src [^;]*;/, "style-src 'self' 'unsafe-inline';").replace(/\s*upgrade-insecure-requests;?/, ''),
  });
  app.get('/openapi.json', { schema: { hide: true }, config: { policy: { public: true } } }, async () => app.swagger());

  app.setErrorHandler(errorHandler);

  const web = options.webDir ? await registerWebApp(app, options.webDir) : { serveShell: () => false };
  app.setNotFoundHandler((request, reply) => {
    if (web.serveShell(request, reply)) return reply;
    return sendProblem(reply, problem(404, 'not_found', `没有这个地址：${request.method} ${request.url.split('?')[0]}`, request));
  });

  await app.register(async (scope) => healthRoutes(scope as AppInstance, options));
  for (const module of options.modules ?? []) {
    await app.register(async (scope) => module(scope as AppInstance, options));
  }
  return app;
}
