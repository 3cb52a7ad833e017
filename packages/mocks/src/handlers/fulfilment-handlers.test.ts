import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Order, OrderCreated, Problem } from '@thecen/schema';
import { createMockFetch } from '../fetch.js';
import { DEMO_PUBLISHABLE_KEY, MOCK_SECRET_KEY, demoCheckoutTerms } from '../fixtures/index.js';
import { mockPayments } from './mock-payments.js';

const BASE = 'http://localhost:8787';

function setup() {
  const mockFetch = createMockFetch({ now: () => new Date('2026-11-23T09:00:00+09:00') });
  async function placeOrder() {
    const response = await mockFetch(`${BASE}/v1/orders?key=${DEMO_PUBLISHABLE_KEY}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${DEMO_PUBLISHABLE_KEY}`, 'Idempotency-Key': crypto.randomUUID() },
      body: JSON.stringify({
        lines: [{ productId: 'prd_wooriwheat02', quantity: 1 }],
        buyer: { name: '김민지', phone: '010-2345-6789', email: 'minji@example.kr' },
        shippingAddress: { recipient: '김민지', phone: '010-2345-6789', postalCode: '04001', road: '서울특별시 마포구 성미산로 1', detail: '101동 202호' },
        consents: demoCheckoutTerms.consents.map((c) => ({ type: c.type, version: c.version, accepted: c.required })),
        receipt: { type: 'none' },
        paymentMethod: 'card',
        returnUrl: 'http://localhost:5173/order-complete',
      }),
    });
    assert.equal(response.status, 201, await response.clone().text());
    return OrderCreated.parse(await response.json());
  }
  const fulfil = (orderId: string, subOrderId: string, body: unknown, idempotencyKey: string | null = crypto.randomUUID(), key = MOCK_SECRET_KEY) =>
    mockFetch(`${BASE}/v1/orders/${orderId}/sub-orders/${subOrderId}/fulfilment`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${key}`, ...(idempotencyKey && { 'Idempotency-Key': idempotencyKey }) },
      body: JSON.stringify(body),
    });
  return { placeOrder, fulfil, payments: mockPayments(mockFetch) };
}

async function problemCode(response: Response, status: number): Promise<string> {
  assert.equal(response.status, status, await response.clone().text());
  return Problem.parse(await response.json()).code;
}

const shipped = { status: 'shipped', carrier: 'CJ대한통운', trackingNumber: '6543-2109-8765' };

describe('POST /v1/orders/{id}/sub-orders/{subOrderId}/fulfilment (mock, secret key)', () => {
  it('ships then delivers a paid sub-order, answering the order; a retry with the same key replays', async () => {
    const { placeOrder, fulfil, payments } = setup();
    const { order, payment } = await placeOrder();
    const sub = order.subOrders[0]!;
    assert.equal(await problemCode(await fulfil(order.id, sub.id, shipped), 409), 'fulfilment_not_allowed', 'not before it is paid');
    payments.approve(payment.paymentId);

    const key = crypto.randomUUID();
    const first = await fulfil(order.id, sub.id, shipped, key);
    assert.equal(first.status, 200);
    const afterShipping = Order.parse(await first.json());
    const shippedSub = afterShipping.subOrders[0]!;
    assert.equal(shippedSub.status, 'shipped');
    assert.deepEqual([shippedSub.shipment?.carrier, shippedSub.shipment?.trackingNumber], ['CJ대한통운', '6543-2109-8765']);
    assert.equal(shippedSub.shipment?.shippedAt, '2026-11-23T09:00:00+09:00');
    const replay = await fulfil(order.id, sub.id, shipped, key);
    assert.equal(replay.headers.get('Idempotent-Replayed'), 'true');
    assert.deepEqual(Order.parse(await replay.json()), afterShipping);
    assert.equal(await problemCode(await fulfil(order.id, sub.id, shipped), 409), 'fulfilment_not_allowed', 'shipped once only');

    const delivered = Order.parse(await (await fulfil(order.id, sub.id, { status: 'delivered' })).json());
    assert.equal(delivered.subOrders[0]!.status, 'delivered');
    assert.equal(delivered.subOrders[0]!.deliveredAt, '2026-11-23T09:00:00+09:00');
    assert.equal(await problemCode(await fulfil(order.id, sub.id, { status: 'delivered' }), 409), 'fulfilment_not_allowed', 'delivered once only');
  });

  it('refuses delivery before shipping, an unknown order or sub-order, bad input, no key and no secret key', async () => {
    const { placeOrder, fulfil, payments } = setup();
    const { order, payment } = await placeOrder();
    payments.approve(payment.paymentId);
    const sub = order.subOrders[0]!;
    assert.equal(await problemCode(await fulfil(order.id, sub.id, { status: 'delivered' }), 409), 'fulfilment_not_allowed');
    assert.equal(await problemCode(await fulfil('ord_nosuchorder01', sub.id, shipped), 404), 'not_found');
    assert.equal(await problemCode(await fulfil(order.id, 'sub_nosuchsub001', shipped), 404), 'not_found');
    assert.equal(await problemCode(await fulfil(order.id, sub.id, { status: 'shipped', carrier: 'CJ대한통운', trackingNumber: '#' }), 400), 'validation_failed');
    assert.equal(await problemCode(await fulfil(order.id, sub.id, shipped, null), 400), 'validation_failed', 'the Idempotency-Key is required');
    assert.equal(await problemCode(await fulfil(order.id, sub.id, shipped, crypto.randomUUID(), DEMO_PUBLISHABLE_KEY), 401), 'unauthorized');
  });
});
