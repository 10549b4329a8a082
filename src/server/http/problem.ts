import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type FieldError } from '../platform/errors.js';
import { PROBLEM_CONTENT_TYPE, type Problem } from '../../shared/problem.js';

const TITLES: Record<number, string> = {
  400: '请求有误',
  401: '未登录',
  403: '无权访问',
  404: '未找到',
  405: '方法不允许',
  409: '状态冲突',
  413: '请求内容过大',
  415: '不支持的内容类型',
  422: '无法处理的内容',
  429: '请求过于频繁',
  500: '服务器内部错误',
  503: '服务暂不可用',
};

export function problem(status: number, code: string, detail: string, request: FastifyRequest, fieldErrors: FieldError[] = []): Problem {
  const body: Problem = {
    type: `/problems/${code}`,
    title: TITLES[status] ?? '错误',
    status,
    detail,
    instance: request.url,
    code,
    requestId: request.id,
  };
  if (fieldErrors.length > 0) {
    body.field = fieldErrors[0]!.field;
    body.errors = fieldErrors;
  }
  return body;
}

export function sendProblem(reply: FastifyReply, body: Problem): FastifyReply {
  return reply.status(body.status).type(PROBLEM_CONTENT_TYPE).send(body);
}

interface AjvError {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

/** Turns Ajv's errors into `body.name`-style field paths a person can read. */
export function fieldErrorsFromValidation(context: string | undefined, errors: AjvError[]): FieldError[] {
  return errors.map((error) => {
    const segments = error.instancePath.split('/').filter(Boolean);
    if (error.keyword === 'required' && typeof error.params.missingProperty === 'string') {
      segments.push(error.params.missingProperty);
    }
    if (error.keyword === 'additionalProperties' && typeof error.params.additionalProperty === 'string') {
      segments.push(error.params.additionalProperty);
    }
    const field = [context ?? 'body', ...segments].join('.');
    return { field, message: error.message ?? 'is invalid' };
  });
}

/** Fastify's own error codes that are the client's fault, with our stable code for each. */
const FASTIFY_CLIENT_ERRORS: Record<string, { status: number; code: string; detail: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'malformed_json', detail: '请求体不是有效的 JSON' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'malformed_json', detail: '请求体为空，但声明了 JSON 内容类型' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'body_too_large', detail: '请求体超过大小限制' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'unsupported_media_type', detail: '不支持的内容类型' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'bad_content_length', detail: 'Content-Length 与请求体不符' },
};

/** The one place where an error becomes an HTTP answer. Unknown errors are logged and hidden. */
export function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (error instanceof AppError) {
    return sendProblem(reply, problem(error.status, error.code, error.message, request, error.fieldErrors));
  }
  if (error.validation) {
    const fields = fieldErrorsFromValidation(error.validationContext, error.validation as AjvError[]);
    const detail = fields.map((f) => `${f.field} ${f.message}`).join('; ');
    return sendProblem(reply, problem(400, 'validation_failed', detail, request, fields));
  }
  const known = error.code ? FASTIFY_CLIENT_ERRORS[error.code] : undefined;
  if (known) return sendProblem(reply, problem(known.status, known.code, known.detail, request));
  if (error instanceof SyntaxError && error.statusCode === 400) {
    return sendProblem(reply, problem(400, 'malformed_json', '请求体不是有效的 JSON', request));
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    const code = status === 429 ? 'rate_limited' : (error.code?.toLowerCase() ?? 'bad_request');
    return sendProblem(reply, problem(status, code, error.message, request));
  }
  request.log.error({ err: error }, 'unhandled error');
  return sendProblem(reply, problem(500, 'internal_error', '服务器内部错误，请稍后重试', request));
}
