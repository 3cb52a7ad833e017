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

/** Every code the mocks answer with: the catalog's, the checkout's, the bookings' and fulfilment's. */
export type ProblemCode = CatalogProblemCode | CheckoutProblemCode | BookingProblemCode | FulfilmentProblemCode;

const TITLES: Readonly<Record<ProblemCode, string>> = { ...PROBLEM_TITLES, ...BOOKING_PROBLEM_TITLES, ...FULFILMENT_PROBLEM_TITLES };

export interface ProblemOptions {
  detail?: string;
  errors?: FieldError[];
  instance?: string;
  headers?: Record<string, string>;
  /** Extension members (RFC 9457 §3.2), e.g. the `quote` of a `cart_changed` problem. */
  extensions?: Record<string, unknown>;
}

/** Builds an RFC 9457 problem body. */
export function problemBody(status: number, code: ProblemCode, options: ProblemOptions = {}): Problem {
  const problem: Problem = { type: `${PROBLEM_TYPE_BASE}${code}`, title: TITLES[code], status, code };
  if (options.detail !== undefined) problem.detail = options.detail;
  if (options.instance !== undefined) problem.instance = options.instance;
  if (options.errors !== undefined) problem.errors = options.errors;
  return { ...options.extensions, ...problem };
}

/** An `application/problem+json` response (a plain `Response`, usable with or without msw). */
export function problemResponse(status: number, code: ProblemCode, options: ProblemOptions = {}): Response {
  return new Response(JSON.stringify(problemBody(status, code, options)), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...options.headers },
  });
}

export function validationProblem(errors: FieldError[], instance?: string): Response {
  const options: ProblemOptions = { errors, detail: errors.map((e) => `${e.path} ${e.message}`).join('; ') };
  if (instance !== undefined) options.instance = instance;
  return problemResponse(400, 'validation_failed', options);
}

export function notFoundProblem(detail: string, instance?: string): Response {
  return problemResponse(404, 'not_found', instance === undefined ? { detail } : { detail, instance });
}

/** A secret-key route refused: no key, a key in the URL, a browser's request, or an unknown key. */
export function secretKeyProblem(detail: string): Response {
  return problemResponse(401, 'unauthorized', { detail, headers: { 'WWW-Authenticate': 'Bearer realm="thecen-secret"' } });
}

export function unauthorizedProblem(): Response {
  return problemResponse(401, 'unauthorized', {
    detail: 'Send a known publishable key as the `key` query parameter or as `Authorization: Bearer pk_…`.',
    headers: { 'WWW-Authenticate': 'Bearer' },
  });
}
