import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  CartQuote,
  CheckoutTerms,
  ORDER_TOKEN_PATTERN,
  Order,
  OrderCreated,
  PaymentSession,
  Problem,
  quoteCart,
  type Product,
} from '@thecen/schema';
import { createMockFetch, type MockFetch } from '../fetch.js';
import { DEMO_CHANNEL, DEMO_PUBLISHABLE_KEY, demoCheckoutTerms, demoPartners, demoProducts } from '../fixtures/index.js';
import { createHandlers, mockPayments } from '../index.js';
import { createMockServer } from '../node.js';
import { productWithAbsoluteUrls } from './absolute-urls.js';
import type { CreateHandlersOptions } from './create-handlers.js';

const BASE = 'http://localhost:8787';

interface CallOptions {
  body?: unknown;
  /** `Idempotency-Key`; `null` sends none. Default: a new random key. */
  idempotencyKey?: string | null;
  key?: string | null;
}

/** A mock API of its own (own orders) and a `call()` sending requests like the SDK does. */
function setup(options: CreateHandlersOptions = {}) {
  const mockFetch = createMockFetch(options);
  async function call(method: 'GET' | 'POST', path: string, { body, idempotencyKey = crypto.randomUUID(), key = DEMO_PUBLISHABLE_KEY }: CallOptions = {}) {
    const url = new URL(path, BASE);
    const headers: Record<string, string> = {};
    if (key) url.searchParams.set('key', key);
    if (method === 'POST') {
      headers['Content-Type'] = 'application/json';
      if (key) headers.Authorization = `Bearer ${key}`;
      if (idempotencyKey !== null && path !== '/v1/cart/quote') headers['Idempotency-Key'] = idempotencyKey;
    }
    return mockFetch(url, { method, headers, body: typeof body === 'string' ? body : body === undefined ? undefined : JSON.stringify(body) });
  }
  return { mockFetch, call, payments: mockPayments(mockFetch) };
}

async function json<T>(response: Response, status: number): Promise<T> {
  assert.equal(response.status, status, await response.clone().text());
  return (await response.json()) as T;
}

async function problem(response: Response, status: number): Promise<Problem & Record<string, unknown>> {
  assert.equal(response.headers.get('Content-Type'), 'application/problem+json');
  const body = await json<Record<string, unknown>>(response, status);
  Problem.parse(body);
  return body as Problem & Record<string, unknown>;
}

type OrderBody = ReturnType<typeof orderBody>;

/** An order of two partners' products: 우리밀 (15,000 + 3,500 shipping) and 소이플리 (18,000 + 3,000). */
function orderBody(overrides: Record<string, unknown> = {}) {
  return {
    lines: [
      { productId: 'prd_wooriwheat02', quantity: 2, expectedUnitPrice: 7500 },
      { productId: 'prd_soyplea01', variantId: 'lavender', quantity: 1 },
    ] as { productId: string; variantId?: string; quantity: number; expectedUnitPrice?: number }[],
    buyer: { name: '김민지', phone: '010-2345-6789', email: 'minji@example.kr' },
    shippingAddress: { recipient: '김민지', phone: '010-2345-6789', postalCode: '04001', road: '서울특별시 마포구 성미산로 1', detail: '101동 202호' },
    deliveryNote: '문 앞에 놓아 주세요',
    consents: demoCheckoutTerms.consents.map((c) => ({ type: c.type, version: c.version, accepted: c.required })),
    receipt: { type: 'cash_receipt', purpose: 'income_deduction', identifier: '01023456789' } as Record<string, unknown>,
    paymentMethod: 'card' as 'card' | 'virtual_account',
    returnUrl: 'http://localhost:5173/order-complete',
    ...overrides,
  };
}

async function createOrder(call: ReturnType<typeof setup>['call'], body: OrderBody = orderBody(), idempotencyKey?: string) {
  return OrderCreated.parse(await json(await call('POST', '/v1/orders', { body, idempotencyKey }), 201));
}

async function available(call: ReturnType<typeof setup>['call'], productId: string, variantId?: string) {
  const quote = CartQuote.parse(await json(await call('POST', '/v1/cart/quote', { body: { lines: [{ productId, variantId, quantity: 1 }] } }), 200));
  return quote.lines[0]?.available;
}

