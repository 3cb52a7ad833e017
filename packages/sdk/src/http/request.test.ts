import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createCoreClient } from '../create-client.js';
import {
  CenAbortError,
  CenApiError,
  CenConnectionError,
  CenInvalidRequestError,
  CenNotFoundError,
  CenRateLimitError,
  CenTimeoutError,
} from '../errors.js';
import { BASE_URL, TEST_KEY, batch, fakeFetch, hang, json, page, problem, product } from '../testing/fake-fetch.js';
import { createRequester } from './request.js';

/** A client whose backoff waits are recorded instead of slept; jitter always takes the full delay. */
function setup(handler: Parameters<typeof fakeFetch>[0], options: { maxRetries?: number; timeoutMs?: number; locale?: 'ko' | 'en' } = {}) {
  const fake = fakeFetch(handler);
  const delays: number[] = [];
  const client = createCoreClient({
    baseUrl: BASE_URL,
    publishableKey: TEST_KEY,
    fetch: fake.fetch,
    sleep: async (ms) => {
      delays.push(ms);
    },
    random: () => 1,
    ...options,
  });
  return { client, calls: fake.calls, delays };
}

test('a list GET serialises its query, skips undefined values and sends the key as a query parameter', async () => {
  const { client, calls } = setup(() => json(page([])));
  await client.products.list({ category: 'food', q: '우리 밀', tag: undefined, minPrice: 1000, limit: 12 });
  assert.equal(calls.length, 1);
  const [call] = calls;
  assert.equal(call!.method, 'GET');
  assert.equal(call!.url.origin + call!.url.pathname, 'http://localhost:8787/v1/products');
  assert.deepEqual([...call!.url.searchParams], [
    ['category', 'food'],
    ['q', '우리 밀'],
    ['minPrice', '1000'],
    ['limit', '12'],
    ['key', TEST_KEY],
  ]);
  assert.equal(call!.body, undefined);
});

test('GETs carry no custom header (no CORS preflight); Accept-Language only with a locale', async () => {
  const plain = setup(() => json(product()));
  await plain.client.products.retrieve('prd_wooriwheat01');
  assert.deepEqual([...plain.calls[0]!.headers.keys()], []);

  const korean = setup(() => json(product()), { locale: 'ko' });
  await korean.client.products.retrieve('prd_wooriwheat01');
  assert.deepEqual([...korean.calls[0]!.headers], [['accept-language', 'ko']]);
});

test('path parameters are encoded and a base URL path prefix is kept', async () => {
  const fake = fakeFetch(() => json({}));
  const client = createCoreClient({ baseUrl: 'http://localhost:8787/api/', publishableKey: TEST_KEY, fetch: fake.fetch });
  await client.partners.retrieve('pa_a/b?c');
  await client.services.retrieve('svc_neulbomcare01');
  assert.equal(fake.calls[0]!.url.pathname, '/api/v1/partners/pa_a%2Fb%3Fc');
  assert.equal(fake.calls[0]!.url.searchParams.get('key'), TEST_KEY);
  assert.equal(fake.calls[1]!.url.pathname, '/api/v1/services/svc_neulbomcare01');
});

test('retrieveMany sends comma-separated ids, 100 per request, and merges the batches', async () => {
  const { client, calls } = setup(({ url }) => {
    const ids = url.searchParams.get('ids')!.split(',');
    return json(batch(ids.filter((id) => !id.endsWith('7')).map((id) => product(id)), ids.filter((id) => id.endsWith('7'))));
  });
  const two = await client.products.retrieveMany(['prd_aaaa1', 'prd_bbbb2', 'prd_aaaa1']);
  assert.equal(calls[0]!.url.pathname, '/v1/products/batch');
  assert.equal(calls[0]!.url.searchParams.get('ids'), 'prd_aaaa1,prd_bbbb2');
  assert.deepEqual(two.data.map((p) => p.id), ['prd_aaaa1', 'prd_bbbb2']);

  const ids = Array.from({ length: 150 }, (_, i) => `prd_item${i}`);
  const many = await client.products.retrieveMany(ids);
  assert.equal(calls.length, 3);
  assert.equal(calls[1]!.url.searchParams.get('ids')!.split(',').length, 100);
  assert.equal(calls[2]!.url.searchParams.get('ids')!.split(',').length, 50);
  assert.equal(many.object, 'batch');
  assert.deepEqual(many.data.map((p) => p.id), ids.filter((id) => !id.endsWith('7')));
  assert.deepEqual(many.missing, ids.filter((id) => id.endsWith('7')));

  const none = await client.products.retrieveMany([]);
  assert.deepEqual(none, { object: 'batch', data: [], missing: [] });
  assert.equal(calls.length, 3, 'no request for no ids');
});

