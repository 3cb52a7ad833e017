import type { CartQuote, FieldError, Problem } from '@thecen/schema/browser';

/** What went wrong, one value per error class. */
export type CenErrorType =
  | 'invalid_request'
  | 'authentication'
  | 'permission'
  | 'not_found'
  | 'conflict'
  | 'rate_limit'
  | 'api'
  | 'connection'
  | 'timeout'
  | 'abort'
  | 'validation';

export interface CenErrorInit {
  status?: number;
  code?: string;
  requestId?: string;
  fieldErrors?: FieldError[];
  problem?: Problem;
  cause?: unknown;
}

/** Base of every error the SDK throws; `instanceof CenError` catches them all. */
export class CenError extends Error {
  override name = 'CenError';
  /** What went wrong; narrows with the subclass. */
  readonly type: CenErrorType = 'api';
  /** HTTP status of the response, when there was one. */
  readonly status?: number;
  /** Machine-readable problem code, e.g. `validation_failed`, `not_found`. */
  readonly code?: string;
  /** The server's request id (problem `requestId` or `X-Request-Id`); quote it when reporting a bug. */
  readonly requestId?: string;
  /** One entry per bad field, e.g. `{ path: 'query.minPrice', message, code }`. */
  readonly fieldErrors: FieldError[];
  /** The `application/problem+json` body, when the server sent one. */
  readonly problem?: Problem;

  constructor(message: string, init: CenErrorInit = {}) {
    super(message, init);
    this.fieldErrors = [];
    Object.assign(this, init);
  }
}

/** 400 (and other 4xx without a class of their own): the request was malformed; see `fieldErrors`. */
export class CenInvalidRequestError extends CenError {
  override name = 'CenInvalidRequestError';
  override readonly type = 'invalid_request';
}

/** 401: the publishable key is missing, unknown or revoked. */
export class CenAuthenticationError extends CenError {
  override name = 'CenAuthenticationError';
  override readonly type = 'authentication';
}

/** 403: e.g. `forbidden_origin`, the page's origin is not allowed for this key. */
export class CenPermissionError extends CenError {
  override name = 'CenPermissionError';
  override readonly type = 'permission';
}

/** 404: no such resource, or an id missing from a batch load. */
export class CenNotFoundError extends CenError {
  override name = 'CenNotFoundError';
  override readonly type = 'not_found';
}

/** 409: the request conflicts with the resource's state or with an earlier idempotency key. */
export class CenConflictError extends CenError {
  override name = 'CenConflictError';
  override readonly type = 'conflict';
}

/**
 * 409 `cart_changed`: the cart could not be ordered as sent (a price changed, an item sold out or
 * is gone, too many asked). `quote` is the cart re-priced by the server, with its `problems` per
 * line: show it to the buyer, let them confirm, then send the order again with a new
 * idempotency key.
 *
 * @example
 * try {
 *   await client.orders.create(order);
 * } catch (error) {
 *   if (error instanceof CenCartChangedError) showCart(error.quote);
 *   else throw error;
 * }
 */
export class CenCartChangedError extends CenConflictError {
  override name = 'CenCartChangedError';
  /** The re-priced cart (problem extension member `quote`); validated by `createClient`. */
  quote!: CartQuote;
}

/** 429: too many requests; `retryAfter` holds the server's `Retry-After` in seconds. */
export class CenRateLimitError extends CenError {
  override name = 'CenRateLimitError';
  override readonly type = 'rate_limit';
  retryAfter?: number;
}

/** 5xx, or a response the SDK could not read. */
export class CenApiError extends CenError {
  override name = 'CenApiError';
  override readonly type = 'api';
}

/** The network failed before a response arrived (offline, DNS, CORS refusal, reset). */
export class CenConnectionError extends CenError {
  override name = 'CenConnectionError';
  override readonly type = 'connection';
}

/** An attempt took longer than `timeoutMs`. */
export class CenTimeoutError extends CenError {
  override name = 'CenTimeoutError';
  override readonly type = 'timeout';
}

/** The caller's `signal` aborted the request; `cause` is the signal's reason. */
export class CenAbortError extends CenError {
  override name = 'CenAbortError';
  override readonly type = 'abort';
}

/** A schema issue found in a response (`@thecen/sdk` only). */
export interface ValidationIssue {
  path: PropertyKey[];
  message: string;
  code: string;
}

/** The response did not match its route's schema (thrown by `createClient`, never by the core client). */
export class CenValidationError extends CenError {
  override name = 'CenValidationError';
  override readonly type = 'validation';
  /** The schema issues, paths relative to the response body. */
  issues: ValidationIssue[] = [];
}

/** Parses `Retry-After` (seconds or an HTTP date) into seconds. */
function parseRetryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  const seconds = /^\d+$/.test(value) ? +value : (Date.parse(value) - Date.now()) / 1000;
  return Number.isNaN(seconds) ? undefined : Math.max(0, seconds);
}

/**
 * Maps an error response to the error class of its status. Reads `application/problem+json`
 * bodies (title, detail, code, field errors, request id); other bodies become a short message.
 */
export function errorFromResponse(status: number, body: string, headers: Headers): CenError {
  let problem: Partial<Problem> = {};
  try {
    problem = Object(JSON.parse(body));
  } catch {
    // Not JSON: an HTML error page from a proxy, plain text, or nothing.
  }
  const fieldErrors = Array.isArray(problem.errors) ? problem.errors : [];
  const message =
    (problem.detail || problem.title || body.trim().slice(0, 200) || `HTTP ${status}`) +
    (fieldErrors.length ? ` (${fieldErrors.map((e) => `${e.path}: ${e.message}`).join('; ')})` : '');
  const init: CenErrorInit = {
    status,
    code: problem.code,
    requestId: problem.requestId || headers.get('x-request-id') || undefined,
    fieldErrors,
    problem: problem.title ? (problem as Problem) : undefined,
  };
  const ErrorClass =
    status === 401
      ? CenAuthenticationError
      : status === 403
        ? CenPermissionError
        : status === 404
          ? CenNotFoundError
          : status === 409
            ? problem.code === 'cart_changed'
              ? CenCartChangedError
              : CenConflictError
            : status === 429
              ? CenRateLimitError
              : status < 500
                ? CenInvalidRequestError
                : CenApiError;
  const error = new ErrorClass(message, init);
  if (error instanceof CenRateLimitError) error.retryAfter = parseRetryAfter(headers.get('retry-after'));
  if (error instanceof CenCartChangedError) error.quote = (problem as { quote?: CartQuote }).quote!;
  return error;
}