describe('checkout terms', () => {
  it('answers the demo terms; 401 without a key', async () => {
    const { call } = setup();
    const terms = CheckoutTerms.parse(await json(await call('GET', '/v1/checkout/terms'), 200));
    assert.deepEqual(terms, demoCheckoutTerms);
    await problem(await call('GET', '/v1/checkout/terms', { key: null }), 401);
  });

  it('answers the terms given to createHandlers', async () => {
    const custom = { ...demoCheckoutTerms, virtualAccountHours: 72 };
    const { call } = setup({ checkoutTerms: custom });
    assert.equal((await json<CheckoutTerms>(await call('GET', '/v1/checkout/terms'), 200)).virtualAccountHours, 72);
  });
});

describe('cart quote', () => {
  it('prices with quoteCart() over the public products, with absolute image URLs', async () => {
    const { call } = setup();
    const request = {
      lines: [
        { productId: 'prd_wooriwheat01', variantId: '3kg', quantity: 2 },
        { productId: 'prd_cafegeumulko04', quantity: 1 },
        { productId: 'prd_wooriwheat04', quantity: 3 },
      ],
      postalCode: '63309',
    };
    const quote = CartQuote.parse(await json(await call('POST', '/v1/cart/quote', { body: request }), 200));
    const products = new Map<string, Product>(demoProducts.map((p) => [p.id, productWithAbsoluteUrls(BASE, p)]));
    assert.deepEqual(quote, quoteCart({ ...request, products }));
    assert.equal(quote.remoteArea, true);
    assert.deepEqual(quote.groups.map((g) => g.partnerId), ['pa_wooriwheat', 'pa_cafegeumulko']);
    assert.equal(quote.lines[0]!.image!.url, `${BASE}/media/products/prd_wooriwheat01-1.svg`);
    assert.equal(quote.groups[0]!.subtotal, 34000 + 13500);
  });

  it('reports sold-out, hidden and suspended partners’ products', async () => {
    const { call } = setup();
    const quote = CartQuote.parse(
      await json(
        await call('POST', '/v1/cart/quote', {
          body: {
            lines: [
              { productId: 'prd_betterwaffle02', quantity: 1 }, // stock 0
              { productId: 'prd_soyplea06', quantity: 1 }, // draft
              { productId: 'prd_haetsalmaeul01', quantity: 1 }, // partner suspended
              { productId: 'prd_jeonjufood04', variantId: 'large', quantity: 1 }, // option sold out
              { productId: 'prd_hanjicraft01', quantity: 1, expectedUnitPrice: 60000 },
            ],
          },
        }),
        200,
      ),
    );
    assert.deepEqual(
      quote.problems.map((p) => [p.lineIndex, p.code]),
      [
        [0, 'sold_out'],
        [1, 'product_gone'],
        [2, 'product_gone'],
        [3, 'sold_out'],
        [4, 'price_changed'],
      ],
    );
  });

  it('rejects invalid bodies with body field paths, and requests without a key', async () => {
    const { call } = setup();
    const invalid = await problem(
      await call('POST', '/v1/cart/quote', { body: { lines: [{ productId: 'prd_wooriwheat02', quantity: 0 }], postalCode: '123', total: 1 } }),
      400,
    );
    assert.equal(invalid.code, 'validation_failed');
    assert.deepEqual(invalid.errors!.map((e) => e.path).sort(), ['body.lines.0.quantity', 'body.postalCode', 'body.total']);
    const empty = await problem(await call('POST', '/v1/cart/quote', { body: { lines: [] } }), 400);
    assert.deepEqual(empty.errors!.map((e) => e.path), ['body.lines']);
    const notJson = await problem(await call('POST', '/v1/cart/quote', { body: '{"lines": [' }), 400);
    assert.deepEqual(notJson.errors!.map((e) => [e.path, e.code]), [['body', 'invalid_json']]);
    await problem(await call('POST', '/v1/cart/quote', { body: { lines: [{ productId: 'prd_wooriwheat02', quantity: 1 }] }, key: null }), 401);
  });
});

