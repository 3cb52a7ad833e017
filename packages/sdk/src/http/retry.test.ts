import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CenAbortError,
  CenApiError,
  CenConflictError,
  CenConnectionError,
  CenInvalidRequestError,
  CenRateLimitError,
  CenTimeoutError,
  CenValidationError,
} from '../errors.js';
import { retryDelay } from './retry.js';

test('connection errors, timeouts, 5xx and 429 are retried; other errors are not', () => {
  const full = () => 1;
  assert.equal(retryDelay(new CenConnectionError('down'), 0, full), 500);
  assert.equal(retryDelay(new CenTimeoutError('slow'), 0, full), 500);
  assert.equal(retryDelay(new CenApiError('boom', { status: 502 }), 0, full), 500);
  assert.equal(retryDelay(new CenRateLimitError('slow down', { status: 429 }), 1, full), 1000, 'no Retry-After: backoff');
  for (const error of [
    new CenInvalidRequestError('bad', { status: 400 }),
    new CenConflictError('conflict', { status: 409 }),
    new CenAbortError('aborted'),
    new CenValidationError('wrong shape'),
    new CenApiError('not JSON', { status: 200 }),
    new TypeError('a bug'),
  ]) {
    assert.equal(retryDelay(error, 0, full), undefined, error.message);
  }
});

test('backoff is exponential, capped at 8 s, with full jitter', () => {
  const api = new CenApiError('boom', { status: 500 });
  assert.deepEqual(
    [0, 1, 2, 3, 4, 5, 10].map((retries) => retryDelay(api, retries, () => 1)),
    [500, 1000, 2000, 4000, 8000, 8000, 8000],
  );
  assert.equal(retryDelay(api, 3, () => 0), 0);
  assert.equal(retryDelay(api, 3, () => 0.25), 1000);
});

test('Retry-After is honoured up to 60 seconds', () => {
  const limited = (seconds: number) => Object.assign(new CenRateLimitError('slow down', { status: 429 }), { retryAfter: seconds });
  assert.equal(retryDelay(limited(0), 0, () => 1), 0);
  assert.equal(retryDelay(limited(2.5), 0, () => 1), 2500);
  assert.equal(retryDelay(limited(60), 0, () => 1), 60_000);
  assert.equal(retryDelay(limited(61), 0, () => 1), undefined);
});
