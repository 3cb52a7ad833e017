import { REFERRAL_DISCLOSURE } from '@thecen/schema/browser';
import { demoMarketCreators, demoProducts } from '@thecen/mocks/fixtures';
import { afterEach, assert, cleanup, describe, equal, expectAccessible, includes, it, mockFetch, mountInStore, part, partText, until, KEY } from '../../../test/harness.js';
import './mc-badge.js';
import '../product-card/product-card.js';
import type { CenMcBadge } from './mc-badge.component.js';

const mc = demoMarketCreators[0]!;
const product = demoProducts.find((p) => p.status === 'active' && p.stockState === 'in_stock')!;

async function loadedBadge(look: string, lang = ''): Promise<CenMcBadge> {
  const store = mountInStore(`<cen-mc-badge mc="${mc.code}" product="${product.id}" look="${look}" ${lang}></cen-mc-badge>`, mockFetch());
  const badge = store.querySelector('cen-mc-badge')!;
  await until(() => badge.creator && badge.product && part(badge, 'link')?.localName === 'a');
  await badge.updateComplete;
  return badge;
}

describe('<cen-mc-badge>', () => {
  afterEach(cleanup);

  for (const look of ['compact', 'button', 'card']) {
    it(`look="${look}" shows the MC's name and the visible disclosure, and passes axe`, async () => {
      const badge = await loadedBadge(look);
      includes(partText(badge, 'name'), mc.displayName, 'name');
      equal(partText(badge, 'disclosure'), REFERRAL_DISCLOSURE.ko, 'disclosure');
      const disclosure = part(badge, 'disclosure')!;
      assert(disclosure.offsetHeight > 0 && getComputedStyle(disclosure).visibility === 'visible', 'the disclosure is visible text');
      if (look === 'card') {
        equal(partText(badge, 'title'), product.title, 'title');
        assert(part(badge, 'price'), 'price');
        assert(part(badge, 'image'), 'image');
      } else equal(part(badge, 'title'), null, 'no title outside the card');
      await expectAccessible(badge);
    });
  }

  it('links to the product page with cen_mc', async () => {
    const badge = await loadedBadge('compact');
    const href = new URL((part(badge, 'link') as HTMLAnchorElement).href);
    equal(href.searchParams.get('cen_mc'), mc.code, 'cen_mc');
    equal(href.pathname, new URL(product.url, location.href).pathname, 'product page');
  });

  it('shows the English disclosure with lang="en"', async () => {
    const badge = await loadedBadge('compact', 'lang="en"');
    equal(partText(badge, 'disclosure'), REFERRAL_DISCLOSURE.en, 'disclosure');
  });

  it('shows the disclosure while loading and for an unknown MC', async () => {
    const store = mountInStore(`<cen-mc-badge mc="nobody-here" product="${product.id}"></cen-mc-badge>`, mockFetch());
    const badge = store.querySelector('cen-mc-badge')!;
    await badge.updateComplete;
    equal(partText(badge, 'disclosure'), REFERRAL_DISCLOSURE.ko, 'disclosure while loading');
    await until(() => partText(badge, 'error')?.includes('찾을 수 없습니다'));
    equal(partText(badge, 'disclosure'), REFERRAL_DISCLOSURE.ko, 'disclosure after the failure');
  });
});

describe('referral capture', () => {
  afterEach(cleanup);
  const original = location.href;
  const refKey = `cen:ref:${KEY}`;

  async function landWith(storage: string): Promise<CustomEvent | undefined> {
    localStorage.removeItem(refKey);
    sessionStorage.removeItem(refKey);
    history.replaceState(null, '', `?cen_mc=${mc.code}&cen_cc=cnt_forestblog01`);
    try {
      const events: CustomEvent[] = [];
      const listener = (e: Event) => events.push(e as CustomEvent);
      document.addEventListener('cen-referral-attributed', listener);
      // A new fetch makes a new client, which captures the landing URL.
      mountInStore(`<cen-product-card product="${product.id}"></cen-product-card>`, mockFetch(), storage ? `referral-storage="${storage}"` : '');
      await until(() => events.length > 0);
      document.removeEventListener('cen-referral-attributed', listener);
      return events[0];
    } finally {
      history.replaceState(null, '', original);
    }
  }

  it('captures cen_mc from the URL, fires cen-referral-attributed on document and keeps it in localStorage', async () => {
    const event = (await landWith(''))!;
    equal(event.detail.mcCode, mc.code, 'mcCode');
    equal(event.detail.contentId, 'cnt_forestblog01', 'contentId');
    assert(event.bubbles && event.composed, 'bubbles and composed');
    assert(JSON.parse(localStorage.getItem(refKey) ?? 'null')?.mcCode === mc.code, 'stored in localStorage');
    localStorage.removeItem(refKey);
  });

  it('referral-storage="session" keeps it in sessionStorage only', async () => {
    await landWith('session');
    equal(localStorage.getItem(refKey), null, 'nothing in localStorage');
    assert(JSON.parse(sessionStorage.getItem(refKey) ?? 'null')?.mcCode === mc.code, 'stored in sessionStorage');
    sessionStorage.removeItem(refKey);
  });

  it('referral-storage="none" stores nothing', async () => {
    await landWith('none');
    equal(localStorage.getItem(refKey), null, 'nothing in localStorage');
    equal(sessionStorage.getItem(refKey), null, 'nothing in sessionStorage');
  });
});
