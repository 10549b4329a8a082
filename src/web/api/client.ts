/**
 * A tiny typed JSON client for the platform's HTTP API.
 * Failures always surface as ApiError carrying the RFC 9457 problem fields the server answers with
 * (src/shared/problem.ts), so callers branch on `code` (stable) rather than parsing messages.
 */
import type { Problem } from '../../shared/problem.js';

export type { Problem };
export type ProblemFieldError = NonNullable<Problem['errors']>[number];

/** Codes for failures the server never answered for itself (network down, proxy page, bad JSON). */
export const CLIENT_ERROR_CODES = {
  network: 'network_error',
  unexpectedResponse: 'unexpected_response',
} as const;

export class ApiError extends Error implements Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  readonly instance?: string;
  readonly code: string;
  readonly field?: string;
  readonly errors?: ProblemFieldError[];
  readonly requestId?: string;

  constructor(problem: Problem, options?: { cause?: unknown }) {
    super(problem.detail ?? problem.title, options);
    this.name = 'ApiError';
    this.type = problem.type;
    this.title = problem.title;
    this.status = problem.status;
    this.code = problem.code;
    // Optional fields are only set when present, so `'detail' in error` means what it says.
    if (problem.detail !== undefined) this.detail = problem.detail;
    if (problem.instance !== undefined) this.instance = problem.instance;
    if (problem.field !== undefined) this.field = problem.field;
    if (problem.errors !== undefined) this.errors = problem.errors;
    if (problem.requestId !== undefined) this.requestId = problem.requestId;
  }
}

export interface RequestOptions {
  /** Lets a component cancel its request when it unmounts or the input changes. */
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

export function apiGet<T>(path: string, options: RequestOptions = {}): Promise<T> {
  return request<T>('GET', path, undefined, options);
}

export function apiPost<T>(path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
  return request<T>('POST', path, body, options);
}

/** A multipart/form-data POST (file uploads); the browser sets the boundary, the CSRF header is added as for JSON. */
export function apiPostForm<T>(path: string, body: FormData, options: RequestOptions = {}): Promise<T> {
  return request<T>('POST', path, body, options);
}

export function apiPut<T>(path: string, body: unknown, options: RequestOptions = {}): Promise<T> {
  return request<T>('PUT', path, body, options);
}

export function apiPatch<T>(path: string, body: unknown, options: RequestOptions = {}): Promise<T> {
  return request<T>('PATCH', path, body, options);
}

export function apiDelete<T = void>(path: string, options: RequestOptions = {}): Promise<T> {
  return request<T>('DELETE', path, undefined, options);
}

/**
 * The signed-in session's CSRF token (CurrentUser.csrfToken). The session context keeps it current;
 * every state-changing request sends it back as X-CSRF-Token, so no caller can forget to.
 */
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

async function request<T>(method: string, path: string, body: unknown, options: RequestOptions): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json', ...options.headers };
  const multipart = body instanceof FormData;
  if (body !== undefined && !multipart) headers['Content-Type'] = 'application/json';
  if (csrfToken && !SAFE_METHODS.has(method)) headers['X-CSRF-Token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      // Session cookies are first-party; never send them anywhere else.
      credentials: 'same-origin',
      body: body === undefined ? null : multipart ? body : JSON.stringify(body),
      signal: options.signal ?? null,
    });
  } catch (cause) {
    // An abort is the caller's own decision, not a failure to report.
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(
      { type: 'about:blank', title: 'Network error', status: 0, code: CLIENT_ERROR_CODES.network },
      { cause },
    );
  }

  if (!response.ok) throw await problemFrom(response);
  if (response.status === 204) return undefined as T;

  try {
    return (await response.json()) as T;
  } catch (cause) {
    throw new ApiError(
      {
        type: 'about:blank',
        title: 'Unexpected response',
        status: response.status,
        detail: 'The server answered with something that is not JSON.',
        code: CLIENT_ERROR_CODES.unexpectedResponse,
      },
      { cause },
    );
  }
}

/** Reads the problem body; a proxy or gateway may answer with HTML instead, so fall back to the status line. */
async function problemFrom(response: Response): Promise<ApiError> {
  const fallback: Problem = {
    type: 'about:blank',
    title: response.statusText || `HTTP ${response.status}`,
    status: response.status,
    code: CLIENT_ERROR_CODES.unexpectedResponse,
  };
  const contentType = response.headers.get('Content-Type') ?? '';
  if (!contentType.includes('json')) return new ApiError(fallback);
  try {
    return new ApiError(readProblem(await response.json(), fallback));
  } catch (cause) {
    return new ApiError(fallback, { cause });
  }
}

/** Takes only well-typed fields from the body, so a malformed answer cannot break the error's shape. */
function readProblem(body: unknown, fallback: Problem): Problem {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return fallback;
  const fields = body as Record<string, unknown>;
  const text = (key: string): string | undefined => {
    const value = fields[key];
    return typeof value === 'string' ? value : undefined;
  };
  const problem: Problem = {
    type: text('type') ?? fallback.type,
    title: text('title') ?? fallback.title,
    // The status line is authoritative; a body may disagree with it.
    status: fallback.status,
    code: text('code') ?? fallback.code,
  };
  for (const key of ['detail', 'instance', 'field', 'requestId'] as const) {
    const value = text(key);
    if (value !== undefined) problem[key] = value;
  }
  if (Array.isArray(fields.errors)) problem.errors = fields.errors.filter(isFieldError);
  return problem;
}

function isFieldError(value: unknown): value is ProblemFieldError {
  if (typeof value !== 'object' || value === null) return false;
  const { field, message } = value as Record<string, unknown>;
  return typeof field === 'string' && typeof message === 'string';
}
