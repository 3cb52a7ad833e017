// The SDK's statement, statement-token and fulfilment methods against the msw mocks of
// `@thecen/mocks` (a test-only import): every answer passes the route schemas `createClient` validates with.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createMockFetch, mockPayments } from '@thecen/mocks/fetch';
import { DEMO_PUBLISHABLE_KEY, DEMO_STATEMENT_TOKENS, MOCK_SECRET_KEY, demoCheckoutTerms } from '@thecen/mocks/fixtures';
import { CenAuthenticationError, CenConflictError, CenNotFoundError, createClient } from './index.js';

const baseUrl = 'http://localhost:8787';

function setup() {
  const mockFetch = createMockFetch({ now: () => new Date('2026-11-23T09:00:00+09:00') });
  return {
    studio: createClient({ baseUrl, publishableKey: DEMO_PUBLISHABLE_KEY, fetch: mockFetch }),
    admin: createClient({ baseUrl, secretKey: MOCK_SECRET_KEY, fetch: mockFetch }),
    payments: mockPayments(mockFetch),
  };
}

test('an MC reads its statement with its token; the operator issues and rotates tokens', async () => {
  const { studio, admin } = setup();
  const statement = await studio.statements.retrieveByToken(DEMO_STATEMENT_TOKENS['haetsal-mom']);
  assert.equal(statement.displayName, '햇살맘의 살림 일기');
  assert.deepEqual(statement.totals, { pending: 5100, payable: 5850, reversed: -1650 });
  assert.deepEqual(statement.months.map((m) => m.month), ['2026-09', '2026-10', '2026-11']);

  const issued = await admin.statements.createToken({ role: 'mc', mcCode: 'haetsal-mom', rotate: true });
  assert.equal(issued.creatorId, 'mc_haetsalmom01');
  assert.deepEqual(await studio.statements.retrieveByToken(issued.token), statement);
  await assert.rejects(studio.statements.retrieveByToken(DEMO_STATEMENT_TOKENS['haetsal-mom']), CenNotFoundError);
  await assert.rejects(studio.statements.createToken({ role: 'mc', mcCode: 'haetsal-mom' }), CenAuthenticationError);
});

test('the operator reads MC and CC statements with the secret key', async () => {
  const { admin } = setup();
  assert.equal((await admin.marketCreators.statement('haetsal-mom')).creatorId, 'mc_haetsalmom01');
  const cc = await admin.contentCreators.statement('cc_forestblog1');
  assert.deepEqual([cc.role, cc.totals.payable, cc.totals.pending], ['cc', 990, 720]);
  await assert.rejects(admin.marketCreators.statement('nobody-here'), CenNotFoundError);
});

test('a partner ships and delivers a paid sub-order', async () => {
  const { studio, admin, payments } = setup();
  const { order, payment } = await studio.orders.create({
    lines: [{ productId: 'prd_wooriwheat02', quantity: 1 }],
    buyer: { name: '김민지', phone: '010-2345-6789', email: 'minji@example.kr' },
    shippingAddress: { recipient: '김민지', phone: '010-2345-6789', postalCode: '04001', road: '서울특별시 마포구 성미산로 1', detail: '101동 202호' },
    consents: demoCheckoutTerms.consents.map((c) => ({ type: c.type, version: c.version, accepted: c.required })),
    receipt: { type: 'none' },
    paymentMethod: 'card',
    returnUrl: 'http://localhost:5173/order-complete',
  });
  payments.approve(payment.paymentId);
  const sub = order.subOrders[0]!;
  const shipped = await admin.orders.updateFulfilment(order.id, sub.id, { status: 'shipped', carrier: '우체국택배', trackingNumber: '6865-1234-5678' });
  assert.equal(shipped.subOrders[0]!.status, 'shipped');
  const delivered = await admin.orders.updateFulfilment(order.id, sub.id, { status: 'delivered' });
  assert.equal(delivered.subOrders[0]!.status, 'delivered');
  await assert.rejects(admin.orders.updateFulfilment(order.id, sub.id, { status: 'delivered' }), (error: unknown) => {
    assert.ok(error instanceof CenConflictError);
    assert.equal(error.code, 'fulfilment_not_allowed');
    return true;
  });
});
