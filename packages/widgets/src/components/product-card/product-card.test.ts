import { formatKrw, type Product } from '@thecen/schema/browser';
import { demoPartners, demoProducts } from '@thecen/mocks/fixtures';
import { sendKeys } from '@web/test-runner-commands';
import {
  accessibleName,
  afterEach,
  assert,
  cleanup,
  describe,
  equal,
  expectAccessible,
  gatedFetch,
  includes,
  it,
  mockFetch,
  mount,
  mountInStore,
  nextEvent,
  part,
  partText,
  record,
  until,
} from '../../../test/harness.js';
import { defineElement } from '../../internal/define-element.js';
import './product-card.js';
import type { CenProductCard } from './product-card.component.js';

const activePartners = new Set(demoPartners.filter((p) => p.status === 'active').map((p) => p.id));
const visible = demoProducts.filter((p) => p.status === 'active' && activePartners.has(p.partnerId));
function demo(description: string, test: (p: Product) => boolean): Product {
  const found = visible.find(test);
  if (!found) throw new Error(`the demo catalog has no ${description}`);
  return found;
}
const soldOut12000 = demo('sold-out product at 12,000 won', (p) => p.stockState === 'sold_out' && p.price === 12000);
const discounted = demo('discounted product', (p) => p.listPrice !== null && p.listPrice > p.price);
const lowStock = demo('low-stock product', (p) => p.stockState === 'low_stock');
const inStock = demo('product in stock', (p) => p.stockState === 'in_stock' && p.listPrice === null);

async function loadedCard(id: string, attributes = '', fetch = mockFetch()): Promise<CenProductCard> {
  const store = mountInStore(`<cen-product-card product="${id}"></cen-product-card>`, fetch, attributes);
  const card = store.querySelector('cen-product-card')!;
  await nextEvent(card, 'cen-product-load');
  return card;
}

