// End to end: a Market Creator's blog post (examples/mc-blog, its own origin) shows the same
// recommendation as a script badge and as the no-JavaScript snippet (image + redirect link); a
// reader clicks the no-JS link, lands on the co-op site with the attribution, buys with the test
// payment; the MC's pending commission appears in the MC studio (examples/mc-studio, read with
// the MC's own statement token); a refund reverses it. Runs on PGlite, and on PostgreSQL too when
// TEST_DATABASE_URL is set.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { REFERRAL_DISCLOSURE, badgeImageSize, formatKrw, type Product } from '@thecen/schema';
import { createClient } from '@thecen/sdk';
import { DEMO_KEY, buyOneProductByCard, noProblems, openBuyerPage } from './buyer-session.js';
import { withDemoStack } from './demo-stack.js';
import { arriveAt, engines, until } from './waiting.js';

const MC_CODE = 'haetsal-mom';
const MC_ID = 'mc_haetsalmom01';
const LAMP = 'prd_hanjicraft01'; // 한지 조명 스탠드, 한지공예산업협동조합, no options

for (const engine of engines) {
  describe(`an MC's blog post → a purchase → commission, end to end (${engine.name})`, () => {
    const running = withDemoStack(engine);

    const sql = <T>(text: string, params: unknown[] = []) => running.stack.api.db.query<T & Record<string, unknown>>(text, params);
    const secretClient = () => {
      assert.ok(running.stack.api.demoSecretKey, 'the demo stack has a secret key');
      return createClient({ baseUrl: running.stack.apiOrigin, secretKey: running.stack.api.demoSecretKey });
    };

    /** What the MC earns on `amount` won of `product`, by the channel's rules as stored: product, then partner, then default. */
    async function expectedCommission(product: Product, amount: number): Promise<number> {
      const rules = await sql<{ scope: string; target_id: string; rate_bps: number }>(
        `SELECT scope, target_id, rate_bps FROM commission_rules WHERE channel_id = (SELECT channel_id FROM orders LIMIT 1) AND role = 'mc'`,
      );
      const rate =
        rules.find((r) => r.scope === 'product' && r.target_id === product.id)?.rate_bps ??
        rules.find((r) => r.scope === 'partner' && r.target_id === product.partner.id)?.rate_bps ??
        rules.find((r) => r.scope === 'default')?.rate_bps ??
        0;
      assert.ok(rate > 0, 'the demo channel pays MCs a commission');
      return Math.floor((amount * Number(rate)) / 10_000);
    }

    test('the post shows both snippets, each with the MC’s name and the visible commission disclosure', async () => {
      const { context, page, problems } = await openBuyerPage(running.browser, running.stack.blogUrl);
      const badges = page.locator('cen-mc-badge');
      assert.equal(await badges.count(), 3, 'three script badges (card, compact, button)');
      for (const badge of await badges.all()) {
        await badge.locator('[part~="name"]').getByText('해살맘').waitFor();
        await badge.locator('[part~="disclosure"]').getByText(REFERRAL_DISCLOSURE.ko).waitFor();
      }
      // The no-JS snippet: a PNG badge of the announced size inside the redirect link, and the disclosure as text.
      const image = page.locator('.no-js-snippet img');
      const size = badgeImageSize('card', 'm', true);
      assert.equal(Number(await image.getAttribute('width')), size.width);
      assert.equal(Number(await image.getAttribute('height')), size.height);
      await until('the PNG badge to load', () => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0));
      const png = await fetch(new URL((await image.getAttribute('src'))!, running.stack.blogUrl));
      assert.equal(png.headers.get('content-type'), 'image/png');
      assert.ok((await image.getAttribute('alt'))?.includes('해살맘'), 'the image says who recommends to screen readers');
      await page.locator('.no-js-snippet').getByText(REFERRAL_DISCLOSURE.ko).waitFor();
      noProblems(problems);
      await context.close();
    });

    test('a referral link without a landing page opens The CEN’s product page, where the reader buys at once; the order is attributed', async () => {
      const WAFFLE = 'prd_betterwaffle01';
      const { context, page, problems } = await openBuyerPage(running.browser, `${running.stack.apiOrigin}/r/${MC_CODE}?product=${WAFFLE}`);
      await arriveAt(page, 'the product page with the referral', (url) => url.pathname === `/products/${WAFFLE}` && url.searchParams.get('cen_mc') === MC_CODE);
      const clickId = new URL(page.url()).searchParams.get('cen_click');
      assert.match(clickId ?? '', /^clk_/);
      const email = `mall-page-${engine.name.toLowerCase()}@example.kr`;
      await buyOneProductByCard(page, page.locator('cen-add-to-cart').getByRole('button', { name: '장바구니 담기' }), {
        apiOrigin: running.stack.apiOrigin,
        productId: WAFFLE,
        buyer: { name: '한가람', email },
      });
      await arriveAt(page, 'the mall’s order page', (url) => url.href.startsWith(`${running.stack.apiOrigin}/orders/status?cen_order=ot_`));
      await until('the order page to say it is paid', async () => (await page.locator('cen-order-status').locator('[part~="status"]').textContent())?.trim() === '결제 완료');
      const [order] = await sql<{ status: string; referral_mc_id: string; referral_click_id: string }>(
        `SELECT status, referral_mc_id, referral_click_id FROM orders WHERE buyer->>'email' = $1`,
        [email],
      );
      assert.deepEqual({ ...order }, { status: 'paid', referral_mc_id: MC_ID, referral_click_id: clickId }, 'paid and attributed through the click');
      noProblems(problems);
      await context.close();
    });

    test('no-JS link → co-op site → test payment → pending commission in the MC studio → refund → reversed', async () => {
      const { context, page, problems } = await openBuyerPage(running.browser, running.stack.blogUrl);
      // What the MC had before (other tests of the suite earn too): this purchase must add to it exactly.
      const before = (await secretClient().marketCreators.statement(MC_CODE)).totals;
      const clicksBefore = await sql<{ n: number }>('SELECT count(*)::int AS n FROM referral_clicks WHERE mc_id = $1 AND counted', [MC_ID]);

      // The link opens in a new tab, through the server's redirect, on the co-op site with the attribution.
      const [shop] = await Promise.all([context.waitForEvent('page'), page.locator('.no-js-snippet a').click()]);
      await arriveAt(shop, 'the co-op site with the referral', (url) => url.href.startsWith(running.stack.siteUrl) && url.searchParams.get('cen_mc') === MC_CODE);
      const clickId = new URL(shop.url()).searchParams.get('cen_click');
      assert.match(clickId ?? '', /^clk_/, 'the redirect added the recorded click');
      const [click] = await sql<{ counted: boolean; product_id: string }>('SELECT counted, product_id FROM referral_clicks WHERE id = $1', [clickId]);
      assert.deepEqual({ ...click }, { counted: true, product_id: LAMP }, 'one counted click for the lamp');
      const [clicksAfter] = await sql<{ n: number }>('SELECT count(*)::int AS n FROM referral_clicks WHERE mc_id = $1 AND counted', [MC_ID]);
      assert.equal(clicksAfter!.n, clicksBefore[0]!.n + 1);
      // The site kept the referral first-party (its own storage, no third-party cookie).
      await until('the referral in the site’s storage', () => shop.evaluate((code) => Object.values(localStorage).some((v) => v.includes(code)), MC_CODE));

      // Buy the lamp.
      const email = `mc-blog-${engine.name.toLowerCase()}@example.kr`;
      const lamp = await buyOneProductByCard(shop, shop.locator(`cen-product-card[product="${LAMP}"]`).getByRole('button', { name: '장바구니 담기' }), {
        apiOrigin: running.stack.apiOrigin,
        productId: LAMP,
        buyer: { name: '최보람', email },
      });
      await arriveAt(shop, 'the site’s order page', (url) => url.pathname.endsWith('/order.html') && url.searchParams.has('cen_order'));

      const [order] = await sql<{ id: string; status: string; referral_mc_id: string; referral_click_id: string }>(
        `SELECT id, status, referral_mc_id, referral_click_id FROM orders WHERE buyer->>'email' = $1`,
        [email],
      );
      assert.equal(order?.status, 'paid');
      assert.equal(order.referral_mc_id, MC_ID, 'the order is attributed to the MC');
      assert.equal(order.referral_click_id, clickId, 'through the recorded click');
      const earned = await expectedCommission(lamp, lamp.price);

      // The MC reads its statement with its own token in the MC studio.
      const publicClient = createClient({ baseUrl: running.stack.apiOrigin, publishableKey: DEMO_KEY });
      const issued = await secretClient().statements.createToken({ role: 'mc', mcCode: MC_CODE });
      const studio = await context.newPage();
      await studio.goto(`${running.stack.studioUrl}?statement=${encodeURIComponent(issued.token)}`);
      const stats = studio.locator('cen-mc-stats');
      await stats.getByText('해살맘').first().waitFor();
      const pending = before.pending + earned;
      await until(`the studio to show ${formatKrw(pending)} pending`, async () => (await stats.locator('[part~="total-pending"]').textContent())?.includes(formatKrw(pending)));
      const statement = await publicClient.statements.retrieveByToken(issued.token);
      assert.equal(statement.totals.pending - before.pending, earned, 'pending commission grew by the rule’s rate on the lamp');
      assert.equal(statement.totals.reversed, before.reversed);

      // The operator refunds the whole order: the commission is reversed in the same amount.
      await secretClient().orders.refund(order.id, { reason: '고객 변심 (청약철회)' });
      const afterRefund = await publicClient.statements.retrieveByToken(issued.token);
      assert.equal(afterRefund.totals.reversed - before.reversed, -earned, 'the refund reversed all of it');
      const net = (t: typeof before) => t.pending + t.payable + t.reversed;
      assert.equal(net(afterRefund.totals), net(before), 'nothing left to pay for this order');
      await studio.reload();
      const reversed = -(before.reversed - earned);
      await until(`the studio to show -${formatKrw(reversed)} reversed`, async () => (await stats.locator('[part~="total-reversed"]').textContent())?.includes(`-${formatKrw(reversed)}`));

      noProblems(problems);
      await context.close();
    });
  });
}
