/**
 * Referrals, run once per storage engine: MC profiles, click recording (dedupe, bots, rate
 * limit), the redirect link and badge, attribution on orders, and the commission ledger through
 * payments and refunds — with a seeded random walk checking the ledger against an independent sum.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ClickRecorded, CommissionStatement, MarketCreator, REFERRAL_DISCLOSURE } from '@thecen/schema';
import type { Database } from '../db/database.js';
import { ledgerProbe } from './ledger-probe.js';
import { ALLOWED_ORIGIN, TEST_KEY, alpha, beta } from './catalog-fixtures.js';
import { TEST_CHANNEL_ID, refundA, refundB } from './checkout-fixtures.js';
import { assertMatches, checkoutHarness, expectProblem, orderBody, prepareCheckoutDatabase, sendTo, shopRedirect, type CheckoutHarness } from './checkout-harness.js';

const BROWSER_UA = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148';

async function insertReferralFixtures(db: Database): Promise<void> {
  await db.exec(`
    INSERT INTO market_creators (id, code, kind, display_name, avatar, introduction, status, partner_id) VALUES
      ('mc_testmom01', 'test-mom', 'individual', '테스트맘', NULL, '아이와 함께 쓰는 살림을 추천해요.', 'active', NULL),
      ('mc_testcorp1', 'alpha-corp', 'corporate', '알파협동조합', NULL, '', 'active', '${alpha.id}'),
      ('mc_testevil1', 'evil-name', 'celebrity', '<script>alert(1)</script>&"', NULL, '', 'active', NULL),
      ('mc_testsusp1', 'paused-mc', 'individual', '쉬는중', NULL, '', 'suspended', NULL);
    INSERT INTO content_creators (id, display_name) VALUES ('cc_testblog1', '숲속블로그');
    INSERT INTO content_items (id, creator_id, kind, title, url, product_ids) VALUES
      ('cnt_testpost1', 'cc_testblog1', 'blog_post', '살림 후기', 'https://blog.example.kr/1', ARRAY['${refundA.id}']);
    INSERT INTO commission_rules (channel_id, role, scope, target_id, rate_bps) VALUES
      ('${TEST_CHANNEL_ID}', 'mc', 'default', '', 500),
      ('${TEST_CHANNEL_ID}', 'cc', 'default', '', 300),
      ('${TEST_CHANNEL_ID}', 'mc', 'partner', '${beta.id}', 800),
      ('${TEST_CHANNEL_ID}', 'mc', 'product', '${refundA.id}', 700);
  `);
}

/** mulberry32: a small seeded PRNG, so that a failing walk can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function describeReferrals(engine: string, openDatabase: () => Promise<Database>, closeDatabase?: () => Promise<void>): void {
  describe(`referrals on ${engine}`, () => {
    let db: Database;
    let h: CheckoutHarness;

    before(async () => {
      db = await openDatabase();
      await prepareCheckoutDatabase(db);
      await insertReferralFixtures(db);
      h = checkoutHarness(db);
    });

    after(async () => {
      await db?.close();
      await closeDatabase?.();
      assert.deepEqual(h?.unexpected ?? [], [], 'no request ended in an unexpected error');
    });

    const click = (body: Record<string, unknown>, userAgent = BROWSER_UA) =>
      h.postJson('/v1/referrals/clicks', body, { 'User-Agent': userAgent });
    const getMc = (code: string) => sendTo(h.app, `/v1/mcs/${code}?key=${TEST_KEY}`, { headers: { Origin: ALLOWED_ORIGIN } });
    const referralNow = (over: Record<string, unknown> = {}) => ({ mcCode: 'test-mom', capturedAt: h.clock.now().toISOString(), ...over });

    async function placeAndPay(body: Record<string, unknown>): Promise<{ id: string; lines: { id: string; productId: string; quantity: number }[] }> {
      const created = await h.createOrder(orderBody(body));
      assert.equal(created.status, 201, created.text);
      assert.equal(shopRedirect((await h.actOnTestPage(created.json.payment.redirectUrl, 'approve')).final!).failed, false);
      const order = created.json.order;
      return { id: order.id, lines: order.subOrders.flatMap((s: { lines: { id: string; productId: string; quantity: number }[] }) => s.lines) };
    }
    // The database is open once `before` ran: the probe reads it through these getters.
    const ledger = () => ledgerProbe(db, () => h);
    const ledgerOf = (orderId: string) => ledger().ledgerOf(orderId);
    const sumOf = (orderId: string, role = 'mc') => ledger().sumOf(orderId, role);
    const refund = (orderId: string, body: unknown) => ledger().refund(orderId, body);

    test('an active MC is public; a suspended or unknown one is 404', async () => {
      const res = await getMc('test-mom');
      assert.equal(res.status, 200, res.text);
      assertMatches(MarketCreator, res.json, 'MarketCreator');
      assert.equal(res.json.displayName, '테스트맘');
      expectProblem(await getMc('paused-mc'), 404, 'not_found');
      expectProblem(await getMc('nobody-here'), 404, 'not_found');
    });

    test('a click counts once per visitor and MC within 30 minutes', async () => {
      const first = await click({ mcCode: 'test-mom', visitorId: 'visitor-dedupe-1', productId: refundA.id });
      assert.equal(first.status, 201, first.text);
      assertMatches(ClickRecorded, first.json, 'ClickRecorded');
      assert.equal(first.json.counted, true);
      assert.match(first.json.clickId, /^clk_/);
      h.clock.advance(10 * 60_000);
      const again = await click({ mcCode: 'test-mom', visitorId: 'visitor-dedupe-1' });
      assert.deepEqual([again.json.counted, again.json.reason, again.json.clickId], [false, 'duplicate', first.json.clickId]);
      const other = await click({ mcCode: 'test-mom', visitorId: 'visitor-dedupe-2' });
      assert.equal(other.json.counted, true, 'another visitor counts');
      h.clock.advance(31 * 60_000);
      const later = await click({ mcCode: 'test-mom', visitorId: 'visitor-dedupe-1' });
      assert.equal(later.json.counted, true, 'after 30 minutes it counts again');
    });

    test('bots, unknown and suspended MCs are not counted', async () => {
      const bot = await click({ mcCode: 'test-mom', visitorId: 'visitor-bot-001' }, 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)');
      assert.deepEqual([bot.json.counted, bot.json.reason], [false, 'bot']);
      const unknown = await click({ mcCode: 'nobody-here', visitorId: 'visitor-unk-0001' });
      assert.deepEqual([unknown.json.counted, unknown.json.reason, unknown.json.clickId], [false, 'unknown_referrer', null]);
      const paused = await click({ mcCode: 'paused-mc', visitorId: 'visitor-unk-0001' });
      assert.deepEqual([paused.json.counted, paused.json.reason], [false, 'inactive']);
    });

    test('clicks past the hourly limit per visitor and MC are rate-limited', async () => {
      const reasons: (string | null)[] = [];
      for (let i = 0; i < 22; i += 1) reasons.push((await click({ mcCode: 'test-mom', visitorId: 'visitor-flood-01' })).json.reason);
      assert.equal(reasons[0], null);
      assert.ok(reasons.slice(1, 20).every((r) => r === 'duplicate'));
      assert.deepEqual(reasons.slice(20), ['rate_limited', 'rate_limited']);
      h.clock.advance(61 * 60_000);
      assert.equal((await click({ mcCode: 'test-mom', visitorId: 'visitor-flood-01' })).json.counted, true, 'an hour later it counts');
    });

    test('the referral link records a click and redirects to the product page with cen_mc and cen_click', async () => {
      const res = await sendTo(h.app, `/r/test-mom?product=${refundA.id}&to=${encodeURIComponent('https://evil.example/x')}`, {
        headers: { 'User-Agent': BROWSER_UA },
      });
      assert.equal(res.status, 302);
      const location = new URL(res.headers.get('location')!);
      assert.equal(location.pathname, `/products/${refundA.id}`, 'a `to` outside the allowed origins is ignored');
      assert.equal(location.searchParams.get('cen_mc'), 'test-mom');
      const clickId = location.searchParams.get('cen_click')!;
      assert.match(clickId, /^clk_/);
      const [row] = await db.query<{ counted: boolean; product_id: string }>('SELECT counted, product_id FROM referral_clicks WHERE id = $1', [clickId]);
      assert.deepEqual(row, { counted: true, product_id: refundA.id });
      assert.match(res.headers.get('set-cookie') ?? '', /cen_vid=/);
      const unknown = await sendTo(h.app, '/r/nobody-here', { headers: { 'User-Agent': BROWSER_UA } });
      assert.equal(unknown.status, 302);
      assert.equal(new URL(unknown.headers.get('location')!).searchParams.get('cen_mc'), null);
    });

    test('the referral link lands on `to` when it is on a mall’s allowed origin (port wildcards included), attribution kept', async () => {
      const to = 'http://localhost:5173/shop/?tab=new';
      const res = await sendTo(h.app, `/r/test-mom?product=${refundA.id}&to=${encodeURIComponent(to)}`, { headers: { 'User-Agent': BROWSER_UA } });
      assert.equal(res.status, 302);
      const location = new URL(res.headers.get('location')!);
      assert.equal(`${location.origin}${location.pathname}`, 'http://localhost:5173/shop/', 'the co-op’s own shop (allowed as http://localhost:*)');
      assert.equal(location.searchParams.get('tab'), 'new');
      assert.equal(location.searchParams.get('cen_mc'), 'test-mom');
      assert.match(location.searchParams.get('cen_click') ?? '', /^clk_/);
      for (const bad of ['javascript:alert(1)', 'http://localhost.evil.example/', '//evil.example/']) {
        const refused = await sendTo(h.app, `/r/test-mom?product=${refundA.id}&to=${encodeURIComponent(bad)}`, { headers: { 'User-Agent': BROWSER_UA } });
        assert.equal(new URL(refused.headers.get('location')!).pathname, `/products/${refundA.id}`, `${bad} is not followed`);
      }
    });

    test('the mall’s own attribution window reaches the SDK: in the click answer and on a referral link’s landing URL', async () => {
      await db.query(
        `INSERT INTO channel_checkout_settings (channel_id, referral_window_days) VALUES ($1, 45)
         ON CONFLICT (channel_id) DO UPDATE SET referral_window_days = 45`,
        [TEST_CHANNEL_ID],
      );
      try {
        const answer = await click({ mcCode: 'test-mom', visitorId: 'visitor-window-01' });
        assertMatches(ClickRecorded, answer.json, 'ClickRecorded');
        assert.equal(answer.json.windowDays, 45);
        const res = await sendTo(h.app, `/r/test-mom?product=${refundA.id}&to=${encodeURIComponent('http://localhost:5173/')}`, { headers: { 'User-Agent': BROWSER_UA } });
        assert.equal(new URL(res.headers.get('location')!).searchParams.get('cen_window'), '45');
        const own = await sendTo(h.app, `/r/test-mom?product=${refundA.id}`, { headers: { 'User-Agent': BROWSER_UA } });
        assert.equal(new URL(own.headers.get('location')!).searchParams.get('cen_window'), null, 'The CEN’s own item page has no widgets to keep it');
      } finally {
        await db.query('UPDATE channel_checkout_settings SET referral_window_days = 30 WHERE channel_id = $1', [TEST_CHANNEL_ID]);
      }
    });

    test('the badge escapes markup in a name and shows the disclosure', async () => {
      const res = await sendTo(h.app, `/badges/evil-name.svg?product=${refundA.id}`);
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type')!, /^image\/svg\+xml/);
      assert.match(res.headers.get('cache-control')!, /max-age=86400/);
      assert.doesNotMatch(res.text, /<script/);
      assert.match(res.text, /&lt;script&gt;alert\(1\)&lt;\/script&gt;&amp;&quot;/);
      assert.ok(res.text.includes(REFERRAL_DISCLOSURE.ko));
      assert.ok(res.text.includes('6,000원'));
      expectProblem(await sendTo(h.app, '/badges/paused-mc.svg'), 404, 'not_found');
    });

    test('an order stores its referral; payment writes pending commission', async () => {
      const clicked = await click({ mcCode: 'test-mom', visitorId: 'visitor-order-01' });
      const order = await placeAndPay({
        lines: [{ productId: refundA.id, quantity: 2 }, { productId: refundB.id, quantity: 1 }],
        referral: referralNow({ clickId: clicked.json.clickId, contentId: 'cnt_testpost1' }),
      });
      const [row] = await db.query<{ referral_mc_id: string; referral_content_id: string; referral_click_id: string }>(
        'SELECT referral_mc_id, referral_content_id, referral_click_id FROM orders WHERE id = $1',
        [order.id],
      );
      assert.deepEqual(row, { referral_mc_id: 'mc_testmom01', referral_content_id: 'cnt_testpost1', referral_click_id: clicked.json.clickId });
      // mc: 12,000 × 7% (product rule) + 4,000 × 8% (partner rule); cc: 16,000 × 3%.
      const entries = await ledgerOf(order.id);
      assert.deepEqual(
        entries.map((e) => [e.role, e.amount, e.status, e.base]).sort(),
        [['cc', 480, 'pending', 16000], ['mc', 840 + 320, 'pending', 16000]],
      );
      assert.equal(await sumOf(order.id, 'mc'), 1160);
      assert.equal(await sumOf(order.id, 'cc'), 480);
      assert.ok((await ledgerOf(order.id)).every((e) => e.status === 'pending'));

      const statement = await h.secret('/v1/mcs/test-mom/statement');
      assert.equal(statement.status, 200, statement.text);
      assertMatches(CommissionStatement, statement.json, 'CommissionStatement');
      assert.equal(statement.json.totals.pending, 1160);
      assert.ok(statement.json.months[0].clicks >= 1);
    });

    test('an expired, unknown or mismatched referral is ignored and never blocks the order', async () => {
      const old = new Date(h.clock.ms - 31 * 86_400_000).toISOString();
      const otherClick = (await click({ mcCode: 'evil-name', visitorId: 'visitor-mismatch' })).json.clickId;
      for (const referral of [
        referralNow({ capturedAt: old }),
        referralNow({ mcCode: 'paused-mc' }),
        referralNow({ mcCode: 'nobody-here' }),
        referralNow({ clickId: otherClick }),
      ]) {
        const order = await placeAndPay({ lines: [{ productId: refundA.id, quantity: 1 }], referral });
        const [row] = await db.query<{ referral_mc_id: string | null }>('SELECT referral_mc_id FROM orders WHERE id = $1', [order.id]);
        assert.equal(row!.referral_mc_id, null, JSON.stringify(referral));
        assert.deepEqual(await ledgerOf(order.id), []);
      }
    });

    test("a corporate MC earns nothing on its own partner's products", async () => {
      const order = await placeAndPay({
        lines: [{ productId: refundA.id, quantity: 1 }, { productId: refundB.id, quantity: 1 }],
        referral: referralNow({ mcCode: 'alpha-corp' }),
      });
      const entries = await ledgerOf(order.id);
      assert.deepEqual(entries.map((e) => [e.amount, e.base]), [[320, 4000]], 'only beta’s line earns');
    });

    test('a publishable key that carries a corporate MC attributes orders without a referral to it (never on its own products); a referral wins', async () => {
      await db.query('UPDATE channels SET market_creator_id = $2 WHERE id = $1', [TEST_CHANNEL_ID, 'mc_testcorp1']);
      try {
        const plain = await placeAndPay({ lines: [{ productId: refundA.id, quantity: 1 }, { productId: refundB.id, quantity: 1 }] });
        const [row] = await db.query<{ referral_mc_id: string | null; referral_click_id: string | null }>('SELECT referral_mc_id, referral_click_id FROM orders WHERE id = $1', [plain.id]);
        assert.deepEqual(row, { referral_mc_id: 'mc_testcorp1', referral_click_id: null }, 'the co-op site’s corporate MC');
        assert.deepEqual((await ledgerOf(plain.id)).map((e) => [e.role, e.amount, e.base]), [['mc', 320, 4000]], 'only the other partner’s line earns');
        const referred = await placeAndPay({ lines: [{ productId: refundB.id, quantity: 1 }], referral: referralNow() });
        const [other] = await db.query<{ referral_mc_id: string | null }>('SELECT referral_mc_id FROM orders WHERE id = $1', [referred.id]);
        assert.equal(other!.referral_mc_id, 'mc_testmom01', 'the buyer’s own referral (last click) wins: one referrer per order');
        await db.query(`UPDATE market_creators SET status = 'suspended' WHERE id = 'mc_testcorp1'`);
        const suspended = await placeAndPay({ lines: [{ productId: refundB.id, quantity: 1 }] });
        assert.deepEqual(await ledgerOf(suspended.id), [], 'a suspended corporate MC earns nothing');
      } finally {
        await db.query('UPDATE channels SET market_creator_id = NULL WHERE id = $1', [TEST_CHANNEL_ID]);
        await db.query(`UPDATE market_creators SET status = 'active' WHERE id = 'mc_testcorp1'`);
      }
    });

    test('partial and full refunds reverse commission proportionally', async () => {
      const order = await placeAndPay({ lines: [{ productId: refundA.id, quantity: 3 }, { productId: refundB.id, quantity: 2 }], referral: referralNow() });
      assert.equal(await sumOf(order.id), 3 * 420 + 2 * 320);
      const lineA = order.lines.find((l) => l.productId === refundA.id)!;
      const partial = await refund(order.id, { lines: [{ lineId: lineA.id, quantity: 2 }], reason: '두 개가 깨져서 왔어요' });
      assert.equal(partial.status, 201, partial.text);
      assert.equal(await sumOf(order.id), 420 + 640);
      assert.deepEqual((await ledgerOf(order.id)).map((e) => [e.status, e.amount]).sort(), [['pending', 1900], ['reversed', -840]]);
      const full = await refund(order.id, { reason: '모두 환불' });
      assert.equal(full.status, 201, full.text);
      assert.equal(await sumOf(order.id), 0);
    });

    test('property: over a random walk of orders, payments and refunds the ledger always equals an independent sum', async () => {
      const random = prng(20261123);
      const rate = (productId: string) => (productId === refundA.id ? 700 : 800);
      const price = (productId: string) => (productId === refundA.id ? 6000 : 4000);
      const open: { id: string; lines: { id: string; productId: string; left: number }[]; paid: boolean; token: string; redirect: string }[] = [];
      for (let step = 0; step < 30; step += 1) {
        const choice = random();
        const unpaid = open.filter((o) => !o.paid);
        const refundable = open.filter((o) => o.paid && o.lines.some((l) => l.left > 0));
        if (choice < 0.35 || open.length === 0) {
          const lines = [
            { productId: refundA.id, quantity: 1 + Math.floor(random() * 3) },
            ...(random() < 0.6 ? [{ productId: refundB.id, quantity: 1 + Math.floor(random() * 3) }] : []),
          ];
          const created = await h.createOrder(orderBody({ lines, referral: referralNow() }));
          assert.equal(created.status, 201, created.text);
          const orderLines = created.json.order.subOrders.flatMap((s: { lines: { id: string; productId: string; quantity: number }[] }) => s.lines);
          open.push({
            id: created.json.order.id,
            lines: orderLines.map((l: { id: string; productId: string; quantity: number }) => ({ id: l.id, productId: l.productId, left: l.quantity })),
            paid: false,
            token: created.json.orderToken,
            redirect: created.json.payment.redirectUrl,
          });
        } else if (choice < 0.65 && unpaid.length > 0) {
          const order = unpaid[Math.floor(random() * unpaid.length)]!;
          await h.actOnTestPage(order.redirect, 'approve');
          order.paid = true;
        } else if (refundable.length > 0) {
          const order = refundable[Math.floor(random() * refundable.length)]!;
          const line = order.lines.filter((l) => l.left > 0)[0]!;
          const quantity = 1 + Math.floor(random() * line.left);
          const res = await refund(order.id, { lines: [{ lineId: line.id, quantity }], reason: '무작위 환불' });
          assert.equal(res.status, 201, res.text);
          line.left -= quantity;
        }
        for (const order of open) {
          const expected = order.paid ? order.lines.reduce((sum, l) => sum + Math.floor((l.left * price(l.productId) * rate(l.productId)) / 10_000), 0) : 0;
          assert.equal(await sumOf(order.id), expected, `step ${step}, order ${order.id}`);
        }
      }
    });
  });
}
