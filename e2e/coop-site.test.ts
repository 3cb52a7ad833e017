// End to end: the real server on its database, the example co-op site on another origin under a
// strict CSP, Debian's Chromium through playwright-core.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { formatKrw } from '@thecen/schema';
import { launchChromium } from './browser.js';
import { startDemoStack } from './demo-stack.js';

let stack: Awaited<ReturnType<typeof startDemoStack>>;
let browser: Browser;

before(async () => {
  stack = await startDemoStack();
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await stack?.close();
});

async function openSite(page: Page) {
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`${msg.text()} ${msg.location().url}`);
  });
  page.on('pageerror', (err) => problems.push(err.message));
  const requests: string[] = [];
  page.on('request', (req) => requests.push(req.url()));
  await page.goto(stack.siteUrl);
  return { problems, requests };
}

/** Text of a card's shadow part, once the card has rendered its data. */
async function cardText(page: Page, selector: string, part: string): Promise<string> {
  const handle = await page.waitForFunction(
    ({ selector, part }) => {
      const el = document.querySelector(selector);
      const node = el?.shadowRoot?.querySelector(`[part~="${part}"]`);
      return node?.textContent?.trim() || null;
    },
    { selector, part },
    { timeout: 15000 },
  );
  return (await handle.jsonValue()) as string;
}

test('the example site shows product cards filled from the database, in one batched request, under a strict CSP', async () => {
  const page = await browser.newPage();
  const { problems, requests } = await openSite(page);

  const rows = await stack.api.db.query<{ title: string; price: number }>(
    "select title, price from products where id = 'prd_hanjicraft01'",
  );
  assert.equal(rows.length, 1, 'demo product prd_hanjicraft01 is in the database');
  const title = await cardText(page, 'cen-product-card[product="prd_hanjicraft01"]', 'title');
  assert.equal(title, rows[0]!.title);
  const price = await cardText(page, 'cen-product-card[product="prd_hanjicraft01"]', 'price');
  assert.ok(price.includes(formatKrw(Number(rows[0]!.price))), `${price} shows ${formatKrw(Number(rows[0]!.price))}`);

  // Every standalone card of the page is filled …
  for (const id of ['prd_soyplea01', 'prd_betterwaffle01', 'prd_jeonjufood01']) {
    assert.ok((await cardText(page, `cen-product-card[product="${id}"]`, 'title')).length > 0, id);
  }
  // … each with an add-to-cart button (the cards of 이웃 협동조합 상품 sell through the cart) …
  for (const id of ['prd_hanjicraft01', 'prd_soyplea01', 'prd_betterwaffle01', 'prd_jeonjufood01']) {
    await page.locator(`cen-product-card[product="${id}"]`).getByRole('button', { name: '장바구니 담기' }).waitFor({ timeout: 15000 });
  }
  await page.locator('cen-cart-button').getByRole('button', { name: '장바구니 0개', exact: true }).waitFor({ timeout: 15000 });
  // … by one batched request for all of them.
  const batches = requests.filter((u) => u.includes('/v1/products/batch'));
  assert.equal(batches.length, 1, batches.join('\n'));

  // The co-op's own products come from a filtered list.
  await page.waitForFunction(() => {
    const grid = document.querySelector('cen-product-grid');
    return (grid?.shadowRoot?.querySelectorAll('cen-product-card').length ?? 0) > 0;
  }, null, { timeout: 15000 });
  const own = await stack.api.db.query<{ n: number }>(
    "select count(*)::int as n from products where partner_id = 'pa_wooriwheat' and status = 'active'",
  );
  const shown = await page.evaluate(() => document.querySelector('cen-product-grid')!.shadowRoot!.querySelectorAll('cen-product-card').length);
  assert.equal(shown, Math.min(8, own[0]!.n));

  // Services render too.
  assert.ok((await cardText(page, 'cen-service-card[service="svc_animalhosp01"]', 'title')).length > 0);

  assert.deepEqual(problems.filter((p) => /Content Security Policy|Refused to/i.test(p)), [], 'no CSP violations');
  assert.deepEqual(problems, [], 'no console errors');
  await page.close();
});

test('a card link leads to the product page on The CEN', async () => {
  const page = await browser.newPage();
  await openSite(page);
  await cardText(page, 'cen-product-card[product="prd_hanjicraft01"]', 'title');
  const href = await page.evaluate(() =>
    document.querySelector('cen-product-card[product="prd_hanjicraft01"]')!.shadowRoot!.querySelector('a')!.getAttribute('href'),
  );
  assert.equal(href, `${stack.apiOrigin}/products/prd_hanjicraft01`);
  await page.close();
});

test('without JavaScript the fallback links are there', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(stack.siteUrl);
  const links = await page.$$eval('cen-product-card a', (as) => as.map((a) => a.getAttribute('href')));
  assert.ok(links.length >= 4);
  assert.ok(links.every((h) => h?.startsWith(`${stack.apiOrigin}/products/`)), links.join(','));
  // No cart without JavaScript: the header links to the co-op's products on The CEN instead.
  assert.equal(await page.$eval('cen-cart-button a', (a) => a.getAttribute('href')), `${stack.apiOrigin}/partners/pa_wooriwheat`);
  // The order page explains itself.
  await page.goto(new URL('order.html', stack.siteUrl).href);
  assert.match((await page.textContent('cen-order-status')) ?? '', /JavaScript/);
  await context.close();
});
