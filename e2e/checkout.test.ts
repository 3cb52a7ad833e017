// End to end: a buyer on the example co-op site (its own origin, strict CSP) puts two partners'
// products in the cart, checks out, pays on the test provider's hosted page and lands on the
// site's order page; the database must agree on every won. Runs on PGlite, and on PostgreSQL
// too when TEST_DATABASE_URL is set.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { formatKrw, quoteCart, type CartLineInput, type CartQuote, type Product } from '@thecen/schema';
import { createClient } from '@thecen/sdk';
import { DEFAULT_TEST_WEBHOOK_SECRET, TEST_WEBHOOK_SIGNATURE_HEADER, signTestWebhook, type TestWebhookBody } from '@thecen/server';
import { DEMO_KEY as KEY, POSTAL_CODE, fillCheckoutAndPay, noProblems, openBuyerPage } from './buyer-session.js';
import { withDemoStack } from './demo-stack.js';
import { arriveAt, engines, until } from './waiting.js';


const WAFFLE = 'prd_betterwaffle01'; // 베러댄와플협동조합, no options
const CANDLE = 'prd_soyplea01'; // 소이플리협동조합, options (lavender)
const CANDLE_OPTION = 'lavender';
const PARTNERS = ['pa_betterwaffle', 'pa_soyplea'];

interface OrderRow {
  id: string;
  number: string;
  status: string;
  subtotal: string | number;
  shipping_total: string | number;
  total: string | number;
}

/** `2026. 11. 24.` and `23:59`: how a Korean page writes a time in Asia/Seoul (UTC+9, no DST). */
function seoulDateAndTime(iso: string): [string, string] {
  const d = new Date(new Date(iso).getTime() + 9 * 3600_000);
  const two = (n: number) => String(n).padStart(2, '0');
  return [`${d.getUTCFullYear()}. ${two(d.getUTCMonth() + 1)}. ${two(d.getUTCDate())}.`, `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`];
}

