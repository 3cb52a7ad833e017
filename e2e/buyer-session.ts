// Steps every end-to-end suite takes as a buyer: a fresh browser profile on a page with its
// console errors collected, the check that none happened, and the checkout form filled and paid.
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { formatKrw, quoteCart, type Product } from '@thecen/schema';
import { createClient } from '@thecen/sdk';
import { TIMEOUT, arriveAt, until } from './waiting.js';

export const DEMO_KEY = 'pk_test_TheCenDemoCoopSite01';
/** Seoul: no remote-area fee. */
export const POSTAL_CODE = '04001';

export const BUYER_USER_AGENT = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';

export interface BuyerPage {
  context: BrowserContext;
  page: Page;
  /** Console errors and page errors seen so far. */
  problems: string[];
}

/** A buyer with a fresh browser profile (empty cart, no referral) on `url`; console errors are collected. */
export async function openBuyerPage(browser: Browser, url: string): Promise<BuyerPage> {
  // A buyer's browser says it is Chrome, not HeadlessChrome: the server ignores referral clicks of headless browsers (bots).
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ko-KR', userAgent: BUYER_USER_AGENT });
  context.setDefaultTimeout(TIMEOUT);
  context.setDefaultNavigationTimeout(TIMEOUT);
  const page = await context.newPage();
  const problems: string[] = [];
  const watch = (p: Page) => {
    p.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`${msg.text()} (${msg.location().url || p.url()})`);
    });
    p.on('pageerror', (error) => problems.push(`${error.message} (${p.url()})`));
  };
  watch(page);
  context.on('page', watch);
  await page.goto(url);
  return { context, page, problems };
}

/** No CSP violation and no console error on any page of the session. */
export function noProblems(problems: string[]): void {
  assert.deepEqual(problems.filter((p) => /Content Security Policy|Refused to/i.test(p)), [], 'no CSP violations');
  assert.deepEqual(problems, [], 'no console errors');
}

/**
 * Fills buyer, address and the required consents of `<cen-checkout>`, picks the payment method,
 * checks the total on the pay button, pays, and waits on the test provider's hosted page.
 */
export async function fillCheckoutAndPay(
  page: Page,
  checkout: Locator,
  options: { apiOrigin: string; buyer: { name: string; email: string }; method: 'card' | 'virtual_account'; total: number; sellers: number },
): Promise<void> {
  const { buyer, total } = options;
  await checkout.getByLabel('이름', { exact: true }).fill(buyer.name);
  await checkout.getByLabel('휴대전화', { exact: true }).fill('010-1234-5678');
  await checkout.getByLabel('이메일', { exact: true }).fill(buyer.email);
  await checkout.getByLabel('받는 분', { exact: true }).fill(buyer.name);
  await checkout.getByLabel('받는 분 연락처', { exact: true }).fill('01012345678');
  await checkout.getByLabel('우편번호', { exact: true }).fill(POSTAL_CODE);
  await checkout.getByLabel('도로명 주소', { exact: true }).fill('서울특별시 마포구 월드컵로 1');
  await checkout.getByLabel('상세 주소').fill('101동 202호');
  if (options.method === 'virtual_account') await checkout.getByRole('radio', { name: '가상계좌 (무통장입금)' }).check();

  // Each partner's seller identity is shown before paying.
  await until(`${options.sellers} sellers’ identities in the summary`, async () => (await checkout.locator('[part~=seller]').count()) === options.sellers);

  const pay = checkout.getByRole('button', { name: /결제하기$/ });
  assert.equal(await pay.getAttribute('aria-disabled'), 'true', 'no paying before the required consents');
  const terms = await createClient({ baseUrl: options.apiOrigin, publishableKey: DEMO_KEY }).checkout.terms();
  const required = checkout.getByRole('checkbox', { name: /^\[필수\]/ });
  assert.equal(await required.count(), terms.consents.filter((c) => c.required).length, 'one checkbox per required consent');
  for (const box of await required.all()) {
    assert.equal(await box.isChecked(), false, 'required consents are not ticked in advance');
    await box.check();
  }
  await until('the pay button to be enabled', async () => (await pay.getAttribute('aria-disabled')) === 'false');
  const label = await until(`the pay button to name ${formatKrw(total)}`, async () => {
    const text = (await pay.textContent())?.trim() ?? '';
    return text.includes(formatKrw(total)) && text;
  });
  assert.equal(label, `${formatKrw(total)} 결제하기`);
  await pay.click();
  await arriveAt(page, 'the hosted test payment page', (url) => url.href.startsWith(`${options.apiOrigin}/pay/test/pay_`));
  await page.getByRole('heading', { name: '테스트 결제' }).waitFor();
  assert.ok((await page.locator('.price').textContent())?.includes(formatKrw(total)), 'the payment page asks for the order total');
}

/**
 * From a page with one product's add-to-cart button (`addButton`), an empty cart: adds it, opens
 * the cart, goes to checkout and pays the recomputed total by card on the test provider (approve).
 * Returns the product as the API gives it. The caller waits for the page it expects next.
 */
export async function buyOneProductByCard(
  page: Page,
  addButton: Locator,
  options: { apiOrigin: string; productId: string; buyer: { name: string; email: string } },
): Promise<Product> {
  await addButton.click();
  await page.locator('cen-cart-button').getByRole('button', { name: '장바구니 1개', exact: true }).waitFor();
  await page.locator('cen-cart-button').getByRole('button').click();
  const cart = page.locator('cen-cart');
  await cart.getByRole('dialog', { name: '장바구니' }).waitFor();
  await cart.getByRole('button', { name: '주문하기' }).click();
  const checkout = page.locator('cen-checkout');
  await checkout.getByLabel('이름', { exact: true }).waitFor();
  const product = await createClient({ baseUrl: options.apiOrigin, publishableKey: DEMO_KEY }).products.retrieve(options.productId);
  const quote = quoteCart({ lines: [{ productId: product.id, quantity: 1 }], products: new Map([[product.id, product]]), postalCode: POSTAL_CODE });
  assert.deepEqual(quote.problems, [], 'the product can be ordered');
  await fillCheckoutAndPay(page, checkout, { apiOrigin: options.apiOrigin, buyer: options.buyer, method: 'card', total: quote.total, sellers: 1 });
  await page.getByRole('button', { name: '승인' }).click();
  return product;
}
