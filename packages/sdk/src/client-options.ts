import type { RouteName } from '@thecen/schema/browser';

export interface ClientOptions {
  /** Origin (and optional path prefix) of the API, e.g. `http://localhost:8787`. */
  baseUrl: string;
  /**
   * The channel's publishable key, `pk_test_…` or `pk_live_…`: catalog, cart, checkout, the
   * buyer's order routes, availability, holds, inquiries, the buyer's booking routes and a creator's
   * statement by token. Required unless `secretKey` is given.
   */
  publishableKey?: string;
  /**
   * The channel's secret key, `sk_…`, for the server-only routes (`orders.retrieve`,
   * `orders.refund`, `orders.updateFulfilment`, the partner's booking routes: `bookings.retrieve`,
   * `bookings.quote`, `bookings.cancelAsPartner`, `bookings.start`, `bookings.complete`,
   * `bookings.markNoShow`, and the commission statements: `marketCreators.statement`,
   * `contentCreators.statement`, `statements.createToken`).
   * Never in a browser: the client refuses it where `document` exists.
   */
  secretKey?: string;
  /** The fetch to use; defaults to `globalThis.fetch`, looked up at each call. */
  fetch?: typeof fetch;
  /** Language of messages in error responses, sent as `Accept-Language`. */
  locale?: 'ko' | 'en';
  /** Time limit of one attempt in milliseconds; default 10 000. */
  timeoutMs?: number;
  /** How many times a failed read (or keyed write) is retried; default 2. */
  maxRetries?: number;
  /** Checks and returns a response body; `createClient` injects the schema check, the core client passes bodies through. */
  validate?: (route: RouteName, data: unknown) => unknown;
  /** Replaces the backoff timer (tests). Default: a real timer. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Replaces `Math.random` for backoff jitter (tests). */
  random?: () => number;
}

/** Per-call options of every client method. */
export interface RequestOptions {
  /** Aborts the call, also while it waits to retry; it then rejects with `CenAbortError`. */
  signal?: AbortSignal;
  /** Overrides the client's `timeoutMs` for this call. */
  timeoutMs?: number;
  /** Overrides the client's `maxRetries` for this call. */
  maxRetries?: number;
}

/** Per-call options of a write that takes an `Idempotency-Key`. */
export interface IdempotentRequestOptions extends RequestOptions {
  /**
   * The `Idempotency-Key` to send. Default: a new random key per call, reused by that call's
   * retries. Pass your own (and keep it, e.g. in `sessionStorage`) to retry a call yourself,
   * after a reload, without it taking effect twice.
   */
  idempotencyKey?: string;
}
