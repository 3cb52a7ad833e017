// The SDK against the msw mocks of `@thecen/mocks` (a test-only import): every answer of the mock
// checkout passes the route schemas `createClient` validates with.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createMockFetch, mockPayments } from '@thecen/mocks/fetch';
import { DEMO_PUBLISHABLE_KEY, demoCheckoutTerms } from '@thecen/mocks/fixtures';
import { CenCartChangedError, CenInvalidRequestError, CenNotFoundError, createClient, type CreateOrderRequest } from './index.js';

function setup() {
  const mockFetch = createMockFetch();
  const cen = createClient({ baseUrl: 'http://localhost:8787', publishableKey: DEMO_PUBLISHABLE_KEY, fetch: mockFetch });
  return { cen, mockFetch, payments: mockPayments(mockFetch) };
}

function order(lines: CreateOrderRequest['lines'], paymentMethod: CreateOrderRequest['paymentMethod'] = 'card'): CreateOrderRequest {
  return {
    lines,
    buyer: { name: '이서준', phone: '010-9876-5432', email: 'seojun@example.kr' },
    shippingAddress: { recipient: '이서준', phone: '010-9876-5432', postalCode: '63309', road: '제주특별자치도 제주시 첨단로 1', detail: '2층' },
    consents: demoCheckoutTerms.consents.map((c) => ({ type: c.type, version: c.version, accepted: c.required })),
    receipt: { type: 'none' },
    paymentMethod,
    returnUrl: 'http://localhost:5173/order',
  };
}

test('quote, order, pay by card and read the order, all validated', async () => {
  const { cen, payments } = setup();
  const terms = await cen.checkout.terms();
  assert.equal(terms.consents.length, 4);
  const lines = [
    { productId: 'prd_wooriwheat01', variantId: '1kg', quantity: 2 },
    { productId: 'prd_hanjicraft02', quantity: 1 },
  ];
  const quote = await cen.cart.quote({ lines, postalCode: '63309' });
  assert.equal(quote.remoteArea, true);
  assert.deepEqual(quote.problems, []);

  const created = await cen.orders.create(order(lines.map((l, i) => ({ ...l, expectedUnitPrice: quote.lines[i]!.unitPrice }))));
  assert.equal(created.order.total, quote.total);
  assert.equal(created.order.subOrders.length, 2);
  assert.equal(created.payment.redirectUrl, `http://localhost:8787/pay/test/${created.payment.paymentId}`);

  payments.approve(created.payment.paymentId);
  const paid = await cen.orders.retrieveByToken(created.orderToken);
  assert.equal(paid.status, 'paid');
  assert.deepEqual(paid.subOrders.map((s) => s.status), ['paid', 'paid']);

  const withdrawal = await cen.orders.requestCancellation(created.orderToken, { kind: 'withdrawal', reason: '단순 변심' });
  assert.deepEqual(withdrawal.subOrders.map((s) => s.status), ['cancel_requested', 'cancel_requested']);
});

test('a changed price rejects the order with CenCartChangedError and its quote', async () => {
  const { cen } = setup();
  await assert.rejects(cen.orders.create(order([{ productId: 'prd_wooriwheat02', quantity: 1, expectedUnitPrice: 5000 }])), (error: unknown) => {
    assert.ok(error instanceof CenCartChangedError);
    assert.deepEqual(error.quote.problems.map((p) => [p.code, p.previousUnitPrice, p.currentUnitPrice]), [['price_changed', 5000, 7500]]);
    return true;
  });
});

test('a declined card, a new attempt by virtual account, and the deposit', async () => {
  const { cen, payments } = setup();
  const created = await cen.orders.create(order([{ productId: 'prd_soyplea03', quantity: 3 }]));
  payments.decline(created.payment.paymentId);
  assert.ok((await cen.orders.retrieveByToken(created.orderToken)).payment.failureMessage);
  const retry = await cen.orders.startPayment(created.orderToken, { paymentMethod: 'virtual_account' });
  payments.issueVirtualAccount(retry.paymentId);
  const waiting = await cen.orders.retrieveByToken(created.orderToken);
  assert.equal(waiting.status, 'awaiting_deposit');
  assert.equal(waiting.payment.virtualAccount?.bank, '농협은행');
  payments.deposit(retry.paymentId);
  assert.equal((await cen.orders.retrieveByToken(created.orderToken)).status, 'paid');
});

test('missing consents and unknown tokens come back as typed errors', async () => {
  const { cen } = setup();
  const body = order([{ productId: 'prd_soyplea03', quantity: 1 }]);
  body.consents = [];
  await assert.rejects(cen.orders.create(body), (error: unknown) => {
    assert.ok(error instanceof CenInvalidRequestError);
    assert.deepEqual(error.fieldErrors.map((e) => e.code), ['consent_required']);
    return true;
  });
  await assert.rejects(cen.orders.retrieveByToken('ot_b3JkX25vdGhlcmU.AAAAAAAAAAAAAAAAAAAAAA'), CenNotFoundError);
});
