import { PROBLEM_TYPE_BASE, type FieldError, type Problem, type ProblemCode } from '@thecen/schema';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from './app-env.js';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
/** Longer request paths are not echoed back in `instance`. */
const MAX_INSTANCE_LENGTH = 300;

const TITLES: Record<ProblemCode, string> = {
  validation_failed: 'The request has invalid input',
  not_found: 'Not found',
  unauthorized: 'A valid publishable key is required',
  forbidden_origin: 'This origin may not use this key',
  method_not_allowed: 'Method not allowed',
  payload_too_large: 'Payload too large',
  rate_limited: 'Too many requests',
  internal: 'Internal server error',
};

/** A problem a handler or middleware throws; the app's error handler answers it. */
export class ProblemError extends Error {
  readonly status: ContentfulStatusCode;
  readonly code: ProblemCode;
  readonly errors: FieldError[] | undefined;
  readonly headers: Record<string, string>;

  constructor(
    status: ContentfulStatusCode,
    code: ProblemCode,
    detail?: string,
    options: { errors?: FieldError[]; headers?: Record<string, string> } = {},
  ) {
    super(detail ?? TITLES[code]);
    this.name = 'ProblemError';
    this.status = status;
    this.code = code;
    this.errors = options.errors;
    this.headers = options.headers ?? {};
  }
}

/** A 400 `validation_failed` problem listing each bad field. */
export function validationProblem(errors: FieldError[]): ProblemError {
  const detail = errors.map((e) => `${e.path} ${e.message}`).join('; ');
  return new ProblemError(400, 'validation_failed', detail, { errors });
}

/** Answers an RFC 9457 problem (`application/problem+json`); never cached. */
export function problemResponse(
  c: Context<AppEnv>,
  status: ContentfulStatusCode,
  code: ProblemCode,
  detail?: string,
  options: { errors?: FieldError[]; headers?: Record<string, string> } = {},
): Response {
  const body: Problem = {
    type: PROBLEM_TYPE_BASE + code,
    title: TITLES[code],
    status,
    ...(detail !== undefined ? { detail } : {}),
    ...(c.req.path.length <= MAX_INSTANCE_LENGTH ? { instance: c.req.path } : {}),
    code,
    ...(options.errors ? { errors: options.errors } : {}),
    requestId: c.get('requestId'),
  };
  return c.body(JSON.stringify(body), status, {
    'Content-Type': PROBLEM_CONTENT_TYPE,
    'Cache-Control': 'no-store',
    ...options.headers,
  });
}

export function problemFromError(c: Context<AppEnv>, error: ProblemError): Response {
  return problemResponse(c, error.status, error.code, error.message, { errors: error.errors, headers: error.headers });
}
