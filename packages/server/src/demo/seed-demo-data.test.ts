import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DEMO_CHANNEL, demoPartners, demoProducts, demoServices } from '@thecen/mocks/fixtures';
import { Partner, Product, Service } from '@thecen/schema';
import type { Hono } from 'hono';
import { createApp } from '../app.js';
import type { Database } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import { createPgliteDatabase } from '../db/pglite-database.js';
import type { AppEnv } from '../http/app-env.js';
import { send, withKey } from '../testing/http-client.js';
import { seedDemoData } from './seed-demo-data.js';

const KEY = DEMO_CHANNEL.publishableKey;

describe('demo seed', () => {
  let db: Database;
  let app: Hono<AppEnv>;

  before(async () => {
    db = await createPgliteDatabase();
    await migrate(db);
    app = createApp({ db });
  });
  after(() => db.close());

  test('seeds the demo catalog once, and not again', async () => {
    const first = await seedDemoData(db);
    assert.deepEqual(first, { seeded: true, partners: demoPartners.length, products: demoProducts.length, services: demoServices.length });
    const second = await seedDemoData(db);
    assert.equal(second.seeded, false);
    const health = await send(app, '/health');
    assert.deepEqual(health.json.counts, {
      partners: demoPartners.length,
      products: demoProducts.length,
      services: demoServices.length,
      channels: 1,
    });
  });

  test('the demo key works from localhost on any port', async () => {
    const res = await send(app, withKey('/v1/products', KEY, { limit: 1 }), { headers: { Origin: 'http://localhost:5173' } });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('access-control-allow-origin'), 'http://localhost:5173');
    const other = await send(app, withKey('/v1/products', KEY), { headers: { Origin: 'https://example.com' } });
    assert.equal(other.status, 403);
  });

  test('every public demo product, service and partner comes out valid, with absolute URLs', async () => {
    for (const [path, schema, expected] of [
      ['/v1/products', Product, demoProducts.filter((p) => p.status === 'active')],
      ['/v1/services', Service, demoServices.filter((s) => s.status === 'active')],
      ['/v1/partners', Partner, demoPartners.filter((p) => p.status === 'active')],
    ] as const) {
      const res = await send(app, withKey(path, KEY, { limit: 100 }));
      assert.equal(res.status, 200, path);
      assert.equal(res.json.hasMore, false, 'the demo fits one page of 100');
      const activePartners = new Set(demoPartners.filter((p) => p.status === 'active').map((p) => p.id));
      const visible = expected.filter((item) => !('partnerId' in item) || activePartners.has(item.partnerId));
      assert.deepEqual(new Set(res.json.data.map((i: { id: string }) => i.id)), new Set(visible.map((i) => i.id)), path);
      for (const item of res.json.data) {
        const result = schema.safeParse(item);
        assert.ok(result.success, `${item.id}: ${JSON.stringify(result.error?.issues)}`);
        for (const image of item.images ?? (item.logo ? [item.logo] : [])) assert.match(image.url, /^http:\/\/api\.test\/media\//);
        if (item.url) assert.equal(item.url, `http://api.test${path.replace('/v1', '')}/${item.id}`);
      }
    }
  });

  test('demo descriptions with scripts or event handlers come out clean', async () => {
    const hostile = [...demoProducts, ...demoServices].filter((item) => /<script|onerror|javascript:/i.test(item.descriptionHtml));
    assert.ok(hostile.length > 0, 'the demo catalog has a hostile description to test with');
    for (const item of hostile) {
      const kind = item.object === 'product' ? 'products' : 'services';
      const res = await send(app, withKey(`/v1/${kind}/${item.id}`, KEY));
      if (res.status === 404) continue; // not public
      assert.equal(res.status, 200);
      assert.doesNotMatch(res.json.descriptionHtml, /<script|onerror|javascript:/i, item.id);
      const page = await send(app, `/${kind}/${item.id}`);
      assert.doesNotMatch(page.text, /<script|onerror|javascript:/i, `${item.id} page`);
    }
  });

  test('every demo image is served under /media', async () => {
    const urls = new Set<string>();
    for (const item of [...demoProducts, ...demoServices]) for (const image of item.images) urls.add(image.url);
    for (const partner of demoPartners) if (partner.logo) urls.add(partner.logo.url);
    for (const url of urls) {
      const res = await send(app, url);
      assert.equal(res.status, 200, url);
      assert.match(res.headers.get('content-type') ?? '', /^image\/svg\+xml/);
    }
  });

  test('every public demo item has a page with its seller identity', async () => {
    const partners = new Map(demoPartners.map((p) => [p.id, p]));
    for (const item of [...demoProducts, ...demoServices].slice(0, 200)) {
      const kind = item.object === 'product' ? 'products' : 'services';
      const res = await send(app, `/${kind}/${item.id}`);
      const partner = partners.get(item.partnerId)!;
      if (item.status !== 'active' || partner.status !== 'active') {
        assert.equal(res.status, 404, item.id);
        continue;
      }
      assert.equal(res.status, 200, item.id);
      assert.match(res.text, /사업자등록번호/);
      assert.match(res.text, /통신판매업 신고번호/);
    }
  });
});
