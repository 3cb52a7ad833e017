import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Partner, PartnerPage, Problem, Product, ProductBatch, ProductPage, Service, ServiceBatch, ServicePage } from '@thecen/schema';
import { createMockFetch } from '../fetch.js';
import { DEMO_PUBLISHABLE_KEY, demoPartners, demoProducts, demoServices } from '../fixtures/index.js';

const BASE = 'http://localhost:8787';
const mockFetch = createMockFetch();

async function get(path: string, params: Record<string, string> = {}, init?: RequestInit): Promise<Response> {
  const url = new URL(path, BASE);
  url.searchParams.set('key', DEMO_PUBLISHABLE_KEY);
  for (const [name, value] of Object.entries(params)) url.searchParams.append(name, value);
  return mockFetch(url, init);
}

async function json<T>(response: Response, status = 200): Promise<T> {
  assert.equal(response.status, status, await response.clone().text());
  return (await response.json()) as T;
}

async function problem(response: Response, status: number): Promise<Problem> {
  assert.equal(response.headers.get('Content-Type'), 'application/problem+json');
  return Problem.parse(await json(response, status));
}

async function listProducts(params: Record<string, string> = {}) {
  return ProductPage.parse(await json(await get('/v1/products', params)));
}

async function listServices(params: Record<string, string> = {}) {
  return ServicePage.parse(await json(await get('/v1/services', params)));
}

/** Follows nextCursor to the end and returns every item in order. */
async function walk<T extends { id: string }>(path: string, params: Record<string, string>): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 100; page++) {
    const body: { data: T[]; hasMore: boolean; nextCursor: string | null } = await json(
      await get(path, cursor ? { ...params, cursor } : params),
    );
    items.push(...body.data);
    assert.equal(body.hasMore, body.nextCursor !== null);
    if (!body.hasMore) return items;
    cursor = body.nextCursor;
  }
  throw new Error('pagination did not end');
}

const activePartnerIds = new Set(demoPartners.filter((p) => p.status === 'active').map((p) => p.id));
const publicProducts = demoProducts.filter((p) => p.status === 'active' && activePartnerIds.has(p.partnerId));
const publicServices = demoServices.filter((s) => s.status === 'active' && activePartnerIds.has(s.partnerId));

