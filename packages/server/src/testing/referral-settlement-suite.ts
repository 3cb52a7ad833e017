/**
 * Referral settlement, run once per storage engine: sub-order fulfilment (shipped → delivered,
 * idempotent, illegal steps refused), commission rates locked at payment, pending commission
 * becoming payable after delivery plus the withdrawal period or the booking's completion,
 * statements of MCs and CCs, statement tokens (issue, rotate, expire, forge), and referrals
 * carried by bookings into the orders that pay them.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { demoCheckoutTerms } from '@thecen/mocks/fixtures';
import { CommissionStatement, IssuedStatementToken, Order, STATEMENT_TOKEN_PATTERN } from '@thecen/schema';
import type { Database } from '../db/database.js';
import { releasePayableCommissions, WITHDRAWAL_PERIOD_DAYS } from '../referrals/payable-commissions.js';
import { issueStatementToken, STATEMENT_TOKEN_DAYS } from '../referrals/statement-token.js';
import { classService, prepareBookingDatabase, repairService } from './booking-fixtures.js';
import { ledgerProbe } from './ledger-probe.js';
import { ALLOWED_ORIGIN, OTHER_KEY, TEST_KEY, beta } from './catalog-fixtures.js';
import { OTHER_SECRET_KEY, TEST_CHANNEL_ID, refundA, refundB } from './checkout-fixtures.js';
import { assertMatches, checkoutHarness, expectProblem, orderBody, sendTo, shopRedirect, type CheckoutHarness } from './checkout-harness.js';
import type { TestResponse } from './http-client.js';

const DAY = 86_400_000;
const SIGNING_SECRET = 'test-signing-secret-of-at-least-32-characters';
const BROWSER_UA = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/605.1.15 Version/17.0 Safari/605.1.15';

async function insertSettlementFixtures(db: Database): Promise<void> {
  await db.exec(`
    INSERT INTO market_creators (id, code, kind, display_name, avatar, introduction, status, partner_id) VALUES
      ('mc_settlemom1', 'settle-mom', 'individual', '정산맘', NULL, '', 'active', NULL),
      ('mc_settletwo1', 'settle-two', 'public_interest', '두번째', NULL, '', 'active', NULL);
    INSERT INTO content_creators (id, display_name) VALUES ('cc_settleblog', '정산블로그'), ('cc_quietblog', '조용한블로그');
    INSERT INTO content_items (id, creator_id, kind, title, url, product_ids) VALUES
      ('cnt_settlepost1', 'cc_settleblog', 'blog_post', '정산 후기', 'https://blog.example.kr/settle', ARRAY['${refundA.id}']);
    INSERT INTO commission_rules (channel_id, role, scope, target_id, rate_bps) VALUES
      ('${TEST_CHANNEL_ID}', 'mc', 'default', '', 500),
      ('${TEST_CHANNEL_ID}', 'cc', 'default', '', 300),
      ('${TEST_CHANNEL_ID}', 'mc', 'partner', '${beta.id}', 800),
      ('${TEST_CHANNEL_ID}', 'mc', 'product', '${refundA.id}', 700);
  `);
}

interface PlacedOrder {
  order: Order;
  lineOf(productId: string): { id: string; subOrderId: string };
}

export function describeReferralSettlement(engine: string, openDatabase: () => Promise<Database>, closeDatabase?: () => Promise<void>): void {
  describe(`referral settlement on ${engine}`, () => {
    let db: Database;
    let h: CheckoutHarness;

    before(async () => {
      db = await openDatabase();
      await prepareBookingDatabase(db);
      await insertSettlementFixtures(db);
      h = checkoutHarness(db);
    });

    after(async () => {
      await db?.close();
      await closeDatabase?.();
      assert.deepEqual(h?.unexpected ?? [], [], 'no request ended in an unexpected error');
    });

    const referralNow = (over: Record<string, unknown> = {}) => ({ mcCode: 'settle-mom', capturedAt: h.clock.now().toISOString(), ...over });

    function placed(order: Order): PlacedOrder {
      return {
        order,
        lineOf(productId) {
          for (const s of order.subOrders) {
            const line = s.lines.find((l) => l.productId === productId);
            if (line) return { id: line.id, subOrderId: s.id };
          }
          throw new Error(`no line of ${productId}`);
        },
      };
    }

    async function pay(created: TestResponse): Promise<PlacedOrder> {
      assert.equal(created.status, 201, created.text);
      assert.equal(shopRedirect((await h.actOnTestPage(created.json.payment.redirectUrl, 'approve')).final!).failed, false);
      return placed(created.json.order);
    }
    const placeAndPay = async (body: Record<string, unknown>) => pay(await h.createOrder(orderBody(body)));

    // The database is open once `before` ran: the probe reads it through these getters.
    const ledger = () => ledgerProbe(db, () => h);
    const ledgerOf = (orderId: string) => ledger().ledgerOf(orderId);
    const sumOf = (orderId: string, role = 'mc') => ledger().sumOf(orderId, role);
    const refund = (orderId: string, body: unknown) => ledger().refund(orderId, body);
    const fulfil = (orderId: string, subOrderId: string, body: unknown, headers: Record<string, string> = {}, key?: string) =>
      h.secret(`/v1/orders/${orderId}/sub-orders/${subOrderId}/fulfilment`, {
        method: 'POST',
        body,
        ...(key ? { key } : {}),
        headers: { 'Idempotency-Key': randomUUID(), ...headers },
      });
    const shipped = { status: 'shipped', carrier: 'CJ대한통운', trackingNumber: '6012-3456-7890' };
    const publicGet = (path: string, key = TEST_KEY, origin = ALLOWED_ORIGIN) =>
      sendTo(h.app, `${path}${path.includes('?') ? '&' : '?'}key=${key}`, { headers: { Origin: origin } });

    /** A bookable class slot not taken by an earlier test, from the availability API. */
    const usedSlots = new Set<string>();
    async function freeClassSlot(): Promise<string> {
      const from = new Date(h.clock.ms + 9 * 3_600_000).toISOString().slice(0, 10);
      const to = new Date(h.clock.ms + 9 * 3_600_000 + 20 * DAY).toISOString().slice(0, 10);
      const res = await publicGet(`/v1/services/${classService.id}/availability?from=${from}&to=${to}`);
      assert.equal(res.status, 200, res.text);
      for (const day of res.json.days as { slots: { start: string; remaining: number }[] }[]) {
        for (const s of day.slots) {
          if (s.remaining > 0 && !usedSlots.has(s.start)) {
            usedSlots.add(s.start);
            return s.start;
          }
        }
      }
      throw new Error('no free class slot');
    }
    async function holdClass(referral?: Record<string, unknown>): Promise<{ id: string; bookingToken: string }> {
      const res = await h.postJson('/v1/bookings/holds', { serviceId: classService.id, slotStart: await freeClassSlot(), partySize: 1, ...(referral ? { referral } : {}) });
      assert.equal(res.status, 201, res.text);
      return { id: res.json.booking.id, bookingToken: res.json.bookingToken };
    }
    const bookingReferral = async (id: string) =>
      (await db.query<{ referral_mc_id: string | null; referral_content_id: string | null }>(
        'SELECT referral_mc_id, referral_content_id FROM bookings WHERE id = $1',
        [id],
      ))[0]!;
    const orderReferral = async (id: string) =>
      (await db.query<{ referral_mc_id: string | null; referral_content_id: string | null }>(
        'SELECT referral_mc_id, referral_content_id FROM orders WHERE id = $1',
        [id],
      ))[0]!;

    describe('sub-order fulfilment', () => {
      test('paid → shipped (carrier, tracking number) → delivered; the order shows shipment and deliveredAt', async () => {
        const { order, lineOf } = await placeAndPay({ lines: [{ productId: refundA.id, quantity: 1 }] });
        const subOrderId = lineOf(refundA.id).subOrderId;
        assert.equal(order.subOrders[0]!.shipment, undefined, 'no shipment before shipping');
        const shippedAt = h.clock.advance(3_600_000).toISOString();
        const res = await fulfil(order.id, subOrderId, shipped);
        assert.equal(res.status, 200, res.text);
        assertMatches(Order, res.json, 'Order');
        const sub = res.json.subOrders[0];
        assert.equal(sub.status, 'shipped');
        assert.deepEqual(sub.shipment, { carrier: 'CJ대한통운', trackingNumber: '6012-3456-7890', shippedAt });
        assert.equal(sub.deliveredAt, undefined);
        const deliveredAt = h.clock.advance(DAY).toISOString();
        const done = await fulfil(order.id, subOrderId, { status: 'delivered' });
        assert.equal(done.status, 200, done.text);
        assertMatches(Order, done.json, 'Order');
        assert.deepEqual([done.json.subOrders[0].status, done.json.subOrders[0].deliveredAt], ['delivered', deliveredAt]);
        assert.equal(done.json.subOrders[0].shipment.shippedAt, shippedAt);
        const read = await h.secret(`/v1/orders/${order.id}`);
        assert.equal(read.json.subOrders[0].deliveredAt, deliveredAt);
      });

      test('steps out of turn, repeats, unpaid, refunded and booking-only sub-orders are 409 fulfilment_not_allowed', async () => {
        const { order, lineOf } = await placeAndPay({ lines: [{ productId: refundA.id, quantity: 1 }, { productId: refundB.id, quantity: 1 }] });
        const a = lineOf(refundA.id);
        const b = lineOf(refundB.id);
        expectProblem(await fulfil(order.id, a.subOrderId, { status: 'delivered' }), 409, 'fulfilment_not_allowed');
        assert.equal((await fulfil(order.id, a.subOrderId, shipped)).status, 200);
        expectProblem(await fulfil(order.id, a.subOrderId, shipped), 409, 'fulfilment_not_allowed');
        assert.equal((await fulfil(order.id, a.subOrderId, { status: 'delivered' })).status, 200);
        expectProblem(await fulfil(order.id, a.subOrderId, { status: 'delivered' }), 409, 'fulfilment_not_allowed');
        expectProblem(await fulfil(order.id, a.subOrderId, shipped), 409, 'fulfilment_not_allowed');

        const full = await refund(order.id, { lines: [{ lineId: b.id, quantity: 1 }], reason: '품절', restock: true });
        assert.equal(full.status, 201, full.text);
        const refunded = await fulfil(order.id, b.subOrderId, shipped);
        expectProblem(refunded, 409, 'fulfilment_not_allowed');

        const unpaid = await h.createOrder(orderBody({ lines: [{ productId: refundA.id, quantity: 1 }] }));
        assert.equal(unpaid.status, 201, unpaid.text);
        expectProblem(await fulfil(unpaid.json.order.id, unpaid.json.order.subOrders[0].id, shipped), 409, 'fulfilment_not_allowed');

        const booking = await holdClass();
        const bookingOrder = await pay(await h.createOrder(orderBody({ lines: [], shippingAddress: undefined, bookings: [{ bookingToken: booking.bookingToken }] })));
        const res = await fulfil(bookingOrder.order.id, bookingOrder.order.subOrders[0]!.id, shipped);
        expectProblem(res, 409, 'fulfilment_not_allowed');
        assert.match(res.json.detail, /nothing|no product/i);
      });

      test('a partially refunded sub-order still ships and keeps its status; its fulfilment is recorded', async () => {
        const { order, lineOf } = await placeAndPay({ lines: [{ productId: refundA.id, quantity: 3 }] });
        const a = lineOf(refundA.id);
        assert.equal((await refund(order.id, { lines: [{ lineId: a.id, quantity: 1 }], reason: '하나 취소' })).status, 201);
        const res = await fulfil(order.id, a.subOrderId, shipped);
        assert.equal(res.status, 200, res.text);
        assert.equal(res.json.subOrders[0].status, 'partially_refunded');
        assert.equal(res.json.subOrders[0].shipment.trackingNumber, shipped.trackingNumber);
        const delivered = await fulfil(order.id, a.subOrderId, { status: 'delivered' });
        assert.equal(delivered.status, 200, delivered.text);
        assert.ok(delivered.json.subOrders[0].deliveredAt);
      });

      test('idempotent: the same key and body replay the first answer; the same key with another body is refused', async () => {
        const { order, lineOf } = await placeAndPay({ lines: [{ productId: refundA.id, quantity: 1 }] });
        const subOrderId = lineOf(refundA.id).subOrderId;
        const key = randomUUID();
        const first = await fulfil(order.id, subOrderId, shipped, { 'Idempotency-Key': key });
        assert.equal(first.status, 200, first.text);
        const again = await fulfil(order.id, subOrderId, shipped, { 'Idempotency-Key': key });
        assert.equal(again.status, 200, again.text);
        assert.equal(again.headers.get('idempotent-replayed'), 'true');
        assert.equal(again.text, first.text);
        expectProblem(await fulfil(order.id, subOrderId, { status: 'delivered' }, { 'Idempotency-Key': key }), 409, 'idempotency_key_reused');
      });

      test('input, keys and channels: bad tracking numbers are 400, another channel and unknown sub-orders 404', async () => {
        const { order, lineOf } = await placeAndPay({ lines: [{ productId: refundA.id, quantity: 1 }] });
        const subOrderId = lineOf(refundA.id).subOrderId;
        const bad = await fulfil(order.id, subOrderId, { ...shipped, trackingNumber: 'no spaces!' });
        expectProblem(bad, 400, 'validation_failed');
        assert.ok(bad.json.errors.some((e: { path: string }) => e.path === 'body.trackingNumber'));
        const noKey = await h.secret(`/v1/orders/${order.id}/sub-orders/${subOrderId}/fulfilment`, { method: 'POST', body: shipped, headers: { 'Idempotency-Key': '' } });
        expectProblem(noKey, 400, 'validation_failed');
        expectProblem(await fulfil(order.id, subOrderId, shipped, {}, OTHER_SECRET_KEY), 404, 'not_found');
        expectProblem(await fulfil(order.id, 'sub_nosuchsub0001', shipped), 404, 'not_found');
        const publishable = await sendTo(h.app, `/v1/orders/${order.id}/sub-orders/${subOrderId}/fulfilment?key=${TEST_KEY}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Origin: ALLOWED_ORIGIN, 'Idempotency-Key': randomUUID() },
          body: JSON.stringify(shipped),
        });
        assert.ok([401, 403].includes(publishable.status), `a publishable key is refused (${publishable.status})`);
        assert.equal((await h.secret(`/v1/orders/${order.id}`)).json.subOrders[0].shipment, undefined, 'nothing was shipped');
      });
    });

    describe('commission rates locked at payment', () => {
      test('a rule changed between payment and a partial refund changes neither the earning nor the reversal', async () => {
        const { order, lineOf } = await placeAndPay({
          lines: [{ productId: refundA.id, quantity: 3 }, { productId: refundB.id, quantity: 2 }],
          referral: referralNow({ contentId: 'cnt_settlepost1' }),
        });
        // mc: 3 × 6,000 × 7% + 2 × 4,000 × 8%; cc: 26,000 × 3%.
        assert.equal(await sumOf(order.id, 'mc'), 1260 + 640);
        assert.equal(await sumOf(order.id, 'cc'), 780);
        const locked = await db.query<{ role: string; rate_bps: number }>(
          'SELECT role, rate_bps FROM commission_line_rates WHERE order_id = $1 ORDER BY role, rate_bps',
          [order.id],
        );
        assert.deepEqual(locked.map((r) => [r.role, r.rate_bps]), [['cc', 300], ['cc', 300], ['mc', 700], ['mc', 800]]);

        await db.query(`UPDATE commission_rules SET rate_bps = rate_bps * 2 WHERE channel_id = $1`, [TEST_CHANNEL_ID]);
        try {
          const res = await refund(order.id, { lines: [{ lineId: lineOf(refundA.id).id, quantity: 1 }, { lineId: lineOf(refundB.id).id, quantity: 1 }], reason: '일부 환불' });
          assert.equal(res.status, 201, res.text);
          // Locked: 2 × 6,000 × 7% + 1 × 4,000 × 8% and 16,000 × 3% — not the doubled rates.
          assert.equal(await sumOf(order.id, 'mc'), 840 + 320);
          assert.equal(await sumOf(order.id, 'cc'), 480);
          const reversals = (await ledgerOf(order.id)).filter((e) => e.status === 'reversed').map((e) => [e.role, e.amount]).sort();
          assert.deepEqual(reversals, [['cc', -300], ['mc', -740]]);
          assert.equal((await refund(order.id, { reason: '전부 환불' })).status, 201);
          assert.equal(await sumOf(order.id, 'mc'), 0);
          assert.equal(await sumOf(order.id, 'cc'), 0);

          // A new order earns at the new rates.
          const later = await placeAndPay({ lines: [{ productId: refundA.id, quantity: 1 }], referral: referralNow() });
          assert.equal(await sumOf(later.order.id), 840);
        } finally {
          await db.query(`UPDATE commission_rules SET rate_bps = rate_bps / 2 WHERE channel_id = $1`, [TEST_CHANNEL_ID]);
        }
      });
    });

    describe('payable commission', () => {
      test('pending until every counting line is delivered and the withdrawal period is over; refunded lines do not block', async () => {
        const { order, lineOf } = await placeAndPay({
          lines: [{ productId: refundA.id, quantity: 2 }, { productId: refundB.id, quantity: 1 }],
          referral: referralNow(),
        });
        const a = lineOf(refundA.id);
        const b = lineOf(refundB.id);
        assert.ok(!(await releasePayableCommissions(db, h.clock.now())).includes(order.id), 'not delivered');
        assert.equal((await fulfil(order.id, a.subOrderId, shipped)).status, 200);
        const deliveredAt = h.clock.advance(2 * DAY).getTime();
        assert.equal((await fulfil(order.id, a.subOrderId, { status: 'delivered' })).status, 200);
        const afterPeriod = new Date(deliveredAt + WITHDRAWAL_PERIOD_DAYS * DAY);
        assert.ok(!(await releasePayableCommissions(db, afterPeriod)).includes(order.id), "beta's sub-order is not delivered");

        // Beta's line is refunded: it no longer holds the order back.
        assert.equal((await refund(order.id, { lines: [{ lineId: b.id, quantity: 1 }], reason: '품절' })).status, 201);
        assert.ok(!(await releasePayableCommissions(db, new Date(afterPeriod.getTime() - 1))).includes(order.id), 'one millisecond early');
        assert.ok((await ledgerOf(order.id)).every((e) => e.status !== 'payable'));
        assert.deepEqual(await releasePayableCommissions(db, afterPeriod).then((ids) => ids.includes(order.id)), true);
        const entries = await ledgerOf(order.id);
        assert.deepEqual(entries.map((e) => [e.status, e.amount]), [['payable', 840 + 320], ['reversed', -320]]);
        assert.equal(entries[0]!.payable_at!.getTime(), afterPeriod.getTime());
        assert.ok(!(await releasePayableCommissions(db, afterPeriod)).includes(order.id), 'released once');

        // A refund after that (a withdrawal accepted late) still reverses: the sum stays right.
        assert.equal((await refund(order.id, { lines: [{ lineId: a.id, quantity: 1 }], reason: '반품' })).status, 201);
        assert.equal(await sumOf(order.id), 420);
        assert.deepEqual((await ledgerOf(order.id)).map((e) => e.status), ['payable', 'reversed', 'reversed']);
      });

      test('a booking line is done when the booking is completed', async () => {
        const booking = await holdClass();
        const { order } = await pay(
          await h.createOrder(orderBody({ lines: [], shippingAddress: undefined, bookings: [{ bookingToken: booking.bookingToken }], referral: referralNow() })),
        );
        assert.equal(await sumOf(order.id), 750, '15,000 × 5%');
        const farLater = new Date(h.clock.ms + 60 * DAY);
        assert.ok(!(await releasePayableCommissions(db, farLater)).includes(order.id), 'not completed');
        const done = await h.secret(`/v1/bookings/${booking.id}/complete`, { method: 'POST', headers: { 'Idempotency-Key': randomUUID() } });
        assert.equal(done.status, 200, done.text);
        assert.ok(!(await releasePayableCommissions(db, new Date(h.clock.ms - 1))).includes(order.id), 'not before its completion');
        assert.ok((await releasePayableCommissions(db, h.clock.now())).includes(order.id));
        assert.deepEqual((await ledgerOf(order.id)).map((e) => [e.status, e.amount]), [['payable', 750]]);
      });

      test('a cancelled booking does not hold back the delivered products of its order', async () => {
        const booking = await holdClass();
        const { order, lineOf } = await pay(
          await h.createOrder(orderBody({ lines: [{ productId: refundA.id, quantity: 1 }], bookings: [{ bookingToken: booking.bookingToken }], referral: referralNow() })),
        );
        const a = lineOf(refundA.id);
        const cancel = await h.secret(`/v1/bookings/${booking.id}/cancel`, { method: 'POST', body: { reason: '강사 사정' } });
        assert.equal(cancel.status, 200, cancel.text);
        assert.equal((await fulfil(order.id, a.subOrderId, shipped)).status, 200);
        assert.equal((await fulfil(order.id, a.subOrderId, { status: 'delivered' })).status, 200);
        assert.ok((await releasePayableCommissions(db, new Date(h.clock.ms + WITHDRAWAL_PERIOD_DAYS * DAY))).includes(order.id));
        assert.equal(await sumOf(order.id), 420);
      });
    });

    describe('statements', () => {
      test("a CC's statement: clicks on its content, orders through it and its ledger (secret key, per channel)", async () => {
        const click = await h.postJson('/v1/referrals/clicks', { contentId: 'cnt_settlepost1', visitorId: 'visitor-cc-statement' }, { 'User-Agent': BROWSER_UA });
        assert.equal(click.status, 201, click.text);
        const before = await h.secret('/v1/ccs/cc_settleblog/statement');
        assert.equal(before.status, 200, before.text);
        assertMatches(CommissionStatement, before.json, 'CommissionStatement');
        const { order } = await placeAndPay({ lines: [{ productId: refundA.id, quantity: 1 }], referral: { contentId: 'cnt_settlepost1', capturedAt: h.clock.now().toISOString() } });
        const res = await h.secret('/v1/ccs/cc_settleblog/statement');
        assert.equal(res.status, 200, res.text);
        assertMatches(CommissionStatement, res.json, 'CommissionStatement');
        assert.deepEqual([res.json.role, res.json.creatorId, res.json.displayName], ['cc', 'cc_settleblog', '정산블로그']);
        assert.ok(res.json.entries.some((e: { orderId: string; role: string; amount: number }) => e.orderId === order.id && e.role === 'cc' && e.amount === 180));
        const count = (s: { months: { clicks: number; orders: number }[] }, key: 'clicks' | 'orders') => s.months.reduce((n, m) => n + m[key], 0);
        assert.equal(count(res.json, 'orders'), count(before.json, 'orders') + 1);
        assert.ok(count(res.json, 'clicks') >= 1);
        assert.equal(res.json.totals.pending - before.json.totals.pending, 180);
        assert.ok(res.json.entries.every((e: { role: string }) => e.role === 'cc'), 'only its own role');

        const other = await h.secret('/v1/ccs/cc_settleblog/statement', { key: OTHER_SECRET_KEY });
        assert.equal(other.status, 200, other.text);
        assert.deepEqual([count(other.json, 'orders'), other.json.entries.length], [0, 0], "another mall sees none of this mall's orders");
        const quiet = await h.secret('/v1/ccs/cc_quietblog/statement');
        assert.deepEqual([quiet.json.months, quiet.json.entries, quiet.json.totals], [[], [], { pending: 0, payable: 0, reversed: 0 }]);
        expectProblem(await h.secret('/v1/ccs/cc_nobodyhere/statement'), 404, 'not_found');
        expectProblem(await h.secret('/v1/ccs/not-an-id/statement'), 400, 'validation_failed');
      });
    });

    describe('statement tokens', () => {
      const issue = (body: unknown) => h.secret('/v1/statement-tokens', { method: 'POST', body });
      const byToken = (token: string, key = TEST_KEY, origin = ALLOWED_ORIGIN) => publicGet(`/v1/statements/by-token/${encodeURIComponent(token)}`, key, origin);

      test("an MC's token reads its own statement, across malls, with a publishable key", async () => {
        const { order } = await placeAndPay({ lines: [{ productId: refundA.id, quantity: 1 }], referral: referralNow({ mcCode: 'settle-two' }) });
        const res = await issue({ role: 'mc', mcCode: 'settle-two' });
        assert.equal(res.status, 201, res.text);
        assertMatches(IssuedStatementToken, res.json, 'IssuedStatementToken');
        assert.match(res.json.token, STATEMENT_TOKEN_PATTERN);
        assert.deepEqual([res.json.role, res.json.creatorId, res.json.displayName], ['mc', 'mc_settletwo1', '두번째']);
        assert.equal(Date.parse(res.json.expiresAt), Math.floor(h.clock.ms / 1000) * 1000 + STATEMENT_TOKEN_DAYS * DAY);

        const statement = await byToken(res.json.token);
        assert.equal(statement.status, 200, statement.text);
        assertMatches(CommissionStatement, statement.json, 'CommissionStatement');
        assert.equal(statement.headers.get('cache-control'), 'no-store');
        assert.equal(statement.headers.get('access-control-allow-origin'), ALLOWED_ORIGIN);
        assert.deepEqual([statement.json.role, statement.json.creatorId], ['mc', 'mc_settletwo1']);
        assert.ok(statement.json.entries.some((e: { orderId: string; amount: number }) => e.orderId === order.id && e.amount === 420), '6,000 × 7%');
        const bySecret = await h.secret('/v1/mcs/settle-two/statement');
        assert.deepEqual(statement.json, bySecret.json, 'the same as the mall sees (all its orders are in this mall)');
        // The token is the creator's own, not a mall's: another mall's key reads the same statement.
        const elsewhere = await byToken(res.json.token, OTHER_KEY, 'https://other.example');
        assert.equal(elsewhere.status, 200, elsewhere.text);
        assert.deepEqual(elsewhere.json, statement.json);
        const mallOnly = await h.secret('/v1/mcs/settle-two/statement', { key: OTHER_SECRET_KEY });
        assert.equal(mallOnly.json.entries.length, 0, "another mall's secret key sees only its own orders");
      });

      test("a CC's token reads the CC's statement", async () => {
        const res = await issue({ role: 'cc', creatorId: 'cc_settleblog' });
        assert.equal(res.status, 201, res.text);
        const statement = await byToken(res.json.token);
        assert.equal(statement.status, 200, statement.text);
        assert.deepEqual([statement.json.role, statement.json.creatorId], ['cc', 'cc_settleblog']);
        assert.deepEqual(statement.json, (await h.secret('/v1/ccs/cc_settleblog/statement')).json);
      });

      test('rotating revokes every earlier token; forged, expired and malformed tokens are all the same 404', async () => {
        const first = (await issue({ role: 'mc', mcCode: 'settle-mom' })).json.token as string;
        const second = (await issue({ role: 'mc', mcCode: 'settle-mom' })).json.token as string;
        assert.equal((await byToken(first)).status, 200, 'issuing without rotate keeps older tokens');
        const rotated = await issue({ role: 'mc', mcCode: 'settle-mom', rotate: true });
        assert.equal(rotated.status, 201, rotated.text);
        expectProblem(await byToken(first), 404, 'not_found');
        expectProblem(await byToken(second), 404, 'not_found');
        assert.equal((await byToken(rotated.json.token)).status, 200);

        const [payload, signature] = (rotated.json.token as string).split('.') as [string, string];
        const forged = `${payload}.${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`;
        const otherCreator = `st_${Buffer.from('mc.mc_settletwo1.1.9999999999').toString('base64url')}.${signature}`;
        const expired = await issueStatementToken(db, SIGNING_SECRET, { role: 'mc', mcCode: 'settle-mom' }, new Date(h.clock.ms - (STATEMENT_TOKEN_DAYS + 1) * DAY));
        const wrongSecret = await issueStatementToken(db, 'another-signing-secret-of-at-least-32-chars', { role: 'mc', mcCode: 'settle-mom' }, h.clock.now());
        const detail = (await byToken(forged)).json.detail;
        for (const token of [forged, otherCreator, expired!.token, wrongSecret!.token, 'st_garbage', 'nothing-like-a-token', `${rotated.json.token}x`]) {
          const res = await byToken(token);
          expectProblem(res, 404, 'not_found');
          assert.equal(res.json.detail, detail, 'never says why');
        }
        expectProblem(await issue({ role: 'mc', mcCode: 'nobody-here' }), 404, 'not_found');
        expectProblem(await issue({ role: 'cc', creatorId: 'cc_nobodyhere' }), 404, 'not_found');
        expectProblem(await issue({ role: 'cc', mcCode: 'settle-mom' }), 400, 'validation_failed');
        const withPublishable = await sendTo(h.app, `/v1/statement-tokens?key=${TEST_KEY}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Origin: ALLOWED_ORIGIN },
          body: JSON.stringify({ role: 'mc', mcCode: 'settle-mom' }),
        });
        assert.ok([401, 403].includes(withPublishable.status), `a publishable key cannot issue tokens (${withPublishable.status})`);
      });

      test('issueStatementToken (for start scripts) issues a token the API accepts', async () => {
        const issued = await issueStatementToken(db, SIGNING_SECRET, { role: 'cc', creatorId: 'cc_quietblog' }, h.clock.now());
        assert.ok(issued);
        assertMatches(IssuedStatementToken, issued, 'IssuedStatementToken');
        const res = await byToken(issued.token);
        assert.equal(res.status, 200, res.text);
        assert.equal(res.json.displayName, '조용한블로그');
        assert.equal(await issueStatementToken(db, SIGNING_SECRET, { role: 'mc', mcCode: 'nobody-here' }, h.clock.now()), null);
      });
    });

    describe('booking attribution', () => {
      test('holds and inquiries keep the attributable part of their referral; an invalid one never blocks them', async () => {
        const withReferral = await holdClass(referralNow({ contentId: 'cnt_settlepost1' }));
        assert.deepEqual(await bookingReferral(withReferral.id), { referral_mc_id: 'mc_settlemom1', referral_content_id: 'cnt_settlepost1' });
        const unknown = await holdClass(referralNow({ mcCode: 'nobody-here' }));
        assert.deepEqual(await bookingReferral(unknown.id), { referral_mc_id: null, referral_content_id: null });
        const expired = await holdClass(referralNow({ capturedAt: new Date(h.clock.ms - 40 * DAY).toISOString() }));
        assert.deepEqual(await bookingReferral(expired.id), { referral_mc_id: null, referral_content_id: null });

        const inquiry = await h.postJson('/v1/bookings/inquiries', {
          serviceId: repairService.id,
          needs: '베란다 누수를 봐 주세요.',
          area: { region: 'seoul', district: '마포구' },
          address: '서울특별시 마포구 성미산로 1 3층',
          preferredTimes: [{ date: new Date(h.clock.ms + 9 * 3_600_000 + 3 * DAY).toISOString().slice(0, 10), timeOfDay: 'morning' }],
          partySize: 1,
          contact: { name: '김예약', phone: '010-2345-6789', email: 'booker@example.kr' },
          consents: demoCheckoutTerms.consents.map((c) => ({ type: c.type, version: c.version, accepted: c.required })),
          referral: referralNow({ mcCode: 'settle-two' }),
        });
        assert.equal(inquiry.status, 201, inquiry.text);
        assert.deepEqual(await bookingReferral(inquiry.json.booking.id), { referral_mc_id: 'mc_settletwo1', referral_content_id: null });
      });

      test("an order without its own referral adopts its first attributed booking's, and earns on it", async () => {
        const plain = await holdClass();
        const attributed = await holdClass(referralNow({ mcCode: 'settle-two' }));
        const { order } = await pay(
          await h.createOrder(
            orderBody({
              lines: [],
              shippingAddress: undefined,
              bookings: [{ bookingToken: plain.bookingToken }, { bookingToken: attributed.bookingToken }],
              referral: referralNow({ mcCode: 'nobody-here' }),
            }),
          ),
        );
        assert.deepEqual(await orderReferral(order.id), { referral_mc_id: 'mc_settletwo1', referral_content_id: null });
        // Both bookings' lines earn (the order's referral covers the whole order): 2 × 15,000 × 5%.
        assert.deepEqual((await ledgerOf(order.id)).map((e) => [e.role, e.status, e.amount]), [['mc', 'pending', 1500]]);
      });

      test("an order with an attributable referral of its own keeps it", async () => {
        const attributed = await holdClass(referralNow({ mcCode: 'settle-two' }));
        const { order } = await pay(
          await h.createOrder(orderBody({ lines: [], shippingAddress: undefined, bookings: [{ bookingToken: attributed.bookingToken }], referral: referralNow() })),
        );
        assert.deepEqual(await orderReferral(order.id), { referral_mc_id: 'mc_settlemom1', referral_content_id: null });
        const unattributed = await holdClass();
        const plainOrder = await pay(
          await h.createOrder(orderBody({ lines: [], shippingAddress: undefined, bookings: [{ bookingToken: unattributed.bookingToken }] })),
        );
        assert.deepEqual(await orderReferral(plainOrder.order.id), { referral_mc_id: null, referral_content_id: null });
        assert.deepEqual(await ledgerOf(plainOrder.order.id), []);
      });
    });
  });
}
