import { CenApiError, CenConnectionError, CenRateLimitError, CenTimeoutError } from '../errors.js';

/** First backoff ceiling; doubles per retry up to `MAX_RETRY_DELAY_MS`. */
export const BASE_RETRY_DELAY_MS = 500;
export const MAX_RETRY_DELAY_MS = 8_000;
/** A `Retry-After` longer than this is not waited for: the error is thrown instead. */
export const MAX_RETRY_AFTER_SECONDS = 60;

/**
 * How long to wait before retrying after `error`, or `undefined` when it must not be retried.
 * Retried: connection failures, timeouts, 5xx and 429 (honouring `Retry-After`). Never other 4xx,
 * aborts or invalid responses. Backoff is capped exponential with full jitter.
 */
export function retryDelay(error: unknown, retries: number, random: () => number): number | undefined {
  if (error instanceof CenRateLimitError) {
    const after = error.retryAfter;
    if (after !== undefined) return after <= MAX_RETRY_AFTER_SECONDS ? after * 1000 : undefined;
  } else if (
    !(error instanceof CenConnectionError || error instanceof CenTimeoutError || (error instanceof CenApiError && error.status! >= 500))
  ) {
    return undefined;
  }
  return random() * Math.min(MAX_RETRY_DELAY_MS, BASE_RETRY_DELAY_MS * 2 ** retries);
}