describe('product list', () => {
  it('answers a page of valid products, newest first, 20 by default', async () => {
    const page = await listProducts();
    assert.equal(page.data.length, 20);
    assert.equal(page.hasMore, true);
    const times = page.data.map((p) => Date.parse(p.createdAt));
    assert.deepEqual(times, [...times].sort((a, b) => b - a));
  });

  it('walks every public product exactly once across pages', async () => {
    const items = await walk<Product>('/v1/products', { limit: '7' });
    assert.equal(items.length, publicProducts.length);
    assert.equal(new Set(items.map((p) => p.id)).size, items.length);
    assert.deepEqual(new Set(items.map((p) => p.id)), new Set(publicProducts.map((p) => p.id)));
  });

  it('never lists products of suspended or under-review partners, nor inactive products', async () => {
    const items = await walk<Product>('/v1/products', { limit: '100' });
    const ids = new Set(items.map((p) => p.id));
    for (const product of demoProducts) {
      const visible = product.status === 'active' && activePartnerIds.has(product.partnerId);
      assert.equal(ids.has(product.id), visible, product.id);
    }
  });

  it('returns absolute URLs based on the request origin', async () => {
    const [product] = (await listProducts({ limit: '1' })).data;
    assert.ok(product);
    assert.equal(product.url, `${BASE}/products/${product.id}`);
    assert.equal(product.images[0]!.url, `${BASE}/media/products/${product.id}-1.svg`);
    assert.equal(product.partner.logo!.url, `${BASE}/media/partners/${product.partnerId}.svg`);
  });

  it('filters by partner, category, tag and price range', async () => {
    const byPartner = await listProducts({ partner: 'pa_wooriwheat', limit: '100' });
    assert.deepEqual(
      byPartner.data.map((p) => p.id).sort(),
      publicProducts.filter((p) => p.partnerId === 'pa_wooriwheat').map((p) => p.id).sort(),
    );
    const pets = await listProducts({ category: 'pets', limit: '100' });
    assert.ok(pets.data.length >= 3);
    assert.ok(pets.data.every((p) => p.category === 'pets'));
    const upcycled = await listProducts({ tag: 'upcycled', limit: '100' });
    assert.equal(upcycled.data.length, publicProducts.filter((p) => p.tags.includes('upcycled')).length);
    assert.ok(upcycled.data.every((p) => p.tags.includes('upcycled')));
    const range = await listProducts({ minPrice: '10000', maxPrice: '15000', limit: '100' });
    assert.equal(range.data.length, publicProducts.filter((p) => p.price >= 10000 && p.price <= 15000).length);
    assert.ok(range.data.every((p) => p.price >= 10000 && p.price <= 15000));
  });

  it('searches title, summary and partner name case-insensitively', async () => {
    const byTitle = await listProducts({ q: '한지', limit: '100' });
    assert.ok(byTitle.data.some((p) => p.title.includes('한지')));
    const byPartner = await listProducts({ q: '소이플리', limit: '100' });
    assert.ok(byPartner.data.length >= 4);
    assert.ok(byPartner.data.every((p) => p.partner.name === '소이플리협동조합'));
    const caseless = await listProducts({ q: 'em 세제' });
    assert.deepEqual(caseless.data.map((p) => p.id), ['prd_neulbomjahwal02']);
    const bySummary = await listProducts({ q: '밀기울' });
    assert.deepEqual(bySummary.data.map((p) => p.id), ['prd_wooriwheat02']);
  });

  it('sorts by price both ways and by title in Korean order, with stable pages', async () => {
    const ascending = await walk<Product>('/v1/products', { sort: 'price_asc', limit: '9' });
    const prices = ascending.map((p) => p.price);
    assert.deepEqual(prices, [...prices].sort((a, b) => a - b));
    assert.equal(ascending.length, publicProducts.length);
    const descending = await walk<Product>('/v1/products', { sort: 'price_desc', limit: '9' });
    assert.deepEqual(descending.map((p) => p.price), [...prices].reverse());
    const byTitle = await walk<Product>('/v1/products', { sort: 'title', limit: '9' });
    const titles = byTitle.map((p) => p.title);
    assert.deepEqual(titles, [...titles].sort((a, b) => a.localeCompare(b, 'ko')));
    assert.equal(new Set(byTitle.map((p) => p.id)).size, publicProducts.length);
  });

  it('rejects bad query parameters with field paths', async () => {
    const body = await problem(await get('/v1/products', { limit: '0', minPrice: 'abc', colour: 'red' }), 400);
    assert.equal(body.code, 'validation_failed');
    const paths = body.errors!.map((e) => e.path).sort();
    assert.deepEqual(paths, ['query.colour', 'query.limit', 'query.minPrice']);
    for (const error of body.errors!) assert.ok(error.message.length > 0 && error.message !== 'Invalid input', error.message);

    const range = await problem(await get('/v1/products', { minPrice: '5000', maxPrice: '1000' }), 400);
    assert.deepEqual(range.errors!.map((e) => e.path), ['query.maxPrice']);
    const sort = await problem(await get('/v1/products', { sort: 'cheapest' }), 400);
    assert.deepEqual(sort.errors!.map((e) => e.path), ['query.sort']);
    const tooMany = await problem(await get('/v1/products', { limit: '101' }), 400);
    assert.deepEqual(tooMany.errors!.map((e) => e.path), ['query.limit']);
    const twice = await problem(await get('/v1/products?category=food&category=pets'), 400);
    assert.deepEqual(twice.errors!.map((e) => e.path), ['query.category']);
  });

  it('rejects cursors that are forged or belong to another sort', async () => {
    const forged = await problem(await get('/v1/products', { cursor: 'bm90LWEtY3Vyc29y' }), 400);
    assert.deepEqual(forged.errors!.map((e) => e.path), ['query.cursor']);
    const { nextCursor } = await listProducts({ sort: 'title', limit: '2' });
    assert.ok(nextCursor);
    const other = await problem(await get('/v1/products', { sort: 'price_asc', cursor: nextCursor }), 400);
    assert.deepEqual(other.errors!.map((e) => e.path), ['query.cursor']);
  });
});

