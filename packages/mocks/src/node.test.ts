import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { http, HttpResponse } from 'msw';
import { ProductPage } from '@thecen/schema';
import { DEMO_PUBLISHABLE_KEY } from './fixtures/index.js';
import { createMockServer } from './node.js';

const server = createMockServer({ baseUrl: 'http://cen.test' });

describe('createMockServer', () => {
  before(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  after(() => server.close());

  it('answers global fetch from the demo catalog', async () => {
    const response = await fetch(`http://cen.test/v1/products?key=${DEMO_PUBLISHABLE_KEY}&category=energy`);
    assert.equal(response.status, 200);
    const page = ProductPage.parse(await response.json());
    assert.ok(page.data.length >= 3);
    assert.ok(page.data.every((p) => p.category === 'energy'));
  });

  it('lets a test override a route', async () => {
    server.use(http.get('http://cen.test/v1/products', () => HttpResponse.json({ object: 'list', data: [], hasMore: false, nextCursor: null })));
    const page = ProductPage.parse(await (await fetch(`http://cen.test/v1/products?key=${DEMO_PUBLISHABLE_KEY}`)).json());
    assert.equal(page.data.length, 0);
  });
});
