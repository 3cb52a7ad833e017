import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as core from './core.js';
import * as sdk from './index.js';
import { CenValidationError, createClient, createCoreClient } from './index.js';
import { BASE_URL, TEST_KEY, batch, fakeFetch, json, page, product } from './testing/fake-fetch.js';

function clients(handler: Parameters<typeof fakeFetch>[0]) {
  const fake = fakeFetch(handler);
  const options = { baseUrl: BASE_URL, publishableKey: TEST_KEY, fetch: fake.fetch };
  return { validated: createClient(options), core: createCoreClient(options), calls: fake.calls };
}

test('@thecen/sdk re-exports everything of the core', () => {
  for (const name of Object.keys(core)) assert.equal(sdk[name as keyof typeof sdk], core[name as keyof typeof core], name);
  assert.equal(typeof sdk.createClient, 'function');
});

test('createClient accepts a response that matches its schema', async () => {
  const { validated } = clients(({ url }) =>
    url.pathname.endsWith('/batch') ? json(batch([product()], ['prd_missing1'])) : url.pathname.endsWith('/products') ? json(page([product()])) : json(product()),
  );
  assert.equal((await validated.products.retrieve('prd_wooriwheat01')).title, '우리밀 통밀가루 1kg');
  assert.equal((await validated.products.list()).data.length, 1);
  assert.deepEqual((await validated.products.retrieveMany(['prd_wooriwheat01', 'prd_missing1'])).missing, ['prd_missing1']);
  assert.equal((await validated.products.load('prd_wooriwheat01')).id, 'prd_wooriwheat01');
});

test('createClient rejects an invalid response with CenValidationError; the core client passes it through', async () => {
  const broken = product('prd_wooriwheat01', { price: -100, title: undefined });
  const { validated, core: coreClient, calls } = clients(() => json(broken));
  await assert.rejects(validated.products.retrieve('prd_wooriwheat01'), (error: unknown) => {
    assert.ok(error instanceof CenValidationError);
    assert.equal(error.type, 'validation');
    assert.equal(error.code, 'invalid_response');
    assert.deepEqual(error.issues.map((issue) => issue.path.join('.')).sort(), ['price', 'title']);
    assert.deepEqual(error.fieldErrors.map((e) => e.path).sort(), ['response.price', 'response.title']);
    assert.match(error.message, /getProduct/);
    return true;
  });
  assert.equal(calls.length, 1, 'a response that fails its schema is not retried');

  const passed = await coreClient.products.retrieve('prd_wooriwheat01');
  assert.equal(passed.price, -100);
});

test('createClient validates list pages too', async () => {
  const { validated } = clients(() => json({ object: 'list', data: [product()], hasMore: 'no', nextCursor: null }));
  await assert.rejects(validated.products.list(), CenValidationError);
});
