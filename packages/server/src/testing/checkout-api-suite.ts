/**
 * Checkout over HTTP, run once per storage engine: terms, quotes (prices from the database,
 * shipping per partner, every problem), order creation (consents, receipts, return URL, strict
 * bodies), idempotency, order tokens, secret-key rules and the buyer's cancellation.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { DEMO_TERMS_VERSION, demoCheckoutTerms } from '@thecen/mocks/fixtures';
import { CartQuote, CheckoutTerms, ORDER_TOKEN_PATTERN, Order, OrderCreated } from '@thecen/schema';
import { saveCheckoutSettings } from '../channels/checkout-settings.js';
import { revokeSecretKey } from '../channels/secret-keys.js';
import type { Database } from '../db/database.js';
import { ALLOWED_ORIGIN, OTHER_KEY, TEST_KEY, alpha, beta } from './catalog-fixtures.js';
import { RETURN_URL, SECRET_KEY, TEST_CHANNEL_ID, betaItem, bundled, parcel, stock10 } from './checkout-fixtures.js';
import {
  START_TIME,
  assertMatches,
  checkoutHarness,
  errorPaths,
  expectProblem,
  orderBody,
  prepareCheckoutDatabase,
  sendTo,
  type CheckoutHarness,
} from './checkout-harness.js';

export function describeCheckoutApi(engine: string, openDatabase: () => Promise<Database>, closeDatabase?: () => Promise<void>): void {
  describe(`checkout API on ${engine}`, () => {
    let db: Database;
    let h: CheckoutHarness;

    before(async () => {
      db = await openDatabase();
      await prepareCheckoutDatabase(db);
      h = checkoutHarness(db);
    });

    after(async () => {
      await db?.close();
      await closeDatabase?.();
      assert.deepEqual(h?.unexpected ?? [], [], 'no request ended in an unexpected error');
    });

    const countOrders = async () => (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM orders'))[0]!.n;
    const quote = (body: unknown) => h.postJson('/v1/cart/quote', body);

    describe('terms', () => {
      test('GET /v1/checkout/terms: the mall\'s terms, cacheable, deadline from its settings', async () => {
        await saveCheckoutSettings(db, TEST_CHANNEL_ID, { virtualAccountHours: 48 });
        const res = await sendTo(h.app, `/v1/checkout/terms?key=${TEST_KEY}`, { headers: { Origin: ALLOWED_ORIGIN } });
        assert.equal(res.status, 200, res.text);
        assertMatches(CheckoutTerms, res.json, 'terms');
        assert.equal(res.json.virtualAccountHours, 48);
        assert.equal(res.json.consents.length, demoCheckoutTerms.consents.length);
        assert.match(res.json.intermediaryNotice, /통신판매중개자/);
        assert.equal(res.headers.get('access-control-allow-origin'), ALLOWED_ORIGIN);
        const etag = res.headers.get('etag')!;
        assert.ok(etag);
        const again = await sendTo(h.app, `/v1/checkout/terms?key=${TEST_KEY}`, { headers: { 'If-None-Match': etag } });
        assert.equal(again.status, 304);
        await saveCheckoutSettings(db, TEST_CHANNEL_ID, { virtualAccountHours: 24 });
      });

      test('a mall without terms takes no orders', async () => {
        expectProblem(await sendTo(h.app, `/v1/checkout/terms?key=${OTHER_KEY}`), 404, 'not_found');
      });
    });

    describe('quote', () => {
      test('prices come from the database; shipping per partner with bundling and per-product parcels', async () => {
        await h.setStock(stock10.id, 10);
        const res = await quote({
          lines: [
            { productId: stock10.id, quantity: 1 },
            { productId: bundled.id, quantity: 1 },
            { productId: parcel.id, quantity: 1 },
            { productId: betaItem.id, quantity: 2 },
          ],
          postalCode: '04001',
        });
        assert.equal(res.status, 200, res.text);
        assertMatches(CartQuote, res.json, 'quote');
        assert.equal(res.headers.get('cache-control'), 'no-store');
        const q = res.json;
        assert.deepEqual(q.problems, []);
        assert.deepEqual(q.lines.map((l: { unitPrice: number }) => l.unitPrice), [10000, 12000, 20000, 7000]);
        const [a, b] = q.groups;
        assert.equal(a.partnerId, alpha.id);
        // Bundled: 10,000 + 12,000 ships once at the highest fee (3,000), free from the lowest threshold (30,000).
        // The per-product parcel pays its own 4,000 (20,000 < 40,000).
        assert.deepEqual(
          { subtotal: a.subtotal, shippingFee: a.shippingFee, remoteAreaFee: a.remoteAreaFee, total: a.total, free: a.freeShippingThreshold, toFree: a.amountToFreeShipping },
          { subtotal: 42000, shippingFee: 7000, remoteAreaFee: 0, total: 49000, free: 30000, toFree: 8000 },
        );
        assert.equal(b.partnerId, beta.id);
        assert.deepEqual(
          { subtotal: b.subtotal, shippingFee: b.shippingFee, total: b.total, free: b.freeShippingThreshold, toFree: b.amountToFreeShipping },
          { subtotal: 14000, shippingFee: 3500, total: 17500, free: null, toFree: null },
        );
        assert.deepEqual([q.subtotal, q.shippingTotal, q.total, q.remoteArea], [56000, 10500, 66500, false]);
      });

      test('free shipping from the threshold, and the Jeju / island surcharge once per parcel', async () => {
        const free = (await quote({ lines: [{ productId: bundled.id, quantity: 3 }] })).json;
        assert.deepEqual([free.groups[0].shippingFee, free.groups[0].amountToFreeShipping, free.total], [0, 0, 36000]);
        const jeju = (await quote({ lines: [{ productId: bundled.id, quantity: 1 }, { productId: parcel.id, quantity: 1 }, { productId: betaItem.id, quantity: 1 }], postalCode: '63100' })).json;
        assert.equal(jeju.remoteArea, true);
        assert.equal(jeju.groups[0].remoteAreaFee, 4000 + 5000, 'bundled parcel once (highest fee) + the separate parcel');
        assert.equal(jeju.groups[1].remoteAreaFee, 3000);
      });

      test('every problem is reported per line and problem lines are not totalled', async () => {
        await h.setStock(stock10.id, 10);
        const res = await quote({
          lines: [
            { productId: 'prd_ckhidden1', quantity: 1 },
            { productId: 'prd_cksusp01', quantity: 1 },
            { productId: 'prd_nosuch0001', quantity: 1 },
            { productId: 'prd_ckoption1', quantity: 1 },
            { productId: 'prd_ckoption1', variantId: 'zz', quantity: 1 },
            { productId: 'prd_ckoption1', variantId: 'b', quantity: 1 },
            { productId: stock10.id, quantity: 11 },
            { productId: bundled.id, quantity: 1, expectedUnitPrice: 11000 },
            { productId: betaItem.id, variantId: 'a', quantity: 1 },
          ],
        });
        assert.equal(res.status, 200, res.text);
        assertMatches(CartQuote, res.json, 'quote');
        const problems = res.json.problems.map((p: { lineIndex: number; code: string }) => `${p.lineIndex}:${p.code}`);
        assert.deepEqual(problems, [
          '0:product_gone', '1:product_gone', '2:product_gone', '3:option_required', '4:option_gone', '5:sold_out',
          '6:quantity_above_stock', '7:price_changed', '8:option_gone',
        ]);
        const above = res.json.problems.find((p: { code: string }) => p.code === 'quantity_above_stock');
        assert.equal(above.available, 10);
        const changed = res.json.problems.find((p: { code: string }) => p.code === 'price_changed');
        assert.deepEqual([changed.previousUnitPrice, changed.currentUnitPrice], [11000, 12000]);
        assert.equal(res.json.total, 12000 + 2500, 'only the orderable line is totalled (price changes stay orderable)');
      });

      test('bad bodies are 400 problems with field paths; browser totals do not exist; 64 KB at most', async () => {
        const withTotal = await quote({ lines: [{ productId: bundled.id, quantity: 1 }], total: 1 });
        expectProblem(withTotal, 400, 'validation_failed');
        assert.deepEqual(errorPaths(withTotal), ['body.total']);
        assert.equal(withTotal.headers.get('access-control-allow-origin'), ALLOWED_ORIGIN, 'the page can read why');
        const priced = await quote({ lines: [{ productId: bundled.id, quantity: 1, unitPrice: 1 }] });
        assert.deepEqual(errorPaths(priced), ['body.lines.0.unitPrice']);
        const syntax = await quote('{"lines": [');
        expectProblem(syntax, 400, 'validation_failed');
        assert.deepEqual(errorPaths(syntax), ['body']);
        assert.equal(syntax.json.errors[0].code, 'invalid_json');
        assert.deepEqual(errorPaths(await quote({ lines: [] })), ['body.lines']);
        assert.deepEqual(errorPaths(await quote({ lines: [{ productId: bundled.id, quantity: 0 }] })), ['body.lines.0.quantity']);
        assert.deepEqual(errorPaths(await quote({ lines: [{ productId: 'nope', quantity: 1 }] })), ['body.lines.0.productId']);
        assert.deepEqual(errorPaths(await quote([1, 2])), ['body']);
        const text = await h.postJson('/v1/cart/quote', JSON.stringify({ lines: [{ productId: bundled.id, quantity: 1 }] }), { 'Content-Type': 'text/plain' });
        assert.deepEqual(errorPaths(text), ['header.Content-Type']);
        const huge = await quote({ lines: [{ productId: bundled.id, quantity: 1 }], pad: 'x'.repeat(70 * 1024) });
        expectProblem(huge, 413, 'payload_too_large');
      });

      test('keys and origins are checked like the catalog; writes may be preflighted without a key', async () => {
        const body = JSON.stringify({ lines: [{ productId: bundled.id, quantity: 1 }] });
        expectProblem(await sendTo(h.app, '/v1/cart/quote', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body }), 401, 'unauthorized');
        expectProblem(
          await sendTo(h.app, `/v1/cart/quote?key=${TEST_KEY}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: 'https://evil.example' }, body }),
          403,
          'forbidden_origin',
        );
        const bearer = await sendTo(h.app, '/v1/cart/quote', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TEST_KEY}`, Origin: ALLOWED_ORIGIN },
          body,
        });
        assert.equal(bearer.status, 200);
        const preflight = await sendTo(h.app, '/v1/orders', {
          method: 'OPTIONS',
          headers: { Origin: ALLOWED_ORIGIN, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization, content-type, idempotency-key' },
        });
        assert.equal(preflight.status, 204);
        assert.equal(preflight.headers.get('access-control-allow-origin'), ALLOWED_ORIGIN);
        assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /Idempotency-Key/);
        const wrongMethod = await sendTo(h.app, `/v1/cart/quote?key=${TEST_KEY}`);
        expectProblem(wrongMethod, 405, 'method_not_allowed');
      });
    });

    describe('placing an order', () => {
      test('201: one sub-order per partner with its seller identity, amounts from the server, stock reserved, a signed token', async () => {
        await h.setStock(stock10.id, 10);
        const betaBefore = await h.stockOf(betaItem.id);
        const res = await h.createOrder(orderBody({
          lines: [{ productId: stock10.id, quantity: 2 }, { productId: betaItem.id, quantity: 1 }],
          consents: demoCheckoutTerms.consents.map((c) => ({ type: c.type, version: c.version, accepted: true })),
        }));
        assert.equal(res.status, 201, res.text);
        assertMatches(OrderCreated, res.json, 'order created');
        const { order, orderToken, payment } = res.json;
        assert.match(orderToken, ORDER_TOKEN_PATTERN);
        assert.equal(order.status, 'pending_payment');
        assert.match(order.number, /^CEN-20261123-[0-9A-Z]{6}$/);
        assert.deepEqual(order.subOrders.map((s: { partnerId: string }) => s.partnerId), [alpha.id, beta.id]);
        const [a, b] = order.subOrders;
        assert.equal(a.seller.name, alpha.name);
        assert.equal(a.seller.businessNumber, '1248100998');
        assert.deepEqual(a.seller.mailOrder, alpha.mailOrder);
        assert.equal(b.seller.representative, beta.representative, 'stored as text; escaped wherever it is shown');
        assert.deepEqual([a.status, a.subtotal, a.shippingFee, a.total], ['pending', 20000, 3000, 23000]);
        assert.deepEqual([b.subtotal, b.shippingFee, b.total], [7000, 3500, 10500]);
        assert.deepEqual([order.subtotal, order.shippingTotal, order.total], [27000, 6500, 33500]);
        assert.deepEqual([payment.amount, order.payment.amount, order.payment.status], [33500, 33500, 'ready']);
        assert.equal(payment.provider, 'test');
        assert.match(payment.redirectUrl, /^http:\/\/api\.test\/pay\/test\/pay_[a-z0-9]+\?t=/);
        assert.equal(order.expiresAt, new Date(START_TIME + 30 * 60_000).toISOString(), 'card payments hold stock 30 minutes');
        assert.deepEqual(
          order.consents.map((c: { type: string; version: string; accepted: boolean; acceptedAt: string }) => [c.type, c.version, c.accepted, c.acceptedAt]).sort(),
          demoCheckoutTerms.consents.map((c) => [c.type, DEMO_TERMS_VERSION, true, new Date(START_TIME).toISOString()]).sort(),
        );
        assert.equal(order.deliveryNote, '문 앞에 놓아 주세요');
        assert.equal(order.buyer.phone, '01012345678', 'phones are stored as digits');
        assert.equal(await h.stockOf(stock10.id), 8);
        assert.equal(await h.stockOf(betaItem.id), betaBefore! - 1);

        const read = await h.getByToken(orderToken);
        assert.equal(read.status, 200, read.text);
        assertMatches(Order, read.json, 'order');
        assert.deepEqual(read.json, order);
        assert.equal(read.headers.get('cache-control'), 'no-store');
      });

      test('tokens: tampered, malformed, unknown or of another mall are all 404', async () => {
        const created = await h.createOrder();
        const token: string = created.json.orderToken;
        // Change one signature character for certain (replacing it with itself would be no tamper at all).
        const flipped = token.slice(0, -2) + (token.at(-2) === 'A' ? 'B' : 'A') + token.slice(-1);
        assert.notEqual(flipped, token);
        for (const bad of [flipped, 'ot_nonsense', 'ot_AAAAAAAAAAAA.BBBBBBBBBBBBBBBBBBBB', `${token}x`, 'x'.repeat(300)]) {
          expectProblem(await h.getByToken(bad), 404, 'not_found');
        }
        expectProblem(await sendTo(h.app, `/v1/orders/by-token/${token}?key=${OTHER_KEY}`), 404, 'not_found');
      });

      test('required consents of the current version must be accepted (400 at body.consents); nothing is reserved', async () => {
        await h.setStock(stock10.id, 10);
        const before = await countOrders();
        const declined = await h.createOrder(orderBody({
          consents: demoCheckoutTerms.consents.map((c) => ({ type: c.type, version: c.version, accepted: c.type !== 'personal_info_provision' && c.required })),
        }));
        expectProblem(declined, 400, 'validation_failed');
        assert.deepEqual(errorPaths(declined), ['body.consents']);
        assert.match(declined.json.errors[0].message, /personal_info_provision/);
        const missing = await h.createOrder(orderBody({ consents: [] }));
        assert.deepEqual(errorPaths(missing), ['body.consents']);
        const stale = await h.createOrder(orderBody({
          consents: demoCheckoutTerms.consents.map((c, i) => ({ type: c.type, version: i === 0 ? '2020-01-01' : c.version, accepted: true })),
        }));
        assert.deepEqual(errorPaths(stale), ['body.consents.0.version', 'body.consents']);
        const twice = await h.createOrder(orderBody({
          consents: [...demoCheckoutTerms.consents, demoCheckoutTerms.consents[0]!].map((c) => ({ type: c.type, version: c.version, accepted: true })),
        }));
        assert.deepEqual(errorPaths(twice), [`body.consents.${demoCheckoutTerms.consents.length}`]);
        assert.equal(await countOrders(), before);
        assert.equal(await h.stockOf(stock10.id), 10);
        // Marketing is optional either way.
        const noMarketing = await h.createOrder(orderBody({
          consents: demoCheckoutTerms.consents.filter((c) => c.required).map((c) => ({ type: c.type, version: c.version, accepted: true })),
        }));
        assert.equal(noMarketing.status, 201, noMarketing.text);
      });

      test('tax invoice data (checked business number) and cash receipts are stored with the order', async () => {
        const invoice = await h.createOrder(orderBody({
          businessPurchase: true,
          receipt: {
            type: 'tax_invoice',
            businessNumber: '124-81-00998',
            companyName: '우리생협',
            representative: '박대표',
            email: 'tax@coop.example.kr',
            businessType: '도소매',
            businessItem: '식품',
          },
        }));
        assert.equal(invoice.status, 201, invoice.text);
        const order = invoice.json.order;
        assert.equal(order.businessPurchase, true);
        assert.equal(order.receipt.type, 'tax_invoice');
        assert.match(order.receipt.summary, /세금계산서 · 124-81-00998 · 우리생협/);
        const [row] = await db.query<{ type: string; data: Record<string, string> }>('SELECT type, data FROM order_receipt_requests WHERE order_id = $1', [order.id]);
        assert.deepEqual(row, {
          type: 'tax_invoice',
          data: { businessNumber: '1248100998', companyName: '우리생협', representative: '박대표', email: 'tax@coop.example.kr', businessType: '도소매', businessItem: '식품' },
        });

        const bad = await h.createOrder(orderBody({
          receipt: { type: 'tax_invoice', businessNumber: '123-45-67890', companyName: '가짜', representative: '누구', email: 'a@b.kr' },
        }));
        assert.deepEqual(errorPaths(bad), ['body.receipt.businessNumber']);

        const cash = await h.createOrder(orderBody({ receipt: { type: 'cash_receipt', purpose: 'income_deduction', identifier: '01098765432' } }));
        assert.equal(cash.status, 201, cash.text);
        assert.match(cash.json.order.receipt.summary, /현금영수증 · 소득공제용 · 010-9876-5432/);
      });

      test('totals sent by the browser do not exist (400), nor do prices', async () => {
        const total = await h.createOrder(orderBody({ total: 1 }));
        expectProblem(total, 400, 'validation_failed');
        assert.deepEqual(errorPaths(total), ['body.total']);
        const price = await h.createOrder(orderBody({ lines: [{ productId: stock10.id, quantity: 1, unitPrice: 1 }] }));
        assert.deepEqual(errorPaths(price), ['body.lines.0.unitPrice']);
      });

      test('the return URL must be on an allowed origin of the key', async () => {
        for (const returnUrl of ['https://evil.example/done', 'http://coop.example/done', 'javascript:alert(1)']) {
          const res = await h.createOrder(orderBody({ returnUrl }));
          expectProblem(res, 400, 'validation_failed');
          assert.deepEqual(errorPaths(res), ['body.returnUrl'], returnUrl);
        }
        assert.equal((await h.createOrder(orderBody({ returnUrl: 'http://localhost:5173/checkout/done' }))).status, 201);
      });

      test('an Idempotency-Key is required', async () => {
        const res = await h.createOrder(orderBody(), { key: null });
        expectProblem(res, 400, 'validation_failed');
        assert.deepEqual(errorPaths(res), ['header.Idempotency-Key']);
      });

      test('a cart that changed is a 409 with the current quote; nothing is reserved', async () => {
        await h.setStock(stock10.id, 3);
        const before = await countOrders();
        const res = await h.createOrder(orderBody({ lines: [{ productId: stock10.id, quantity: 4 }, { productId: betaItem.id, quantity: 1 }] }));
        expectProblem(res, 409, 'cart_changed');
        assert.equal(res.headers.get('access-control-allow-origin'), ALLOWED_ORIGIN);
        assertMatches(CartQuote, res.json.quote, 'quote of the problem');
        assert.deepEqual(res.json.quote.problems.map((p: { code: string; available: number }) => [p.code, p.available]), [['quantity_above_stock', 3]]);
        const repeated = await h.createOrder(orderBody({ lines: [{ productId: stock10.id, quantity: 2 }, { productId: stock10.id, quantity: 2 }] }));
        expectProblem(repeated, 409, 'cart_changed');
        // Two lines of one item share its stock: the second asks for more than the first leaves.
        assert.deepEqual(repeated.json.quote.problems.map((p: { code: string; lineIndex: number; available: number }) => `${p.lineIndex}:${p.code}:${p.available}`), ['1:quantity_above_stock:1']);
        const changedPrice = await h.createOrder(orderBody({ lines: [{ productId: bundled.id, quantity: 1, expectedUnitPrice: 9000 }] }));
        expectProblem(changedPrice, 409, 'cart_changed');
        assert.equal(await countOrders(), before);
        assert.equal(await h.stockOf(stock10.id), 3);
      });
    });

    describe('idempotency', () => {
      test('a retry with the same key and body gets the first answer; one order', async () => {
        const key = randomUUID();
        const before = await countOrders();
        const first = await h.createOrder(orderBody({ lines: [{ productId: bundled.id, quantity: 1 }] }), { key });
        const second = await h.createOrder(orderBody({ lines: [{ productId: bundled.id, quantity: 1 }] }), { key });
        assert.equal(first.status, 201);
        assert.equal(second.status, 201);
        assert.equal(second.text, first.text);
        assert.equal(second.headers.get('idempotent-replayed'), 'true');
        assert.equal(first.headers.get('idempotent-replayed'), null);
        assert.equal(await countOrders(), before + 1);
      });

      test('concurrent duplicates (double click, SDK retry) make exactly one order', async () => {
        const key = randomUUID();
        const before = await countOrders();
        const body = orderBody({ lines: [{ productId: bundled.id, quantity: 2 }] });
        const answers = await Promise.all(Array.from({ length: 10 }, () => h.createOrder(body, { key })));
        assert.deepEqual(answers.map((a) => a.status), Array(10).fill(201));
        assert.equal(new Set(answers.map((a) => a.json.order.id)).size, 1);
        assert.equal(await countOrders(), before + 1);
      });

      test('the same key with another body is a 409', async () => {
        const key = randomUUID();
        assert.equal((await h.createOrder(orderBody({ lines: [{ productId: bundled.id, quantity: 1 }] }), { key })).status, 201);
        const reused = await h.createOrder(orderBody({ lines: [{ productId: bundled.id, quantity: 2 }] }), { key });
        expectProblem(reused, 409, 'idempotency_key_reused');
      });

      test('a request that failed frees its key: the corrected retry may use it', async () => {
        const key = randomUUID();
        await h.setStock(stock10.id, 0);
        const body = orderBody({ lines: [{ productId: stock10.id, quantity: 1 }] });
        expectProblem(await h.createOrder(body, { key }), 409, 'cart_changed');
        await h.setStock(stock10.id, 5);
        assert.equal((await h.createOrder(body, { key })).status, 201);
      });
    });

    describe('secret keys', () => {
      let orderId: string;
      before(async () => {
        orderId = (await h.createOrder(orderBody({ lines: [{ productId: bundled.id, quantity: 1 }] }))).json.order.id;
      });

      test('GET /v1/orders/{id} with the channel\'s secret key', async () => {
        const res = await h.secret(`/v1/orders/${orderId}`);
        assert.equal(res.status, 200, res.text);
        assertMatches(Order, res.json, 'order');
        assert.equal(res.headers.get('access-control-allow-origin'), null);
      });

      test('missing, wrong, publishable or URL keys are 401', async () => {
        expectProblem(await sendTo(h.app, `/v1/orders/${orderId}`), 401, 'unauthorized');
        expectProblem(await h.secret(`/v1/orders/${orderId}`, { key: 'sk_test_WrongWrongWrongWrong00000' }), 401, 'unauthorized');
        expectProblem(await h.secret(`/v1/orders/${orderId}`, { key: TEST_KEY }), 401, 'unauthorized');
        expectProblem(await sendTo(h.app, `/v1/orders/${orderId}?key=${SECRET_KEY}`), 401, 'unauthorized');
        expectProblem(await sendTo(h.app, `/v1/orders/${orderId}?key=${TEST_KEY}`), 401, 'unauthorized');
      });

      test('a secret key from a browser (any Origin) is refused, without CORS headers', async () => {
        const res = await h.secret(`/v1/orders/${orderId}`, { headers: { Origin: ALLOWED_ORIGIN } });
        expectProblem(res, 401, 'unauthorized');
        assert.equal(res.headers.get('access-control-allow-origin'), null);
        const preflight = await sendTo(h.app, `/v1/orders/${orderId}/refunds`, { method: 'OPTIONS', headers: { Origin: ALLOWED_ORIGIN } });
        expectProblem(preflight, 401, 'unauthorized');
        // And publishable routes never take a secret key.
        const onBrowserRoute = await sendTo(h.app, '/v1/cart/quote', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${SECRET_KEY}`, Origin: ALLOWED_ORIGIN },
          body: JSON.stringify({ lines: [{ productId: bundled.id, quantity: 1 }] }),
        });
        expectProblem(onBrowserRoute, 401, 'unauthorized');
        assert.match(onBrowserRoute.json.detail, /roll this secret key/);
      });

      test('another channel\'s key does not see the order; a revoked key is refused', async () => {
        expectProblem(await h.secret(`/v1/orders/${orderId}`, { key: 'sk_test_OtherChannelSecretKey00000002' }), 404, 'not_found');
        expectProblem(await h.secret('/v1/orders/ord_nosuchorder01'), 404, 'not_found');
        expectProblem(await h.secret('/v1/orders/not-an-id'), 400, 'validation_failed');
        const temporary = 'sk_test_TemporaryKeyToRevoke00000003';
        const { registerSecretKey } = await import('../channels/secret-keys.js');
        await registerSecretKey(db, TEST_CHANNEL_ID, temporary);
        assert.equal((await h.secret(`/v1/orders/${orderId}`, { key: temporary })).status, 200);
        await revokeSecretKey(db, temporary);
        expectProblem(await h.secret(`/v1/orders/${orderId}`, { key: temporary }), 401, 'unauthorized');
      });

      test('only hashes of secret keys are stored', async () => {
        const rows = await db.query<{ key_hash: string; hint: string }>('SELECT key_hash, hint FROM channel_secret_keys');
        assert.ok(rows.length >= 2);
        for (const row of rows) {
          assert.match(row.key_hash, /^[0-9a-f]{64}$/);
          assert.equal(row.hint.length, 4);
        }
        const all = JSON.stringify(await db.query('SELECT * FROM channel_secret_keys'));
        assert.ok(!all.includes(SECRET_KEY));
      });
    });

    describe('cancellation by the buyer', () => {
      test('an unpaid order is cancelled at once and its stock returns', async () => {
        await h.setStock(stock10.id, 10);
        const created = await h.createOrder(orderBody({ lines: [{ productId: stock10.id, quantity: 3 }] }));
        assert.equal(await h.stockOf(stock10.id), 7);
        const token = created.json.orderToken;
        const res = await h.postJson(`/v1/orders/by-token/${token}/cancellation`, { kind: 'cancel', reason: '마음이 바뀌었어요' });
        assert.equal(res.status, 200, res.text);
        assertMatches(Order, res.json, 'order');
        assert.equal(res.json.status, 'canceled');
        assert.equal(res.json.subOrders[0].status, 'canceled');
        assert.equal(res.json.payment.status, 'canceled');
        assert.equal(res.json.expiresAt, null);
        assert.equal(await h.stockOf(stock10.id), 10);
        const again = await h.postJson(`/v1/orders/by-token/${token}/cancellation`, { kind: 'cancel', reason: '두 번' });
        assert.equal(again.json.status, 'canceled');
        assert.equal(await h.stockOf(stock10.id), 10, 'stock returns once');
        const pay = await h.postJson(`/v1/orders/by-token/${token}/payments`, { paymentMethod: 'card' });
        expectProblem(pay, 409, 'order_not_payable');
      });
    });
  });
}