describe('<cen-product-card>', () => {
  afterEach(cleanup);

  it('is accessible when loaded, discounted and low on stock', async () => {
    await expectAccessible(await loadedCard(discounted.id));
    await expectAccessible(await loadedCard(lowStock.id));
  });

  it('is accessible in its skeleton and error states', async () => {
    const fetch = gatedFetch(mockFetch());
    const store = mountInStore(`<cen-product-card product="${inStock.id}"></cen-product-card><cen-product-card product="prd_nosuchthing1"></cen-product-card>`, fetch);
    const [loading, missing] = store.querySelectorAll('cen-product-card');
    await until(() => part(loading!, 'base'));
    await expectAccessible(store);
    fetch.open();
    await nextEvent(missing!, 'cen-error');
    await missing!.updateComplete;
    await expectAccessible(missing!);
  });

  it('renders title, partner with organisation badge, price in won and the sold-out state', async () => {
    const card = await loadedCard(soldOut12000.id);
    equal(partText(card, 'title'), soldOut12000.title, 'title');
    equal(partText(card, 'partner'), soldOut12000.partner.name, 'partner');
    assert(partText(card, 'badge'), 'organisation badge');
    equal(partText(card, 'price'), '12,000원', 'price');
    equal(partText(card, 'stock'), '품절', 'sold-out label');
    const link = part(card, 'link') as HTMLAnchorElement;
    equal(link.href, card.product!.url, 'link to the product page');
    const name = accessibleName(link);
    includes(name, soldOut12000.title, 'accessible name has the title');
    includes(name, '12,000원', 'accessible name has the price');
    includes(name, '품절', 'accessible name has the stock state');
    const image = part(card, 'image') as HTMLImageElement;
    equal(image.getAttribute('alt'), soldOut12000.images[0]!.alt, 'image alt');
    equal(image.loading, 'lazy', 'lazy image');
  });

  it('names the organisation type in Korean', async () => {
    const card = await loadedCard(inStock.id);
    const expected: Record<string, string> = {
      cooperative: '협동조합',
      social_cooperative: '사회적협동조합',
      social_enterprise_certified: '사회적기업',
      social_enterprise_preliminary: '예비사회적기업',
      village_enterprise: '마을기업',
      self_sufficiency_enterprise: '자활기업',
      social_venture: '소셜벤처',
      credit_union: '신협',
      consumer_coop: '생협',
    };
    equal(partText(card, 'badge'), expected[inStock.partner.organisationType], 'badge');
    equal(part(card, 'stock'), null, 'no stock label when in stock');
    equal(part(card, 'list-price'), null, 'no list price without discount');
  });

  it('strikes the list price through and shows the discount', async () => {
    const card = await loadedCard(discounted.id);
    const listPrice = part(card, 'list-price')!;
    equal(listPrice.localName, 's', 'struck through');
    includes(listPrice.textContent, formatKrw(discounted.listPrice!), 'list price');
    includes(accessibleName(part(card, 'link')!), `정가 ${formatKrw(discounted.listPrice!)}`, 'the list price is named for screen readers');
    const percent = Math.floor((1 - discounted.price / discounted.listPrice!) * 100);
    equal(partText(card, 'discount'), `${percent}% 할인`, 'discount');
  });

  it('shows low stock as text', async () => {
    const card = await loadedCard(lowStock.id);
    equal(partText(card, 'stock'), '품절임박', 'low stock label');
  });

  it('shows a skeleton of the same size as the loaded card', async () => {
    const fetch = gatedFetch(mockFetch());
    const store = mountInStore(`<div style="width: 240px"><cen-product-card product="${inStock.id}"></cen-product-card></div>`, fetch);
    const card = store.querySelector('cen-product-card')!;
    const skeleton = await until(() => part(card, 'base'));
    equal(skeleton.getAttribute('aria-busy'), 'true', 'busy while loading');
    assert(card.shadowRoot!.querySelector('.bone'), 'skeleton bones');
    includes(card.shadowRoot!.textContent, '상품 정보를 불러오는 중', 'loading text for screen readers');
    const before = card.getBoundingClientRect();
    fetch.open();
    await nextEvent(card, 'cen-product-load');
    const after = card.getBoundingClientRect();
    assert(before.height > 100, 'the skeleton has the size of a card');
    equal(after.height, before.height, 'height unchanged after loading');
    equal(after.width, before.width, 'width unchanged after loading');
  });

  it('says when the product does not exist, without a retry button', async () => {
    const store = mountInStore('<cen-product-card product="prd_nosuchthing1"></cen-product-card>');
    const card = store.querySelector('cen-product-card')!;
    const event = await nextEvent(card, 'cen-error');
    equal(event.detail.productId, 'prd_nosuchthing1', 'error detail names the product');
    equal(event.detail.error.name, 'CenNotFoundError', 'error class');
    assert(event.bubbles && event.composed, 'bubbles out of shadow roots');
    await card.updateComplete;
    equal(partText(card, 'error'), '상품을 찾을 수 없습니다.', 'not-found message');
    equal(part(card, 'action'), null, 'no retry for a missing product');
  });

  it('offers a retry after a network failure, and loads on retry', async () => {
    const working = mockFetch();
    let online = false;
    const fetch: typeof globalThis.fetch = (input, init) => (online ? working(input, init) : Promise.reject(new TypeError('Failed to fetch')));
    const store = mountInStore(`<cen-product-card product="${inStock.id}"></cen-product-card>`, fetch);
    const card = store.querySelector('cen-product-card')!;
    const event = await nextEvent(card, 'cen-error');
    equal(event.detail.error.name, 'CenConnectionError', 'connection error');
    await card.updateComplete;
    includes(partText(card, 'error'), '정보를 불러오지 못했습니다.', 'network message');
    const retry = part(card, 'action') as HTMLButtonElement;
    equal(retry.localName, 'button', 'a real button');
    equal(retry.textContent, '다시 시도', 'retry label');
    online = true;
    const loaded = nextEvent(card, 'cen-product-load');
    retry.click();
    equal((await loaded).detail.product.id, inStock.id, 'loaded after retry');
    equal(partText(card, 'title'), inStock.title, 'title after retry');
  });

  it('joins ten cards of a page into ONE batch request', async () => {
    const fetch = mockFetch();
    const ids = visible.slice(0, 10).map((p) => p.id);
    const store = mountInStore(ids.map((id) => `<cen-product-card product="${id}"></cen-product-card>`).join(''), fetch);
    const loads = record(store, 'cen-product-load');
    await until(() => loads.length === 10);
    equal(fetch.requests.length, 1, 'requests');
    const url = new URL(fetch.requests[0]!.url);
    equal(url.pathname, '/v1/products/batch', 'batch route');
    equal(url.searchParams.get('ids')!.split(',').sort().join(), [...ids].sort().join(), 'every id in the one batch');
  });

  it('switches its text to English with lang="en", also when lang changes later', async () => {
    const card = await loadedCard(soldOut12000.id, 'lang="en"');
    equal(partText(card, 'price'), '₩12,000', 'English price');
    equal(partText(card, 'stock'), 'Sold out', 'English stock label');
    card.closest('cen-store')!.setAttribute('lang', 'ko');
    await until(() => partText(card, 'stock') === '품절');
    card.setAttribute('lang', 'en-GB');
    await until(() => partText(card, 'price') === '₩12,000');
  });

  it('uses the page language when nothing closer sets one', async () => {
    document.documentElement.lang = 'en';
    const card = await loadedCard(soldOut12000.id);
    equal(partText(card, 'stock'), 'Sold out', 'from <html lang>');
  });

  it('fires cen-product-load once for a fetch, never for a programmatic product', async () => {
    const store = mountInStore(`<cen-product-card product="${inStock.id}"></cen-product-card>`);
    const card = store.querySelector('cen-product-card')!;
    const loads = record(store, 'cen-product-load');
    await until(() => loads.length);
    equal(loads[0]!.detail.product.id, inStock.id, 'detail.product');
    const other = await loadedCard(discounted.id);
    const quiet = record(document, 'cen-product-load');
    card.product = other.product;
    await card.updateComplete;
    equal(partText(card, 'title'), discounted.title, 'renders the product set by script');
    equal(quiet.length, 0, 'no load event for a property set');
    equal(loads.length, 1, 'still one load event');
  });

  it('fires a cancelable cen-product-click with the product before navigating', async () => {
    const card = await loadedCard(inStock.id);
    const clicks = record(card, 'cen-product-click');
    card.addEventListener('cen-product-click', (event) => event.preventDefault(), { once: true });
    let navigationPrevented = false;
    window.addEventListener('click', (event) => (navigationPrevented = event.defaultPrevented), { once: true });
    (part(card, 'link') as HTMLAnchorElement).click();
    equal(clicks.length, 1, 'one click event');
    equal(clicks[0]!.detail.product.id, inStock.id, 'detail.product');
    assert(clicks[0]!.cancelable && clicks[0]!.bubbles && clicks[0]!.composed, 'cancelable, bubbles, composed');
    assert(navigationPrevented, 'cancelling the event cancels the navigation');

    card.product = { ...card.product!, url: '#cen-product-click-test' };
    await card.updateComplete;
    window.addEventListener('click', (event) => (navigationPrevented = event.defaultPrevented), { once: true });
    (part(card, 'link') as HTMLAnchorElement).click();
    assert(!navigationPrevented, 'the link navigates when nobody cancels');
    equal(location.hash, '#cen-product-click-test', 'navigated');
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('is reached with Tab as one link named by title, partner and price', async () => {
    const holder = mount('<button id="before">before</button>');
    const card = await loadedCard(inStock.id);
    holder.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    equal(document.activeElement, card, 'focus is in the card');
    const link = card.shadowRoot!.activeElement as HTMLAnchorElement;
    equal(link, part(card, 'link'), 'the card link has focus');
    const name = accessibleName(link);
    assert(name.startsWith(inStock.title), `the name starts with the title: ${name}`);
    includes(name, inStock.partner.name, 'partner');
    includes(name, formatKrw(inStock.price), 'price');
    equal(card.shadowRoot!.querySelectorAll('a, button').length, 1, 'one focus stop');
  });

  it('replaces its fallback content once upgraded', async () => {
    const store = mountInStore(`<cen-product-card product="${inStock.id}"><a id="fallback" href="https://thecen.kr/products/${inStock.id}">${inStock.title}</a></cen-product-card>`);
    const card = store.querySelector('cen-product-card')!;
    const fallback = card.querySelector('#fallback')!;
    await nextEvent(card, 'cen-product-load');
    equal(fallback.getClientRects().length, 0, 'the fallback link is not rendered');
    equal(card.shadowRoot!.querySelector('slot'), null, 'no slot renders the light DOM');
  });

  it('tolerates a second definition of its tag', () => {
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      defineElement('cen-product-card', class extends HTMLElement {});
    } finally {
      console.warn = warn;
    }
    equal(warnings.length, 1, 'warned once');
  });
});