for (const engine of engines) {
  describe(`checkout from the example co-op site, end to end (${engine.name})`, () => {
    const running = withDemoStack(engine);

    const sql = <T>(text: string, params: unknown[] = []) => running.stack.api.db.query<T & Record<string, unknown>>(text, params);

    /** A buyer with a fresh browser profile (empty cart) on the shop page; console errors are collected. */
    const openShop = () => openBuyerPage(running.browser, running.stack.siteUrl);

    const cartButton = (page: Page) => page.locator('cen-cart-button').getByRole('button');
    /** Waits until the header's cart button says how many lines the cart holds ("장바구니 2개"). */
    const cartCount = (page: Page, n: number) => page.locator('cen-cart-button').getByRole('button', { name: `장바구니 ${n}개`, exact: true }).waitFor();
    const orderStatus = (page: Page) => page.locator('cen-order-status');

    /** The waffles (no options) and the lavender candle (an option chosen) from the neighbours' cards. */
    async function addTwoPartnersProducts(page: Page): Promise<void> {
      await page.locator(`cen-product-card[product="${WAFFLE}"]`).getByRole('button', { name: '장바구니 담기' }).click();
      await cartCount(page, 1);
      const candle = page.locator(`cen-product-card[product="${CANDLE}"]`);
      await candle.getByRole('button', { name: '장바구니 담기' }).click();
      // A product with options asks which one first.
      await candle.getByLabel('옵션').selectOption(CANDLE_OPTION);
      await candle.getByRole('button', { name: '담기', exact: true }).click();
      await cartCount(page, 2);
    }

    /** Opens the cart, checks its two partner groups, optionally adds one more waffle, and goes to checkout. */
    async function openCheckout(page: Page, options: { waffles?: number } = {}): Promise<Locator> {
      await cartButton(page).click();
      const cart = page.locator('cen-cart');
      await cart.getByRole('dialog', { name: '장바구니' }).waitFor();
      for (const name of ['베러댄와플협동조합', '소이플리협동조합']) await cart.getByRole('heading', { name }).waitFor();
      for (let n = 1; n < (options.waffles ?? 1); n++) {
        await cart.getByRole('button', { name: '우리밀 냉동 와플 10개입 수량 늘리기' }).click();
      }
      if (options.waffles) {
        await until(`${options.waffles} waffles in the cart`, async () =>
          (await cart.getByRole('spinbutton', { name: '우리밀 냉동 와플 10개입 수량' }).inputValue()) === String(options.waffles),
        );
      }
      await cart.getByRole('button', { name: '주문하기' }).click();
      const checkout = page.locator('cen-checkout');
      await checkout.getByLabel('이름', { exact: true }).waitFor();
      return checkout;
    }

    /** The quote computed here, with the schema's pricing function over the products as the API gives them. */
    async function expectedQuote(lines: CartLineInput[]): Promise<CartQuote> {
      const client = createClient({ baseUrl: running.stack.apiOrigin, publishableKey: KEY });
      const products = new Map<string, Product>();
      for (const id of new Set(lines.map((l) => l.productId))) products.set(id, await client.products.retrieve(id));
      const quote = quoteCart({ lines, products, postalCode: POSTAL_CODE });
      assert.deepEqual(quote.problems, [], 'the products of the test can be ordered');
      return quote;
    }

    /** Fills the checkout form and pays (two sellers), as `fillCheckoutAndPay` does. */
    function fillAndPay(page: Page, checkout: Locator, buyer: { name: string; email: string }, method: 'card' | 'virtual_account', total: number): Promise<void> {
      return fillCheckoutAndPay(page, checkout, { apiOrigin: running.stack.apiOrigin, buyer, method, total, sellers: 2 });
    }

    async function orderOf(email: string): Promise<OrderRow> {
      const rows = await sql<OrderRow>(`SELECT id, number, status, subtotal, shipping_total, total FROM orders WHERE buyer->>'email' = $1`, [email]);
      assert.equal(rows.length, 1, `exactly one order for ${email}`);
      return rows[0]!;
    }

    async function payments(orderId: string) {
      return sql<{ id: string; status: string; amount: string | number; method: string; virtual_account: { bank: string; accountNumber: string; dueAt: string } | null }>(
        'SELECT id, status, amount, method, virtual_account FROM payments WHERE order_id = $1 ORDER BY attempt',
        [orderId],
      );
    }

    async function stockOf(): Promise<{ waffle: number; candle: number }> {
      const [waffle] = await sql<{ stock: number }>('SELECT stock FROM products WHERE id = $1', [WAFFLE]);
      const [candle] = await sql<{ stock: number }>('SELECT stock FROM product_variants WHERE product_id = $1 AND id = $2', [CANDLE, CANDLE_OPTION]);
      return { waffle: Number(waffle!.stock), candle: Number(candle!.stock) };
    }

    /** The cart's lines as the site's pages keep them (`localStorage`, one cart per mall key). */
    async function cartLines(page: Page): Promise<unknown[]> {
      return page.evaluate((key) => JSON.parse(localStorage.getItem(`cen:cart:${key}`) ?? '[]') as unknown[], KEY);
    }

    async function statusText(page: Page): Promise<string> {
      return (await orderStatus(page).locator('[part~="status"]').textContent())?.trim() ?? '';
    }

    async function waitForStatus(page: Page, text: string): Promise<void> {
      await until(`the order page to say "${text}"`, async () => (await statusText(page)) === text);
    }

    test('card, approved: paid in the database, one sub-order per partner, totals recomputed, stock taken, cart emptied', async () => {
      const { context, page, problems } = await openShop();
      const email = `approve-${engine.name.toLowerCase()}@example.kr`;
      const stockBefore = await stockOf();
      const lines: CartLineInput[] = [{ productId: WAFFLE, quantity: 2 }, { productId: CANDLE, variantId: CANDLE_OPTION, quantity: 1 }];
      const expected = await expectedQuote(lines);
      assert.equal(expected.groups.length, 2, 'two partners');

      await addTwoPartnersProducts(page);
      const checkout = await openCheckout(page, { waffles: 2 });
      await fillAndPay(page, checkout, { name: '김하나', email }, 'card', expected.total);
      await page.getByRole('button', { name: '승인' }).click();

      // Back on the shop's own order page, with the signed order token.
      await arriveAt(page, 'the site’s order page with an order token', (url) => url.href.startsWith(new URL('order.html?cen_order=ot_', running.stack.siteUrl).href));
      assert.equal(new URL(page.url()).searchParams.get('cen_payment'), null, 'no failure flag');
      await waitForStatus(page, '결제 완료');

      const order = await orderOf(email);
      assert.equal(order.status, 'paid');
      await orderStatus(page).getByText(order.number, { exact: true }).waitFor();
      assert.equal(Number(order.total), expected.total, 'total = products + each partner’s shipping, as computed here');
      assert.equal(Number(order.subtotal), expected.subtotal);
      assert.equal(Number(order.shipping_total), expected.shippingTotal);

      const subs = await sql<{ partner_id: string; status: string; subtotal: string | number; shipping_fee: string | number; total: string | number }>(
        'SELECT partner_id, status, subtotal, shipping_fee, total FROM sub_orders WHERE order_id = $1 ORDER BY partner_id',
        [order.id],
      );
      assert.deepEqual(subs.map((s) => s.partner_id), PARTNERS, 'one sub-order per partner');
      for (const sub of subs) {
        const group = expected.groups.find((g) => g.partnerId === sub.partner_id)!;
        assert.equal(sub.status, 'paid', sub.partner_id);
        assert.equal(Number(sub.subtotal), group.subtotal, `${sub.partner_id} subtotal`);
        assert.equal(Number(sub.shipping_fee), group.shippingFee, `${sub.partner_id} shipping`);
        assert.equal(Number(sub.total), group.total, `${sub.partner_id} total`);
      }

      // Each line at the catalog's price (the product's, or its option's).
      const priced = await sql<{ product_id: string; variant_id: string | null; quantity: number; unit_price: string | number; catalog_price: string | number }>(
        `SELECT l.product_id, l.variant_id, l.quantity, l.unit_price, COALESCE(v.price, p.price) AS catalog_price
           FROM order_lines l JOIN products p ON p.id = l.product_id
           LEFT JOIN product_variants v ON v.product_id = l.product_id AND v.id = l.variant_id
          WHERE l.order_id = $1 ORDER BY l.position`,
        [order.id],
      );
      assert.deepEqual(
        priced.map((l) => [l.product_id, l.variant_id, Number(l.quantity)]),
        [[WAFFLE, null, 2], [CANDLE, CANDLE_OPTION, 1]],
        'the lines as put in the cart',
      );
      for (const l of priced) assert.equal(Number(l.unit_price), Number(l.catalog_price), `${l.product_id} at the catalog price`);

      const [payment] = await payments(order.id);
      assert.equal(payment!.status, 'paid');
      assert.equal(Number(payment!.amount), expected.total);

      const consents = await sql<{ type: string; accepted: boolean }>('SELECT type, accepted FROM order_consents WHERE order_id = $1', [order.id]);
      for (const type of ['purchase_terms', 'personal_info_collection', 'personal_info_provision']) {
        assert.ok(consents.some((c) => c.type === type && c.accepted), `consent ${type} recorded`);
      }

      assert.deepEqual(await stockOf(), { waffle: stockBefore.waffle - 2, candle: stockBefore.candle - 1 }, 'stock went down by what was bought');

      // The ordered lines left the cart (shared by every page of the site).
      await cartCount(page, 0);
      assert.deepEqual(await cartLines(page), []);
      await page.goto(running.stack.siteUrl);
      await cartCount(page, 0);

      noProblems(problems);
      await context.close();
    });

    test('card, declined: the order waits unpaid, the order page offers to pay again, and the retry pays it', async () => {
      const { context, page, problems } = await openShop();
      const email = `decline-${engine.name.toLowerCase()}@example.kr`;
      const expected = await expectedQuote([{ productId: WAFFLE, quantity: 1 }, { productId: CANDLE, variantId: CANDLE_OPTION, quantity: 1 }]);

      await addTwoPartnersProducts(page);
      const checkout = await openCheckout(page);
      await fillAndPay(page, checkout, { name: '이두리', email }, 'card', expected.total);
      await page.getByRole('button', { name: '거절' }).click();

      await arriveAt(page, 'the order page after a failed payment', (url) => url.pathname.endsWith('/order.html') && url.searchParams.get('cen_payment') === 'failed');
      const declined = orderStatus(page).locator('[part~="declined"]');
      await declined.getByText('결제가 완료되지 않았습니다.').waitFor();
      assert.equal(await statusText(page), '결제 대기');

      const order = await orderOf(email);
      assert.equal(order.status, 'pending_payment', 'the order still waits for payment');
      assert.deepEqual((await payments(order.id)).map((p) => p.status), ['declined']);
      // Nothing was bought: the cart keeps its lines.
      await cartCount(page, 2);

      // 다시 결제하기 → the payment page again → 승인.
      await declined.getByRole('button', { name: '다시 결제하기' }).click();
      await arriveAt(page, 'the hosted test payment page', (url) => url.href.startsWith(`${running.stack.apiOrigin}/pay/test/pay_`));
      assert.ok((await page.locator('.price').textContent())?.includes(formatKrw(expected.total)), 'the same amount');
      await page.getByRole('button', { name: '승인' }).click();
      await arriveAt(page, 'the order page after a paid retry', (url) => url.pathname.endsWith('/order.html') && !url.searchParams.has('cen_payment') && url.searchParams.has('cen_order'));
      await waitForStatus(page, '결제 완료');
      assert.equal(await orderStatus(page).locator('[part~="declined"]').count(), 0, 'no decline message once paid');

      assert.equal((await orderOf(email)).status, 'paid');
      const attempts = await payments(order.id);
      assert.deepEqual(attempts.map((p) => p.status), ['declined', 'paid'], 'a second payment attempt paid it');
      assert.equal(Number(attempts[1]!.amount), expected.total);
      await cartCount(page, 0);

      noProblems(problems);
      await context.close();
    });

    test('virtual account: account and deadline shown, the signed deposit webhook pays the order, the page shows it after a reload', async () => {
      const { context, page, problems } = await openShop();
      const email = `deposit-${engine.name.toLowerCase()}@example.kr`;
      const expected = await expectedQuote([{ productId: WAFFLE, quantity: 1 }, { productId: CANDLE, variantId: CANDLE_OPTION, quantity: 1 }]);

      await addTwoPartnersProducts(page);
      const checkout = await openCheckout(page);
      await fillAndPay(page, checkout, { name: '박세나', email }, 'virtual_account', expected.total);
      await page.getByRole('button', { name: '가상계좌 발급' }).click();

      await arriveAt(page, 'the order page with an issued virtual account', (url) => url.pathname.endsWith('/order.html') && url.searchParams.has('cen_order') && !url.searchParams.has('cen_payment'));
      await waitForStatus(page, '입금 대기');
      const order = await orderOf(email);
      assert.equal(order.status, 'awaiting_deposit');
      const [payment] = await payments(order.id);
      assert.equal(payment!.status, 'awaiting_deposit');
      const account = payment!.virtual_account;
      assert.ok(account?.accountNumber && account.dueAt, 'a virtual account with a deadline in the database');

      const shown = orderStatus(page).locator('[part~="virtual-account"]');
      await shown.waitFor();
      const text = (await shown.textContent())?.replace(/\s+/g, ' ') ?? '';
      const [day, time] = seoulDateAndTime(account.dueAt);
      for (const expectedText of [account.bank, account.accountNumber, formatKrw(expected.total), day, time]) {
        assert.ok(text.includes(expectedText), `the account box shows "${expectedText}": ${text}`);
      }
      // The order is placed: its lines left the cart.
      await cartCount(page, 0);

      // The deposit arrives: the test provider's signed webhook, as the PG would send it.
      const body = JSON.stringify({
        id: `evt_e2e_${payment!.id}_deposit`,
        type: 'deposit.completed',
        paymentId: payment!.id,
        amount: expected.total,
        occurredAt: new Date().toISOString(),
      } satisfies TestWebhookBody);
      const send = () =>
        fetch(`${running.stack.apiOrigin}/v1/webhooks/test`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', [TEST_WEBHOOK_SIGNATURE_HEADER]: signTestWebhook(body, DEFAULT_TEST_WEBHOOK_SECRET) },
          body,
        });
      const response = await send();
      const receipt = (await response.json()) as { events: { outcome: string }[] };
      assert.equal(response.status, 200, JSON.stringify(receipt));
      assert.deepEqual(receipt.events.map((e) => e.outcome), ['applied']);
      assert.equal((await orderOf(email)).status, 'paid', 'paid in the database after the deposit webhook');
      assert.equal((await payments(order.id))[0]!.status, 'paid');
      // Delivered again (PGs retry): recognised, nothing happens twice.
      const again = (await (await send()).json()) as { events: { outcome: string }[] };
      assert.deepEqual(again.events.map((e) => e.outcome), ['duplicate']);

      await page.reload();
      await waitForStatus(page, '결제 완료');
      assert.equal(await orderStatus(page).locator('[part~="virtual-account"]').count(), 0, 'no account to pay into any more');

      noProblems(problems);
      await context.close();
    });
  });
}
