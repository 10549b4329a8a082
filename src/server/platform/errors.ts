/**
 * Application errors with a stable machine-readable `code`. The HTTP layer turns them into
 * RFC 9457 problem+json; nothing below the HTTP layer knows about HTTP beyond the status hint.
 */
export interface FieldError {
  /** JSON pointer-ish path of the failing field, e.g. `body.name` or `query.page`. */
  field: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly fieldErrors: FieldError[] = [],
  ) {
    super(message);
    this.name = 'AppError';
  }

  /** The first failing field, for clients that show one message. */
  get field(): string | undefined {
    return this.fieldErrors[0]?.field;
  }
}

/** Something the caller may not see looks exactly like something that does not exist. */
export const notFound = (what: string) => new AppError('not_found', 404, `${what}不存在`);

export const invalid = (field: string, message: string) =>
  new AppError('validation_failed', 400, message, [{ field, message }]);

export const conflict = (code: string, message: string) => new AppError(code, 409, message);

export const forbidden = (message = '无权执行此操作') => new AppError('forbidden', 403, message);

export const unauthenticated = (message = '请先登录') => new AppError('unauthenticated', 401, message);
