import { DEMO_STATEMENT_TOKENS, demoProducts } from '@thecen/mocks/fixtures';
import { cartWith, mountCommerce, resetCart } from '../test/commerce.js';
import { bookingFetch, buyerClient, testClock } from '../test/booking.js';
import { afterEach, cleanup, describe, equal, expectAccessible, it, mountInStore, nextEvent, part, until } from '../test/harness.js';
import './index.js';

/** Puts the page under `style-src 'self'` and collects every violation it reports. */
function strictStylePolicy(): string[] {
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = "style-src 'self'";
  document.head.append(meta);
  const violations: string[] = [];
  document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective}: ${event.sourceFile}`));
  return violations;
}

/**
 * Host pages may run `style-src 'self'` (no inline styles) and no `unsafe-eval`: the elements must
 * style themselves through constructable stylesheets and never set inline style attributes.
 */
describe('under a strict Content-Security-Policy', () => {
  afterEach(cleanup);

  it('is accessible and renders every element without a policy violation', async () => {
    const violations = strictStylePolicy();

    const product = demoProducts.find((p) => p.status === 'active')!;
    const store = mountInStore(`<cen-product-card product="${product.id}"></cen-product-card><cen-service-card service="svc_nosuchthing1"></cen-service-card><cen-product-grid limit="2"></cen-product-grid>`);
    const card = store.querySelector('cen-product-card')!;
    await Promise.all([
      nextEvent(card, 'cen-product-load'),
      nextEvent(store.querySelector('cen-service-card')!, 'cen-error'),
      nextEvent(store.querySelector('cen-product-grid')!, 'cen-products-load'),
    ]);
    await expectAccessible(store);
    equal(violations.join('\n'), '', 'policy violations');
    for (const el of store.querySelectorAll('cen-product-card, cen-service-card, cen-product-grid')) {
      equal(el.shadowRoot!.querySelectorAll('[style], style').length, 0, `no inline styles in <${el.localName}>`);
      equal(el.shadowRoot!.adoptedStyleSheets.length > 0, true, `<${el.localName}> adopts its stylesheets`);
    }
    equal(getComputedStyle(part(card, 'base')!).borderTopStyle, 'solid', 'the card is styled');
  });

  it('runs the cart, checkout and order elements (lazy chunks included) without a policy violation', async () => {
    const violations = strictStylePolicy();

    const store = mountCommerce(
      '<cen-cart-button></cen-cart-button><cen-add-to-cart product="prd_wooriwheat01"></cen-add-to-cart><cen-checkout></cen-checkout><cen-order-status order="ot_AAAAAAAAAAAA.BBBBBBBBBBBBBBBBBBBB"></cen-order-status>',
    );
    const orderFailed = nextEvent(store.querySelector('cen-order-status')!, 'cen-error'); // the token is unknown
    cartWith(store, [{ productId: 'prd_wooriwheat02', quantity: 1 }]);
    const checkout = await until(() => customElements.get('cen-checkout') && store.querySelector('cen-checkout')!.shadowRoot?.querySelector('[part~=pay-button]'));
    await orderFailed;
    (store.querySelector('cen-cart-button')!.shadowRoot!.querySelector('button') as HTMLButtonElement).click();
    const cart = await until(() => store.querySelector('cen-cart')?.shadowRoot?.querySelector('[part~=line]'));
    equal(violations.join('\n'), '', 'policy violations');
    for (const el of store.querySelectorAll('cen-cart-button, cen-add-to-cart, cen-checkout, cen-order-status, cen-cart')) {
      equal(el.shadowRoot!.querySelectorAll('[style], style').length, 0, `no inline styles in <${el.localName}>`);
      equal(el.shadowRoot!.adoptedStyleSheets.length > 0, true, `<${el.localName}> adopts its stylesheets`);
    }
    equal(getComputedStyle(checkout).minBlockSize, '52px', 'the checkout is styled');
    equal(getComputedStyle(cart).display, 'grid', 'the cart is styled');
    resetCart();
  });

  it('runs the booking elements (lazy chunks) without a policy violation', async () => {
    const violations = strictStylePolicy();

    const clock = testClock('2026-09-10T09:00:00+09:00');
    const fetch = bookingFetch(clock);
    const held = await buyerClient(fetch).bookings.hold({ serviceId: 'svc_coparenting02', slotStart: '2026-09-11T10:00:00+09:00', partySize: 1 });
    const store = mountCommerce(`<cen-service-booking service="svc_coparenting02"></cen-service-booking><cen-booking-status token="${held.bookingToken}"></cen-booking-status>`, fetch);
    const booking = await until(() => customElements.get('cen-service-booking') && store.querySelector('cen-service-booking'));
    booking.now = () => clock.now();
    await until(() => booking.shadowRoot?.querySelector('[part~=grid][aria-busy=false]'));
    const status = store.querySelector('cen-booking-status')!;
    await until(() => status.shadowRoot?.querySelector('[part~=status]'));
    equal(violations.join('\n'), '', 'policy violations');
    for (const el of [booking, status]) {
      equal(el.shadowRoot!.querySelectorAll('[style], style').length, 0, `no inline styles in <${el.localName}>`);
      equal(el.shadowRoot!.adoptedStyleSheets.length > 0, true, `<${el.localName}> adopts its stylesheets`);
    }
    equal(getComputedStyle(booking.shadowRoot!.querySelector('[part~=grid]')!).tableLayout, 'fixed', 'the calendar is styled');
    await expectAccessible(store);
    resetCart();
  });

  it('runs the referral elements (badge, snippet builder, statement; lazy chunks) without a policy violation', async () => {
    const violations = strictStylePolicy();

    const product = demoProducts.find((p) => p.status === 'active')!;
    const store = mountInStore(
      `<cen-mc-badge mc="haetsal-mom" product="${product.id}" look="card"></cen-mc-badge>` +
        `<cen-snippet-builder mc="haetsal-mom" cdn="https://cdn.example/cen-mc-badge.js"></cen-snippet-builder>` +
        `<cen-mc-stats token="${DEMO_STATEMENT_TOKENS['haetsal-mom']}"></cen-mc-stats>`,
    );
    await until(() => customElements.get('cen-mc-badge') && store.querySelector('cen-mc-badge')!.shadowRoot?.querySelector('a[part~=link]'));
    await until(() => customElements.get('cen-snippet-builder') && store.querySelector('cen-snippet-builder')!.shadowRoot?.querySelector('[part~=option]'));
    await until(() => customElements.get('cen-mc-stats') && store.querySelector('cen-mc-stats')!.shadowRoot?.querySelector('[part~=table]'));
    equal(violations.join('\n'), '', 'policy violations');
    for (const el of store.querySelectorAll('cen-mc-badge, cen-snippet-builder, cen-mc-stats')) {
      equal(el.shadowRoot!.querySelectorAll('[style], style').length, 0, `no inline styles in <${el.localName}>`);
      equal(el.shadowRoot!.adoptedStyleSheets.length > 0, true, `<${el.localName}> adopts its stylesheets`);
    }
    await expectAccessible(store);
  });
});
