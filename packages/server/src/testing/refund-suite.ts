/**
 * Refunds through the secret-key API, run once per storage engine: full, by line quantities and
 * by partner sub-order, with stock restored, statuses updated and amounts never above what was
 * paid — also when refunds race.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { Order, Refund } from '@thecen/schema';
import type { Database } from '../db/database.js';
import { alpha, beta } from './catalog-fixtures.js';
import { refundA, refundB } from './checkout-fixtures.js';
import { assertMatches, checkoutHarness, errorPaths, expectProblem, orderBody, prepareCheckoutDatabase, shopRedirect, type CheckoutHarness } from './checkout-harness.js';

interface PaidOrder {
  id: string;
  token: string;
  total: number;
  lines: { id: string; productId: string; quantity: number; unitPrice: number }[];
  subOrders: { id: string; partnerId: string; total: number; shippingFee: number }[];
}

export function describeRefunds(engine: string, openDatabase: () => Promise<Database>, closeDatabase?: () => Promise<void>): void {
  describe(`refunds on ${engine}`, () => {
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

    /** 3 × 6,000 from alpha (+3,000 shipping) and 2 × 4,000 from beta (+3,500): 32,500원, paid by card. */
    async function paidOrder(): Promise<PaidOrder> {
      const created = await h.createOrder(orderBody({ lines: [{ productId: refundA.id, quantity: 3 }, { productId: refundB.id, quantity: 2 }] }));
      assert.equal(created.status, 201, created.text);
      assert.equal(shopRedirect((await h.actOnTestPage(created.json.payment.redirectUrl, 'approve')).final!).failed, false);
      const order = created.json.order;
      assert.equal(order.total, 32500);
      return {
        id: order.id,
        token: created.json.orderToken,
        total: order.total,
        lines: order.subOrders.flatMap((s: { lines: PaidOrder['lines'] }) => s.lines),
        subOrders: order.subOrders,
      };
    }

    const refund = (orderId: string, body: unknown, key: string = randomUUID()) =>
      h.secret(`/v1/orders/${orderId}/refunds`, { method: 'POST', body, headers: { 'Idempotency-Key': key } });

    async function orderOf(id: string) {
      const res = await h.secret(`/v1/orders/${id}`);
      assert.equal(res.status, 200, res.text);
      assertMatches(Order, res.json, 'order');
      return res.json;
    }

    test('by line quantities: amounts from the order, stock back, partial statuses; shipping stays until the sub-order is whole', async () => {
      const order = await paidOrder();
      const stockBefore = await h.stockOf(refundA.id);
      const lineA = order.lines.find((l) => l.productId === refundA.id)!;
      const res = await refund(order.id, { lines: [{ lineId: lineA.id, quantity: 2 }], reason: '두 개가 깨져서 왔어요' });
      assert.equal(res.status, 201, res.text);
      assertMatches(Refund, res.json, 'refund');
      assert.deepEqual(
        { amount: res.json.amount, shipping: res.json.shippingAmount, lines: res.json.lines, status: res.json.status },
        { amount: 12000, shipping: 0, lines: [{ lineId: lineA.id, quantity: 2, amount: 12000 }], status: 'succeeded' },
      );
      assert.equal(await h.stockOf(refundA.id), stockBefore! + 2);
      const after1 = await orderOf(order.id);
      assert.equal(after1.status, 'partially_refunded');
      assert.equal(after1.refundedAmount, 12000);
      assert.equal(after1.payment.status, 'partially_refunded');
      assert.equal(after1.payment.refundedAmount, 12000);
      assert.deepEqual(after1.subOrders.map((s: { status: string; refundedAmount: number }) => [s.status, s.refundedAmount]), [['partially_refunded', 12000], ['paid', 0]]);
      assert.equal(after1.subOrders[0].lines[0].refundedQuantity, 2);
      assert.equal(after1.refunds.length, 1);

      // The last one of the line makes the sub-order whole: its shipping is refunded with it.
      const last = await refund(order.id, { lines: [{ lineId: lineA.id, quantity: 1 }], reason: '나머지도 환불' });
      assert.equal(last.status, 201, last.text);
      assert.deepEqual([last.json.amount, last.json.shippingAmount], [6000 + 3000, 3000]);
      const after2 = await orderOf(order.id);
      assert.deepEqual(after2.subOrders.map((s: { status: string }) => s.status), ['refunded', 'paid']);
      assert.equal(after2.refundedAmount, 21000);

      const tooMany = await refund(order.id, { lines: [{ lineId: lineA.id, quantity: 1 }], reason: '또' });
      expectProblem(tooMany, 400, 'validation_failed');
      assert.deepEqual(errorPaths(tooMany), ['body.lines.0.quantity']);
      const unknown = await refund(order.id, { lines: [{ lineId: 'oli_notinthisorder1', quantity: 1 }], reason: '?' });
      assert.deepEqual(errorPaths(unknown), ['body.lines.0.lineId']);
      const both = await refund(order.id, { lines: [{ lineId: lineA.id, quantity: 1 }], subOrderId: order.subOrders[1]!.id, reason: '?' });
      assert.deepEqual(errorPaths(both), ['body.subOrderId']);
      const withAmount = await refund(order.id, { amount: 100, reason: '금액 지정' });
      assert.deepEqual(errorPaths(withAmount), ['body.amount'], 'the server computes amounts');
    });

    test('by sub-order: the partner\'s lines and its shipping; then everything left', async () => {
      const order = await paidOrder();
      const betaSub = order.subOrders.find((s) => s.partnerId === beta.id)!;
      const stockB = await h.stockOf(refundB.id);
      const res = await refund(order.id, { subOrderId: betaSub.id, reason: '판매자 사정으로 취소' });
      assert.equal(res.status, 201, res.text);
      assert.deepEqual([res.json.amount, res.json.shippingAmount], [8000 + 3500, 3500]);
      assert.equal(await h.stockOf(refundB.id), stockB! + 2);
      const mid = await orderOf(order.id);
      assert.deepEqual(mid.subOrders.map((s: { partnerId: string; status: string }) => [s.partnerId, s.status]), [[alpha.id, 'paid'], [beta.id, 'refunded']]);

      const rest = await refund(order.id, { reason: '전체 취소', restock: false });
      const stockA = await h.stockOf(refundA.id);
      assert.equal(rest.status, 201, rest.text);
      assert.deepEqual([rest.json.amount, rest.json.shippingAmount], [18000 + 3000, 3000]);
      assert.equal(await h.stockOf(refundA.id), stockA, 'restock: false leaves stock alone');
      const done = await orderOf(order.id);
      assert.equal(done.status, 'refunded');
      assert.equal(done.refundedAmount, order.total);
      assert.equal(done.payment.status, 'refunded');
      assert.equal(done.payment.refundedAmount, order.total);

      expectProblem(await refund(order.id, { reason: '또 환불' }), 409, 'refund_not_allowed');
    });

    test('a full refund at once; its retry with the same key returns the same refund', async () => {
      const order = await paidOrder();
      const key = randomUUID();
      const first = await refund(order.id, { reason: '주문 취소' }, key);
      assert.equal(first.status, 201, first.text);
      assert.equal(first.json.amount, order.total);
      const again = await refund(order.id, { reason: '주문 취소' }, key);
      assert.equal(again.text, first.text);
      assert.equal(again.headers.get('idempotent-replayed'), 'true');
      expectProblem(await refund(order.id, { reason: '다른 요청' }, key), 409, 'idempotency_key_reused');
      const [{ n }] = (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM refunds WHERE order_id = $1', [order.id])) as [{ n: number }];
      assert.equal(n, 1);
      const [gateway] = await db.query<{ canceled_amount: number }>(
        'SELECT g.canceled_amount FROM test_gateway_payments g JOIN payments p ON p.id = g.payment_id WHERE p.order_id = $1',
        [order.id],
      );
      assert.equal(gateway!.canceled_amount, order.total, 'the provider refunded exactly once');
    });

    test('racing refunds never add up to more than was paid', async () => {
      const order = await paidOrder();
      const answers = await Promise.all(Array.from({ length: 6 }, () => refund(order.id, { reason: '동시에 전체 환불' })));
      const ok = answers.filter((a) => a.status === 201);
      assert.equal(ok.length, 1, answers.map((a) => `${a.status} ${a.json?.code ?? ''}`).join(', '));
      for (const a of answers.filter((x) => x.status !== 201)) expectProblem(a, 409, 'refund_not_allowed');
      const final = await orderOf(order.id);
      assert.equal(final.refundedAmount, order.total);
      const [sum] = await db.query<{ s: number }>(`SELECT COALESCE(sum(amount), 0)::bigint AS s FROM refunds WHERE order_id = $1 AND status = 'succeeded'`, [order.id]);
      assert.equal(sum!.s, order.total);
    });

    test('unpaid orders are not refunded; orders of another channel are not found', async () => {
      const created = await h.createOrder(orderBody({ lines: [{ productId: refundA.id, quantity: 1 }] }));
      expectProblem(await refund(created.json.order.id, { reason: '미결제' }), 409, 'refund_not_allowed');
      const other = await h.secret(`/v1/orders/${created.json.order.id}/refunds`, {
        method: 'POST',
        body: { reason: '남의 주문' },
        key: 'sk_test_OtherChannelSecretKey00000002',
      });
      expectProblem(other, 404, 'not_found');
      const noKey = await h.secret(`/v1/orders/${created.json.order.id}/refunds`, { method: 'POST', body: { reason: 'x' }, headers: { 'Idempotency-Key': '' } });
      expectProblem(noKey, 400, 'validation_failed');
    });
  });
}
