/**
 * Payments over HTTP with the built-in test provider, run once per storage engine: card
 * approve / decline / retry, virtual account with a deposit webhook, webhook signatures, replays
 * and out-of-order delivery, expiry with stock returned, and 100 buyers racing for 10 items.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Order, PaymentSession } from '@thecen/schema';
import type { Database } from '../db/database.js';
import { expireOverdueOrders } from '../orders/expire-overdue-orders.js';
import { ALLOWED_ORIGIN } from './catalog-fixtures.js';
import { bundled, rush10, stock10 } from './checkout-fixtures.js';
import {
  START_TIME,
  assertMatches,
  checkoutHarness,
  expectProblem,
  orderBody,
  prepareCheckoutDatabase,
  sendTo,
  shopRedirect,
  type CheckoutHarness,
} from './checkout-harness.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export function describePaymentFlows(engine: string, openDatabase: () => Promise<Database>, closeDatabase?: () => Promise<void>): void {
  describe(`payments on ${engine}`, () => {
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

    async function newOrder(over: Record<string, unknown> = {}) {
      const res = await h.createOrder(orderBody({ lines: [{ productId: bundled.id, quantity: 1 }], ...over }));
      assert.equal(res.status, 201, res.text);
      return res.json as { order: { id: string; total: number }; orderToken: string; payment: { paymentId: string; redirectUrl: string; amount: number } };
    }

    async function orderOf(token: string) {
      const res = await h.getByToken(token);
      assert.equal(res.status, 200, res.text);
      assertMatches(Order, res.json, 'order');
      return res.json;
    }

    const countRows = async (sql: string, params: unknown[]) => (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${sql}`, params))[0]!.n;

    describe('card', () => {
      test('the test page: amount, order name, method and plain forms under a strict CSP', async () => {
        const created = await newOrder();
        const page = await sendTo(h.app, created.payment.redirectUrl);
        assert.equal(page.status, 200);
        assert.match(page.headers.get('content-type') ?? '', /^text\/html/);
        const csp = page.headers.get('content-security-policy') ?? '';
        assert.match(csp, /default-src 'none'/);
        assert.doesNotMatch(csp, /script-src/);
        assert.match(csp, new RegExp(`form-action 'self' http://api\\.test ${ALLOWED_ORIGIN.replaceAll('.', '\\.')}`));
        assert.doesNotMatch(page.text, /<script/i);
        assert.match(page.text, /14,500원/);
        assert.match(page.text, /체크아웃 ckbundle1/);
        assert.match(page.text, /카드/);
        for (const label of ['승인', '거절', '취소']) assert.match(page.text, new RegExp(`<button type="submit"[^>]*>${label}</button>`));
        assert.doesNotMatch(page.text, /가상계좌 발급/);
        const unsigned = await sendTo(h.app, created.payment.redirectUrl.replace(/t=[^&]+/, 't=forged'));
        assert.equal(unsigned.status, 404);
      });

      test('approve → confirm → paid; back to the shop with the order token; reloading is harmless', async () => {
        await h.setStock(stock10.id, 10);
        const created = await newOrder({ lines: [{ productId: stock10.id, quantity: 2 }] });
        const { providerRedirect, final } = await h.actOnTestPage(created.payment.redirectUrl, 'approve');
        const success = new URL(providerRedirect.headers.get('location')!);
        assert.equal(success.pathname, '/payments/test/success');
        assert.equal(success.searchParams.get('orderId'), created.payment.paymentId);
        assert.equal(success.searchParams.get('amount'), String(created.order.total));
        const back = shopRedirect(final!);
        assert.equal(back.failed, false);
        assert.equal(back.token, created.orderToken);
        const order = await orderOf(back.token);
        assert.equal(order.status, 'paid');
        assert.equal(order.expiresAt, null);
        assert.deepEqual(order.subOrders.map((s: { status: string }) => s.status), ['paid']);
        assert.equal(order.payment.status, 'paid');
        assert.ok(order.payment.approvedAt);
        assert.equal(await h.stockOf(stock10.id), 8);

        const reload = await sendTo(h.app, success.href);
        assert.equal(shopRedirect(reload).failed, false);
        assert.equal(await countRows('payments WHERE order_id = $1', [created.order.id]), 1);
        assert.equal((await orderOf(back.token)).payment.approvedAt, order.payment.approvedAt, 'confirmed once');
        const pay = await h.postJson(`/v1/orders/by-token/${created.orderToken}/payments`, { paymentMethod: 'card' });
        expectProblem(pay, 409, 'order_not_payable');
      });

      test('a tampered amount in the redirect is declined and never marks the order paid', async () => {
        const created = await newOrder();
        const page = await sendTo(h.app, created.payment.redirectUrl);
        assert.equal(page.status, 200);
        const form = new URL(created.payment.redirectUrl);
        const approved = await sendTo(h.app, `${form.origin}${form.pathname}/approve`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
          body: `t=${form.searchParams.get('t')}`,
        });
        const success = new URL(approved.headers.get('location')!);
        success.searchParams.set('amount', '100');
        const res = await sendTo(h.app, success.href);
        assert.equal(shopRedirect(res).failed, true);
        const order = await orderOf(created.orderToken);
        assert.equal(order.status, 'pending_payment');
        assert.equal(order.payment.status, 'declined');
        const forged = new URL(success.href);
        forged.searchParams.set('amount', String(created.order.total));
        forged.searchParams.set('paymentKey', 'tpk_forged');
        assert.equal(shopRedirect(await sendTo(h.app, forged.href)).failed, true);
        assert.equal((await orderOf(created.orderToken)).status, 'pending_payment');
      });

      test('decline → the order waits (stock held) → a new attempt → paid', async () => {
        await h.setStock(stock10.id, 10);
        const created = await newOrder({ lines: [{ productId: stock10.id, quantity: 1 }] });
        const { final } = await h.actOnTestPage(created.payment.redirectUrl, 'decline');
        const back = shopRedirect(final!);
        assert.equal(back.failed, true);
        const declined = await orderOf(back.token);
        assert.equal(declined.status, 'pending_payment');
        assert.equal(declined.payment.status, 'declined');
        assert.equal(declined.payment.failureMessage, '카드사에서 결제를 거절했습니다.');
        assert.equal(await h.stockOf(stock10.id), 9, 'stock stays reserved for the retry');

        const key = 'retry-after-decline-1';
        const retry = await h.postJson(`/v1/orders/by-token/${created.orderToken}/payments`, { paymentMethod: 'card' }, { 'Idempotency-Key': key });
        assert.equal(retry.status, 200, retry.text);
        assertMatches(PaymentSession, retry.json, 'payment session');
        assert.notEqual(retry.json.paymentId, created.payment.paymentId);
        assert.equal(retry.json.amount, created.order.total);
        const replay = await h.postJson(`/v1/orders/by-token/${created.orderToken}/payments`, { paymentMethod: 'card' }, { 'Idempotency-Key': key });
        assert.equal(replay.text, retry.text);
        assert.equal(await countRows('payments WHERE order_id = $1', [created.order.id]), 2);

        const { final: paidBack } = await h.actOnTestPage(retry.json.redirectUrl, 'approve');
        assert.equal(shopRedirect(paidBack!).failed, false);
        const paid = await orderOf(created.orderToken);
        assert.equal(paid.status, 'paid');
        assert.equal(paid.payment.id, retry.json.paymentId);
        assert.equal(await h.stockOf(stock10.id), 9);
      });

      test('the buyer cancels on the payment page: back to the shop, the order still payable', async () => {
        const created = await newOrder();
        const { final } = await h.actOnTestPage(created.payment.redirectUrl, 'cancel');
        assert.equal(shopRedirect(final!).failed, true);
        assert.equal((await orderOf(created.orderToken)).status, 'pending_payment');
      });
    });

    describe('virtual account', () => {
      test('issue → awaiting deposit until the deadline → signed deposit webhook → paid; a replay changes nothing', async () => {
        const created = await newOrder({ paymentMethod: 'virtual_account' });
        const page = await sendTo(h.app, created.payment.redirectUrl);
        assert.match(page.text, /가상계좌 발급/);
        assert.doesNotMatch(page.text, />승인</);
        const { final } = await h.actOnTestPage(created.payment.redirectUrl, 'issue');
        assert.equal(shopRedirect(final!).failed, false);
        const waiting = await orderOf(created.orderToken);
        assert.equal(waiting.status, 'awaiting_deposit');
        assert.equal(waiting.payment.status, 'awaiting_deposit');
        const account = waiting.payment.virtualAccount;
        assert.equal(account.bank, '테스트은행');
        assert.match(account.accountNumber, /^\d{3}-\d{6}-\d{3}$/);
        assert.equal(account.dueAt, new Date(START_TIME + 24 * HOUR).toISOString(), 'the channel\'s 24 hours');
        assert.equal(waiting.expiresAt, account.dueAt, 'stock is held until the deposit deadline');

        const event = { id: `evt_dep_${created.payment.paymentId}`, type: 'deposit.completed', paymentId: created.payment.paymentId, amount: created.order.total, occurredAt: new Date(h.clock.ms).toISOString() };
        const res = await h.sendTestWebhook(event);
        assert.equal(res.status, 200, res.text);
        assert.deepEqual(res.json.events, [{ eventId: event.id, outcome: 'applied' }]);
        const paid = await orderOf(created.orderToken);
        assert.equal(paid.status, 'paid');
        assert.equal(paid.subOrders[0].status, 'paid');
        assert.equal(paid.expiresAt, null);

        const replay = await h.sendTestWebhook(event);
        assert.deepEqual(replay.json.events, [{ eventId: event.id, outcome: 'duplicate' }]);
        assert.equal(await countRows('payment_events WHERE event_id = $1', [event.id]), 1);
        assert.deepEqual(await orderOf(created.orderToken), paid);
      });

      test('"입금 완료 시뮬레이션" on the test page makes the fake PG send the signed webhook', async () => {
        const created = await newOrder({ paymentMethod: 'virtual_account' });
        await h.actOnTestPage(created.payment.redirectUrl, 'issue');
        const page = await sendTo(h.app, created.payment.redirectUrl);
        assert.match(page.text, /입금 완료 시뮬레이션/);
        assert.match(page.text, /입금 기한/);
        const { providerRedirect } = await h.actOnTestPage(created.payment.redirectUrl, 'deposit');
        assert.match(providerRedirect.headers.get('location')!, /\/pay\/test\/pay_/);
        assert.equal((await orderOf(created.orderToken)).status, 'paid');
        assert.match((await sendTo(h.app, created.payment.redirectUrl)).text, /입금 완료/);
      });
    });

    describe('webhooks', () => {
      let created: Awaited<ReturnType<typeof newOrder>>;
      before(async () => {
        created = await newOrder({ paymentMethod: 'virtual_account' });
        await h.actOnTestPage(created.payment.redirectUrl, 'issue');
      });
      const deposit = (id: string) => ({ id, type: 'deposit.completed', paymentId: created.payment.paymentId, amount: created.order.total, occurredAt: new Date(h.clock.ms).toISOString() });

      test('a bad, stale or missing signature is a 401 and changes nothing', async () => {
        expectProblem(await h.sendTestWebhook(deposit('evt_bad_1'), { secret: 'whsec_wrong' }), 401, 'unauthorized');
        expectProblem(await h.sendTestWebhook(deposit('evt_bad_2'), { time: Math.floor(h.clock.ms / 1000) - 600 }), 401, 'unauthorized');
        const raw = JSON.stringify(deposit('evt_bad_3'));
        expectProblem(await sendTo(h.app, '/v1/webhooks/test', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: raw }), 401, 'unauthorized');
        const { signTestWebhook } = await import('../payments/providers/test/index.js');
        const signedOther = signTestWebhook(JSON.stringify(deposit('evt_bad_4')), 'whsec_test_demo', Math.floor(h.clock.ms / 1000));
        const swapped = await sendTo(h.app, '/v1/webhooks/test', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Cen-Test-Signature': signedOther },
          body: JSON.stringify({ ...deposit('evt_bad_4'), amount: 1 }),
        });
        expectProblem(swapped, 401, 'unauthorized');
        assert.equal((await orderOf(created.orderToken)).status, 'awaiting_deposit');
        assert.equal(await countRows("payment_events WHERE event_id LIKE 'evt_bad_%'", []), 0);
        expectProblem(await sendTo(h.app, '/v1/webhooks/nosuchpg', { method: 'POST', body: '{}' }), 404, 'not_found');
      });

      test('out of order: a late expiry after the deposit changes nothing; unknown payments are recorded', async () => {
        assert.deepEqual((await h.sendTestWebhook(deposit('evt_ooo_paid'))).json.events[0].outcome, 'applied');
        const late = await h.sendTestWebhook({ id: 'evt_ooo_expired', type: 'account.expired', paymentId: created.payment.paymentId, amount: created.order.total, occurredAt: new Date(h.clock.ms - HOUR).toISOString() });
        assert.equal(late.json.events[0].outcome, 'ignored');
        assert.equal((await orderOf(created.orderToken)).status, 'paid');
        const unknown = await h.sendTestWebhook({ id: 'evt_unknown', type: 'deposit.completed', paymentId: 'pay_doesnotexist1', amount: 1000, occurredAt: new Date(h.clock.ms).toISOString() });
        assert.equal(unknown.status, 200);
        assert.equal(unknown.json.events[0].outcome, 'unknown_payment');
      });

      test('a deposit for another amount is not applied', async () => {
        const other = await newOrder({ paymentMethod: 'virtual_account' });
        await h.actOnTestPage(other.payment.redirectUrl, 'issue');
        const res = await h.sendTestWebhook({ id: 'evt_wrong_amount', type: 'deposit.completed', paymentId: other.payment.paymentId, amount: other.order.total - 1, occurredAt: new Date(h.clock.ms).toISOString() });
        assert.equal(res.json.events[0].outcome, 'amount_mismatch');
        assert.equal((await orderOf(other.orderToken)).status, 'awaiting_deposit');
      });
    });

    describe('expiry', () => {
      test('an unpaid card order expires after its hold and its stock returns; a later approval is not confirmed', async () => {
        await h.setStock(stock10.id, 10);
        const created = await newOrder({ lines: [{ productId: stock10.id, quantity: 4 }] });
        assert.equal(await h.stockOf(stock10.id), 6);
        const holdEnds = new Date(h.clock.ms + 30 * MINUTE);
        assert.equal(await expireOverdueOrders(db, new Date(holdEnds.getTime() - 1)), 0);
        assert.ok((await expireOverdueOrders(db, holdEnds)) >= 1);
        const expired = await orderOf(created.orderToken);
        assert.equal(expired.status, 'expired');
        assert.equal(expired.payment.status, 'expired');
        assert.equal(expired.subOrders[0].status, 'canceled');
        assert.equal(await h.stockOf(stock10.id), 10);
        assert.equal(await expireOverdueOrders(db, holdEnds), 0, 'once');

        const { final } = await h.actOnTestPage(created.payment.redirectUrl, 'approve');
        assert.equal(shopRedirect(final!).failed, true);
        assert.equal((await orderOf(created.orderToken)).status, 'expired');
        assert.equal(await h.stockOf(stock10.id), 10);
      });

      test('a virtual account not paid by its deadline expires; a deposit after that is refunded automatically', async () => {
        await h.setStock(stock10.id, 10);
        const created = await newOrder({ lines: [{ productId: stock10.id, quantity: 2 }], paymentMethod: 'virtual_account' });
        await h.actOnTestPage(created.payment.redirectUrl, 'issue');
        const due = new Date((await orderOf(created.orderToken)).expiresAt);
        assert.equal(await expireOverdueOrders(db, new Date(due.getTime() - 1000)), 0);
        assert.ok((await expireOverdueOrders(db, due)) >= 1);
        assert.equal((await orderOf(created.orderToken)).status, 'expired');
        assert.equal(await h.stockOf(stock10.id), 10);

        h.clock.ms = due.getTime() + MINUTE;
        await h.actOnTestPage(created.payment.redirectUrl, 'deposit');
        const after = await orderOf(created.orderToken);
        assert.equal(after.status, 'expired', 'the order stays expired');
        assert.equal(after.payment.status, 'refunded', 'the late deposit went back');
        assert.equal(after.payment.refundedAmount, created.order.total);
        assert.equal(await h.stockOf(stock10.id), 10);
        h.clock.ms = START_TIME;
      });
    });

    describe('after payment', () => {
      test('a paid order\'s cancellation is a request to the sellers, recorded with reason and time', async () => {
        const created = await newOrder();
        await h.actOnTestPage(created.payment.redirectUrl, 'approve');
        const res = await h.postJson(`/v1/orders/by-token/${created.orderToken}/cancellation`, { kind: 'withdrawal', reason: '상품이 설명과 달라요' });
        assert.equal(res.status, 200, res.text);
        assert.equal(res.json.status, 'paid');
        assert.deepEqual(res.json.subOrders.map((s: { status: string }) => s.status), ['cancel_requested']);
        const [row] = await db.query<{ cancel_request_kind: string; cancel_request_reason: string; cancel_requested_at: Date }>(
          'SELECT cancel_request_kind, cancel_request_reason, cancel_requested_at FROM sub_orders WHERE order_id = $1',
          [created.order.id],
        );
        assert.deepEqual(row, { cancel_request_kind: 'withdrawal', cancel_request_reason: '상품이 설명과 달라요', cancel_requested_at: new Date(h.clock.ms) });
      });
    });

    describe('oversell', () => {
      test('100 concurrent checkouts of 10 in stock: at most 10 orders are paid and stock never goes below zero', async () => {
        const attempts = await Promise.all(
          Array.from({ length: 100 }, (_, i) =>
            h.createOrder(orderBody({ lines: [{ productId: rush10.id, quantity: 1 }], buyer: { name: `구매자${i}`, phone: '010-2222-3333', email: `b${i}@example.kr` } })),
          ),
        );
        const created = attempts.filter((a) => a.status === 201);
        const refused = attempts.filter((a) => a.status === 409 && a.json.code === 'cart_changed');
        assert.equal(created.length + refused.length, 100, `other answers: ${attempts.filter((a) => a.status !== 201 && a.status !== 409).map((a) => a.text).join(' | ').slice(0, 500)}`);
        assert.ok(created.length <= 10, `${created.length} orders reserved stock`);
        assert.equal(created.length, 10, 'every item found a buyer');
        assert.equal(await h.stockOf(rush10.id), 0);

        const paid = await Promise.all(created.map(async (c) => shopRedirect((await h.actOnTestPage(c.json.payment.redirectUrl, 'approve')).final!)));
        assert.ok(paid.every((p) => !p.failed));
        const [row] = await db.query<{ n: number }>(
          `SELECT count(DISTINCT o.id)::int AS n FROM orders o JOIN order_lines l ON l.order_id = o.id WHERE l.product_id = $1 AND o.status = 'paid'`,
          [rush10.id],
        );
        assert.ok(row!.n <= 10);
        assert.equal(row!.n, 10);
        const stock = await h.stockOf(rush10.id);
        assert.ok(stock !== null && stock >= 0);
      });
    });
  });
}
