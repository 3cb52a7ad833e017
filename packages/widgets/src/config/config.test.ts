import { demoProducts } from '@thecen/mocks/fixtures';
import { afterEach, API, cleanup, describe, equal, includes, it, KEY, mockFetch, mount, mountInStore, nextEvent, part, partText, record, until } from '../../test/harness.js';
import '../components/product-card/product-card.js';
import { configure } from './page-config.js';

const product = demoProducts.find((p) => p.status === 'active' && p.stockState === 'sold_out')!;

describe('configuration', () => {
  afterEach(cleanup);

  it('shows a configuration error when the page names no key', async () => {
    const holder = mount(`<cen-product-card product="${product.id}"></cen-product-card>`);
    const card = holder.querySelector('cen-product-card')!;
    const event = await nextEvent(card, 'cen-error');
    equal(event.detail.error.name, 'CenConfigurationError', 'error class');
    await card.updateComplete;
    includes(partText(card, 'error'), '위젯 설정', 'explains what is missing');
    equal(part(card, 'action'), null, 'no retry');
  });

  it('reads the data-cen-* attributes of the script tag, configure() adding the fetch', async () => {
    const fetch = mockFetch();
    configure({ fetch });
    const script = document.createElement('script');
    script.type = 'application/json'; // not executed; only its attributes matter here
    Object.assign(script.dataset, { cenKey: KEY, cenApi: API, cenLang: 'en' });
    document.head.append(script);
    try {
      const holder = mount(`<cen-product-card product="${product.id}"></cen-product-card>`);
      const card = holder.querySelector('cen-product-card')!;
      await nextEvent(card, 'cen-product-load');
      equal(partText(card, 'stock'), 'Sold out', 'data-cen-lang sets the language');
      const url = new URL(fetch.requests[0]!.url);
      equal(url.origin, API, 'data-cen-api');
      equal(url.searchParams.get('key'), KEY, 'data-cen-key');
      const korean = mount(`<div lang="ko"><cen-product-card product="${product.id}"></cen-product-card></div>`).querySelector('cen-product-card')!;
      await nextEvent(korean, 'cen-product-load');
      equal(partText(korean, 'stock'), '품절', 'a closer lang wins over data-cen-lang');
    } finally {
      script.remove();
      configure({ fetch: undefined });
    }
  });

  it('lets <cen-store> override the page, and shares one client per api, key and fetch', async () => {
    const pageFetch = mockFetch();
    configure({ api: 'http://127.0.0.1:9', key: 'pk_test_PageWideKey0001', fetch: pageFetch });
    try {
      const fetch = mockFetch();
      mountInStore(`<cen-product-card product="${demoProducts[0]!.id}"></cen-product-card>`, fetch);
      mountInStore(`<cen-product-card product="${demoProducts[1]!.id}"></cen-product-card>`, fetch);
      const loaded = record(document, 'cen-product-load');
      await until(() => loaded.length === 2);
      equal(pageFetch.requests.length, 0, 'the page configuration is not used inside a store');
      equal(fetch.requests.length, 1, 'two stores with one configuration make one batch');
      const url = new URL(fetch.requests[0]!.url);
      equal(url.origin, API, 'store api');
      equal(url.searchParams.get('key'), KEY, 'store key');
    } finally {
      configure({ api: undefined, key: undefined, fetch: undefined });
    }
  });

  it('reports a refused key without offering a retry', async () => {
    const store = mountInStore(`<cen-product-card product="${product.id}"></cen-product-card>`, mockFetch());
    store.setAttribute('key', 'pk_test_NotAKnownChannel99');
    const card = store.querySelector('cen-product-card')!;
    const event = await nextEvent(card, 'cen-error');
    equal(event.detail.error.name, 'CenAuthenticationError', 'error class');
    await card.updateComplete;
    equal(partText(card, 'error'), '정보를 불러오지 못했습니다.', 'message');
    equal(part(card, 'action'), null, 'no retry for a 401');
  });
});