test('error responses reject with the typed error and its field errors', async () => {
  const { client } = setup(() =>
    problem(400, 'validation_failed', 'Invalid query', {
      errors: [{ path: 'query.minPrice', message: 'must be a number of won', code: 'invalid_type' }],
    }),
  );
  await assert.rejects(client.products.list({ minPrice: 'lots' }), (error: unknown) => {
    assert.ok(error instanceof CenInvalidRequestError);
    assert.equal(error.status, 400);
    assert.equal(error.code, 'validation_failed');
    assert.equal(error.requestId, 'req_validation_failed');
    assert.deepEqual(error.fieldErrors, [{ path: 'query.minPrice', message: 'must be a number of won', code: 'invalid_type' }]);
    return true;
  });
});

test('a 2xx body that is not JSON rejects with CenApiError', async () => {
  const { client, calls } = setup(() => new Response('<html>hello</html>', { status: 200 }));
  await assert.rejects(client.products.retrieve('prd_wooriwheat01'), CenApiError);
  assert.equal(calls.length, 1);
});

test('a 5xx is retried with backoff, then the success is returned', async () => {
  const { client, calls, delays } = setup((_, i) => (i === 0 ? problem(503, 'internal', 'Unavailable') : json(product())));
  const result = await client.products.retrieve('prd_wooriwheat01');
  assert.equal(result.id, 'prd_wooriwheat01');
  assert.equal(calls.length, 2);
  assert.deepEqual(delays, [500]);
});

test('a 429 is retried after its Retry-After', async () => {
  const { client, calls, delays } = setup((_, i) =>
    i === 0 ? json({ title: 'Slow down', status: 429, code: 'rate_limited' }, 429, { 'retry-after': '3' }) : json(product()),
  );
  await client.products.retrieve('prd_wooriwheat01');
  assert.equal(calls.length, 2);
  assert.deepEqual(delays, [3000]);
});

test('a 429 asking for more than a minute is not waited for', async () => {
  const { client, calls, delays } = setup(() => json({ title: 'Slow down', status: 429, code: 'rate_limited' }, 429, { 'retry-after': '3600' }));
  await assert.rejects(client.products.retrieve('prd_wooriwheat01'), (error: unknown) => {
    assert.ok(error instanceof CenRateLimitError);
    assert.equal(error.retryAfter, 3600);
    return true;
  });
  assert.equal(calls.length, 1);
  assert.deepEqual(delays, []);
});

test('400 and 404 are never retried', async () => {
  for (const [status, ErrorClass] of [
    [400, CenInvalidRequestError],
    [404, CenNotFoundError],
  ] as const) {
    const { client, calls, delays } = setup(() => problem(status, 'x', 'No'));
    await assert.rejects(client.products.retrieve('prd_wooriwheat01'), ErrorClass);
    assert.equal(calls.length, 1, `${status} is not retried`);
    assert.deepEqual(delays, []);
  }
});

test('maxRetries is respected: default 2, per client and per call', async () => {
  const always500 = () => problem(500, 'internal', 'Boom');

  const byDefault = setup(always500);
  await assert.rejects(byDefault.client.products.retrieve('prd_wooriwheat01'), CenApiError);
  assert.equal(byDefault.calls.length, 3);
  assert.deepEqual(byDefault.delays, [500, 1000]);

  const perClient = setup(always500, { maxRetries: 5 });
  await assert.rejects(perClient.client.products.retrieve('prd_wooriwheat01'), CenApiError);
  assert.equal(perClient.calls.length, 6);
  assert.deepEqual(perClient.delays, [500, 1000, 2000, 4000, 8000], 'exponential, capped at 8 s');

  const perCall = setup(always500);
  await assert.rejects(perCall.client.products.retrieve('prd_wooriwheat01', { maxRetries: 0 }), CenApiError);
  assert.equal(perCall.calls.length, 1);
});

test('a network failure is retried and ends as CenConnectionError with its cause', async () => {
  const failure = new TypeError('fetch failed');
  const { client, calls } = setup(() => {
    throw failure;
  });
  await assert.rejects(client.products.retrieve('prd_wooriwheat01'), (error: unknown) => {
    assert.ok(error instanceof CenConnectionError);
    assert.equal(error.cause, failure);
    return true;
  });
  assert.equal(calls.length, 3);
});

test('an attempt that exceeds timeoutMs rejects with CenTimeoutError, and is retried', async () => {
  const once = setup(() => hang(), { timeoutMs: 5, maxRetries: 0 });
  await assert.rejects(once.client.products.retrieve('prd_wooriwheat01'), CenTimeoutError);
  assert.equal(once.calls[0]!.signal?.aborted, true, 'the attempt was aborted');

  const retried = setup((_, i) => (i === 0 ? hang() : json(product())), { timeoutMs: 50 });
  const result = await retried.client.products.retrieve('prd_wooriwheat01');
  assert.equal(result.id, 'prd_wooriwheat01');
  assert.equal(retried.calls.length, 2);

  const perCall = setup(() => hang());
  await assert.rejects(perCall.client.products.retrieve('prd_wooriwheat01', { timeoutMs: 5, maxRetries: 0 }), CenTimeoutError);
});

