import { REFERRAL_DISCLOSURE } from '@thecen/schema/browser';
import { demoMarketCreators, demoProducts, demoServices } from '@thecen/mocks/fixtures';
import { afterEach, assert, cleanup, describe, equal, expectAccessible, includes, it, mockFetch, mountInStore, nextEvent, part, partText, until, KEY } from '../../../test/harness.js';
import './mc-badge.js';
import '../product-card/product-card.js';
import type { CenMcBadge } from './mc-badge.component.js';

const mc = demoMarketCreators[0]!;
const product = demoProducts.find((p) => p.status === 'active' && p.stockState === 'in_stock')!;
const service = demoServices.find((s) => s.pricing.mode === 'starting_from')!;

async function loadedBadge(look: string, lang = '', item = `product="${product.id}"`, extra = ''): Promise<CenMcBadge> {
  const store = mountInStore(`<cen-mc-badge mc="${mc.code}" ${item} look="${look}" ${lang} ${extra}></cen-mc-badge>`, mockFetch());
  const badge = store.querySelector('cen-mc-badge')!;
  await until(() => badge.creator && (badge.product || badge.service) && part(badge, 'link')?.localName === 'a');
  await badge.updateComplete;
  return badge;
}

describe('<cen-mc-badge>', () => {
  afterEach(cleanup);

  for (const kind of ['product', 'service'] as const) {
    for (const look of ['compact', 'button', 'card']) {
      it(`look="${look}" with a ${kind} shows the MC's name and the visible disclosure, and passes axe`, async () => {
        const item = kind === 'product' ? product : service;
        const badge = await loadedBadge(look, '', `${kind}="${item.id}"`);
        includes(partText(badge, 'name'), mc.displayName, 'name');
        equal(partText(badge, 'disclosure'), REFERRAL_DISCLOSURE.ko, 'disclosure');
        const disclosure = part(badge, 'disclosure')!;
        assert(disclosure.offsetHeight > 0 && getComputedStyle(disclosure).visibility === 'visible', 'the disclosure is visible text');
        if (look === 'card') {
          equal(partText(badge, 'title'), item.title, 'title');
          const price = partText(badge, 'price');
          if (kind === 'service') includes(price, '부터', 'a "from" price');
          else includes(price, '원', 'price');
          assert(part(badge, 'image'), 'image');
        } else equal(part(badge, 'title'), null, 'no title outside the card');
        const href = new URL((part(badge, 'link') as HTMLAnchorElement).href);
        equal(href.pathname, new URL(item.url, location.href).pathname, `links to the ${kind} page`);
        equal(href.searchParams.get('cen_mc'), mc.code, 'cen_mc');
        await expectAccessible(badge);
      });
    }
  }

  it('links to the product page with cen_mc', async () => {
    const badge = await loadedBadge('compact');
    const href = new URL((part(badge, 'link') as HTMLAnchorElement).href);
    equal(href.searchParams.get('cen_mc'), mc.code, 'cen_mc');
    equal(href.pathname, new URL(product.url, location.href).pathname, 'product page');
  });

  it('to= lands on another page (a partner’s shop) with cen_mc; a non-http(s) to is ignored', async () => {
    const badge = await loadedBadge('compact', '', `product="${product.id}"`, 'to="https://coop.example/shop/?tab=new"');
    const href = new URL((part(badge, 'link') as HTMLAnchorElement).href);
    equal(href.origin + href.pathname, 'https://coop.example/shop/', 'the partner’s shop');
    equal(href.searchParams.get('tab'), 'new', 'its own parameters kept');
    equal(href.searchParams.get('cen_mc'), mc.code, 'cen_mc');
    badge.to = 'javascript:alert(1)';
    await badge.updateComplete;
    equal(new URL((part(badge, 'link') as HTMLAnchorElement).href).pathname, new URL(product.url, location.href).pathname, 'back to the product page');
  });

  it('size scales the badge (text and width) but never shrinks the disclosure below 13px', async () => {
    const sizes: Record<string, { font: number; maxWidth: number; disclosure: number }> = {};
    for (const size of ['s', 'm', 'l']) {
      const badge = await loadedBadge('card', '', `product="${product.id}"`, `size="${size}"`);
      const base = getComputedStyle(part(badge, 'base')!);
      sizes[size] = { font: parseFloat(base.fontSize), maxWidth: parseFloat(base.maxWidth), disclosure: parseFloat(getComputedStyle(part(badge, 'disclosure')!).fontSize) };
      cleanup();
    }
    const { s, m, l } = sizes as Record<'s' | 'm' | 'l', { font: number; maxWidth: number; disclosure: number }>;
    assert(s.font < m.font && m.font < l.font, `font sizes grow: ${JSON.stringify(sizes)}`);
    assert(s.maxWidth < m.maxWidth && m.maxWidth < l.maxWidth, `widths grow: ${JSON.stringify(sizes)}`);
    assert(s.disclosure >= 13, `disclosure at size s: ${s.disclosure}px`);
  });

  it('switches from a product to a service', async () => {
    const badge = await loadedBadge('card');
    badge.removeAttribute('product');
    badge.setAttribute('service', service.id);
    await until(() => badge.service && partText(badge, 'title') === service.title);
    equal(badge.product, undefined, 'the product is forgotten');
    equal(new URL((part(badge, 'link') as HTMLAnchorElement).href).pathname, new URL(service.url, location.href).pathname, 'service page');
  });

  it('shows the English disclosure with lang="en"', async () => {
    const badge = await loadedBadge('compact', 'lang="en"');
    equal(partText(badge, 'disclosure'), REFERRAL_DISCLOSURE.en, 'disclosure');
  });

  it('shows the English "from" price of a service with lang="en"', async () => {
    const badge = await loadedBadge('card', 'lang="en"', `service="${service.id}"`);
    includes(partText(badge, 'price'), 'from', 'price');
  });

  it('shows the disclosure while loading and for an unknown MC', async () => {
    const store = mountInStore(`<cen-mc-badge mc="nobody-here" product="${product.id}"></cen-mc-badge>`, mockFetch());
    const badge = store.querySelector('cen-mc-badge')!;
    await badge.updateComplete;
    equal(partText(badge, 'disclosure'), REFERRAL_DISCLOSURE.ko, 'disclosure while loading');
    await until(() => partText(badge, 'error')?.includes('찾을 수 없습니다'));
    equal(partText(badge, 'disclosure'), REFERRAL_DISCLOSURE.ko, 'disclosure after the failure');
  });

  it('says an unknown service was not found, fires cen-error, and keeps the disclosure', async () => {
    const store = mountInStore(`<cen-mc-badge mc="${mc.code}" service="svc_nosuchthing1"></cen-mc-badge>`, mockFetch());
    const badge = store.querySelector('cen-mc-badge')!;
    const event = await nextEvent(badge, 'cen-error');
    equal(event.detail.serviceId, 'svc_nosuchthing1', 'serviceId');
    await until(() => partText(badge, 'error')?.includes('서비스를 찾을 수 없습니다'));
    equal(partText(badge, 'disclosure'), REFERRAL_DISCLOSURE.ko, 'disclosure after the failure');
  });

  it('keeps its light-DOM fallback (the no-JS link) out of the rendering once upgraded', async () => {
    const store = mountInStore(
      `<cen-mc-badge mc="${mc.code}" product="${product.id}"><a href="https://api.example/r/${mc.code}">fallback link</a><p>${REFERRAL_DISCLOSURE.ko}</p></cen-mc-badge>`,
      mockFetch(),
    );
    const badge = store.querySelector('cen-mc-badge')!;
    await until(() => badge.creator && badge.product);
    equal(badge.shadowRoot!.querySelector('slot'), null, 'no slot');
    equal(badge.querySelector('a')!.getClientRects().length, 0, 'the fallback link is not rendered');
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