describe('order creation', () => {
  it('creates an order with one sub-order per partner, the sellers’ identity and a payment session', async () => {
    const { call } = setup();
    const created = await createOrder(call);
    const { order, orderToken, payment } = created;
    assert.match(orderToken, ORDER_TOKEN_PATTERN);
    assert.match(order.id, /^ord_[a-z0-9]{16}$/);
    assert.match(order.number, /^CEN-\d{8}-[2-9A-HJ-NP-Z]{6}$/);
    assert.equal(order.status, 'pending_payment');
    assert.deepEqual(order.subOrders.map((s) => [s.partnerId, s.status, s.subtotal, s.shippingFee, s.total]), [
      ['pa_wooriwheat', 'pending', 15000, 3500, 18500],
      ['pa_soyplea', 'pending', 18000, 3000, 21000],
    ]);
    assert.deepEqual([order.subtotal, order.shippingTotal, order.total], [33000, 6500, 39500]);
    for (const sub of order.subOrders) {
      const partner = demoPartners.find((p) => p.id === sub.partnerId)!;
      assert.deepEqual(sub.seller, {
        partnerId: partner.id,
        name: partner.name,
        representative: partner.representative,
        businessNumber: partner.businessNumber,
        mailOrder: partner.mailOrder,
        address: partner.address,
        phone: partner.phone,
        email: partner.email,
      });
    }
    assert.deepEqual(order.subOrders[1]!.lines.map((l) => [l.productId, l.variantId, l.variantLabel, l.quantity, l.unitPrice, l.lineTotal]), [
      ['prd_soyplea01', 'lavender', '라벤더', 1, 18000, 18000],
    ]);
    assert.equal(order.buyer.phone, '01023456789', 'phones are stored as digits');
    assert.equal(order.receipt.type, 'cash_receipt');
    assert.equal(order.receipt.summary, '현금영수증 · 소득공제용 · 010-2345-6789');
    assert.equal(order.deliveryNote, '문 앞에 놓아 주세요');
    assert.deepEqual(order.consents.map((c) => [c.type, c.version, c.accepted]), [
      ['purchase_terms', '2026-11-01', true],
      ['personal_info_collection', '2026-11-01', true],
      ['personal_info_provision', '2026-11-01', true],
      ['marketing', '2026-11-01', false],
    ]);
    assert.ok(order.consents.every((c) => c.acceptedAt === order.createdAt));
    assert.deepEqual(payment, {
      paymentId: order.payment.id,
      provider: 'test',
      amount: 39500,
      redirectUrl: `${BASE}/pay/test/${order.payment.id}`,
      clientParams: null,
    });
    assert.deepEqual([order.payment.status, order.payment.method, order.payment.amount], ['ready', 'card', 39500]);
    assert.ok(order.expiresAt && Date.parse(order.expiresAt) > Date.parse(order.createdAt));
  });

  it('records a tax invoice request and a business purchase', async () => {
    const { call } = setup();
    const { order } = await createOrder(
      call,
      orderBody({
        businessPurchase: true,
        receipt: { type: 'tax_invoice', businessNumber: '124-81-00998', companyName: '우리동네생협', representative: '박대표', email: 'tax@coop.example.kr' },
      }),
    );
    assert.equal(order.businessPurchase, true);
    assert.equal(order.receipt.summary, '세금계산서 · 124-81-00998 · 우리동네생협');
  });

  it('adds the remote-area fee for a Jeju address', async () => {
    const { call } = setup();
    const body = orderBody();
    body.shippingAddress.postalCode = '63309';
    const { order } = await createOrder(call, body);
    assert.deepEqual(order.subOrders.map((s) => s.remoteAreaFee), [3000, 3000]);
    assert.equal(order.total, 39500 + 6000);
  });

  it('requires an Idempotency-Key', async () => {
    const { call } = setup();
    const missing = await problem(await call('POST', '/v1/orders', { body: orderBody(), idempotencyKey: null }), 400);
    assert.deepEqual(missing.errors!.map((e) => e.path), ['header.Idempotency-Key']);
    const tooLong = await problem(await call('POST', '/v1/orders', { body: orderBody(), idempotencyKey: 'k'.repeat(256) }), 400);
    assert.deepEqual(tooLong.errors!.map((e) => e.path), ['header.Idempotency-Key']);
  });

  it('answers the same key and body with the first answer: one order, ever', async () => {
    const { call } = setup();
    const first = await createOrder(call, orderBody(), 'order-attempt-1');
    const againResponse = await call('POST', '/v1/orders', { body: orderBody(), idempotencyKey: 'order-attempt-1' });
    assert.equal(againResponse.headers.get('Idempotent-Replayed'), 'true');
    assert.deepEqual(await json(againResponse, 201), JSON.parse(JSON.stringify(first)));
    assert.equal(await available(call, 'prd_wooriwheat02'), 42 - 2, 'the stock was taken once');

    const concurrent = await Promise.all(
      Array.from({ length: 5 }, () => call('POST', '/v1/orders', { body: orderBody(), idempotencyKey: 'order-attempt-2' }).then((r) => json<OrderCreated>(r, 201))),
    );
    assert.equal(new Set(concurrent.map((c) => c.order.id)).size, 1);
    assert.notEqual(concurrent[0]!.order.id, first.order.id);
    assert.equal(await available(call, 'prd_wooriwheat02'), 42 - 4);
  });

  it('answers the same key with another body with 409 idempotency_key_reused', async () => {
    const { call } = setup();
    await createOrder(call, orderBody(), 'order-attempt-1');
    const other = orderBody({ deliveryNote: '경비실에 맡겨 주세요' });
    const reused = await problem(await call('POST', '/v1/orders', { body: other, idempotencyKey: 'order-attempt-1' }), 409);
    assert.equal(reused.code, 'idempotency_key_reused');
    const { orderToken } = await createOrder(call, orderBody(), 'order-attempt-2');
    const onAnotherRoute = await problem(
      await call('POST', `/v1/orders/by-token/${orderToken}/payments`, { body: { paymentMethod: 'card' }, idempotencyKey: 'order-attempt-1' }),
      409,
    );
    assert.equal(onAnotherRoute.code, 'idempotency_key_reused', 'a key belongs to one request, whatever the route');
  });

  it('answers 409 cart_changed with the current quote when a line has a problem; nothing is ordered', async () => {
    const { call } = setup();
    const body = orderBody();
    body.lines[0]!.expectedUnitPrice = 6900;
    body.lines.push({ productId: 'prd_soyplea04', quantity: 1 });
    const changed = await problem(await call('POST', '/v1/orders', { body, idempotencyKey: 'k1' }), 409);
    assert.equal(changed.code, 'cart_changed');
    const quote = CartQuote.parse(changed.quote);
    assert.deepEqual(quote.problems.map((p) => [p.lineIndex, p.code]), [
      [0, 'price_changed'],
      [2, 'sold_out'],
    ]);
    assert.equal(await available(call, 'prd_wooriwheat02'), 42, 'no stock taken');
    // The same key and body answer the same conflict; a corrected cart needs a new key.
    const again = await problem(await call('POST', '/v1/orders', { body, idempotencyKey: 'k1' }), 409);
    assert.equal(again.code, 'cart_changed');
    await createOrder(call, orderBody(), 'k2');
  });

  it('never orders more than the stock: the second order of the last units is a cart_changed', async () => {
    const { call } = setup();
    const two = orderBody({ lines: [{ productId: 'prd_wooriwheat03', quantity: 2 }] });
    await createOrder(call, two);
    assert.equal(await available(call, 'prd_wooriwheat03'), 1);
    const tooMany = await problem(await call('POST', '/v1/orders', { body: two }), 409);
    assert.deepEqual(CartQuote.parse(tooMany.quote).problems, [
      { code: 'quantity_above_stock', lineIndex: 0, productId: 'prd_wooriwheat03', variantId: null, available: 1 },
    ]);
    const concurrent = await Promise.all(
      Array.from({ length: 4 }, () => call('POST', '/v1/orders', { body: orderBody({ lines: [{ productId: 'prd_wooriwheat03', quantity: 1 }] }) })),
    );
    assert.deepEqual(concurrent.map((r) => r.status).sort(), [201, 409, 409, 409]);
    assert.equal(await available(call, 'prd_wooriwheat03'), 0);
  });

  it('requires the required consents in their current version; marketing may be declined', async () => {
    const { call } = setup();
    const withoutProvision = orderBody();
    withoutProvision.consents = withoutProvision.consents.filter((c) => c.type !== 'personal_info_provision');
    const missing = await problem(await call('POST', '/v1/orders', { body: withoutProvision }), 400);
    assert.deepEqual(missing.errors!.map((e) => [e.path, e.code]), [['body.consents', 'consent_required']]);
    assert.match(missing.errors![0]!.message, /personal_info_provision/);

    const refused = orderBody();
    refused.consents[0]!.accepted = false;
    assert.equal((await problem(await call('POST', '/v1/orders', { body: refused }), 400)).errors![0]!.code, 'consent_required');

    const stale = orderBody();
    stale.consents[1]!.version = '2025-01-01';
    const staleProblem = await problem(await call('POST', '/v1/orders', { body: stale }), 400);
    assert.deepEqual(staleProblem.errors!.map((e) => e.path), ['body.consents.1.version', 'body.consents']);

    const marketingAccepted = orderBody();
    marketingAccepted.consents[3]!.accepted = true;
    await createOrder(call, marketingAccepted);
  });

  it('rejects invalid input with body field paths; prices are not accepted', async () => {
    const { call } = setup();
    const body = { ...orderBody(), total: 100, buyer: { name: '김민지', phone: '123', email: 'not-an-email' } };
    const invalid = await problem(await call('POST', '/v1/orders', { body }), 400);
    assert.deepEqual(invalid.errors!.map((e) => e.path).sort(), ['body.buyer.email', 'body.buyer.phone', 'body.total']);
    const badReceipt = orderBody({ receipt: { type: 'tax_invoice', businessNumber: '123-45-67890', companyName: '우리생협', representative: '박', email: 'a@b.kr' } });
    const receipt = await problem(await call('POST', '/v1/orders', { body: badReceipt }), 400);
    assert.deepEqual(receipt.errors!.map((e) => e.path), ['body.receipt.businessNumber']);
  });

  it('rejects a return URL outside the channel’s allowed origins', async () => {
    const { call } = setup();
    const outside = await problem(await call('POST', '/v1/orders', { body: orderBody({ returnUrl: 'https://evil.example/steal' }) }), 400);
    assert.deepEqual(outside.errors!.map((e) => e.path), ['body.returnUrl']);
    await createOrder(call, orderBody({ returnUrl: 'http://127.0.0.1:4173/done?x=1' }));
  });
});

