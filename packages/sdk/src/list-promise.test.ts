import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createCoreClient } from './create-client.js';
import { CenApiError } from './errors.js';
import { BASE_URL, TEST_KEY, fakeFetch, json, page, problem, product } from './testing/fake-fetch.js';

/** Three pages of products: 2 + 2 + 1 items, chained by cursors c1 and c2. */
function pagedClient() {
  const pages: Record<string, ReturnType<typeof page>> = {
    '': page([product('prd_item1'), product('prd_item2')], 'c1'),
    c1: page([product('prd_item3'), product('prd_item4')], 'c2'),
    c2: page([product('prd_item5')]),
  };
  const fake = fakeFetch(({ url }) => json(pages[url.searchParams.get('cursor') ?? '']));
  const client = createCoreClient({ baseUrl: BASE_URL, publishableKey: TEST_KEY, fetch: fake.fetch });
  return { client, calls: fake.calls };
}

test('awaiting a list gives its first page only', async () => {
  const { client, calls } = pagedClient();
  const first = await client.products.list({ category: 'food' });
  assert.equal(first.object, 'list');
  assert.deepEqual(first.data.map((p) => p.id), ['prd_item1', 'prd_item2']);
  assert.equal(first.hasMore, true);
  assert.equal(first.nextCursor, 'c1');
  assert.equal(calls.length, 1);
});

test('for await walks every page, repeating the query with each cursor', async () => {
  const { client, calls } = pagedClient();
  const ids: string[] = [];
  for await (const item of client.products.list({ category: 'food', limit: 2 })) ids.push(item.id);
  assert.deepEqual(ids, ['prd_item1', 'prd_item2', 'prd_item3', 'prd_item4', 'prd_item5']);
  assert.deepEqual(
    calls.map((call) => call.url.search),
    [
      `?category=food&limit=2&key=${TEST_KEY}`,
      `?category=food&limit=2&cursor=c1&key=${TEST_KEY}`,
      `?category=food&limit=2&cursor=c2&key=${TEST_KEY}`,
    ],
  );
});

test('breaking out of for await fetches no further page', async () => {
  const { client, calls } = pagedClient();
  for await (const item of client.products.list()) {
    if (item.id === 'prd_item2') break;
  }
  assert.equal(calls.length, 1);
});

test('toArray({ limit }) stops fetching once it has enough', async () => {
  const { client, calls } = pagedClient();
  const three = await client.products.list().toArray({ limit: 3 });
  assert.deepEqual(three.map((p) => p.id), ['prd_item1', 'prd_item2', 'prd_item3']);
  assert.equal(calls.length, 2, 'the third page is never requested');

  const two = await client.products.list().toArray({ limit: 2 });
  assert.equal(two.length, 2);
  assert.equal(calls.length, 3, 'one more request: the first page only');
});

test('toArray() without a limit collects every page; limit 0 collects nothing', async () => {
  const { client, calls } = pagedClient();
  const all = await client.products.list().toArray();
  assert.equal(all.length, 5);
  assert.equal(calls.length, 3);
  assert.deepEqual(await client.products.list().toArray({ limit: 0 }), []);
});

test('the same list can be iterated twice; the first page is fetched once', async () => {
  const { client, calls } = pagedClient();
  const list = client.partners.list();
  assert.equal((await list.toArray()).length, 5);
  assert.equal((await list.toArray()).length, 5);
  assert.equal(calls.length, 5, 'first page once, later pages per walk');
  assert.equal(calls[0]!.url.pathname, '/v1/partners');
});

test('a failing later page rejects the iteration', async () => {
  const fake = fakeFetch(({ url }) =>
    url.searchParams.get('cursor') ? problem(400, 'validation_failed', 'Bad cursor') : json(page([product()], 'c1')),
  );
  const client = createCoreClient({ baseUrl: BASE_URL, publishableKey: TEST_KEY, fetch: fake.fetch });
  const seen: string[] = [];
  await assert.rejects(async () => {
    for await (const item of client.services.list()) seen.push(item.id);
  }, /Bad cursor/);
  assert.deepEqual(seen, ['prd_wooriwheat01']);
  await assert.rejects(
    createCoreClient({ baseUrl: BASE_URL, publishableKey: TEST_KEY, fetch: fakeFetch(() => problem(500, 'internal', 'x')).fetch, maxRetries: 0 })
      .products.list()
      .toArray(),
    CenApiError,
  );
});

test('a failed first page is not an unhandled rejection when iteration starts later', async () => {
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  process.on('unhandledRejection', onUnhandled);
  try {
    const fake = fakeFetch(() => problem(404, 'not_found', 'Gone'));
    const client = createCoreClient({ baseUrl: BASE_URL, publishableKey: TEST_KEY, fetch: fake.fetch });
    const list = client.products.list();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await new Promise((resolve) => setImmediate(resolve));
    await assert.rejects(list.toArray(), /Gone/);
    await assert.rejects(list, /Gone/);
    assert.deepEqual(unhandled, []);
  } finally {
    process.off('unhandledRejection', onUnhandled);
  }
});
