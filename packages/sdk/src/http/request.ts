import { PUBLISHABLE_KEY_PARAM, type CartQuote, type RouteName } from '@thecen/schema/browser';
import type { ClientOptions, RequestOptions } from '../client-options.js';
import {
  CenApiError,
  CenAuthenticationError,
  CenCartChangedError,
  CenConnectionError,
  CenTimeoutError,
  errorFromResponse,
} from '../errors.js';
import { abortError, onAbort, raceAbort, sleep as realSleep } from './abort.js';
import { newIdempotencyKey } from './idempotency-key.js';
import { retryDelay } from './retry.js';

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_RETRIES = 2;

/** One API call as the resources describe it. */
export interface ApiRequest {
  /** Route whose response schema `validate` applies; no validation without it. */
  route?: RouteName;
  /** Default `GET`. */
  method?: string;
  /** Path with its parameters already filled in (`buildPath`). */
  path: string;
  /** Query parameters; `undefined` and `null` values are skipped, arrays are joined with commas. */
  query?: Record<string, unknown>;
  /** JSON body of a write. */
  body?: unknown;
  /**
   * Writes get an `Idempotency-Key`, generated once per call and reused by its retries; pass one
   * to pick it, or `false` to send none (the write is then never retried).
   */
  idempotencyKey?: string | false;
  /** A POST that changes nothing (a quote): sent without an `Idempotency-Key`, retried like a read. */
  safe?: boolean;
  /**
   * `publishable` (default): the publishable key, as the `key` query parameter (also on writes, so
   * that a browser's CORS preflight, which carries no headers, names the channel) and, on writes,
   * as `Authorization: Bearer pk_…`. `secret`: `Authorization: Bearer sk_…` only, never in the URL.
   */
  auth?: 'publishable' | 'secret';
}

export type Requester = <T>(request: ApiRequest, options?: RequestOptions) => Promise<T>;

/**
 * Builds the function every resource calls: URL and headers, one `fetch` per attempt with its own
 * timeout, typed errors, retries with backoff, and the response check.
 */
export function createRequester(options: ClientOptions): Requester {
  const { publishableKey, secretKey, locale, validate = (_route, data) => data, sleep = realSleep, random = Math.random } = options;
  const fetchFn = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const baseUrl = options.baseUrl.replace(/\/+$/, '');

  return async <T>(
    { route, method = 'GET', path, query = {}, body, idempotencyKey, safe, auth = 'publishable' }: ApiRequest,
    {
      signal,
      timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES,
    }: RequestOptions = {},
  ): Promise<T> => {
    const key = auth === 'secret' ? secretKey : publishableKey;
    if (!key) throw new CenAuthenticationError(`This call needs the ${auth === 'secret' ? 'secretKey (servers only)' : 'publishableKey'} option.`);
    const url = new URL(baseUrl + path);
    // Arrays become comma-separated lists through String().
    for (const [name, value] of Object.entries(query)) if (value != null) url.searchParams.set(name, String(value));
    // Accept-Language is CORS-safelisted: browser GETs stay simple requests without a preflight.
    const headers: Record<string, string> = locale ? { 'Accept-Language': locale } : {};
    if (auth !== 'secret') url.searchParams.set(PUBLISHABLE_KEY_PARAM, key);
    if (auth === 'secret' || method !== 'GET') headers.Authorization = `Bearer ${key}`;
    if (method !== 'GET') {
      if (!safe) {
        idempotencyKey ??= newIdempotencyKey();
        if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;
        // A write without an idempotency key could be applied twice: never retry it.
        else maxRetries = 0;
      }
      if (body !== undefined) headers['Content-Type'] = 'application/json';
    }
    const init: RequestInit = { method, headers, body: JSON.stringify(body) };

    for (let retries = 0; ; retries++) {
      try {
        if (signal?.aborted) throw abortError(signal);
        const controller = new AbortController();
        let timedOut = false;
        const timer = setTimeout(() => {
          timedOut = true;
          controller.abort();
        }, timeoutMs);
        const off = onAbort(signal, () => controller.abort());
        let response: Response;
        let text: string;
        try {
          response = await fetchFn(url, { ...init, signal: controller.signal });
          text = await response.text();
        } catch (cause) {
          throw signal?.aborted
            ? abortError(signal)
            : timedOut
              ? new CenTimeoutError(`No response within ${timeoutMs} ms`, { cause })
              : new CenConnectionError(`Could not reach ${baseUrl}`, { cause });
        } finally {
          clearTimeout(timer);
          off();
        }
        if (!response.ok) {
          const error = errorFromResponse(response.status, text, response.headers);
          if (error instanceof CenCartChangedError) error.quote = validate('quoteCart', error.quote) as CartQuote;
          throw error;
        }
        let data: unknown;
        try {
          data = text ? JSON.parse(text) : undefined;
        } catch (cause) {
          throw new CenApiError('The response is not JSON', { status: response.status, cause });
        }
        return (route ? validate(route, data) : data) as T;
      } catch (error) {
        const delay = retries < maxRetries ? retryDelay(error, retries, random) : undefined;
        if (delay === undefined) throw error;
        await raceAbort(sleep(delay, signal), signal, () => abortError(signal));
      }
    }
  };
}
