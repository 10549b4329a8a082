import type { FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import type {} from '@fastify/cookie';
import type { AppDeps, AppInstance } from './types.js';
import { problem, sendProblem } from './problem.js';
import { ANONYMOUS, hasPermission, type Actor } from '../modules/identity/actor.js';
import { resolveAccessToken } from '../modules/identity/clients.js';
import { resolveSession } from '../modules/identity/sessions.js';

/**
 * Who may call a route. Every route declares one (`config: { policy }`); a route without a
 * policy stops the application from starting. Record-level rules (which department's case)
 * live in each module's service, where the record is loaded.
 */
export type RoutePolicy =
  | { public: true }
  /** Any signed-in person; the service limits them to their own records. */
  | { signedIn: true }
  /** A signed-in person holding the permission in some scope (see shared/identity.ts). */
  | { permission: string }
  /** A machine client granted the scope. */
  | { clientScope: string }
  | { anyOf: readonly RoutePolicy[] };

declare module 'fastify' {
  interface FastifyContextConfig {
    policy?: RoutePolicy;
  }
  interface FastifyRequest {
    actor: Actor;
  }
}

export const SESSION_COOKIE = 'ow_session';

/** Routes that plugins register (API docs UI, static files of the web app): public by nature. */
const PLUGIN_ROUTE_PREFIXES = ['/docs', '/*'];

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function satisfies(policy: RoutePolicy, actor: Actor): boolean {
  if ('public' in policy) return true;
  if ('anyOf' in policy) return policy.anyOf.some((p) => satisfies(p, actor));
  if ('signedIn' in policy) return actor.kind === 'user';
  if ('permission' in policy) return hasPermission(actor, policy.permission);
  return actor.kind === 'client' && actor.scopes.includes(policy.clientScope);
}

export interface RegisteredRoute {
  method: string;
  url: string;
  policy: RoutePolicy;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route with its policy, for the route-coverage test and the docs. */
    routeTable: RegisteredRoute[];
  }
}

/** Registers the policy check on every route; call before any route is added. */
export function installRouteGuard(app: AppInstance): void {
  const table: RegisteredRoute[] = [];
  app.decorate('routeTable', table);
  app.addHook('onRoute', (route: RouteOptions) => {
    const config = (route.config ?? {}) as { policy?: RoutePolicy };
    if (!config.policy) {
      if (!PLUGIN_ROUTE_PREFIXES.some((p) => route.url.startsWith(p))) {
        throw new Error(`route ${String(route.method)} ${route.url} declares no access policy (config.policy)`);
      }
      route.config = { ...config, policy: { public: true } };
    }
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') table.push({ method, url: route.url, policy: (route.config as { policy: RoutePolicy }).policy });
    }
  });
}

async function identify(request: FastifyRequest, deps: AppDeps): Promise<Actor | 'ip_not_allowed'> {
  const authorization = request.headers.authorization;
  if (authorization?.startsWith('Bearer ')) {
    return (await resolveAccessToken(deps.db, authorization.slice(7).trim(), request.ip)) ?? ANONYMOUS;
  }
  const token = request.cookies[SESSION_COOKIE];
  if (token) return (await resolveSession(deps.db, token)) ?? ANONYMOUS;
  return ANONYMOUS;
}

/** Identifies the caller and enforces the route's policy and CSRF protection, before any parsing. */
export function installAuthentication(app: AppInstance, deps: AppDeps): void {
  app.decorateRequest('actor', null as never);
  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    const identified = await identify(request, deps);
    if (identified === 'ip_not_allowed') {
      return sendProblem(reply, problem(403, 'ip_not_allowed', `来源地址 ${request.ip} 不在该接入系统的白名单内`, request));
    }
    request.actor = identified;
    const policy = request.routeOptions.config?.policy;
    if (!policy) return; // no route matched: the not-found handler answers
    if (!satisfies(policy, identified)) {
      if (identified.kind === 'anonymous') return sendProblem(reply, problem(401, 'unauthenticated', '请先登录', request));
      return sendProblem(reply, problem(403, 'forbidden', '无权执行此操作', request));
    }
    // Browser writes carry the session's CSRF token in a header a cross-site form cannot set.
    if (identified.kind === 'user' && !SAFE_METHODS.has(request.method) && !('public' in policy)) {
      if (request.headers['x-csrf-token'] !== identified.csrfToken) {
        return sendProblem(reply, problem(403, 'csrf_failed', '请求缺少有效的 X-CSRF-Token，请刷新页面后重试', request));
      }
    }
  });
}

export function setSessionCookie(reply: FastifyReply, token: string, deps: AppDeps, request: FastifyRequest): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: deps.config.secureCookies || request.protocol === 'https',
    path: '/',
    maxAge: deps.config.sessionHours * 3600,
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
