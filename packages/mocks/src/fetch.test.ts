import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Problem, ProductBatch, ProductPage } from '@thecen/schema';
import { createMockFetch } from './fetch.js';
import { DEMO_PUBLISHABLE_KEY, demoCatalog, demoProducts } from './fixtures/index.js';

const key = `key=${DEMO_PUBLISHABLE_KEY}`;

describe('createMockFetch', () => {
  it('records every request it is given, so tests can count them', async () => {
    const mockFetch = createMockFetch();
    await mockFetch(`http://localhost:8787/v1/products/batch?${key}&ids=prd_wooriwheat01,prd_soyplea01`);
    await mockFetch(new Request(`http://localhost:8787/v1/services?${key}`));
    assert.equal(mockFetch.requests.length, 2);
    assert.ok(mockFetch.requests[0] instanceof Request);
    assert.equal(new URL(mockFetch.requests[0].url).pathname, '/v1/products/batch');
    mockFetch.clearRequests();
    assert.equal(mockFetch.requests.length, 0);
  });

  it('keeps recorded request bodies readable', async () => {
    const mockFetch = createMockFetch();
    await mockFetch('http://localhost:8787/v1/products', { method: 'POST', body: '{"a":1}' });
    assert.equal(await mockFetch.requests[0]!.text(), '{"a":1}');
  });

  it('answers a 404 problem when no handler matches', async () => {
    const mockFetch = createMockFetch();
    const response = await mockFetch('https://elsewhere.example/anything');
    assert.equal(response.status, 404);
    assert.equal(response.headers.get('Content-Type'), 'application/problem+json');
    assert.equal(Problem.parse(await response.json()).code, 'not_found');
  });

  it('serves the API under a base URL with a path prefix, with absolute URLs under it', async () => {
    const mockFetch = createMockFetch({ baseUrl: 'https://api.example.kr/cen/' });
    const page = ProductPage.parse(await (await mockFetch(`https://api.example.kr/cen/v1/products?${key}&limit=1`)).json());
    const [product] = page.data;
    assert.ok(product);
    assert.equal(product.url, `https://api.example.kr/cen/products/${product.id}`);
    assert.equal(product.images[0]!.url, `https://api.example.kr/cen/media/products/${product.id}-1.svg`);
    const image = await mockFetch(product.images[0]!.url);
    assert.equal(image.headers.get('Content-Type'), 'image/svg+xml; charset=utf-8');
    assert.equal((await mockFetch(`http://localhost:8787/v1/products?${key}`)).status, 404);
  });

  it('answers any origin with baseUrl "*"', async () => {
    const mockFetch = createMockFetch({ baseUrl: '*' });
    const response = await mockFetch(`http://127.0.0.1:9999/v1/products/prd_wooriwheat02?${key}`);
    assert.equal(response.status, 200);
    const body = (await response.json()) as { url: string };
    assert.equal(body.url, 'http://127.0.0.1:9999/products/prd_wooriwheat02');
  });

  it('answers from the fixtures it is given', async () => {
    const only = demoProducts.filter((p) => p.partnerId === 'pa_hanjicraft');
    const mockFetch = createMockFetch({
      fixtures: {
        products: only,
        channels: [{ id: 'ch_test', name: '시험 채널', publishableKey: 'pk_test_OtherChannel01', allowedOrigins: [] }],
      },
    });
    assert.equal((await mockFetch(`http://localhost:8787/v1/products?${key}`)).status, 401);
    const page = ProductPage.parse(await (await mockFetch('http://localhost:8787/v1/products?key=pk_test_OtherChannel01&limit=100')).json());
    assert.equal(page.data.length, only.filter((p) => p.status === 'active').length);
    assert.ok(page.data.every((p) => p.partnerId === 'pa_hanjicraft'));
    assert.ok(demoCatalog.products.length > page.data.length, 'the demo catalog itself is untouched');
  });

  it('waits latencyMs before answering and honours an abort signal', async () => {
    const mockFetch = createMockFetch({ latencyMs: 60_000 });
    const controller = new AbortController();
    const pending = mockFetch(`http://localhost:8787/v1/products?${key}`, { signal: controller.signal });
    controller.abort();
    await assert.rejects(pending, (error: unknown) => error instanceof DOMException && error.name === 'AbortError');
    await assert.rejects(mockFetch(`http://localhost:8787/v1/products?${key}`, { signal: AbortSignal.abort() }), { name: 'AbortError' });
  });

  it('answers after a short latency', async () => {
    const mockFetch = createMockFetch({ latencyMs: 5 });
    const response = await mockFetch(`http://localhost:8787/v1/products/batch?${key}&ids=prd_soyplea02`);
    assert.deepEqual(ProductBatch.parse(await response.json()).data.map((p) => p.id), ['prd_soyplea02']);
  });
});
