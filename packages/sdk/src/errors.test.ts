import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CenApiError,
  CenAuthenticationError,
  CenConflictError,
  CenError,
  CenInvalidRequestError,
  CenNotFoundError,
  CenPermissionError,
  CenRateLimitError,
  errorFromResponse,
} from './errors.js';

const problemBody = (status: number, code: string, extra: object = {}) =>
  JSON.stringify({ type: `https://docs.thecen.kr/problems/${code}`, title: `title of ${code}`, status, code, ...extra });

test('each status maps to its error class, type and name', () => {
  const cases = [
    [400, CenInvalidRequestError, 'invalid_request', 'CenInvalidRequestError'],
    [401, CenAuthenticationError, 'authentication', 'CenAuthenticationError'],
    [403, CenPermissionError, 'permission', 'CenPermissionError'],
    [404, CenNotFoundError, 'not_found', 'CenNotFoundError'],
    [409, CenConflictError, 'conflict', 'CenConflictError'],
    [413, CenInvalidRequestError, 'invalid_request', 'CenInvalidRequestError'],
    [429, CenRateLimitError, 'rate_limit', 'CenRateLimitError'],
    [500, CenApiError, 'api', 'CenApiError'],
    [503, CenApiError, 'api', 'CenApiError'],
  ] as const;
  for (const [status, ErrorClass, type, name] of cases) {
    const error = errorFromResponse(status, problemBody(status, 'some_code'), new Headers());
    assert.ok(error instanceof ErrorClass, `${status} → ${name}`);
    assert.ok(error instanceof CenError);
    assert.ok(error instanceof Error);
    assert.equal(error.type, type);
    assert.equal(error.name, name);
    assert.equal(error.status, status);
    assert.equal(error.code, 'some_code');
    assert.equal(error.problem?.title, 'title of some_code');
    assert.match(String(error.stack), new RegExp(`^${name}: `));
  }
});

test('a validation problem carries its field errors, also in the message', () => {
  const body = problemBody(400, 'validation_failed', {
    detail: 'The query is invalid.',
    requestId: 'req_123',
    errors: [
      { path: 'query.minPrice', message: 'must be a number of won', code: 'invalid_type' },
      { path: 'query.sort', message: 'must be one of newest, price_asc', code: 'invalid_value' },
    ],
  });
  const error = errorFromResponse(400, body, new Headers({ 'x-request-id': 'req_from_header' }));
  assert.ok(error instanceof CenInvalidRequestError);
  assert.equal(error.code, 'validation_failed');
  assert.equal(error.requestId, 'req_123', 'the problem body wins over the header');
  assert.deepEqual(
    error.fieldErrors.map((e) => e.path),
    ['query.minPrice', 'query.sort'],
  );
  assert.equal(
    error.message,
    'The query is invalid. (query.minPrice: must be a number of won; query.sort: must be one of newest, price_asc)',
  );
});

test('a non-JSON error body still gives a useful error', () => {
  const html = errorFromResponse(502, '  Bad gateway from the proxy  ', new Headers({ 'x-request-id': 'req_9' }));
  assert.ok(html instanceof CenApiError);
  assert.equal(html.message, 'Bad gateway from the proxy');
  assert.equal(html.requestId, 'req_9');
  assert.deepEqual(html.fieldErrors, []);
  assert.equal(html.problem, undefined);

  const empty = errorFromResponse(503, '', new Headers());
  assert.equal(empty.message, 'HTTP 503');
  assert.equal(empty.code, undefined);

  const long = errorFromResponse(500, 'x'.repeat(5000), new Headers());
  assert.equal(long.message.length, 200);

  const jsonString = errorFromResponse(404, '"nope"', new Headers());
  assert.ok(jsonString instanceof CenNotFoundError);
  assert.equal(jsonString.message, '"nope"');
});

test('429 reads Retry-After in seconds or as an HTTP date', () => {
  const seconds = errorFromResponse(429, problemBody(429, 'rate_limited'), new Headers({ 'retry-after': '7' }));
  assert.ok(seconds instanceof CenRateLimitError);
  assert.equal(seconds.retryAfter, 7);

  const date = new Date(Date.now() + 120_000).toUTCString();
  const dated = errorFromResponse(429, '', new Headers({ 'retry-after': date })) as CenRateLimitError;
  assert.ok(dated.retryAfter! > 60 && dated.retryAfter! <= 120, String(dated.retryAfter));

  const past = errorFromResponse(429, '', new Headers({ 'retry-after': 'Thu, 01 Jan 2015 00:00:00 GMT' })) as CenRateLimitError;
  assert.equal(past.retryAfter, 0);

  const none = errorFromResponse(429, '', new Headers()) as CenRateLimitError;
  assert.equal(none.retryAfter, undefined);

  const garbage = errorFromResponse(429, '', new Headers({ 'retry-after': 'soon' })) as CenRateLimitError;
  assert.equal(garbage.retryAfter, undefined);
});

test('errors can be built directly, with a cause', () => {
  const cause = new Error('socket hang up');
  const error = new CenNotFoundError('No product prd_x.', { status: 404, cause });
  assert.equal(error.cause, cause);
  assert.deepEqual(error.fieldErrors, []);
  assert.equal(error.type, 'not_found');
});
