import { sendKeys, setViewport } from '@web/test-runner-commands';
import { amountOf, cartWith, commerceFetch, deep, deepActiveElement, mountCommerce, requestsTo, resetCart } from '../../../test/commerce.js';
import { afterEach, assert, cleanup, describe, equal, expectAccessible, includes, it, nextEvent, record, until } from '../../../test/harness.js';
import { mockBookings } from '@thecen/mocks/fetch';
import { bookingFetch, buyerClient, cartBookingOf, testClock } from '../../../test/booking.js';
import type { CartLine } from '../../cart/cart-store.js';
import '../cart-button/cart-button.js';
import './cart.js';
import type { CenCart } from './cart.component.js';

const twoPartners: CartLine[] = [
  { productId: 'prd_wooriwheat02', quantity: 2, expectedUnitPrice: 7500 }, // 우리밀: 15,000원, 3,500원 shipping, free from 50,000원
  { productId: 'prd_cafegeumulko01', quantity: 1, expectedUnitPrice: 12000 }, // 카페: 12,000원, 3,000원 shipping, free from 30,000원
];

/** Every focusable element of the open dialog, in tab order. */
function focusables(cart: CenCart): HTMLElement[] {
  return [...cart.shadowRoot!.querySelectorAll<HTMLElement>('dialog button:not([disabled]), dialog input, dialog select, dialog [tabindex="0"]')];
}

async function openCart(lines: CartLine[], fetch = commerceFetch()) {
  const store = mountCommerce('<cen-cart-button></cen-cart-button><cen-cart></cen-cart>', fetch);
  const items = cartWith(store, lines);
  const cart = store.querySelector('cen-cart')!;
  const button = store.querySelector('cen-cart-button')!;
  await button.updateComplete;
  const opener = button.shadowRoot!.querySelector('button')!;
  opener.focus();
  cart.show(opener);
  await until(() => !cart.shadowRoot!.querySelector('[aria-busy=true]') && cart.shadowRoot!.querySelector('[part~=totals]'));
  return { store, cart, items, opener, fetch };
}

const text = (cart: CenCart) => cart.shadowRoot!.querySelector('dialog')!.textContent!.replace(/\s+/g, ' ');