describe('order by token', () => {
  it('answers the order; 404 for an unknown token, 400 for a malformed one', async () => {
    const { call } = setup();
    const { order, orderToken } = await createOrder(call);
    const read = Order.parse(await json(await call('GET', `/v1/orders/by-token/${orderToken}`), 200));
    assert.deepEqual(read, order);
    const forged = orderToken.slice(0, -4) + (orderToken.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    assert.equal((await problem(await call('GET', `/v1/orders/by-token/${forged}`), 404)).code, 'not_found');
    const malformed = await problem(await call('GET', '/v1/orders/by-token/ord_123'), 400);
    assert.deepEqual(malformed.errors!.map((e) => e.path), ['path.token']);
  });

  it('keeps each channel’s orders to itself', async () => {
    const other = { ...DEMO_CHANNEL, id: 'ch_othercoop', publishableKey: 'pk_test_OtherCoopSite0001' };
    const { call } = setup({ fixtures: { channels: [DEMO_CHANNEL, other] } });
    const { orderToken } = await createOrder(call);
    await problem(await call('GET', `/v1/orders/by-token/${orderToken}`, { key: other.publishableKey }), 404);
  });

  it('keeps each createHandlers() call’s orders to itself', async () => {
    const a = setup();
    const b = setup();
    const { orderToken, payment } = await createOrder(a.call);
    await problem(await b.call('GET', `/v1/orders/by-token/${orderToken}`), 404);
    assert.throws(() => b.payments.approve(payment.paymentId), /No mock order/);
  });
});

describe('payments', () => {
  it('approve: the card order is paid, with each sub-order', async () => {
    const { call, payments } = setup();
    const { orderToken, payment } = await createOrder(call);
    const approved = Order.parse(payments.approve(payment.paymentId));
    assert.equal(approved.status, 'paid');
    assert.equal(approved.payment.status, 'paid');
    assert.ok(approved.payment.approvedAt);
    assert.equal(approved.expiresAt, null);
    assert.deepEqual(approved.subOrders.map((s) => s.status), ['paid', 'paid']);
    assert.deepEqual(await json(await call('GET', `/v1/orders/by-token/${orderToken}`), 200), approved);
    assert.throws(() => payments.approve(payment.paymentId), /is paid/);
    assert.equal(await available(call, 'prd_wooriwheat02'), 40, 'sold stock stays taken');

    const notPayable = await problem(await call('POST', `/v1/orders/by-token/${orderToken}/payments`, { body: { paymentMethod: 'card' } }), 409);
    assert.equal(notPayable.code, 'order_not_payable');
  });

  it('decline: the order stays unpaid, holding its stock, with the reason', async () => {
    const { call, payments } = setup();
    const { orderToken, payment } = await createOrder(call);
    const declined = Order.parse(payments.decline(payment.paymentId));
    assert.deepEqual([declined.status, declined.payment.status], ['pending_payment', 'declined']);
    assert.match(declined.payment.failureMessage!, /거절/);
    assert.deepEqual(await json(await call('GET', `/v1/orders/by-token/${orderToken}`), 200), declined);
    assert.throws(() => payments.decline(payment.paymentId), /is declined/);
    assert.equal(await available(call, 'prd_wooriwheat02'), 40, 'the stock stays held for a new attempt');
  });

  it('startPayment after a decline: a new payment session, idempotent by key', async () => {
    const { call, payments } = setup();
    const { orderToken, payment } = await createOrder(call);
    payments.decline(payment.paymentId, '한도 초과');
    const path = `/v1/orders/by-token/${orderToken}/payments`;
    const session = PaymentSession.parse(await json(await call('POST', path, { body: { paymentMethod: 'card' }, idempotencyKey: 'retry-1' }), 200));
    assert.notEqual(session.paymentId, payment.paymentId);
    assert.equal(session.redirectUrl, `${BASE}/pay/test/${session.paymentId}`);
    assert.equal(session.amount, 39500);
    const replay = await call('POST', path, { body: { paymentMethod: 'card' }, idempotencyKey: 'retry-1' });
    assert.deepEqual(await json(replay, 200), session);
    assert.equal(replay.headers.get('Idempotent-Replayed'), 'true');
    assert.throws(() => payments.approve(payment.paymentId), /not the current payment/);
    assert.equal(payments.approve(session.paymentId).status, 'paid');
    const missingKey = await problem(await call('POST', path, { body: { paymentMethod: 'card' }, idempotencyKey: null }), 400);
    assert.deepEqual(missingKey.errors!.map((e) => e.path), ['header.Idempotency-Key']);
  });

  it('virtual account: issued with a deadline of virtualAccountHours, paid on deposit', async () => {
    let clock = new Date('2026-11-23T01:00:00Z');
    const { call, payments } = setup({ now: () => clock });
    const { orderToken, payment } = await createOrder(call, orderBody({ paymentMethod: 'virtual_account' }));
    assert.throws(() => payments.approve(payment.paymentId), /expected ready \(card\)/);
    const issued = Order.parse(payments.issueVirtualAccount(payment.paymentId));
    assert.equal(issued.status, 'awaiting_deposit');
    assert.equal(issued.payment.status, 'awaiting_deposit');
    assert.deepEqual(
      { ...issued.payment.virtualAccount!, accountNumber: 'x' },
      { bank: '농협은행', accountNumber: 'x', holder: '더쎈(데모)', dueAt: '2026-11-24T10:00:00+09:00' },
    );
    assert.match(issued.payment.virtualAccount!.accountNumber, /^\d{3}-\d{4}-\d{4}-\d{2}$/);
    assert.equal(issued.expiresAt, '2026-11-24T10:00:00+09:00');
    const startAgain = await problem(await call('POST', `/v1/orders/by-token/${orderToken}/payments`, { body: { paymentMethod: 'card' } }), 409);
    assert.equal(startAgain.code, 'order_not_payable');

    clock = new Date('2026-11-23T20:00:00Z');
    const paid = payments.deposit(payment.paymentId);
    assert.deepEqual([paid.status, paid.payment.status, paid.payment.approvedAt], ['paid', 'paid', '2026-11-24T05:00:00+09:00']);
  });

  it('an unpaid virtual account expires at its deadline and gives its stock back', async () => {
    let clock = new Date('2026-11-23T01:00:00Z');
    const { call, payments } = setup({ now: () => clock });
    const body = orderBody({ paymentMethod: 'virtual_account', lines: [{ productId: 'prd_wooriwheat03', quantity: 3 }] });
    const { orderToken, payment } = await createOrder(call, body);
    payments.issueVirtualAccount(payment.paymentId);
    assert.equal(await available(call, 'prd_wooriwheat03'), 0);
    clock = new Date('2026-11-24T00:59:59Z');
    assert.equal(Order.parse(await json(await call('GET', `/v1/orders/by-token/${orderToken}`), 200)).status, 'awaiting_deposit');
    clock = new Date('2026-11-24T01:00:00Z');
    const expired = Order.parse(await json(await call('GET', `/v1/orders/by-token/${orderToken}`), 200));
    assert.deepEqual([expired.status, expired.payment.status, expired.expiresAt], ['expired', 'expired', null]);
    assert.deepEqual(expired.subOrders.map((s) => s.status), ['canceled']);
    assert.equal(await available(call, 'prd_wooriwheat03'), 3);
    assert.throws(() => payments.deposit(payment.paymentId), /is expired/);
  });

  it('an abandoned card payment expires after its hold; expire() ends it at once', async () => {
    let clock = new Date('2026-11-23T01:00:00Z');
    const { call, payments } = setup({ now: () => clock });
    const first = await createOrder(call, orderBody({ lines: [{ productId: 'prd_wooriwheat03', quantity: 1 }] }));
    const second = await createOrder(call, orderBody({ lines: [{ productId: 'prd_wooriwheat03', quantity: 1 }] }));
    assert.equal(await available(call, 'prd_wooriwheat03'), 1);
    assert.equal(payments.expire(second.payment.paymentId).status, 'expired');
    assert.equal(await available(call, 'prd_wooriwheat03'), 2);
    clock = new Date('2026-11-23T01:30:00Z');
    assert.equal(payments.order(first.payment.paymentId).status, 'expired');
    assert.equal(await available(call, 'prd_wooriwheat03'), 3);
  });
});

describe('cancellation', () => {
  it('cancels an unpaid order and gives its stock back', async () => {
    const { call } = setup();
    const { orderToken } = await createOrder(call, orderBody({ lines: [{ productId: 'prd_wooriwheat03', quantity: 3 }] }));
    assert.equal(await available(call, 'prd_wooriwheat03'), 0);
    const path = `/v1/orders/by-token/${orderToken}/cancellation`;
    const canceled = Order.parse(await json(await call('POST', path, { body: { kind: 'cancel', reason: '주소를 잘못 적었어요' }, idempotencyKey: 'c1' }), 200));
    assert.deepEqual([canceled.status, canceled.payment.status, canceled.subOrders[0]!.status], ['canceled', 'canceled', 'canceled']);
    assert.equal(await available(call, 'prd_wooriwheat03'), 3);
    const replay = await call('POST', path, { body: { kind: 'cancel', reason: '주소를 잘못 적었어요' }, idempotencyKey: 'c1' });
    assert.deepEqual(await json(replay, 200), canceled);
    const again = await problem(await call('POST', path, { body: { kind: 'cancel', reason: '한 번 더' } }), 409);
    assert.equal(again.code, 'order_not_cancelable');
  });

  it('asks the sellers to cancel or accept the withdrawal of a paid order', async () => {
    const { call, payments } = setup();
    const { orderToken, payment } = await createOrder(call);
    payments.approve(payment.paymentId);
    const requested = Order.parse(
      await json(await call('POST', `/v1/orders/by-token/${orderToken}/cancellation`, { body: { kind: 'withdrawal', reason: '단순 변심' } }), 200),
    );
    assert.equal(requested.status, 'paid');
    assert.deepEqual(requested.subOrders.map((s) => s.status), ['cancel_requested', 'cancel_requested']);
  });

  it('validates the request and requires an Idempotency-Key', async () => {
    const { call } = setup();
    const { orderToken } = await createOrder(call);
    const path = `/v1/orders/by-token/${orderToken}/cancellation`;
    const invalid = await problem(await call('POST', path, { body: { kind: 'refund', reason: '' } }), 400);
    assert.deepEqual(invalid.errors!.map((e) => e.path).sort(), ['body.kind', 'body.reason']);
    await problem(await call('POST', path, { body: { kind: 'cancel', reason: '변심' }, idempotencyKey: null }), 400);
  });
});

describe('mockPayments()', () => {
  it('finds the checkout of handlers, of a mock fetch and of an msw server; refuses anything else', async () => {
    const handlers = createHandlers();
    assert.equal(typeof mockPayments(handlers).approve, 'function');
    assert.equal(mockPayments(handlers), mockPayments([...handlers].reverse()), 'one checkout per createHandlers() call');
    const mockFetch: MockFetch = createMockFetch();
    assert.notEqual(mockPayments(mockFetch), mockPayments(handlers));
    const server = createMockServer();
    assert.equal(typeof mockPayments(server).deposit, 'function');
    assert.throws(() => mockPayments([]), TypeError);
  });
});
