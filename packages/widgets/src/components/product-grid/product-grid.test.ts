import type { Product } from '@thecen/schema/browser';
import { demoPartners, demoProducts } from '@thecen/mocks/fixtures';
import { sendKeys } from '@web/test-runner-commands';
import {
  afterEach,
  assert,
  cleanup,
  describe,
  equal,
  expectAccessible,
  gatedFetch,
  it,
  mockFetch,
  mountInStore,
  nextEvent,
  part,
  partText,
  record,
  until,
} from '../../../test/harness.js';
import { cartWith, deep, mountCommerce } from '../../../test/commerce.js';
import type { CenProductCard } from '../product-card/product-card.component.js';
import './product-grid.js';
import type { CenProductGrid } from './product-grid.component.js';

const activePartners = new Set(demoPartners.filter((p) => p.status === 'active').map((p) => p.id));
const visible = demoProducts.filter((p) => p.status === 'active' && activePartners.has(p.partnerId));
const countBy = (key: (p: Product) => string) =>
  [...visible.reduce((m, p) => m.set(key(p), (m.get(key(p)) ?? 0) + 1), new Map<string, number>())].sort((a, b) => b[1] - a[1]);
const [busiestPartner, partnerCount] = countBy((p) => p.partnerId)[0]!;
const [categoryA] = countBy((p) => p.category)[0]!;
const [categoryB] = countBy((p) => p.category)[1]!;

function cards(grid: CenProductGrid) {
  return [...grid.shadowRoot!.querySelectorAll<CenProductCard>('[part~="grid"]:not([aria-hidden]) cen-product-card')];
}

async function loadedGrid(attributes: string, fetch = mockFetch(), storeAttributes = ''): Promise<CenProductGrid> {
  const store = mountInStore(`<cen-product-grid ${attributes}></cen-product-grid>`, fetch, storeAttributes);
  const grid = store.querySelector('cen-product-grid')!;
  await nextEvent(grid, 'cen-products-load');
  return grid;
}

const status = (grid: CenProductGrid) => grid.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();

