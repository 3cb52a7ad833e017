import { cartWith, commerceFetch, deepActiveElement, mountCommerce, placeOrder, requestsTo, resetCart } from '../../../test/commerce.js';
import { afterEach, assert, cleanup, describe, equal, expectAccessible, includes, it, mount, nextEvent, part, partText, until } from '../../../test/harness.js';
import { bookingFetch, buyerClient, cartBookingOf, testClock } from '../../../test/booking.js';
import type { CartLine } from '../../cart/cart-store.js';
import './order-status.js';
import type { CenOrderStatus } from './order-status.component.js';

const lines: CartLine[] = [
  { productId: 'prd_wooriwheat02', quantity: 2 },
  { productId: 'prd_cafegeumulko01', quantity: 1 },
];

/** 2026-11-23 23:59 in Seoul: a virtual account issued then is due 24 hours later. */
const NOW = new Date('2026-11-23T14:59:00Z');

async function show(token: string, fetch = commerceFetch()): Promise<{ el: CenOrderStatus; store: HTMLElement; navigations: string[] }> {
  const store = mountCommerce(`<cen-order-status order="${token}"></cen-order-status>`, fetch);
  const el = store.querySelector('cen-order-status')!;
  const navigations: string[] = [];
  el.navigate = (url) => navigations.push(url);
  await nextEvent(el, 'cen-order-load');
  await until(() => part(el, 'broker-notice'));
  return { el, store, navigations };
}

const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