describe('product batch and get', () => {
  it('answers products in the order asked with the missing ids', async () => {
    const ids = ['prd_soyplea01', 'prd_nothere01', 'prd_wooriwheat03', 'prd_haetsalmaeul01', 'prd_soyplea06', 'prd_soyplea01'];
    const batch = ProductBatch.parse(await json(await get('/v1/products/batch', { ids: ids.join(',') })));
    assert.deepEqual(batch.data.map((p) => p.id), ['prd_soyplea01', 'prd_wooriwheat03']);
    assert.deepEqual(batch.missing, ['prd_nothere01', 'prd_haetsalmaeul01', 'prd_soyplea06']);
    assert.ok(batch.data[0]!.images[0]!.url.startsWith(`${BASE}/media/`));
  });

  it('rejects a batch without ids or with malformed ids', async () => {
    const none = await problem(await get('/v1/products/batch'), 400);
    assert.deepEqual(none.errors!.map((e) => e.path), ['query.ids']);
    const malformed = await problem(await get('/v1/products/batch', { ids: 'prd_soyplea01,svc_animalhosp01' }), 400);
    assert.deepEqual(malformed.errors!.map((e) => e.path), ['query.ids.1']);
  });

  it('gets one product, and 404 for unknown or hidden ones', async () => {
    const product = Product.parse(await json(await get('/v1/products/prd_upcyclelab02')));
    assert.equal(product.title, '폐우산 방수 파우치');
    for (const id of ['prd_nothere01', 'prd_bomnalbakery01', 'prd_soyplea06', 'prd_jeonjufood06']) {
      const body = await problem(await get(`/v1/products/${id}`), 404);
      assert.equal(body.code, 'not_found');
      assert.match(body.detail!, new RegExp(id));
    }
  });

  it('answers 400 with the path field for an id that is not a product id', async () => {
    const body = await problem(await get('/v1/products/PRD-1'), 400);
    assert.deepEqual(body.errors!.map((e) => e.path), ['path.id']);
  });
});

describe('service list', () => {
  it('walks every public service once', async () => {
    const items = await walk<Service>('/v1/services', { limit: '4' });
    assert.deepEqual(items.map((s) => s.id).sort(), publicServices.map((s) => s.id).sort());
  });

  it('filters by group, area, delivery mode, tag and partner', async () => {
    for (const group of ['care', 'living', 'education', 'business_support'] as const) {
      const page = await listServices({ group, limit: '100' });
      assert.ok(page.data.length >= 3, group);
      assert.ok(page.data.every((s) => s.group === group));
    }
    const jeonbuk = await listServices({ area: 'jeonbuk', limit: '100' });
    assert.ok(jeonbuk.data.some((s) => s.id === 'svc_hanjicraft01'));
    assert.ok(jeonbuk.data.some((s) => s.id === 'svc_happybridge01'), 'nationwide services serve every region');
    assert.ok(!jeonbuk.data.some((s) => s.id === 'svc_animalhosp01'));
    const online = await listServices({ deliveryMode: 'online', limit: '100' });
    assert.ok(online.data.length >= 3);
    assert.ok(online.data.every((s) => s.deliveryModes.includes('online')));
    const disability = await listServices({ tag: 'disability_employment' });
    assert.deepEqual(disability.data.map((s) => s.id).sort(), ['svc_blindmassage01', 'svc_blindmassage02']);
    const byPartner = await listServices({ partner: 'pa_animalhosp' });
    assert.deepEqual(byPartner.data.map((s) => s.id).sort(), ['svc_animalhosp01', 'svc_animalhosp02']);
  });

  it('leaves quote services out of price filters and puts them last in price sorts', async () => {
    const cheap = await listServices({ maxPrice: '50000', limit: '100' });
    assert.ok(cheap.data.length > 0);
    assert.ok(cheap.data.every((s) => s.pricing.mode !== 'quote' && s.pricing.price <= 50000));
    for (const sort of ['price_asc', 'price_desc']) {
      const items = await walk<Service>('/v1/services', { sort, limit: '5' });
      const firstQuote = items.findIndex((s) => s.pricing.mode === 'quote');
      assert.ok(firstQuote > 0);
      assert.ok(items.slice(firstQuote).every((s) => s.pricing.mode === 'quote'), sort);
      const prices = items.slice(0, firstQuote).map((s) => (s.pricing.mode === 'quote' ? 0 : s.pricing.price));
      const sorted = [...prices].sort((a, b) => (sort === 'price_asc' ? a - b : b - a));
      assert.deepEqual(prices, sorted, sort);
    }
  });

  it('rejects an unknown area and group', async () => {
    const body = await problem(await get('/v1/services', { area: 'atlantis', group: 'magic' }), 400);
    assert.deepEqual(body.errors!.map((e) => e.path).sort(), ['query.area', 'query.group']);
  });

  it('batches and gets services; the hidden one and that of a suspended partner are missing', async () => {
    const batch = ServiceBatch.parse(
      await json(await get('/v1/services/batch', { ids: 'svc_playnlearn01,svc_animalhosp03,svc_haetsalmaeul01,svc_hanbitcu01' })),
    );
    assert.deepEqual(batch.data.map((s) => s.id), ['svc_playnlearn01', 'svc_hanbitcu01']);
    assert.deepEqual(batch.missing, ['svc_animalhosp03', 'svc_haetsalmaeul01']);
    const service = Service.parse(await json(await get('/v1/services/svc_housingwelfare01')));
    assert.deepEqual(service.pricing, { mode: 'quote' });
    await problem(await get('/v1/services/svc_haetsalmaeul01'), 404);
  });
});