describe('<cen-product-grid>', () => {
  afterEach(cleanup);

  it('is accessible with a page loaded and the more button', async () => {
    const grid = await loadedGrid('limit="4"');
    assert(part(grid, 'more-button'), 'more button shown');
    await expectAccessible(grid);
  });

  it('lists the products of a partner, from attributes to query, with cards given the products', async () => {
    const fetch = mockFetch();
    const grid = await loadedGrid(`partner="${busiestPartner}" limit="50"`, fetch);
    const shown = cards(grid);
    equal(shown.length, partnerCount, 'every product of the partner');
    assert(shown.every((card) => card.product?.partnerId === busiestPartner), 'only that partner');
    equal(fetch.requests.length, 1, 'one list request and no card requests');
    const url = new URL(fetch.requests[0]!.url);
    equal(url.pathname, '/v1/products', 'list route');
    equal(url.searchParams.get('partner'), busiestPartner, 'partner filter');
    equal(url.searchParams.get('limit'), '50', 'limit');
    equal(partText(shown[0]!, 'title'), shown[0]!.product!.title, 'cards render the given products');
    equal(grid.products.length, partnerCount, 'products property');
  });

  it('pages with "더 보기", announcing what it loaded, until the last page', async () => {
    const inner = mockFetch();
    let held: Promise<void> | undefined;
    let release = () => {};
    const fetch = Object.assign(async (input: RequestInfo | URL, init?: RequestInit) => {
      await held;
      return inner(input, init);
    }, { requests: inner.requests });
    const grid = await loadedGrid('limit="5"', fetch as unknown as ReturnType<typeof mockFetch>);
    equal(cards(grid).length, 5, 'first page');
    equal(status(grid), '상품 5개를 불러왔습니다.', 'live region after the first page');
    const more = part(grid, 'more-button') as HTMLButtonElement;
    equal(more.localName, 'button', 'a real button');
    equal(more.textContent, '더 보기', 'label');
    held = new Promise((resolve) => (release = resolve));
    const second = nextEvent(grid, 'cen-products-load');
    more.click();
    await grid.updateComplete;
    equal(part(grid, 'base')!.getAttribute('aria-busy'), 'true', 'busy while loading more');
    equal(more.getAttribute('aria-disabled'), 'true', 'the button stays focusable but inert while loading');
    equal(cards(grid).length, 5, 'the first page stays while the next loads');
    release();
    held = undefined;
    const detail = (await second).detail;
    equal(detail.products.length, 5, 'event detail has the new page');
    equal(cards(grid).length, 10, 'second page appended');
    equal(status(grid), '상품 5개를 더 불러왔습니다. 모두 10개입니다.', 'live region after more');
    assert(new URL(fetch.requests[1]!.url).searchParams.get('cursor'), 'the second request sends the cursor');
    while (part(grid, 'more-button')) {
      const next = nextEvent(grid, 'cen-products-load');
      (part(grid, 'more-button') as HTMLButtonElement).click();
      await next;
    }
    equal(cards(grid).length, visible.length, 'every product after the last page');
    equal(new Set(grid.products.map((p) => p.id)).size, visible.length, 'no duplicates');
  });

  it('shows an empty state', async () => {
    const grid = await loadedGrid('q="어디에도없는검색어"');
    equal(partText(grid, 'empty'), '조건에 맞는 상품이 없습니다.', 'empty message');
    equal(status(grid), '조건에 맞는 상품이 없습니다.', 'announced');
    equal(part(grid, 'grid'), null, 'no list');
    equal(part(grid, 'more-button'), null, 'no more button');
  });

  it('shows skeleton cards and aria-busy while loading', async () => {
    const fetch = gatedFetch(mockFetch());
    const store = mountInStore('<cen-product-grid limit="3"></cen-product-grid>', fetch);
    const grid = store.querySelector('cen-product-grid')!;
    const base = await until(() => part(grid, 'base'));
    equal(base.getAttribute('aria-busy'), 'true', 'busy');
    const skeleton = part(grid, 'grid')!;
    equal(skeleton.getAttribute('aria-hidden'), 'true', 'skeletons hidden from screen readers');
    equal(skeleton.querySelectorAll('cen-product-card').length, 3, 'one skeleton per expected card');
    fetch.open();
    await nextEvent(grid, 'cen-products-load');
    equal(base.getAttribute('aria-busy'), 'false', 'not busy once loaded');
  });

  it('refetches when attributes change and aborts the request it replaces', async () => {
    const inner = mockFetch();
    const signals: AbortSignal[] = [];
    const fetch = gatedFetch((input, init) => {
      signals.push(init!.signal!);
      return inner(input, init);
    });
    const store = mountInStore(`<cen-product-grid category="${categoryA}" limit="50"></cen-product-grid>`, fetch);
    const grid = store.querySelector('cen-product-grid')!;
    const loads = record(grid, 'cen-products-load');
    await until(() => part(grid, 'base'));
    grid.setAttribute('category', categoryB);
    await grid.updateComplete;
    fetch.open();
    await until(() => loads.length);
    await until(() => signals.length === 2);
    assert(signals[0]!.aborted, 'the first request was aborted');
    equal(loads.length, 1, 'one load event, for the current query');
    assert(cards(grid).length > 0 && cards(grid).every((card) => card.product!.category === categoryB), 'shows the new category');
    equal(new URL(inner.requests.at(-1)!.url).searchParams.get('category'), categoryB, 'queried the new category');
  });

  it('shows an error with a retry button, and recovers', async () => {
    const working = mockFetch();
    let online = false;
    const fetch: typeof globalThis.fetch = (input, init) => (online ? working(input, init) : Promise.reject(new TypeError('Failed to fetch')));
    const store = mountInStore('<cen-product-grid tag="local" limit="4"></cen-product-grid>', fetch);
    const grid = store.querySelector('cen-product-grid')!;
    const error = await nextEvent(grid, 'cen-error');
    equal(error.detail.query?.tag, 'local', 'detail.query');
    equal(error.detail.error.name, 'CenConnectionError', 'detail.error');
    await grid.updateComplete;
    equal(grid.shadowRoot!.querySelector('[part~="error"] p')!.textContent, '상품 목록을 불러오지 못했습니다.', 'message');
    equal(status(grid), '상품 목록을 불러오지 못했습니다.', 'announced');
    online = true;
    const loaded = nextEvent(grid, 'cen-products-load');
    (part(grid, 'action') as HTMLButtonElement).click();
    await loaded;
    assert(cards(grid).length > 0, 'cards after retry');
    equal(part(grid, 'error'), null, 'error gone');
  });

  it('speaks English with lang="en"', async () => {
    const grid = await loadedGrid('limit="2"', mockFetch(), 'lang="en"');
    equal(part(grid, 'more-button')!.textContent, 'Load more', 'more button');
    equal(status(grid), '2 products loaded.', 'live region');
    equal(partText(cards(grid)[0]!, 'price')![0], '₩', 'cards inside follow the language');
  });

  it('is reached with Tab: the card links, then the more button, which keeps focus working', async () => {
    const grid = await loadedGrid('limit="2"');
    const [first, second] = cards(grid);
    grid.focus();
    (grid.shadowRoot!.activeElement as HTMLElement | null)?.blur();
    const before = document.createElement('button');
    before.textContent = 'before';
    grid.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    equal(first!.shadowRoot!.activeElement, part(first!, 'link'), 'first card link');
    await sendKeys({ press: 'Tab' });
    equal(second!.shadowRoot!.activeElement, part(second!, 'link'), 'second card link');
    await sendKeys({ press: 'Tab' });
    equal(grid.shadowRoot!.activeElement, part(grid, 'more-button'), 'more button');
    const loaded = nextEvent(grid, 'cen-products-load');
    await sendKeys({ press: 'Enter' });
    await loaded;
    equal(cards(grid).length, 4, 'Enter loaded more');
    before.remove();
  });

  it('moves focus to the first new card when the last page removes the more button', async () => {
    const grid = await loadedGrid(`limit="${Math.ceil(visible.length / 2)}"`);
    (part(grid, 'more-button') as HTMLButtonElement).focus();
    const loaded = nextEvent(grid, 'cen-products-load');
    await sendKeys({ press: 'Enter' });
    const { hasMore } = (await loaded).detail;
    equal(hasMore, false, 'that was the last page');
    equal(part(grid, 'more-button'), null, 'no more button');
    const firstNew = cards(grid)[Math.ceil(visible.length / 2)]!;
    equal(firstNew.shadowRoot!.activeElement, part(firstNew, 'link'), 'focus on the first new card');
  });

  it('does not fire load events for attribute-less re-renders', async () => {
    const grid = await loadedGrid('limit="2"');
    const loads = record(grid, 'cen-products-load');
    grid.requestUpdate();
    await grid.updateComplete;
    equal(loads.length, 0, 'no event');
  });

  it('gives every card an add-to-cart button with add-to-cart, and adds from it', async () => {
    const plain = await loadedGrid('limit="2"');
    assert(cards(plain).every((card) => !card.addToCart && !part(card, 'cart')), 'no cart button without the attribute');
    cleanup();

    const store = mountCommerce('<cen-product-grid add-to-cart limit="4"></cen-product-grid>');
    cartWith(store);
    const grid = store.querySelector('cen-product-grid')!;
    await nextEvent(grid, 'cen-products-load');
    equal(grid.addToCart, true, 'property from the attribute');
    const shown = cards(grid);
    equal(shown.length, 4, 'a page of cards');
    assert(shown.every((card) => card.addToCart), 'every card has add-to-cart');
    const buttons = await until(() => {
      const found = shown.map((card) => deep<HTMLButtonElement>(card, 'cen-add-to-cart', '[part~=add-button]'));
      return found.every(Boolean) ? (found as HTMLButtonElement[]) : null;
    });
    assert(buttons.every((button) => button.closest('a') === null), 'buttons outside the card links');
    await expectAccessible(grid);

    const index = shown.findIndex((card) => card.product!.stockState !== 'sold_out' && card.product!.variants.length === 0);
    assert(index >= 0, 'a card whose product can be added at once');
    const request = nextEvent(grid, 'cen-add-to-cart');
    const change = nextEvent(grid, 'cen-cart-change');
    buttons[index]!.click();
    equal((await request).detail.product.id, shown[index]!.product!.id, 'the request leaves the grid');
    const { detail } = await change;
    equal(detail.count, 1, 'one item in the cart');
    equal(detail.lines[0]!.productId, shown[index]!.product!.id, 'the product of that card');

    grid.addToCart = false;
    await grid.updateComplete;
    assert(cards(grid).every((card) => !card.addToCart), 'turning it off reaches the cards');
  });

  it('replaces its fallback content once upgraded', async () => {
    const store = mountInStore('<cen-product-grid limit="2"><ul id="fallback"><li><a href="https://thecen.kr/">더 쎈</a></li></ul></cen-product-grid>');
    const grid = store.querySelector('cen-product-grid')!;
    await nextEvent(grid, 'cen-products-load');
    equal(grid.querySelector('#fallback')!.getClientRects().length, 0, 'fallback hidden');
  });
});
