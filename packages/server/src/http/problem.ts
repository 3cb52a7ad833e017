import {
  BOOKING_PROBLEM_TITLES,
  FULFILMENT_PROBLEM_TITLES,
  PROBLEM_TITLES,
  PROBLEM_TYPE_BASE,
  type BookingProblemCode,
  type CheckoutProblemCode,
  type FieldError,
  type FulfilmentProblemCode,
  type Problem,
  type ProblemCode as CatalogProblemCode,
} from '@thecen/schema';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from './app-env.js';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
/** Longer request paths are not echoed back in `instance`. */
const MAX_INSTANCE_LENGTH = 300;

/** Every code the server answers with: the catalog's, the checkout's, the bookings' and fulfilment's. */
export type ProblemCode = CatalogProblemCode | CheckoutProblemCode | BookingProblemCode | FulfilmentProblemCode;

const TITLES: Readonly<Record<ProblemCode, string>> = { ...PROBLEM_TITLES, ...BOOKING_PROBLEM_TITLES, ...FULFILMENT_PROBLEM_TITLES };

export interface ProblemOptions {
  errors?: FieldError[] | undefined;
  headers?: Record<string, string> | undefined;
  /** Extension members (RFC 9457 §3.2), e.g. `quote` of a `cart_changed` problem. */
  extensions?: Record<string, unknown> | undefined;
}

/** A problem a handler or middleware throws; the app's error handler answers it. */
export class ProblemError extends Error {
  readonly status: ContentfulStatusCode;
  readonly code: ProblemCode;
  readonly errors: FieldError[] | undefined;
  readonly headers: Record<string, string>;
  readonly extensions: Record<string, unknown> | undefined;

  constructor(status: ContentfulStatusCode, code: ProblemCode, detail?: string, options: ProblemOptions = {}) {
    super(detail ?? TITLES[code]);
    this.name = 'ProblemError';
    this.status = status;
    this.code = code;
    this.errors = options.errors;
    this.headers = options.headers ?? {};
    this.extensions = options.extensions;
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
  options: ProblemOptions = {},
): Response {
  const body: Problem & Record<string, unknown> = {
    ...options.extensions,
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
  return problemResponse(c, error.status, error.code, error.message, { errors: error.errors, headers: error.headers, extensions: error.extensions });
}
