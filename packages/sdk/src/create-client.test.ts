import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createCoreClient } from './create-client.js';
import { CenAuthenticationError } from './errors.js';
import type { ClientOptions } from './client-options.js';
import { BASE_URL, TEST_KEY, json, product } from './testing/fake-fetch.js';

test('the client has the catalog resources (services with availability)', () => {
  const client = createCoreClient({ baseUrl: BASE_URL, publishableKey: TEST_KEY });
  assert.deepEqual(Object.keys(client.products).sort(), ['list', 'load', 'retrieve', 'retrieveMany']);
  assert.deepEqual(Object.keys(client.services).sort(), ['availability', 'list', 'load', 'retrieve', 'retrieveMany']);
  assert.deepEqual(Object.keys(client.partners).sort(), ['list', 'retrieve']);
});

test('unknown options, a bad baseUrl and a missing key are refused', () => {
  assert.throws(
    () => createCoreClient({ baseUrl: BASE_URL, publishableKey: TEST_KEY, timeout: 5 } as ClientOptions),
    { name: 'TypeError', message: 'Unknown option timeout' },
  );
  assert.throws(() => createCoreClient({ baseUrl: 'localhost:8787/v1 x', publishableKey: TEST_KEY }), TypeError);
  assert.throws(() => createCoreClient({ baseUrl: '/relative', publishableKey: TEST_KEY }), TypeError);
  assert.throws(() => createCoreClient({ baseUrl: undefined, publishableKey: TEST_KEY } as unknown as ClientOptions), TypeError);
  assert.throws(() => createCoreClient({ baseUrl: BASE_URL, publishableKey: '' }), /publishableKey is required/);
  assert.throws(() => createCoreClient({ baseUrl: BASE_URL } as ClientOptions), /publishableKey is required/);
});

test('a secret key is refused in a browser, allowed on a server', () => {
  const options = { baseUrl: BASE_URL, publishableKey: 'sk_test_fake_secret_1' };
  assert.doesNotThrow(() => createCoreClient(options), 'Node (no document): allowed');
  const global = globalThis as { document?: unknown };
  global.document = {};
  try {
    assert.throws(() => createCoreClient(options), (error: unknown) => {
      assert.ok(error instanceof CenAuthenticationError);
      assert.match(error.message, /secret key \(sk_…\) in a browser/);
      return true;
    });
    assert.doesNotThrow(() => createCoreClient({ baseUrl: BASE_URL, publishableKey: TEST_KEY }));
  } finally {
    delete global.document;
  }
});

test('without a fetch option, globalThis.fetch is looked up at call time', async () => {
  const client = createCoreClient({ baseUrl: BASE_URL, publishableKey: TEST_KEY });
  const original = globalThis.fetch;
  const urls: string[] = [];
  globalThis.fetch = (async (input: RequestInfo | URL) => {
    urls.push(String(input));
    return json(product());
  }) as typeof fetch;
  try {
    const result = await client.products.retrieve('prd_wooriwheat01');
    assert.equal(result.id, 'prd_wooriwheat01');
    assert.deepEqual(urls, [`${BASE_URL}/v1/products/prd_wooriwheat01?key=${TEST_KEY}`]);
  } finally {
    globalThis.fetch = original;
  }
});
