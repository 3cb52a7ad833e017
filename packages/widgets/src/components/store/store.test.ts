import { demoProducts } from '@thecen/mocks/fixtures';
import { afterEach, API, cleanup, describe, equal, expectAccessible, it, KEY, mockFetch, mountInStore, nextEvent, partText } from '../../../test/harness.js';
import '../product-card/product-card.js';
import './store.js';

const product = demoProducts.find((p) => p.status === 'active' && p.stockState === 'sold_out')!;

describe('<cen-store>', () => {
  afterEach(cleanup);

  it('is accessible, adding nothing to the page but its children', async () => {
    const store = mountInStore(`<cen-product-card product="${product.id}"></cen-product-card>`);
    await nextEvent(store.querySelector('cen-product-card')!, 'cen-product-load');
    await expectAccessible(store);
    equal(getComputedStyle(store).display, 'contents', 'no box of its own');
  });

  it('exposes api, key and fetch as properties, and sets the language of the widgets inside', async () => {
    const fetch = mockFetch();
    const store = mountInStore(`<cen-product-card product="${product.id}"></cen-product-card>`, fetch, 'lang="en"');
    const card = store.querySelector('cen-product-card')!;
    await nextEvent(card, 'cen-product-load');
    const element = store as HTMLElementTagNameMap['cen-store'];
    equal(element.api, API, 'api');
    equal(element.key, KEY, 'key');
    equal(element.fetch, fetch, 'fetch');
    equal(partText(card, 'stock'), 'Sold out', 'lang');
  });
});