test('a signal aborted before the call rejects with CenAbortError without fetching', async () => {
  const { client, calls } = setup(() => json(product()));
  const controller = new AbortController();
  controller.abort(new Error('left the page'));
  await assert.rejects(client.products.retrieve('prd_wooriwheat01', { signal: controller.signal }), (error: unknown) => {
    assert.ok(error instanceof CenAbortError);
    assert.equal((error.cause as Error).message, 'left the page');
    return true;
  });
  assert.equal(calls.length, 0);
});

test('aborting during a request stops it and rejects with CenAbortError, without retrying', async () => {
  const controller = new AbortController();
  const { client, calls } = setup(() => {
    queueMicrotask(() => controller.abort());
    return hang();
  });
  await assert.rejects(client.products.retrieve('prd_wooriwheat01', { signal: controller.signal }), CenAbortError);
  assert.equal(calls.length, 1);
  assert.equal(calls[0]!.signal?.aborted, true, 'the fetch itself was aborted');
});

test('aborting during the backoff wait rejects at once, even when the wait never ends', async () => {
  const controller = new AbortController();
  const fake = fakeFetch(() => problem(503, 'internal', 'Unavailable'));
  let waited = 0;
  const client = createCoreClient({
    baseUrl: BASE_URL,
    publishableKey: TEST_KEY,
    fetch: fake.fetch,
    sleep: () => {
      waited++;
      controller.abort();
      return new Promise(() => {});
    },
  });
  await assert.rejects(client.products.retrieve('prd_wooriwheat01', { signal: controller.signal }), CenAbortError);
  assert.equal(waited, 1);
  assert.equal(fake.calls.length, 1);
});

test('aborting during the real backoff timer rejects and clears the timer', async () => {
  const controller = new AbortController();
  const fake = fakeFetch(() => {
    // Fires after the error response is handled, while the client waits to retry.
    setTimeout(() => controller.abort(), 0);
    return problem(503, 'internal', 'Unavailable');
  });
  const client = createCoreClient({ baseUrl: BASE_URL, publishableKey: TEST_KEY, fetch: fake.fetch, random: () => 1 });
  await assert.rejects(client.products.retrieve('prd_wooriwheat01', { signal: controller.signal }), CenAbortError);
  assert.equal(fake.calls.length, 1);
});

test('a POST sends JSON with Authorization and one Idempotency-Key reused by every retry', async () => {
  const fake = fakeFetch((_, i) => (i < 2 ? problem(500, 'internal', 'Boom') : json({ id: 'cart_1' }, 201)));
  const delays: number[] = [];
  const request = createRequester({
    baseUrl: BASE_URL,
    publishableKey: TEST_KEY,
    fetch: fake.fetch,
    sleep: async (ms) => {
      delays.push(ms);
    },
  });
  const result = await request<{ id: string }>({ method: 'POST', path: '/v1/carts', body: { items: [{ productId: 'prd_wooriwheat01', quantity: 2 }] } });
  assert.deepEqual(result, { id: 'cart_1' });
  assert.equal(fake.calls.length, 3);
  const keys = fake.calls.map((call) => call.headers.get('idempotency-key'));
  assert.match(keys[0]!, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.deepEqual(keys, [keys[0], keys[0], keys[0]]);
  for (const call of fake.calls) {
    assert.equal(call.method, 'POST');
    assert.equal(call.headers.get('authorization'), `Bearer ${TEST_KEY}`);
    assert.equal(call.headers.get('content-type'), 'application/json');
    assert.equal(call.body, '{"items":[{"productId":"prd_wooriwheat01","quantity":2}]}');
    // The key is in the URL too: a browser's CORS preflight carries no headers, and the server
    // finds the channel (and its allowed origins) of a preflight by the `key` parameter.
    assert.equal(call.url.search, `?key=${TEST_KEY}`);
  }
  assert.equal(delays.length, 2);

  // A second call gets a new key.
  await request({ method: 'POST', path: '/v1/carts', body: {} });
  assert.notEqual(fake.calls[3]!.headers.get('idempotency-key'), keys[0]);
});

test('a POST keeps a given Idempotency-Key, and without one it is never retried', async () => {
  const fake = fakeFetch(() => problem(500, 'internal', 'Boom'));
  const request = createRequester({ baseUrl: BASE_URL, publishableKey: TEST_KEY, fetch: fake.fetch, sleep: async () => {} });
  await assert.rejects(request({ method: 'POST', path: '/v1/carts', body: {}, idempotencyKey: 'order-42' }), CenApiError);
  assert.deepEqual(
    fake.calls.map((call) => call.headers.get('idempotency-key')),
    ['order-42', 'order-42', 'order-42'],
  );

  await assert.rejects(request({ method: 'POST', path: '/v1/carts', body: {}, idempotencyKey: false }), CenApiError);
  assert.equal(fake.calls.length, 4, 'one attempt only');
  assert.equal(fake.calls[3]!.headers.get('idempotency-key'), null);
});