describe('<cen-cart>', () => {
  afterEach(() => {
    resetCart();
    cleanup();
  });

  it('is accessible open with lines of two partners and a problem', async () => {
    const { cart } = await openCart([...twoPartners, { productId: 'prd_betterwaffle02', quantity: 1 }]);
    await expectAccessible(cart);
    const dialog = deep<HTMLDialogElement>(cart, 'dialog')!;
    equal(dialog.getAttribute('aria-labelledby'), 'title', 'labelled by its title');
    equal(cart.shadowRoot!.getElementById('title')!.textContent, '장바구니', 'title');
    assert(dialog.matches(':modal'), 'a modal dialog');
  });

  it('groups lines by partner with each partner’s shipping, free-shipping progress and the totals of the quote', async () => {
    const { cart } = await openCart(twoPartners);
    const groups = [...cart.shadowRoot!.querySelectorAll('[part~=partner]')];
    equal(groups.length, 2, 'one group per partner');
    includes(groups[0]!.textContent, '우리밀 통밀가루 1kg', 'line in its partner group');
    const t = text(cart);
    includes(t, '35,000원 더 담으면 무료배송', '우리밀 needs 35,000원 more');
    includes(t, '18,000원 더 담으면 무료배송', '카페 needs 18,000원 more');
    const progress = groups[0]!.querySelector('progress')!;
    equal(progress.max, 50000, 'progress to the threshold');
    equal(progress.value, 15000, 'progress value');
    const footer = cart.shadowRoot!.querySelector('footer')!;
    equal(amountOf({ shadowRoot: footer } as unknown as Element, '상품 금액'), '27,000원', 'subtotal');
    equal(amountOf({ shadowRoot: footer } as unknown as Element, '배송비'), '6,500원', 'shipping');
    equal(amountOf({ shadowRoot: footer } as unknown as Element, '결제 예정 금액'), '33,500원', 'total');
    equal(deep<HTMLButtonElement>(cart, '[part~=checkout-button]')!.disabled, false, '주문하기 enabled');
  });

  it('shows each problem in words with its fix, and blocks 주문하기 until fixed', async () => {
    const lines: CartLine[] = [
      { productId: 'prd_wooriwheat02', quantity: 1, expectedUnitPrice: 7000 }, // price changed to 7,500원
      { productId: 'prd_betterwaffle02', quantity: 1 }, // sold out
      { productId: 'prd_wooriwheat03', quantity: 5 }, // only 3 left
      { productId: 'prd_wooriwheat01', variantId: 'ten-kg', quantity: 1 }, // option gone
      { productId: 'prd_jeonjufood06', quantity: 1 }, // discontinued
    ];
    const { cart, items } = await openCart(lines);
    const problems = [...cart.shadowRoot!.querySelectorAll('[part~=problem]')].map((p) => p.textContent!.trim());
    for (const expected of ['가격이 바뀌었습니다: 7,000원 → 7,500원', '품절되었습니다.', '재고가 3개만 남았습니다.', '선택한 옵션을 더 이상 판매하지 않습니다.', '판매가 끝난 상품입니다.']) {
      assert(problems.includes(expected), `problem "${expected}" in ${JSON.stringify(problems)}`);
    }
    const checkout = deep<HTMLButtonElement>(cart, '[part~=checkout-button]')!;
    equal(checkout.disabled, true, '주문하기 disabled');
    includes(cart.shadowRoot!.getElementById(checkout.getAttribute('aria-describedby')!)!.textContent, '주문할 수 없는 상품', 'says why');
    equal(items.lines[0]!.expectedUnitPrice, 7500, 'the cart now expects the price the buyer sees');

    const changes = record(cart, 'cen-cart-change');
    const fixes = () => [...cart.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~=fix-button]')];
    fixes().find((b) => b.textContent === '3개로 줄이기')!.click();
    equal(items.lines.find((l) => l.productId === 'prd_wooriwheat03')!.quantity, 3, 'quantity lowered to the stock');
    equal(changes.length, 1, 'cen-cart-change');
    await until(() => fixes().length === 3 && !cart.shadowRoot!.querySelector('[aria-busy=true]'));
    while (fixes().length) {
      fixes()[0]!.click();
      await cart.updateComplete;
    }
    await until(() => !deep<HTMLButtonElement>(cart, '[part~=checkout-button]')!.disabled);
    equal(items.count, 2, 'the two orderable lines are left');
  });

  it('re-prices after a quantity change, debounced into one quote', async () => {
    const { cart, fetch, items } = await openCart(twoPartners);
    fetch.clearRequests();
    for (let i = 0; i < 3; i++) {
      cart.shadowRoot!.querySelector<HTMLButtonElement>('[part~=line] [part~=increase]')!.click();
      await cart.updateComplete;
    }
    equal(items.lines[0]!.quantity, 5, 'quantity changed at once');
    await until(() => deep(cart, '[part~=totals]')!.textContent!.includes('49,500원'));
    equal(requestsTo(fetch, 'POST', '/v1/cart/quote').length, 1, 'one quote for three clicks');
    includes(cart.shadowRoot!.querySelector('[role=status]')!.textContent, '결제 예정 금액은', 'the new total is announced');
  });

  it('keeps focus inside while open, closes on Escape and returns focus to the opener', async () => {
    const { cart, opener, store } = await openCart(twoPartners);
    const dialog = deep<HTMLDialogElement>(cart, 'dialog')!;
    const inside = () => cart.shadowRoot!.contains(deepActiveElement());
    assert(inside(), 'focus moved into the dialog');
    const all = focusables(cart);
    all[all.length - 1]!.focus();
    await sendKeys({ press: 'Tab' });
    assert(inside(), 'Tab from the last control stays in the dialog');
    all[0]!.focus();
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    assert(inside(), 'Shift+Tab from the first control stays in the dialog');
    const closed = nextEvent(store, 'cen-cart-close');
    await sendKeys({ press: 'Escape' });
    equal((await closed).detail.count, 2, 'cen-cart-close');
    equal(dialog.open, false, 'closed');
    equal(cart.open, false, 'open property cleared');
    equal(deepActiveElement(), opener, 'focus back on the cart button');
  });

  it('closes with its close button', async () => {
    const { cart, opener } = await openCart(twoPartners);
    deep<HTMLButtonElement>(cart, '[part~=close-button]')!.click();
    await cart.updateComplete;
    equal(deep<HTMLDialogElement>(cart, 'dialog')!.open, false, 'closed');
    equal(deepActiveElement(), opener, 'focus back');
  });

  it('removes a line, keeping focus in the dialog', async () => {
    const { cart, items } = await openCart(twoPartners);
    const remove = cart.shadowRoot!.querySelector<HTMLButtonElement>('[part~=remove-button]')!;
    equal(remove.getAttribute('aria-label'), '우리밀 통밀가루 1kg 삭제', 'named by the product');
    remove.click();
    await cart.updateComplete;
    equal(items.count, 1, 'removed');
    assert(cart.shadowRoot!.contains(deepActiveElement()), 'focus stays in the dialog');
    includes(cart.shadowRoot!.querySelector('[role=status]')!.textContent, '삭제했습니다', 'announced');
  });

  it('shows the empty state', async () => {
    const store = mountCommerce('<cen-cart></cen-cart>');
    cartWith(store);
    const cart = store.querySelector('cen-cart')!;
    cart.show();
    await cart.updateComplete;
    equal(deep(cart, '[part~=empty]')!.textContent, '장바구니가 비어 있습니다.', 'empty');
    await expectAccessible(cart);
  });

  it('opens checkout as a step of the same dialog, and goes back', async () => {
    const { cart } = await openCart(twoPartners);
    deep<HTMLButtonElement>(cart, '[part~=checkout-button]')!.click();
    const checkout = await until(() => deep(cart, 'cen-checkout'));
    await until(() => deep(checkout, '[part~=pay-button]'));
    equal(cart.shadowRoot!.getElementById('title')!.textContent, '주문/결제', 'title of the step');
    equal(deepActiveElement(), cart.shadowRoot!.getElementById('title'), 'focus on the step title');
    equal(deep(checkout, '[part~=title]'), null, 'the embedded checkout has no title of its own');
    deep<HTMLButtonElement>(cart, '[part~=back-button]')!.click();
    await until(() => deep(cart, '[part~=checkout-button]'));
    equal(cart.shadowRoot!.getElementById('title')!.textContent, '장바구니', 'back to the cart');
  });

  it('passes its return-url on to the checkout step', async () => {
    const { cart } = await openCart(twoPartners);
    cart.setAttribute('return-url', 'order.html');
    await cart.updateComplete;
    deep<HTMLButtonElement>(cart, '[part~=checkout-button]')!.click();
    const checkout = await until(() => deep(cart, 'cen-checkout') as (HTMLElement & { returnUrl?: string }) | null);
    equal(checkout.returnUrl, 'order.html', 'the checkout step returns to the cart’s page');
  });

  it('shows a held booking with its slot and the hold’s end, totals it, blocks it once expired, and removes it', async () => {
    const clock = testClock('2026-09-10T09:00:00+09:00');
    const fetch = bookingFetch(clock);
    const held = await buyerClient(fetch).bookings.hold({ serviceId: 'svc_coparenting02', slotStart: '2026-09-11T10:00:00+09:00', partySize: 2 });
    const store = mountCommerce('<cen-cart></cen-cart>', fetch);
    const items = cartWith(store, [twoPartners[0]!]);
    items.addBooking(cartBookingOf(held));
    const cart = store.querySelector('cen-cart')!;
    cart.show();
    await until(() => !cart.shadowRoot!.querySelector('[aria-busy=true]') && cart.shadowRoot!.querySelector('[part~=totals]'));
    const booking = cart.shadowRoot!.querySelector('[part~=booking]')!.textContent!.replace(/\s+/g, ' ');
    includes(booking, held.booking.serviceTitle, 'service');
    includes(booking, '2026년 9월 11일 금요일 10:00–11:30 · 2명', 'slot in Seoul and party size');
    includes(booking, '2026. 09. 10. 09:10까지 결제하면 예약이 확정됩니다', 'the hold’s end');
    includes(booking, '30,000원', 'amount');
    equal(amountOf(cart, '결제 예정 금액'), '48,500원', 'total: 15,000원 + 3,500원 shipping + 30,000원');
    const [quote] = requestsTo(fetch, 'POST', '/v1/cart/quote');
    equal(JSON.stringify((await quote!.clone().json()).bookings), JSON.stringify([{ bookingToken: held.bookingToken }]), 'quoted with the booking token');
    equal(deep<HTMLButtonElement>(cart, '[part~=checkout-button]')!.disabled, false, 'can be ordered');

    clock.advance(11 * 60_000);
    mockBookings(fetch).expireHolds();
    const closed = nextEvent(cart, 'cen-cart-close');
    cart.close();
    await closed;
    cart.show(); // quoted again on opening
    await until(() => cart.shadowRoot!.querySelector('[part~=booking] [part~=problem]'));
    includes(cart.shadowRoot!.querySelector('[part~=booking] [part~=problem]')!.textContent, '잡아 둔 예약 시간이 지났습니다', 'expired, in words');
    equal(deep<HTMLButtonElement>(cart, '[part~=checkout-button]')!.disabled, true, 'an expired hold cannot be paid');
    const changed = nextEvent(cart, 'cen-cart-change');
    deep<HTMLButtonElement>(cart, '[part~=booking] [part~=remove-button]')!.click();
    equal((await changed).detail.count, 1, 'cen-cart-change counts what is left');
    equal(items.bookings.length, 0, 'removed');
    await until(() => !deep<HTMLButtonElement>(cart, '[part~=checkout-button]')!.disabled);
  });

  it('is usable at 360 px: full width, nothing wider than the screen, 44 px touch targets', async () => {
    await setViewport({ width: 360, height: 740 });
    try {
      const { cart } = await openCart([...twoPartners, { productId: 'prd_wooriwheat03', quantity: 5 }]);
      const dialog = deep<HTMLDialogElement>(cart, 'dialog')!;
      const check = (root: ShadowRoot, where: string) => {
        for (const control of root.querySelectorAll<HTMLElement>('button, summary, label.choice, input:not([type=checkbox]):not([type=radio]), select')) {
          const box = control.getBoundingClientRect();
          if (!box.width) continue;
          assert(box.height >= 44, `${where}: ${control.outerHTML.slice(0, 80)} is ${box.height}px high`);
          assert(box.right <= 360.5, `${where}: ${control.outerHTML.slice(0, 80)} ends at ${box.right}px`);
        }
      };
      equal(Math.round(dialog.getBoundingClientRect().width), 360, 'the drawer takes the whole width');
      check(cart.shadowRoot!, 'cart');
      deep<HTMLButtonElement>(cart, '[part~=fix-button]')!.click();
      await until(() => !deep<HTMLButtonElement>(cart, '[part~=checkout-button]')!.disabled);
      deep<HTMLButtonElement>(cart, '[part~=checkout-button]')!.click();
      const checkout = await until(() => deep(cart, 'cen-checkout'));
      await until(() => deep(checkout, '[part~=pay-button]') && deep(checkout, '[part~=seller]'));
      check(checkout.shadowRoot!, 'checkout');
      const scroller = cart.shadowRoot!.querySelector('.content')!;
      assert(scroller.scrollWidth <= scroller.clientWidth, `no horizontal scrolling: ${scroller.scrollWidth} > ${scroller.clientWidth}`);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
