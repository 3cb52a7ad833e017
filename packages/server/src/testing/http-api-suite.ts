/**
 * The HTTP test suite of the server, run once per storage engine (PGlite always, PostgreSQL when
 * TEST_DATABASE_URL is set): every route, filter and sort, pagination, batch, caching, CORS, keys,
 * bad input, sanitisation and the item pages.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  PROBLEM_TYPE_BASE,
  formatKrw,
  Partner as PartnerSchema,
  Problem,
  Product as ProductSchema,
  Service as ServiceSchema,
  routes,
  type ListSort,
  type Product,
  type Service,
} from '@thecen/schema';
import type { Hono } from 'hono';
import { createApp } from '../app.js';
import { encodeCursor } from '../catalog/cursor.js';
import { insertCatalog } from '../catalog/insert-catalog.js';
import type { Database } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import type { AppEnv } from '../http/app-env.js';
import { escapeHtml } from '../pages/html.js';
import {
  ALLOWED_ORIGIN,
  OTHER_KEY,
  PUBLIC_PRODUCT_COUNT,
  PUBLIC_SERVICE_COUNT,
  TEST_KEY,
  alpha,
  beta,
  delta,
  effectivePrice,
  gamma,
  servicePrice,
  testCatalog,
  testProducts,
  testServices,
} from './catalog-fixtures.js';
import { ORIGIN, send, withKey, type TestResponse } from './http-client.js';

interface SafeParser {
  safeParse(value: unknown): { success: boolean; error?: unknown };
}

function assertMatches(schema: SafeParser, value: unknown, label: string): void {
  const result = schema.safeParse(value);
  assert.ok(result.success, `${label} does not match its schema: ${JSON.stringify(result.error)}`);
}

function assertProblem(res: TestResponse, status: number, code: string): void {
  assert.equal(res.status, status, `expected ${status}, got ${res.status}: ${res.text.slice(0, 300)}`);
  assert.match(res.headers.get('content-type') ?? '', /^application\/problem\+json/);
  assertMatches(Problem, res.json, 'problem');
  assert.equal(res.json.code, code);
  assert.equal(res.json.type, PROBLEM_TYPE_BASE + code);
  assert.equal(res.json.status, status);
  assert.ok(res.headers.get('request-id'), 'problem has a Request-Id header');
  assert.equal(res.json.requestId, res.headers.get('request-id'));
  assert.doesNotMatch(res.text, /\bat .+\.(ts|js):\d+/, 'no stack trace');
}

function errorPaths(res: TestResponse): string[] {
  return (res.json?.errors ?? []).map((e: { path: string }) => e.path);
}

const partnerNames = new Map(testCatalog.partners.map((p) => [p.id, p.name]));

function byKey<T extends { id: string }>(key: (item: T) => number | string, direction: 'asc' | 'desc') {
  const sign = direction === 'asc' ? 1 : -1;
  return (a: T, b: T) => {
    const ka = key(a);
    const kb = key(b);
    if (ka !== kb) return (ka < kb ? -1 : 1) * sign;
    return (a.id < b.id ? -1 : 1) * sign;
  };
}

const QUOTE_LAST_ASC = Number.MAX_SAFE_INTEGER;

function productOrder(sort: ListSort) {
  switch (sort) {
    case 'newest':
      return byKey<Product>((p) => p.createdAt, 'desc');
    case 'price_asc':
      return byKey<Product>(effectivePrice, 'asc');
    case 'price_desc':
      return byKey<Product>(effectivePrice, 'desc');
    case 'title':
      return byKey<Product>((p) => p.title, 'asc');
  }
}

function serviceOrder(sort: ListSort) {
  switch (sort) {
    case 'newest':
      return byKey<Service>((s) => s.createdAt, 'desc');
    case 'price_asc':
      return byKey<Service>((s) => servicePrice(s) ?? QUOTE_LAST_ASC, 'asc');
    case 'price_desc':
      return byKey<Service>((s) => servicePrice(s) ?? -1, 'desc');
    case 'title':
      return byKey<Service>((s) => s.title, 'asc');
  }
}

function matchesText(item: Product | Service, q: string): boolean {
  const needle = q.toLowerCase();
  return [item.title, item.summary, partnerNames.get(item.partnerId) ?? ''].some((t) => t.toLowerCase().includes(needle));
}

const SORTS: ListSort[] = ['newest', 'price_asc', 'price_desc', 'title'];

export function describeHttpApi(engine: string, openDatabase: () => Promise<Database>, closeDatabase?: () => Promise<void>): void {
  describe(`HTTP API on ${engine}`, () => {
    let db: Database;
    let app: Hono<AppEnv>;
    const unexpected: unknown[] = [];

    before(async () => {
      db = await openDatabase();
      await migrate(db);
      await db.transaction((tx) => insertCatalog(tx, testCatalog));
      app = createApp({ db, onUnexpectedError: (error) => unexpected.push(error) });
    });

    after(async () => {
      await db?.close();
      await closeDatabase?.();
      assert.deepEqual(unexpected, [], 'no request ended in an unexpected error');
    });

    /** Walks every page of a list and returns the ids in order, checking each page's shape. */
    async function walk(path: string, params: Record<string, string | number>, schema: SafeParser): Promise<string[]> {
      const ids: string[] = [];
      let cursor: string | null = null;
      for (let pageNumber = 0; pageNumber < 200; pageNumber++) {
        const res = await send(app, withKey(path, TEST_KEY, cursor ? { ...params, cursor } : params));
        assert.equal(res.status, 200, res.text);
        assertMatches(schema, res.json, `page ${pageNumber} of ${path}`);
        ids.push(...res.json.data.map((item: { id: string }) => item.id));
        assert.equal(res.json.hasMore, res.json.nextCursor !== null);
        if (!res.json.hasMore) return ids;
        cursor = res.json.nextCursor;
      }
      throw new Error('pagination did not end');
    }

    describe('products', () => {
      test('lists public products newest first, 20 per page by default', async () => {
        const res = await send(app, withKey('/v1/products', TEST_KEY));
        assert.equal(res.status, 200);
        assertMatches(routes.listProducts.response, res.json, 'product page');
        assert.equal(res.json.object, 'list');
        assert.equal(res.json.data.length, 20);
        assert.equal(res.json.hasMore, true);
        const expected = [...testProducts].sort(productOrder('newest')).slice(0, 20).map((p) => p.id);
        assert.deepEqual(res.json.data.map((p: Product) => p.id), expected);
      });

      for (const sort of SORTS) {
        for (const limit of [1, 5, 100]) {
          test(`sort=${sort} limit=${limit}: walking the pages gives every public product once, in order`, async () => {
            const ids = await walk('/v1/products', { sort, limit }, routes.listProducts.response);
            assert.equal(new Set(ids).size, ids.length, 'no duplicates');
            assert.deepEqual(ids, [...testProducts].sort(productOrder(sort)).map((p) => p.id));
            assert.equal(ids.length, PUBLIC_PRODUCT_COUNT);
          });
        }
      }

      const filterCases: [string, Record<string, string | number>, (p: Product) => boolean][] = [
        ['partner', { partner: beta.id }, (p) => p.partnerId === beta.id],
        ['partner of a suspended partner', { partner: gamma.id }, () => false],
        ['category', { category: 'crafts' }, (p) => p.category === 'crafts'],
        ['tag', { tag: 'local' }, (p) => p.tags.includes('local')],
        ['q in the title', { q: '우리밀' }, (p) => matchesText(p, '우리밀')],
        ['q in the summary', { q: '들깨' }, (p) => matchesText(p, '들깨')],
        ['q in the partner name', { q: '베타' }, (p) => p.partnerId === beta.id],
        ['q with a literal %', { q: '100%' }, (p) => matchesText(p, '100%')],
        ['q = % alone', { q: '%' }, (p) => matchesText(p, '%')],
        ['q = _ alone', { q: '_' }, (p) => matchesText(p, '_')],
        ['q with a backslash', { q: '\\' }, () => false],
        ['q with SQL', { q: "'; DROP TABLE products; --" }, () => false],
        ['minPrice', { minPrice: 12000 }, (p) => effectivePrice(p) >= 12000],
        ['maxPrice', { maxPrice: 5000 }, (p) => effectivePrice(p) <= 5000],
        ['price range', { minPrice: 5000, maxPrice: 12000 }, (p) => effectivePrice(p) >= 5000 && effectivePrice(p) <= 12000],
        ['free products (maxPrice=0)', { maxPrice: 0 }, (p) => effectivePrice(p) === 0],
        [
          'partner + category + maxPrice',
          { partner: alpha.id, category: 'food', maxPrice: 10000 },
          (p) => p.partnerId === alpha.id && p.category === 'food' && effectivePrice(p) <= 10000,
        ],
      ];
      for (const [name, params, predicate] of filterCases) {
        test(`filter: ${name}`, async () => {
          const expected = testProducts.filter(predicate).sort(productOrder('price_asc')).map((p) => p.id);
          const ids = await walk('/v1/products', { ...params, sort: 'price_asc', limit: 3 }, routes.listProducts.response);
          assert.deepEqual(ids, expected);
        });
      }

      test('the filters found something (the cases are not vacuous)', () => {
        for (const [name, , predicate] of filterCases) {
          if (name.includes('suspended') || name.includes('backslash') || name.includes('SQL')) continue;
          assert.ok(testProducts.some(predicate), `${name} matches some fixture`);
        }
      });

      test('gets a product by id, with derived price, stock state and absolute URLs', async () => {
        const res = await send(app, withKey('/v1/products/prd_test02', TEST_KEY));
        assert.equal(res.status, 200);
        assertMatches(ProductSchema, res.json, 'product');
        assert.equal(res.json.price, 5500, 'cheapest variant price, not the stored input');
        assert.equal(res.json.listPrice, 6000);
        assert.equal(res.json.stockState, 'low_stock');
        assert.deepEqual(res.json.variants.map((v: { stockState: string }) => v.stockState), ['sold_out', 'low_stock']);
        assert.equal(res.json.url, `${ORIGIN}/products/prd_test02`);
        assert.equal(res.json.images[0].url, `${ORIGIN}/media/products/prd_test02-1.svg`);
        assert.equal(res.json.partner.name, beta.name);
        assert.equal(res.json.partner.logo, null);
      });

      test('stock states come from stock, never from input', async () => {
        const soldOut = await send(app, withKey('/v1/products/prd_test03', TEST_KEY));
        assert.equal(soldOut.json.stockState, 'sold_out');
        const low = await send(app, withKey('/v1/products/prd_test07', TEST_KEY));
        assert.equal(low.json.stockState, 'low_stock');
        const untracked = await send(app, withKey('/v1/products/prd_test08', TEST_KEY));
        assert.equal(untracked.json.stock, null);
        assert.equal(untracked.json.stockState, 'in_stock');
      });

      test('descriptions are sanitised on output', async () => {
        const res = await send(app, withKey('/v1/products/prd_test04', TEST_KEY));
        const html: string = res.json.descriptionHtml;
        assert.doesNotMatch(html, /<script|onerror|onclick|javascript:|<iframe|<img|<style|style=|target=|alert/i);
        assert.match(html, /<p>좋은 <em>상품<\/em><\/p>/);
        assert.match(html, /<a href="https:\/\/shop\.example\/a" rel="noopener noreferrer">좋은 링크<\/a>/);
        assert.match(html, /<a>나쁜 링크<\/a>/);
        assert.match(html, /<h3>제목<\/h3>/);
      });

      test('images whose URL is not http(s) are left out; absolute ones are kept', async () => {
        const res = await send(app, withKey('/v1/products/prd_test05', TEST_KEY));
        assert.deepEqual(res.json.images.map((i: { url: string }) => i.url), ['https://cdn.example/a.png']);
      });

      for (const id of ['prd_hidden01', 'prd_draft01', 'prd_suspended01', 'prd_unknown01']) {
        test(`${id} is not public: 404`, async () => {
          assertProblem(await send(app, withKey(`/v1/products/${id}`, TEST_KEY)), 404, 'not_found');
        });
      }

      test('batch: found items in the asked order, the rest under missing', async () => {
        const ids = ['prd_test05', 'prd_hidden01', 'prd_test01', 'prd_nothing01', 'prd_test05', 'prd_suspended01'];
        const res = await send(app, withKey('/v1/products/batch', TEST_KEY, { ids: ids.join(',') }));
        assert.equal(res.status, 200);
        assertMatches(routes.batchProducts.response, res.json, 'batch');
        assert.equal(res.json.object, 'batch');
        assert.deepEqual(res.json.data.map((p: Product) => p.id), ['prd_test05', 'prd_test01']);
        assert.deepEqual(res.json.missing, ['prd_hidden01', 'prd_nothing01', 'prd_suspended01']);
      });

      test('batch of 100 ids answers; 101 is a 400', async () => {
        const hundred = Array.from({ length: 100 }, (_, i) => `prd_test${String(i).padStart(2, '0')}`);
        const ok = await send(app, withKey('/v1/products/batch', TEST_KEY, { ids: hundred.join(',') }));
        assert.equal(ok.status, 200);
        assert.equal(ok.json.data.length, PUBLIC_PRODUCT_COUNT);
        assert.equal(ok.json.missing.length, 100 - PUBLIC_PRODUCT_COUNT);
        const tooMany = await send(app, withKey('/v1/products/batch', TEST_KEY, { ids: [...hundred, 'prd_test100'].join(',') }));
        assertProblem(tooMany, 400, 'validation_failed');
        assert.deepEqual(errorPaths(tooMany), ['query.ids']);
      });
    });

    describe('services', () => {
      for (const sort of SORTS) {
        test(`sort=${sort}: walking the pages gives every public service once, quoted prices last`, async () => {
          const ids = await walk('/v1/services', { sort, limit: 2 }, routes.listServices.response);
          assert.equal(new Set(ids).size, ids.length);
          assert.deepEqual(ids, [...testServices].sort(serviceOrder(sort)).map((s) => s.id));
          assert.equal(ids.length, PUBLIC_SERVICE_COUNT);
        });
      }

      const filterCases: [string, Record<string, string | number>, (s: Service) => boolean][] = [
        ['partner', { partner: delta.id }, (s) => s.partnerId === delta.id],
        ['group', { group: 'education' }, (s) => s.group === 'education'],
        ['tag', { tag: 'handmade' }, (s) => s.tags.includes('handmade')],
        ['area', { area: 'seoul' }, (s) => s.areas.some((a) => a.region === 'seoul')],
        ['area nationwide', { area: 'nationwide' }, (s) => s.areas.some((a) => a.region === 'nationwide')],
        ['deliveryMode', { deliveryMode: 'online' }, (s) => s.deliveryModes.includes('online')],
        ['q in the title', { q: '집수리' }, (s) => matchesText(s, '집수리')],
        ['q in the partner name', { q: '델타' }, (s) => s.partnerId === delta.id],
        ['q with a literal %', { q: '50%' }, (s) => matchesText(s, '50%')],
        ['q = _', { q: '_' }, (s) => matchesText(s, '_')],
        ['minPrice leaves quoted services out', { minPrice: 0 }, (s) => servicePrice(s) !== null],
        ['maxPrice', { maxPrice: 30000 }, (s) => servicePrice(s) !== null && servicePrice(s)! <= 30000],
        [
          'group + area + price range',
          { group: 'care', area: 'seoul', minPrice: 10000, maxPrice: 40000 },
          (s) => s.group === 'care' && s.areas.some((a) => a.region === 'seoul') && servicePrice(s) !== null && servicePrice(s)! >= 10000 && servicePrice(s)! <= 40000,
        ],
      ];
      for (const [name, params, predicate] of filterCases) {
        test(`filter: ${name}`, async () => {
          assert.ok(testServices.some(predicate), 'the case matches some fixture');
          const expected = testServices.filter(predicate).sort(serviceOrder('price_desc')).map((s) => s.id);
          const ids = await walk('/v1/services', { ...params, sort: 'price_desc', limit: 2 }, routes.listServices.response);
          assert.deepEqual(ids, expected);
        });
      }

      test('gets a service by id with its pricing and a sanitised description', async () => {
        const res = await send(app, withKey('/v1/services/svc_test02', TEST_KEY));
        assert.equal(res.status, 200);
        assertMatches(ServiceSchema, res.json, 'service');
        assert.deepEqual(res.json.pricing, { mode: 'quote' });
        assert.equal(res.json.descriptionHtml, '<p>서비스 2</p>');
        assert.equal(res.json.url, `${ORIGIN}/services/svc_test02`);
      });

      test('batch keeps the asked order', async () => {
        const res = await send(app, withKey('/v1/services/batch', TEST_KEY, { ids: 'svc_test03,svc_hidden01,svc_test00' }));
        assertMatches(routes.batchServices.response, res.json, 'batch');
        assert.deepEqual(res.json.data.map((s: Service) => s.id), ['svc_test03', 'svc_test00']);
        assert.deepEqual(res.json.missing, ['svc_hidden01']);
      });

      for (const id of ['svc_hidden01', 'svc_suspended01', 'svc_unknown01']) {
        test(`${id} is not public: 404`, async () => {
          assertProblem(await send(app, withKey(`/v1/services/${id}`, TEST_KEY)), 404, 'not_found');
        });
      }
    });

    describe('partners', () => {
      test('lists active partners by name, walking every page', async () => {
        const ids = await walk('/v1/partners', { limit: 1 }, routes.listPartners.response);
        const expected = [alpha, beta, delta].sort(byKey((p) => p.name, 'asc')).map((p) => p.id);
        assert.deepEqual(ids, expected);
      });

      test('filters partners by organisation type and name', async () => {
        assert.deepEqual(await walk('/v1/partners', { organisationType: 'village_enterprise' }, routes.listPartners.response), [delta.id]);
        assert.deepEqual(await walk('/v1/partners', { q: '알파' }, routes.listPartners.response), [alpha.id]);
        assert.deepEqual(await walk('/v1/partners', { q: '감마' }, routes.listPartners.response), []);
      });

      test("a partner's public profile carries the seller identity", async () => {
        const res = await send(app, withKey(`/v1/partners/${beta.id}`, TEST_KEY));
        assert.equal(res.status, 200);
        assertMatches(PartnerSchema, res.json, 'partner');
        assert.equal(res.json.name, beta.name);
        assert.equal(res.json.businessNumber, '2208742885');
        assert.equal(res.json.representative, beta.representative);
        assert.deepEqual(res.json.mailOrder, beta.mailOrder);
        assert.equal(res.json.phone, '01012345678');
        assert.deepEqual(res.json.address, beta.address);
        const withLogo = await send(app, withKey(`/v1/partners/${alpha.id}`, TEST_KEY));
        assert.equal(withLogo.json.logo.url, `${ORIGIN}/media/partners/${alpha.id}.svg`);
        assert.equal(withLogo.json.website, alpha.website);
      });

      test('a suspended or unknown partner is 404', async () => {
        assertProblem(await send(app, withKey(`/v1/partners/${gamma.id}`, TEST_KEY)), 404, 'not_found');
        assertProblem(await send(app, withKey('/v1/partners/pa_nobody', TEST_KEY)), 404, 'not_found');
      });
    });

    describe('caching', () => {
      test('catalog reads send an ETag and Cache-Control; If-None-Match answers 304 with no body', async () => {
        const path = withKey('/v1/products', TEST_KEY, { limit: 3 });
        const first = await send(app, path);
        const etag = first.headers.get('etag');
        assert.match(etag ?? '', /^"[A-Za-z0-9_-]{20,}"$/);
        assert.equal(first.headers.get('cache-control'), 'public, max-age=60, stale-while-revalidate=600');
        const again = await send(app, path);
        assert.equal(again.headers.get('etag'), etag, 'same body, same ETag');

        for (const header of [etag!, `W/${etag}`, `"other", ${etag}`, '*']) {
          const notModified = await send(app, path, { headers: { 'If-None-Match': header } });
          assert.equal(notModified.status, 304, header);
          assert.equal(notModified.text, '');
          assert.equal(notModified.headers.get('etag'), etag);
          assert.ok(notModified.headers.get('request-id'));
        }
        const changed = await send(app, path, { headers: { 'If-None-Match': '"something-else"' } });
        assert.equal(changed.status, 200);
        const otherPage = await send(app, withKey('/v1/products', TEST_KEY, { limit: 4 }));
        assert.notEqual(otherPage.headers.get('etag'), etag);
      });

      test('single items and batches are cacheable too', async () => {
        for (const path of ['/v1/products/prd_test01', '/v1/services/svc_test01', `/v1/partners/${alpha.id}`, '/v1/products/batch?ids=prd_test01']) {
          const res = await send(app, withKey(path, TEST_KEY));
          assert.equal(res.status, 200, path);
          const etag = res.headers.get('etag')!;
          assert.ok(etag, path);
          assert.equal((await send(app, withKey(path, TEST_KEY), { headers: { 'If-None-Match': etag } })).status, 304, path);
        }
      });
    });

    describe('keys and CORS', () => {
      test('an allowed origin gets Access-Control-Allow-Origin, Vary and exposed headers', async () => {
        const res = await send(app, withKey('/v1/products', TEST_KEY, { limit: 1 }), { headers: { Origin: ALLOWED_ORIGIN } });
        assert.equal(res.status, 200);
        assert.equal(res.headers.get('access-control-allow-origin'), ALLOWED_ORIGIN);
        assert.match(res.headers.get('vary') ?? '', /\bOrigin\b/);
        assert.equal(res.headers.get('access-control-expose-headers'), 'ETag, Request-Id, Retry-After');
      });

      test('errors to an allowed origin carry CORS headers so that the page can read them', async () => {
        for (const [path, status] of [['/v1/products?limit=0', 400], ['/v1/products/prd_nothing01', 404], ['/v1/products', 405]] as const) {
          const res = await send(app, withKey(path, TEST_KEY), { method: status === 405 ? 'POST' : 'GET', headers: { Origin: ALLOWED_ORIGIN } });
          assert.equal(res.status, status, path);
          assert.equal(res.headers.get('access-control-allow-origin'), ALLOWED_ORIGIN, path);
          assert.ok(res.headers.get('request-id'));
        }
      });

      test('a port wildcard allows any port of that host', async () => {
        for (const origin of ['http://localhost:5173', 'http://localhost:8080', 'http://localhost']) {
          const res = await send(app, withKey('/v1/partners', TEST_KEY), { headers: { Origin: origin } });
          assert.equal(res.status, 200, origin);
          assert.equal(res.headers.get('access-control-allow-origin'), origin);
        }
      });

      for (const origin of ['https://evil.example', 'https://coop.example.evil.example', 'http://coop.example', 'http://localhost.evil:5173', 'http://localhost:5173x', 'null']) {
        test(`a disallowed origin (${origin}) is 403 forbidden_origin without CORS headers`, async () => {
          const res = await send(app, withKey('/v1/products', TEST_KEY), { headers: { Origin: origin } });
          assertProblem(res, 403, 'forbidden_origin');
          assert.equal(res.headers.get('access-control-allow-origin'), null);
        });
      }

      test("another channel's origins are its own", async () => {
        const res = await send(app, withKey('/v1/products', OTHER_KEY), { headers: { Origin: ALLOWED_ORIGIN } });
        assertProblem(res, 403, 'forbidden_origin');
        const own = await send(app, withKey('/v1/products', OTHER_KEY), { headers: { Origin: 'https://other.example' } });
        assert.equal(own.status, 200);
      });

      test('without an Origin (servers) there are no CORS headers, but Vary: Origin', async () => {
        const res = await send(app, withKey('/v1/products', TEST_KEY));
        assert.equal(res.status, 200);
        assert.equal(res.headers.get('access-control-allow-origin'), null);
        assert.match(res.headers.get('vary') ?? '', /\bOrigin\b/);
      });

      test('a preflight with an allowed origin and the key in the query is 204 with the allowed methods and headers', async () => {
        const res = await send(app, withKey('/v1/products', TEST_KEY), {
          method: 'OPTIONS',
          headers: { Origin: ALLOWED_ORIGIN, 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization' },
        });
        assert.equal(res.status, 204);
        assert.equal(res.headers.get('access-control-allow-origin'), ALLOWED_ORIGIN);
        assert.match(res.headers.get('access-control-allow-methods') ?? '', /\bGET\b/);
        assert.equal(res.headers.get('access-control-allow-headers'), 'Authorization, Content-Type, Idempotency-Key, Accept-Language');
        assert.equal(res.headers.get('access-control-max-age'), '7200');
        assert.match(res.headers.get('vary') ?? '', /\bOrigin\b/);
      });

      test('a preflight from a disallowed origin is 403; without a key it is 401', async () => {
        const denied = await send(app, withKey('/v1/products', TEST_KEY), { method: 'OPTIONS', headers: { Origin: 'https://evil.example' } });
        assertProblem(denied, 403, 'forbidden_origin');
        assert.equal(denied.headers.get('access-control-allow-origin'), null);
        const noKey = await send(app, '/v1/products', { method: 'OPTIONS', headers: { Origin: ALLOWED_ORIGIN, Authorization: `Bearer ${TEST_KEY}` } });
        assertProblem(noKey, 401, 'unauthorized');
      });

      test('a missing, malformed or unknown key is 401', async () => {
        for (const path of ['/v1/products', '/v1/products?key=', '/v1/products?key=hello', '/v1/products?key=pk_test_NoSuchChannelKey99', `/v1/products?key=${TEST_KEY}&key=${TEST_KEY}`]) {
          const res = await send(app, path);
          assertProblem(res, 401, 'unauthorized');
          assert.match(res.headers.get('www-authenticate') ?? '', /^Bearer/);
        }
      });

      test('a 401 to a browser carries CORS headers so that the page can read why', async () => {
        const res = await send(app, '/v1/products', { headers: { Origin: 'https://anywhere.example' } });
        assertProblem(res, 401, 'unauthorized');
        assert.equal(res.headers.get('access-control-allow-origin'), 'https://anywhere.example');
      });

      test('servers may send the key as a Bearer token', async () => {
        const res = await send(app, '/v1/products?limit=1', { headers: { Authorization: `Bearer ${TEST_KEY}` } });
        assert.equal(res.status, 200);
        assertProblem(await send(app, '/v1/products', { headers: { Authorization: `Basic ${TEST_KEY}` } }), 401, 'unauthorized');
      });

      test('a secret key sent from a browser is refused with a clear message', async () => {
        const fromBrowser = await send(app, '/v1/products?key=sk_test_SecretKey12345678', { headers: { Origin: ALLOWED_ORIGIN } });
        assertProblem(fromBrowser, 401, 'unauthorized');
        assert.match(fromBrowser.json.detail, /secret key/i);
        assert.match(fromBrowser.json.detail, /browser/);
        const bearer = await send(app, '/v1/products', { headers: { Origin: ALLOWED_ORIGIN, Authorization: 'Bearer sk_live_SecretKey12345678' } });
        assertProblem(bearer, 401, 'unauthorized');
        assert.match(bearer.json.detail, /secret key/i);
        const fromServer = await send(app, '/v1/products', { headers: { Authorization: 'Bearer sk_live_SecretKey12345678' } });
        assertProblem(fromServer, 401, 'unauthorized');
      });
    });

    describe('bad input', () => {
      const validCursor = () => encodeCursor({ sort: 'newest', key: '2025-06-01T03:00:00.000Z', id: 'prd_test00' });
      const badInput: [string, string, string[]][] = [
        ['limit=1e3', '/v1/products?limit=1e3', ['query.limit']],
        ['limit=0', '/v1/products?limit=0', ['query.limit']],
        ['limit=-5', '/v1/products?limit=-5', ['query.limit']],
        ['limit=abc', '/v1/products?limit=abc', ['query.limit']],
        ['limit=2.5', '/v1/products?limit=2.5', ['query.limit']],
        ['limit=101', '/v1/products?limit=101', ['query.limit']],
        ['repeated limit', '/v1/products?limit=1&limit=2', ['query.limit']],
        ['repeated category', '/v1/products?category=food&category=crafts', ['query.category']],
        ['negative minPrice', '/v1/products?minPrice=-1', ['query.minPrice']],
        ['minPrice=abc', '/v1/products?minPrice=abc', ['query.minPrice']],
        ['fractional price', '/v1/products?maxPrice=100.5', ['query.maxPrice']],
        ['huge maxPrice', '/v1/products?maxPrice=1e13', ['query.maxPrice']],
        ['maxPrice below minPrice', '/v1/products?minPrice=100&maxPrice=50', ['query.maxPrice']],
        ['unknown sort', '/v1/products?sort=cheapest', ['query.sort']],
        ['unknown category', '/v1/products?category=weapons', ['query.category']],
        ['tag=%', '/v1/products?tag=%25', ['query.tag']],
        ['SQL in partner', `/v1/products?partner=${encodeURIComponent("'; drop table partners; --")}`, ['query.partner']],
        ['10 KB q', `/v1/products?q=${'가'.repeat(10_000)}`, ['query.q']],
        ['control character in q', '/v1/products?q=%00abc', ['query.q']],
        ['empty q', '/v1/products?q=', ['query.q']],
        ['unknown parameter', '/v1/products?foo=bar', ['query.foo']],
        ['two unknown parameters', '/v1/products?foo=1&bar=2', ['query.foo', 'query.bar']],
        ['cursor=!!!', '/v1/products?cursor=!!!', ['query.cursor']],
        ['cursor of garbage', `/v1/products?cursor=${Buffer.from('{"a":1}').toString('base64url')}`, ['query.cursor']],
        ['cursor of a bad date', `/v1/products?cursor=${encodeCursor({ sort: 'newest', key: 'yesterday', id: 'prd_test00' })}`, ['query.cursor']],
        ['cursor with SQL', `/v1/products?cursor=${encodeCursor({ sort: 'newest', key: '2025-06-01T03:00:00.000Z', id: "prd_x'; drop" })}`, ['query.cursor']],
        ['10 KB cursor', `/v1/products?cursor=${'A'.repeat(10_000)}`, ['query.cursor']],
        ['cursor of another sort', `/v1/products?sort=title&cursor=${validCursor()}`, ['query.cursor']],
        ['product cursor on services', `/v1/services?cursor=${validCursor()}`, ['query.cursor']],
        ['price cursor with a text key', `/v1/products?sort=price_asc&cursor=${encodeCursor({ sort: 'price_asc', key: 'cheap', id: 'prd_test00' })}`, ['query.cursor']],
        // The first character encodes the opening `[`: changing it can never leave valid JSON.
        ['tampered cursor', `/v1/products?cursor=X${validCursor().slice(1)}`, ['query.cursor']],
        ['upper-case id', '/v1/products/prd_TEST00', ['path.id']],
        ['service id on products', '/v1/products/svc_test00', ['path.id']],
        ['SQL in id', `/v1/products/${encodeURIComponent("prd_x' OR '1'='1")}`, ['path.id']],
        ['unicode id', `/v1/products/${encodeURIComponent('prd_한글상품')}`, ['path.id']],
        ['10 KB id', `/v1/products/prd_${'a'.repeat(10_000)}`, ['path.id']],
        ['percent id', '/v1/products/%25', ['path.id']],
        ['query on a get', '/v1/products/prd_test00?expand=partner', ['query.expand']],
        ['batch without ids', '/v1/products/batch', ['query.ids']],
        ['batch with empty ids', '/v1/products/batch?ids=', ['query.ids']],
        ['batch with a bad id', '/v1/products/batch?ids=prd_test00,nope', ['query.ids.1']],
        ['services: unknown area', '/v1/services?area=mars', ['query.area']],
        ['services: unknown deliveryMode', '/v1/services?deliveryMode=teleport', ['query.deliveryMode']],
        ['services: unknown group', '/v1/services?group=weapons', ['query.group']],
        ['services: category is a product filter', '/v1/services?category=food', ['query.category']],
        ['partners: unknown organisationType', '/v1/partners?organisationType=megacorp', ['query.organisationType']],
        ['partners: bad id', '/v1/partners/prd_test00', ['path.id']],
      ];
      for (const [name, path, paths] of badInput) {
        test(`400 for ${name}`, async () => {
          const res = await send(app, withKey(path, TEST_KEY));
          assertProblem(res, 400, 'validation_failed');
          assert.deepEqual(errorPaths(res).sort(), [...paths].sort());
          for (const error of res.json.errors) {
            assert.ok(error.message.length > 0 && error.message !== 'Invalid input', `a real message for ${error.path}: ${error.message}`);
          }
          assert.ok(res.text.length < 4000, 'problems do not echo huge input');
        });
      }

      const nastyButValid = ['%', '%25', "'; drop table products; --", '😀 한글', '%E0%A4%A', '_', '\\', '<script>', '%%%'];
      for (const q of nastyButValid) {
        test(`q=${JSON.stringify(q)} is answered, not an error`, async () => {
          const res = await send(app, `${withKey('/v1/products', TEST_KEY)}&q=${q.includes('%') ? q : encodeURIComponent(q)}`);
          assert.equal(res.status, 200, res.text);
          assertMatches(routes.listProducts.response, res.json, 'page');
        });
      }

      test('the tables survived', async () => {
        const res = await send(app, withKey('/v1/products', TEST_KEY, { limit: 100 }));
        assert.equal(res.json.data.length, PUBLIC_PRODUCT_COUNT);
      });
    });

    describe('routing', () => {
      test('unknown routes are 404 problems', async () => {
        for (const path of ['/v1/nothing', '/nothing', '/v1/products/prd_test00/extra', '/v2/products']) {
          assertProblem(await send(app, withKey(path, TEST_KEY)), 404, 'not_found');
        }
      });

      test('a wrong method is 405 with Allow', async () => {
        for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
          const res = await send(app, withKey('/v1/products', TEST_KEY), { method, body: method === 'DELETE' ? null : '{}' });
          assertProblem(res, 405, 'method_not_allowed');
          assert.equal(res.headers.get('allow'), 'GET, HEAD, OPTIONS');
        }
        assertProblem(await send(app, withKey('/v1/partners/pa_alphacoop', TEST_KEY), { method: 'DELETE' }), 405, 'method_not_allowed');
      });

      test('HEAD answers like GET without a body', async () => {
        const res = await send(app, withKey('/v1/products', TEST_KEY), { method: 'HEAD' });
        assert.equal(res.status, 200);
        assert.equal(res.text, '');
        assert.ok(res.headers.get('etag'));
      });

      test('every response has a Request-Id, each different', async () => {
        const ids = new Set<string>();
        for (const path of ['/v1/products', withKey('/v1/products', TEST_KEY), '/health', '/nope', '/v1/openapi.json']) {
          const res = await send(app, path);
          const id = res.headers.get('request-id');
          assert.match(id ?? '', /^req_[0-9a-f]{32}$/, path);
          ids.add(id!);
        }
        assert.equal(ids.size, 5);
      });

      test('a configured public URL is used for absolute URLs', async () => {
        const proxied = createApp({ db, publicUrl: 'https://api.thecen.example/cen/' });
        const res = await send(proxied, withKey('/v1/products/prd_test01', TEST_KEY));
        assert.equal(res.json.url, 'https://api.thecen.example/cen/products/prd_test01');
        assert.equal(res.json.images[0].url, 'https://api.thecen.example/cen/media/products/prd_test01-1.svg');
      });
    });

    describe('public routes', () => {
      test('GET /health reports the engine and counts', async () => {
        const res = await send(app, '/health');
        assert.equal(res.status, 200);
        assert.equal(res.json.status, 'ok');
        assert.equal(res.json.engine, db.engine);
        assert.deepEqual(res.json.counts, {
          partners: testCatalog.partners.length,
          products: testCatalog.products.length,
          services: testCatalog.services.length,
          channels: testCatalog.channels!.length,
        });
      });

      test('GET /v1/openapi.json needs no key and names this server', async () => {
        const res = await send(app, '/v1/openapi.json', { headers: { Origin: 'https://docs.example' } });
        assert.equal(res.status, 200);
        assert.equal(res.json.openapi, '3.1.0');
        assert.equal(res.json.servers[0].url, ORIGIN);
        assert.ok(res.json.paths['/v1/products']);
        assert.ok(res.json.components.schemas.Product);
        assert.equal(res.headers.get('access-control-allow-origin'), '*');
      });

      test('GET /products/:id is a page with the price and the escaped seller identity', async () => {
        const res = await send(app, '/products/prd_test02');
        assert.equal(res.status, 200);
        assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
        assert.match(res.headers.get('content-security-policy') ?? '', /default-src 'none'/);
        assert.match(res.text, /<html lang="ko">/);
        assert.match(res.text, /<h1>소이 캔들<\/h1>/);
        assert.match(res.text, /5,500원/);
        assert.match(res.text, /상호<\/dt><dd>베타 &lt;b&gt;사회적&lt;\/b&gt; &amp; &quot;협동&quot;조합<\/dd>/);
        assert.match(res.text, /대표자<\/dt><dd>&lt;script&gt;alert\(1\)&lt;\/script&gt;<\/dd>/);
        assert.match(res.text, /220-87-42885/);
        assert.match(res.text, /신고 면제: 간이과세자 &lt;i&gt;면제&lt;\/i&gt;/);
        assert.match(res.text, /010-1234-5678/);
        assert.match(res.text, /통신판매중개자/);
        assert.doesNotMatch(res.text, /<script|javascript:/i);
        assert.ok(res.headers.get('etag'));
      });

      test('GET /products/:id with a hostile description renders it sanitised', async () => {
        const res = await send(app, '/products/prd_test04');
        assert.equal(res.status, 200);
        assert.doesNotMatch(res.text, /<script|onerror|onclick|javascript:|<iframe/i);
        assert.match(res.text, /알파협동조합/);
        assert.match(res.text, /124-81-00998/);
        assert.match(res.text, /2024-서울마포-0001 \(서울특별시 마포구청\)/);
      });

      test('GET /services/:id is a page with the pricing', async () => {
        const res = await send(app, '/services/svc_test01');
        assert.equal(res.status, 200);
        assert.match(res.text, /50,000원부터/);
        assert.match(res.text, /델타마을기업/);
        const quote = await send(app, '/services/svc_test02');
        assert.match(quote.text, /상담 후 견적/);
      });

      test('item pages link the partner name to its partner page', async () => {
        const product = await send(app, '/products/prd_test02');
        assert.match(product.text, new RegExp(`<p class="partner"><a href="${ORIGIN}/partners/${beta.id}">${escapeHtml(beta.name)}</a></p>`));
        const service = await send(app, '/services/svc_test01');
        assert.match(service.text, new RegExp(`<p class="partner"><a href="${ORIGIN}/partners/${delta.id}">${delta.name}</a></p>`));
        const proxied = createApp({ db, publicUrl: 'https://api.thecen.example/cen' });
        assert.match((await send(proxied, '/products/prd_test01')).text, /<a href="https:\/\/api\.thecen\.example\/cen\/partners\/pa_alphacoop">/);
      });

      test('GET /partners/:id is a page with the profile, every active listing linked, and the seller identity', async () => {
        const res = await send(app, `/partners/${alpha.id}`);
        assert.equal(res.status, 200);
        assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
        assert.match(res.headers.get('content-security-policy') ?? '', /default-src 'none'/);
        assert.ok(res.headers.get('etag'));
        assert.match(res.text, /<html lang="ko">/);
        assert.match(res.text, /<title>알파협동조합 \| 더 쎈<\/title>/);
        assert.match(res.text, /<h1>알파협동조합<\/h1>/);
        assert.match(res.text, /<p class="organisation-type">협동조합<\/p>/);
        assert.match(res.text, new RegExp(`<img class="logo" src="${ORIGIN}/media/partners/${alpha.id}.svg" alt="알파협동조합 로고" width="256" height="256">`));
        assert.match(res.text, /<p class="story">테스트용 조합입니다.<\/p>/);
        assert.match(res.text, /<a href="https:\/\/alpha\.example\.kr" rel="noopener noreferrer">/);

        const own = testProducts.filter((p) => p.partnerId === alpha.id);
        assert.ok(own.length > 0);
        for (const p of own) {
          assert.match(
            res.text,
            new RegExp(`<li><a href="${ORIGIN}/products/${p.id}">${escapeHtml(p.title)}</a> <span class="item-price">${formatKrw(effectivePrice(p))}</span>`),
            p.id,
          );
        }
        assert.equal(res.text.match(/href="[^"]*\/products\//g)?.length, own.length, 'only its public products');
        for (const hidden of ['prd_hidden01', 'prd_draft01', 'svc_hidden01']) assert.doesNotMatch(res.text, new RegExp(hidden));
        for (const p of testProducts.filter((p) => p.partnerId !== alpha.id)) assert.doesNotMatch(res.text, new RegExp(`/products/${p.id}"`));

        const services = testServices.filter((s) => s.partnerId === alpha.id);
        for (const s of services) assert.match(res.text, new RegExp(`<li><a href="${ORIGIN}/services/${s.id}">${escapeHtml(s.title)}</a>`), s.id);
        assert.equal(res.text.match(/href="[^"]*\/services\//g)?.length, services.length, 'only its public services');
        assert.match(res.text, /상담 후 견적|30,000원|50,000원부터/);

        assert.match(res.text, /판매자 정보/);
        assert.match(res.text, /124-81-00998/);
        assert.match(res.text, /2024-서울마포-0001 \(서울특별시 마포구청\)/);
        assert.match(res.text, /통신판매중개자/);
      });

      test('GET /partners/:id escapes partner text and never links a javascript: website', async () => {
        const res = await send(app, `/partners/${beta.id}`);
        assert.equal(res.status, 200);
        assert.match(res.text, /<h1>베타 &lt;b&gt;사회적&lt;\/b&gt; &amp; &quot;협동&quot;조합<\/h1>/);
        assert.match(res.text, /<title>베타 &lt;b&gt;사회적&lt;\/b&gt; &amp; &quot;협동&quot;조합 \| 더 쎈<\/title>/);
        assert.match(res.text, /<p class="organisation-type">사회적협동조합<\/p>/);
        assert.match(res.text, /대표자<\/dt><dd>&lt;script&gt;alert\(1\)&lt;\/script&gt;<\/dd>/);
        assert.match(res.text, /신고 면제: 간이과세자 &lt;i&gt;면제&lt;\/i&gt;/);
        assert.match(res.text, /제공 중인 서비스가 없습니다/);
        assert.doesNotMatch(res.text, /<img class="logo"/);
        assert.doesNotMatch(res.text, /<script|<b>|<i>|javascript:/i);
        const own = testProducts.filter((p) => p.partnerId === beta.id);
        assert.equal(res.text.match(/href="[^"]*\/products\//g)?.length, own.length);

        const servicesOnly = await send(app, `/partners/${delta.id}`);
        assert.match(servicesOnly.text, /<p class="organisation-type">마을기업<\/p>/);
        assert.match(servicesOnly.text, /판매 중인 상품이 없습니다/);
      });

      test('pages of unknown, hidden or malformed ids are 404 pages', async () => {
        for (const path of [
          '/products/prd_hidden01',
          '/products/prd_nope0000',
          '/products/%3Cscript%3E',
          '/services/svc_suspended01',
          '/services/x',
          `/partners/${gamma.id}`,
          '/partners/pa_nobody',
          '/partners/prd_test00',
          '/partners/%3Cscript%3E',
        ]) {
          const res = await send(app, path);
          assert.equal(res.status, 404, path);
          assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
          assert.doesNotMatch(res.text, /<script/);
        }
      });

      test('GET /media/…svg renders a placeholder with safe headers', async () => {
        const res = await send(app, '/media/products/prd_wooriwheat01-1.svg');
        assert.equal(res.status, 200);
        assert.match(res.headers.get('content-type') ?? '', /^image\/svg\+xml/);
        assert.equal(res.headers.get('content-security-policy'), "default-src 'none'; style-src 'unsafe-inline'");
        assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
        assert.match(res.headers.get('cache-control') ?? '', /max-age=\d{5,}/);
        assert.match(res.text, /^<svg[\s\S]*<\/svg>\s*$/);
        const etag = res.headers.get('etag')!;
        assert.equal((await send(app, '/media/products/prd_wooriwheat01-1.svg', { headers: { 'If-None-Match': etag } })).status, 304);
      });

      test('unknown media are 404', async () => {
        for (const path of ['/media/products/prd_nothing01-1.svg', '/media/products/prd_wooriwheat01-1.png', '/media/../package.json', '/media/products/%2e%2e%2fsecret.svg']) {
          const res = await send(app, path);
          assert.equal(res.status, 404, path);
        }
      });
    });
  });
}
