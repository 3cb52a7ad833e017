import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createCoreClient } from './create-client.js';
import { CenAbortError, CenAuthenticationError, CenNotFoundError } from './errors.js';
import { BASE_URL, TEST_KEY, batch, fakeFetch, json, problem, product } from './testing/fake-fetch.js';

/** Answers batch requests with every asked id except those starting with `prd_missing`/`svc_missing`. */
function batchClient() {
  const fake = fakeFetch(({ url }) => {
    const ids = url.searchParams.get('ids')!.split(',');
    const missing = ids.filter((id) => id.includes('_missing'));
    return json(batch(ids.filter((id) => !missing.includes(id)).map((id) => product(id)), missing));
  });
  const client = createCoreClient({ baseUrl: BASE_URL, publishableKey: TEST_KEY, fetch: fake.fetch });
  return { client, calls: fake.calls };
}

const idsOf = (call: { url: URL }) => call.url.searchParams.get('ids')!.split(',');

test('five load() calls in the same macrotask make one batch request', async () => {
  const { client, calls } = batchClient();
  const ids = ['prd_item1', 'prd_item2', 'prd_item3', 'prd_item4'];
  const loads = ids.map((id) => client.products.load(id));
  // A call made from a promise continuation in the same macrotask joins too.
  const late = Promise.resolve().then(() => client.products.load('prd_item5'));
  const results = await Promise.all([...loads, late]);
  assert.equal(calls.length, 1);
  assert.equal(calls[0]!.url.pathname, '/v1/products/batch');
  assert.deepEqual(idsOf(calls[0]!), [...ids, 'prd_item5']);
  assert.deepEqual(results.map((p) => p.id), [...ids, 'prd_item5']);
});

test('the same id loaded twice is asked once and resolves both callers', async () => {
  const { client, calls } = batchClient();
  const [a, b] = await Promise.all([client.products.load('prd_item1'), client.products.load('prd_item1')]);
  assert.equal(a, b);
  assert.deepEqual(idsOf(calls[0]!), ['prd_item1']);
});

test('loads in later macrotasks make new requests', async () => {
  const { client, calls } = batchClient();
  await client.products.load('prd_item1');
  await client.products.load('prd_item2');
  assert.equal(calls.length, 2);
});

test('more than 100 loads are split into requests of 100 ids', async () => {
  const { client, calls } = batchClient();
  const ids = Array.from({ length: 250 }, (_, i) => `prd_item${i}`);
  const results = await Promise.all(ids.map((id) => client.products.load(id)));
  assert.deepEqual(calls.map((call) => idsOf(call).length), [100, 100, 50]);
  assert.deepEqual(results.map((p) => p.id), ids);
});

test('a missing id rejects with CenNotFoundError; the others resolve', async () => {
  const { client, calls } = batchClient();
  const found = client.products.load('prd_item1');
  const missing = client.products.load('prd_missing1');
  assert.equal((await found).id, 'prd_item1');
  await assert.rejects(missing, (error: unknown) => {
    assert.ok(error instanceof CenNotFoundError);
    assert.equal(error.status, 404);
    assert.equal(error.code, 'not_found');
    assert.match(error.message, /prd_missing1/);
    return true;
  });
  assert.equal(calls.length, 1);
});

test('a failed batch request rejects every caller with its error', async () => {
  const fake = fakeFetch(() => problem(401, 'unauthorized', 'Unknown key'));
  const client = createCoreClient({ baseUrl: BASE_URL, publishableKey: 'pk_test_unknownkey1', fetch: fake.fetch });
  const results = await Promise.allSettled([client.products.load('prd_item1'), client.products.load('prd_item2')]);
  for (const result of results) {
    assert.equal(result.status, 'rejected');
    assert.ok((result as PromiseRejectedResult).reason instanceof CenAuthenticationError);
  }
  assert.equal(fake.calls.length, 1);
});

test("a caller's signal rejects only that caller", async () => {
  const { client, calls } = batchClient();
  const controller = new AbortController();
  const aborted = client.products.load('prd_item1', { signal: controller.signal });
  const other = client.products.load('prd_item2');
  controller.abort();
  await assert.rejects(aborted, CenAbortError);
  assert.equal((await other).id, 'prd_item2');
  assert.equal(calls.length, 1);

  const already = AbortSignal.abort();
  await assert.rejects(client.products.load('prd_item3', { signal: already }), CenAbortError);
});

test('services.load batches on the services route, apart from products', async () => {
  const { client, calls } = batchClient();
  await Promise.all([client.services.load('svc_item1'), client.services.load('svc_item2'), client.products.load('prd_item1')]);
  assert.deepEqual(
    calls.map((call) => [call.url.pathname, idsOf(call)]),
    [
      ['/v1/services/batch', ['svc_item1', 'svc_item2']],
      ['/v1/products/batch', ['prd_item1']],
    ],
  );
});