describe('<cen-order-status>', () => {
  afterEach(() => {
    resetCart();
    cleanup();
  });

  it('shows a paid order: status in words, each partner’s lines, status and seller, totals and the broker notice', async () => {
    const fetch = commerceFetch();
    const { orderToken, order, payment, payments } = await placeOrder(fetch, lines);
    payments.approve(payment.paymentId);
    const { el } = await show(orderToken, fetch);
    await expectAccessible(el);
    equal(partText(el, 'status'), '결제 완료', 'order status');
    includes(text(el), order.number, 'order number');
    const subOrders = el.shadowRoot!.querySelectorAll('[part~=sub-order]');
    equal(subOrders.length, 2, 'one part per partner');
    equal(subOrders[0]!.querySelector('[part~=sub-order-status]')!.textContent, '주문 접수', 'sub-order status');
    assert(subOrders[0]!.querySelector('[part~=seller]'), 'seller identity');
    assert(/\d{3}-\d{2}-\d{5}/.test(subOrders[0]!.querySelector('[part~=seller]')!.textContent!), 'business number formatted');
    includes(part(el, 'totals')!.textContent, '33,500원', 'total');
    includes(partText(el, 'broker-notice'), '통신판매의 당사자가 아니며', 'broker notice');
    includes(text(el), '신용·체크카드', 'payment method');
    assert(part(el, 'request-button'), 'a cancellation can be requested');
  });

  it('shows the virtual account with its deadline in Seoul time', async () => {
    const fetch = commerceFetch({ now: () => NOW });
    const { orderToken, payment, payments } = await placeOrder(fetch, lines, { paymentMethod: 'virtual_account' });
    const issued = payments.issueVirtualAccount(payment.paymentId);
    const { el } = await show(orderToken, fetch);
    await expectAccessible(el);
    equal(partText(el, 'status'), '입금 대기', 'awaiting deposit');
    const account = part(el, 'virtual-account')!;
    includes(account.textContent, issued.payment.virtualAccount!.bank, 'bank');
    includes(account.textContent, issued.payment.virtualAccount!.accountNumber, 'account number');
    includes(account.textContent, issued.payment.virtualAccount!.holder, 'holder');
    includes(account.textContent, '2026. 11. 24. 23:59', 'deadline, 24-hour clock, Asia/Seoul');
    includes(account.textContent, '33,500원', 'amount to deposit');
  });

  it('announces a status change on refresh', async () => {
    const fetch = commerceFetch({ now: () => NOW });
    const { orderToken, payment, payments } = await placeOrder(fetch, lines, { paymentMethod: 'virtual_account' });
    payments.issueVirtualAccount(payment.paymentId);
    const { el } = await show(orderToken, fetch);
    const live = el.shadowRoot!.querySelector('[role=status]')!;
    equal(live.textContent, '', 'silent after the first load');
    payments.deposit(payment.paymentId);
    const loaded = nextEvent(el, 'cen-order-load');
    (part(el, 'refresh-button') as HTMLButtonElement).click();
    equal((await loaded).detail.order.status, 'paid', 'reloaded');
    equal(partText(el, 'status'), '결제 완료', 'new status');
    equal(el.shadowRoot!.querySelector('[role=status]')!.textContent, '주문 상태: 결제 완료', 'announced politely');
    equal(part(el, 'virtual-account'), null, 'no account to pay into any more');
  });

  it('says a declined payment was not completed and pays again', async () => {
    const fetch = commerceFetch();
    const { orderToken, payment, payments } = await placeOrder(fetch, lines);
    payments.decline(payment.paymentId);
    const { el, navigations } = await show(orderToken, fetch);
    await expectAccessible(el);
    const declined = part(el, 'declined')!;
    includes(declined.textContent, '결제가 완료되지 않았습니다', 'message');
    includes(declined.textContent, '거절', 'the provider’s reason');
    (part(el, 'retry-button') as HTMLButtonElement).click();
    await until(() => navigations.length);
    const start = requestsTo(fetch, 'POST', /\/payments$/);
    equal(start.length, 1, 'one startPayment request');
    assert(start[0]!.headers.get('idempotency-key'), 'with an idempotency key');
    equal((await start[0]!.clone().json()).paymentMethod, 'card', 'same method');
    assert(/\/pay\/test\/pay_/.test(navigations[0]!) && !navigations[0]!.endsWith(payment.paymentId), 'to the new payment page');
  });

  it('takes a cancellation request as easily as the order: one form, a reason, one button', async () => {
    const fetch = commerceFetch();
    const { orderToken, payment, payments } = await placeOrder(fetch, lines);
    payments.approve(payment.paymentId);
    const { el } = await show(orderToken, fetch);
    (part(el, 'request-button') as HTMLButtonElement).click();
    await el.updateComplete;
    await expectAccessible(el);
    const radios = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('#request-form input[type=radio]')];
    equal(radios.some((r) => r.checked), false, 'no reason chosen in advance');
    equal(deepActiveElement(), radios[0], 'focus on the first reason');
    const submit = el.shadowRoot!.querySelector<HTMLButtonElement>('#request-form button[type=submit]')!;
    equal(submit.textContent, '취소 요청 보내기', 'says what it does');
    submit.click();
    await el.updateComplete;
    includes(el.shadowRoot!.querySelector('[role=alert]')!.textContent, '사유를 선택해 주세요.', 'asks for a reason');
    equal(requestsTo(fetch, 'POST', /\/cancellation$/).length, 0, 'nothing sent');
    radios[1]!.click();
    const detail = el.shadowRoot!.getElementById('request-detail') as HTMLTextAreaElement;
    detail.value = '수량을 잘못 골랐어요';
    detail.dispatchEvent(new Event('input'));
    const loaded = nextEvent(el, 'cen-order-load');
    submit.click();
    await loaded;
    const body = await requestsTo(fetch, 'POST', /\/cancellation$/)[0]!.clone().json();
    equal(JSON.stringify(body), JSON.stringify({ kind: 'cancel', reason: '주문 실수 (상품·수량·옵션): 수량을 잘못 골랐어요' }), 'request sent');
    equal(el.shadowRoot!.querySelector('[part~=sub-order-status]')!.textContent, '취소·반품 요청됨', 'sub-orders requested');
    includes(el.shadowRoot!.querySelector('[role=status]')!.textContent, '요청을 접수했습니다', 'announced');
    equal(part(el, 'request'), null, 'nothing left to request');
  });

  it('reads cen_order from the page URL after payment and takes the ordered lines out of the cart', async () => {
    const fetch = commerceFetch();
    const { orderToken, payment, payments } = await placeOrder(fetch, lines);
    payments.approve(payment.paymentId);
    const before = location.href;
    history.replaceState(null, '', `${location.pathname}?cen_order=${encodeURIComponent(orderToken)}`);
    try {
      const store = mountCommerce('<cen-order-status></cen-order-status>', fetch);
      const cart = cartWith(store, [...lines, { productId: 'prd_hanjicraft02', quantity: 1 }]);
      const el = store.querySelector('cen-order-status')!;
      await nextEvent(el, 'cen-order-load');
      equal(partText(el, 'status'), '결제 완료', 'the order of the URL');
      equal(JSON.stringify(cart.lines.map((l) => l.productId)), JSON.stringify(['prd_hanjicraft02']), 'ordered lines removed, the rest kept');
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('lists a paid booking under its partner and takes it out of the cart on the return page', async () => {
    const clock = testClock('2026-09-10T09:00:00+09:00');
    const fetch = bookingFetch(clock);
    const held = await buyerClient(fetch).bookings.hold({ serviceId: 'svc_coparenting02', slotStart: '2026-09-11T10:00:00+09:00', partySize: 2 });
    const { orderToken, payment, payments } = await placeOrder(fetch, [], { bookings: [{ bookingToken: held.bookingToken }], shippingAddress: undefined });
    payments.approve(payment.paymentId);
    const before = location.href;
    history.replaceState(null, '', `${location.pathname}?cen_order=${encodeURIComponent(orderToken)}`);
    try {
      const store = mountCommerce('<cen-order-status></cen-order-status>', fetch);
      const cart = cartWith(store);
      cart.addBooking(cartBookingOf(held));
      const el = store.querySelector('cen-order-status')!;
      const loaded = await nextEvent(el, 'cen-order-load');
      equal(loaded.detail.order.shippingAddress?.road, '', 'stored with an empty address, as the server does');
      const line = el.shadowRoot!.querySelector('[part~=sub-order] [part~=line]')!.textContent!.replace(/\s+/g, ' ');
      includes(line, held.booking.serviceTitle, 'the booked service');
      includes(line, '2026년 9월 11일 금요일 10:00–11:30 · 2명', 'its slot in Seoul and party size');
      includes(line, '30,000원', 'its amount');
      equal(cart.bookings.length, 0, 'the paid booking left the cart');
      equal(el.shadowRoot!.getElementById('delivery-title'), null, 'no delivery address for a class');
      assert(!text(el).includes('()'), 'no empty postal code in brackets');
      await expectAccessible(el);
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('says when the order is unknown, and when there is none to show', async () => {
    const store = mountCommerce('<cen-order-status order="ot_AAAAAAAAAAAA.BBBBBBBBBBBBBBBBBBBB"></cen-order-status>');
    const el = store.querySelector('cen-order-status')!;
    const error = nextEvent(el, 'cen-error');
    equal((await error).detail.operation, 'load-order', 'operation');
    await el.updateComplete;
    includes(partText(el, 'error'), '주문을 찾을 수 없습니다', 'not found');
    equal(part(el, 'action'), null, 'no retry for an unknown order');
    await expectAccessible(el);
    const none = mount('<cen-order-status></cen-order-status>').querySelector('cen-order-status')!;
    await none.updateComplete;
    includes(partText(none, 'error'), '보여 드릴 주문이 없습니다', 'no token');
  });
});
