/**
 * The one HTTP client of the payment-provider adapters: JSON over `fetch`, a timeout per attempt,
 * and capped exponential backoff with jitter on connection failures, timeouts, 429 and 5xx.
 * Adapters decide what a failure means for their provider; this file only reports it.
 */

export interface ProviderHttpOptions {
  /** Origin of the provider's API, e.g. `https://api.tosspayments.com`. */
  baseUrl: string;
  /** Headers sent with every request (authorization). */
  headers: Record<string, string>;
  /** Defaults to the global `fetch`, looked up at call time (so test interceptors apply). */
  fetch?: typeof fetch | undefined;
  /** Time limit of one attempt. */
  timeoutMs: number;
  /** Attempts after the first one. */
  maxRetries: number;
  /** Base of the exponential backoff between attempts (0 in tests). */
  retryDelayMs: number;
  /** Upper bound of one wait between attempts, also for `Retry-After`. */
  maxRetryDelayMs?: number;
}

export interface ProviderRequest {
  method: 'GET' | 'POST';
  /** Path and query, starting with `/`. */
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
  /**
   * Whether a response with this status and body is worth another attempt. Defaults to 429 and
   * 5xx. Connection failures and timeouts are always retried.
   */
  retryOn?: (status: number, body: unknown) => boolean;
}

export type ProviderResponse =
  | { kind: 'ok'; status: number; body: unknown; attempts: number }
  | { kind: 'http_error'; status: number; body: unknown; attempts: number }
  /** No answer: the connection failed or every attempt timed out. */
  | { kind: 'unreachable'; reason: 'timeout' | 'network'; message: string; attempts: number };

/**
 * Thrown by adapters when a webhook cannot be checked because the provider could not be asked
 * (it is not a verdict on the webhook): the server answers 503 so that the provider sends it again.
 */
export class PaymentProviderUnavailableError extends Error {
  override name = 'PaymentProviderUnavailableError';
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

export interface ProviderHttpClient {
  request(request: ProviderRequest): Promise<ProviderResponse>;
}

const DEFAULT_MAX_RETRY_DELAY_MS = 2_000;

function defaultRetryOn(status: number): boolean {
  return status === 429 || status >= 500;
}

export function createProviderHttpClient(options: ProviderHttpOptions): ProviderHttpClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const maxRetryDelayMs = options.maxRetryDelayMs ?? DEFAULT_MAX_RETRY_DELAY_MS;
  const doFetch: typeof fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  async function attempt(request: ProviderRequest): Promise<ProviderResponse & { retryAfterMs?: number }> {
    const headers: Record<string, string> = { accept: 'application/json', ...options.headers, ...request.headers };
    let body: string | undefined;
    if (request.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(request.body);
    }
    let response: Response;
    let text: string;
    // A referenced timer (unlike AbortSignal.timeout) keeps the process alive until it fires.
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new DOMException(`no answer within ${options.timeoutMs} ms`, 'TimeoutError'));
    }, options.timeoutMs);
    try {
      response = await doFetch(`${baseUrl}${request.path}`, {
        method: request.method,
        headers,
        body,
        signal: controller.signal,
      });
      text = await response.text();
    } catch (error) {
      return {
        kind: 'unreachable',
        reason: timedOut ? 'timeout' : 'network',
        message: timedOut
          ? `no answer within ${options.timeoutMs} ms`
          : error instanceof Error
            ? error.message
            : String(error),
        attempts: 1,
      };
    } finally {
      clearTimeout(timer);
    }
    const parsed = parseBody(text);
    if (response.ok) return { kind: 'ok', status: response.status, body: parsed, attempts: 1 };
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
    return {
      kind: 'http_error',
      status: response.status,
      body: parsed,
      attempts: 1,
      ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
    };
  }

  return {
    async request(request) {
      const retryOn = request.retryOn ?? defaultRetryOn;
      for (let attemptNumber = 1; ; attemptNumber++) {
        const { retryAfterMs, ...result } = await attempt(request);
        result.attempts = attemptNumber;
        const retryable =
          result.kind === 'unreachable' || (result.kind === 'http_error' && retryOn(result.status, result.body));
        if (!retryable || attemptNumber > options.maxRetries) return result;
        await sleep(Math.min(retryAfterMs ?? backoff(options.retryDelayMs, attemptNumber), maxRetryDelayMs));
      }
    },
  };
}

function parseBody(text: string): unknown {
  if (text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function parseRetryAfter(value: string | null): number | undefined {
  if (value === null) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/** Full jitter over `base × 2^(n-1)`. */
function backoff(baseMs: number, attemptNumber: number): number {
  return Math.random() * baseMs * 2 ** (attemptNumber - 1);
}

function sleep(ms: number): Promise<void> {
  return ms <= 0 ? Promise.resolve() : new Promise((resolve) => setTimeout(resolve, ms));
}

/** Reads a string field of an unknown JSON object. */
export function stringField(value: unknown, key: string): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const field = (value as Record<string, unknown>)[key];
  return typeof field === 'string' ? field : undefined;
}
