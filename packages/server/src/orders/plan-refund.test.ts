import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planRefund, type RefundableLine, type RefundableSubOrder } from './plan-refund.js';

const lines: RefundableLine[] = [
  { id: 'oli_a', subOrderId: 'sub_a', unitPrice: 6000, quantity: 3, refundedQuantity: 0 },
  { id: 'oli_b', subOrderId: 'sub_a', unitPrice: 1000, quantity: 1, refundedQuantity: 0 },
  { id: 'oli_c', subOrderId: 'sub_b', unitPrice: 4000, quantity: 2, refundedQuantity: 1 },
];
const subOrders: RefundableSubOrder[] = [
  { id: 'sub_a', shipping: 3000, refundedShipping: 0 },
  { id: 'sub_b', shipping: 3500, refundedShipping: 0 },
];

test('lines: their unit price times the quantity; shipping only when the sub-order becomes whole', () => {
  const partial = planRefund({ lines: [{ lineId: 'oli_a', quantity: 2 }], reason: 'x' }, lines, subOrders);
  assert.deepEqual(partial, { ok: true, plan: { lines: [{ lineId: 'oli_a', subOrderId: 'sub_a', quantity: 2, amount: 12000 }], shipping: [], amount: 12000 } });
  const whole = planRefund({ lines: [{ lineId: 'oli_c', quantity: 1 }], reason: 'x' }, lines, subOrders);
  assert.ok(whole.ok);
  assert.deepEqual(whole.plan.shipping, [{ subOrderId: 'sub_b', amount: 3500 }]);
  assert.equal(whole.plan.amount, 4000 + 3500);
  const forced = planRefund({ lines: [{ lineId: 'oli_a', quantity: 1 }], includeShipping: true, reason: 'x' }, lines, subOrders);
  assert.ok(forced.ok);
  assert.equal(forced.plan.amount, 6000 + 3000);
  const withheld = planRefund({ lines: [{ lineId: 'oli_c', quantity: 1 }], includeShipping: false, reason: 'x' }, lines, subOrders);
  assert.ok(withheld.ok);
  assert.equal(withheld.plan.amount, 4000);
});

test('a sub-order: what is left of its lines and its shipping', () => {
  const result = planRefund({ subOrderId: 'sub_b', reason: 'x' }, lines, subOrders);
  assert.ok(result.ok);
  assert.deepEqual(result.plan.lines.map((l) => [l.lineId, l.quantity]), [['oli_c', 1]]);
  assert.equal(result.plan.amount, 4000 + 3500);
});

test('everything: every line left and all shipping left', () => {
  const result = planRefund({ reason: 'x' }, lines, [...subOrders.slice(0, 1), { id: 'sub_b', shipping: 3500, refundedShipping: 3500 }]);
  assert.ok(result.ok);
  assert.equal(result.plan.amount, 18000 + 1000 + 3000 + 4000);
});

test('errors carry field paths; nothing left is its own answer', () => {
  const bad = planRefund({ lines: [{ lineId: 'oli_x', quantity: 1 }, { lineId: 'oli_c', quantity: 2 }, { lineId: 'oli_a', quantity: 1 }, { lineId: 'oli_a', quantity: 1 }], reason: 'x' }, lines, subOrders);
  assert.ok(!bad.ok && 'errors' in bad);
  assert.deepEqual(bad.errors.map((e) => e.path), ['body.lines.0.lineId', 'body.lines.1.quantity', 'body.lines.3.lineId']);
  const unknownSub = planRefund({ subOrderId: 'sub_zz', reason: 'x' }, lines, subOrders);
  assert.ok(!unknownSub.ok && 'errors' in unknownSub);
  assert.deepEqual(unknownSub.errors.map((e) => e.path), ['body.subOrderId']);
  const done = lines.map((l) => ({ ...l, refundedQuantity: l.quantity }));
  const nothing = planRefund({ reason: 'x' }, done, subOrders.map((s) => ({ ...s, refundedShipping: s.shipping })));
  assert.deepEqual(nothing, { ok: false, nothing: true });
});