describe('partners', () => {
  it('lists only active partners, by name in Korean order', async () => {
    const all = await walk<Partner>('/v1/partners', { limit: '6' });
    assert.deepEqual(new Set(all.map((p) => p.id)), activePartnerIds);
    const names = all.map((p) => p.name);
    assert.deepEqual(names, [...names].sort((a, b) => a.localeCompare(b, 'ko')));
    PartnerPage.parse(await json(await get('/v1/partners')));
  });

  it('filters by organisation type and text', async () => {
    const social = PartnerPage.parse(await json(await get('/v1/partners', { organisationType: 'social_cooperative' })));
    assert.deepEqual(social.data.map((p) => p.id).sort(), ['pa_animalhosp', 'pa_coparenting', 'pa_housingwelfare']);
    const village = PartnerPage.parse(await json(await get('/v1/partners', { organisationType: 'village_enterprise' })));
    assert.deepEqual(village.data.map((p) => p.id), ['pa_cafegeumulko'], 'the suspended village enterprise is hidden');
    const text = PartnerPage.parse(await json(await get('/v1/partners', { q: '태양광' })));
    assert.deepEqual(text.data.map((p) => p.id), ['pa_jeonjusolar']);
  });

  it('gets a partner with its seller identity and an absolute logo URL; inactive ones are 404', async () => {
    const partner = Partner.parse(await json(await get('/v1/partners/pa_hanbitcu')));
    assert.equal(partner.mailOrder.status, 'exempt');
    assert.equal(partner.logo!.url, `${BASE}/media/partners/pa_hanbitcu.svg`);
    await problem(await get('/v1/partners/pa_haetsalmaeul'), 404);
    await problem(await get('/v1/partners/pa_bomnalbakery'), 404);
  });
});

describe('publishable key', () => {
  it('answers 401 without a key or with an unknown one', async () => {
    const none = await problem(await mockFetch(`${BASE}/v1/products`), 401);
    assert.equal(none.code, 'unauthorized');
    await problem(await mockFetch(`${BASE}/v1/products?key=pk_test_SomeoneElse0001`), 401);
    await problem(await mockFetch(`${BASE}/v1/partners/pa_wooriwheat`, { headers: { Authorization: 'Bearer pk_live_Wrong123456' } }), 401);
  });

  it('accepts the key as a bearer token', async () => {
    const response = await mockFetch(`${BASE}/v1/products/prd_wooriwheat01`, {
      headers: { Authorization: `Bearer ${DEMO_PUBLISHABLE_KEY}` },
    });
    assert.equal(Product.parse(await json(response)).id, 'prd_wooriwheat01');
  });
});

describe('other routes', () => {
  it('serves generated SVG images with escaped text', async () => {
    const response = await mockFetch(`${BASE}/media/products/prd_wooriwheat01-1.svg`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('Content-Type'), 'image/svg+xml; charset=utf-8');
    const svg = await response.text();
    assert.match(svg, /^<svg /);
    assert.match(svg, /우리밀 백밀가루/);
    await problem(await mockFetch(`${BASE}/media/products/prd_wooriwheat01-9.svg`), 404);
  });

  it('answers 404 for unknown API paths and 405 for other methods', async () => {
    await problem(await get('/v1/wishlists'), 404);
    const post = await mockFetch(`${BASE}/v1/products`, { method: 'POST', body: '{}' });
    assert.equal(post.headers.get('Allow'), 'GET');
    await problem(post, 405);
    const getOrders = await get('/v1/orders');
    assert.equal(getOrders.headers.get('Allow'), 'POST');
    await problem(getOrders, 405);
  });
});
