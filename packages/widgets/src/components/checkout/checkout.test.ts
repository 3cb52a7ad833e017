import { createMockFetch, type MockFetch } from '@thecen/mocks/fetch';
import { DEMO_CHANNEL } from '@thecen/mocks/fixtures';
import { PAGE_KEY, amountOf, cartWith, commerceFetch, deepActiveElement, mountCommerce, placeOrder, requestsTo, resetCart, type } from '../../../test/commerce.js';
import { API, afterEach, assert, cleanup, describe, equal, expectAccessible, includes, it, mountInStore, nextEvent, part, record, until } from '../../../test/harness.js';
import { cartStoreFor } from '../../cart/cart-store-for.js';
import { bookingFetch, buyerClient, cartBookingOf, testClock } from '../../../test/booking.js';
import type { CartLine } from '../../cart/cart-store.js';
import './checkout.js';
import type { CenCheckout } from './checkout.component.js';

const twoPartners: CartLine[] = [
  { productId: 'prd_wooriwheat02', quantity: 2, expectedUnitPrice: 7500 },
  { productId: 'prd_cafegeumulko01', quantity: 1, expectedUnitPrice: 12000 },
];

async function mountCheckout(lines: CartLine[] = twoPartners, fetch: MockFetch | typeof globalThis.fetch = commerceFetch(), key = PAGE_KEY) {
  const store = mountInStore('<cen-checkout></cen-checkout>', fetch, '', key);
  const cart = cartWith(store, lines);
  const checkout = store.querySelector('cen-checkout')!;
  const navigations: string[] = [];
  checkout.navigate = (url) => navigations.push(url);
  // Loaded: every partner's seller identity shown, no quote pending.
  await until(() => {
    const root = checkout.shadowRoot!;
    const sellers = root.querySelectorAll('[part~=seller]').length;
    return sellers > 0 && sellers === root.querySelectorAll('[part~=partner]').length && !root.querySelector('[aria-busy=true]');
  });
  return { store, cart, checkout, navigations, fetch: fetch as MockFetch };
}

/** Fills the form as a buyer would, required consents ticked. */
async function fill(checkout: CenCheckout, values: Record<string, string> = {}, consents = ['purchase_terms', 'personal_info_collection', 'personal_info_provision']) {
  const all: Record<string, string> = {
    'buyer-name': '김하나',
    'buyer-phone': '010-1234-5678',
    'buyer-email': 'hana@example.kr',
    recipient: '김하나',
    'recipient-phone': '02-123-4567',
    'postal-code': '04001',
    road: '서울특별시 마포구 월드컵로 1',
    detail: '101호',
    ...values,
  };
  for (const [id, value] of Object.entries(all)) type(checkout, id, value);
  await checkout.updateComplete;
  for (const consent of consents) (checkout.shadowRoot!.getElementById(`consent-${consent}`) as HTMLInputElement).click();
  await checkout.updateComplete;
  // The postal code was quoted again.
  await until(() => !checkout.shadowRoot!.querySelector('[aria-busy=true]'));
}

const pay = (checkout: CenCheckout) => part(checkout, 'pay-button') as HTMLButtonElement;
const field = (checkout: CenCheckout, id: string) => checkout.shadowRoot!.getElementById(id) as HTMLInputElement;
async function bodyOf(request: Request) {
  return request.clone().json();
}

/**
 * A publishable key of one test's own, with the mock API answering for the demo channel under it:
 * the page keeps one referral tracker per key, so a test of referral capture needs a key no earlier
 * test created a tracker for.
 */
function freshChannel() {
  const key = `pk_test_Ref${Math.random().toString(36).slice(2, 12).padEnd(10, '0')}`;
  const fetch = createMockFetch({ baseUrl: API, fixtures: { channels: [{ ...DEMO_CHANNEL, publishableKey: key }] } });
  return { key, fetch };
}

/** Empties the cart of `key` and removes every `localStorage` entry named after it (cart, referral, visitor). */
function forgetKey(key: string) {
  const holder = mountInStore('', createMockFetch({ baseUrl: API }), '', key);
  cartStoreFor(holder).clear();
  for (const name of Object.keys(localStorage)) if (name.endsWith(`:${key}`)) localStorage.removeItem(name);
}

describe('<cen-checkout>', () => {
  afterEach(() => {
    resetCart();
    cleanup();
  });

  it('is accessible empty, filled with a tax invoice, and with errors shown', async () => {
    const { checkout } = await mountCheckout();
    await expectAccessible(checkout);
    await fill(checkout);
    (checkout.shadowRoot!.querySelector('input[name=receipt][value=tax_invoice]') as HTMLInputElement).click();
    await checkout.updateComplete;
    type(checkout, 'business-number', '124-81-00998');
    type(checkout, 'company-name', '더좋은협동조합');
    type(checkout, 'representative', '박대표');
    type(checkout, 'invoice-email', 'tax@example.kr');
    await checkout.updateComplete;
    await expectAccessible(checkout);
    type(checkout, 'buyer-phone', '12');
    pay(checkout).click();
    await checkout.updateComplete;
    await expectAccessible(checkout);
  });

  it('shows each seller’s identity, the totals, when payment is taken, the broker notice at least as large as the seller text, and withdrawal rights', async () => {
    const { checkout } = await mountCheckout();
    const seller = part(checkout, 'seller')!;
    const text = seller.textContent!.replace(/\s+/g, ' ');
    for (const label of ['상호', '대표자', '사업자등록번호', '주소', '연락처']) includes(text, label, `seller ${label}`);
    assert(/\d{3}-\d{2}-\d{5}/.test(text), 'business number formatted XXX-XX-XXXXX');
    assert(/통신판매업 신고(번호| 면제)/.test(text), 'mail-order report number or exemption');
    const notice = part(checkout, 'broker-notice')!;
    includes(notice.textContent, '통신판매중개자', 'broker notice from the terms');
    const px = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
    assert(px(notice) >= px(seller.querySelector('dd')!), 'notice at least as large as the seller text');
    includes(part(checkout, 'withdrawal')!.textContent, '7일 이내', 'withdrawal days');
    assert(part(checkout, 'withdrawal')!.querySelectorAll('li').length >= 3, 'exceptions listed');
    includes(part(checkout, 'payment-timing')!.textContent, '카드 승인과 함께', 'when the card is charged');
    (checkout.shadowRoot!.querySelector('input[name=payment-method][value=virtual_account]') as HTMLInputElement).click();
    await checkout.updateComplete;
    includes(part(checkout, 'payment-timing')!.textContent, '24시간 안에 입금', 'virtual-account deadline from the terms');
    equal(amountOf(checkout, '결제 예정 금액'), '33,500원', 'total');
    includes(pay(checkout).textContent, '33,500원 결제하기', 'pay button says the amount');
    includes(part(checkout, 'platform')!.textContent, '호스팅', 'the mall’s own identity');
  });

  it('ticks no consent in advance, shows each text, and "모두 동의" ticks them all', async () => {
    const { checkout } = await mountCheckout();
    const boxes = [...part(checkout, 'consents')!.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
    equal(boxes.length, 5, '모두 동의 + four consents');
    equal(boxes.filter((b) => b.checked).length, 0, 'nothing pre-ticked');
    const labels = [...part(checkout, 'consents')!.querySelectorAll('label')].map((l) => l.textContent!.trim());
    assert(labels.filter((l) => l.startsWith('[필수]')).length === 3, `three marked 필수: ${labels.join(' / ')}`);
    assert(labels.some((l) => l.startsWith('[선택]') && l.includes('마케팅')), 'marketing optional');
    const details = part(checkout, 'consents')!.querySelectorAll('details');
    equal(details.length, 4, 'each text viewable');
    details[0]!.open = true;
    includes(details[0]!.textContent, '통신판매중개', 'purchase terms text');
    boxes[0]!.click();
    await checkout.updateComplete;
    equal(boxes.every((b) => b.checked), true, 'all ticked');
  });

  it('shows errors next to the fields and a summary, and focuses the first invalid field', async () => {
    const { checkout, fetch } = await mountCheckout();
    equal(pay(checkout).getAttribute('aria-disabled'), 'true', 'pay is disabled until the form is valid');
    type(checkout, 'buyer-name', '김하나');
    type(checkout, 'buyer-phone', '010-12');
    pay(checkout).click();
    await checkout.updateComplete;
    equal(deepActiveElement(), field(checkout, 'buyer-phone'), 'focus on the first invalid field');
    equal(field(checkout, 'buyer-phone').getAttribute('aria-invalid'), 'true', 'aria-invalid');
    equal(field(checkout, 'buyer-name').getAttribute('aria-invalid'), 'false', 'a valid field is not marked');
    const describedBy = field(checkout, 'buyer-phone').getAttribute('aria-describedby')!.split(' ');
    const error = checkout.shadowRoot!.getElementById(describedBy.find((id) => id.endsWith('-error'))!)!;
    equal(error.textContent, '전화번호 형식이 올바르지 않습니다.', 'the error is next to the field and describes it');
    const summary = part(checkout, 'error-summary')!;
    includes(summary.textContent, '휴대전화', 'summary names the field');
    includes(summary.textContent, '우편번호 5자리를 입력해 주세요.', 'summary lists every error');
    summary.querySelectorAll('button')[1]!.click();
    equal(deepActiveElement(), field(checkout, 'buyer-email'), 'the summary moves focus to a field');
    equal(requestsTo(fetch, 'POST', '/v1/orders').length, 0, 'no order sent');
    type(checkout, 'buyer-phone', '01012345678');
    await checkout.updateComplete;
    equal(field(checkout, 'buyer-phone').getAttribute('aria-invalid'), 'false', 'fixed as the buyer types');
  });

  it('blocks the order until the required consents are ticked (marketing never blocks)', async () => {
    const { checkout, fetch, navigations } = await mountCheckout();
    await fill(checkout, {}, ['marketing']);
    equal(pay(checkout).getAttribute('aria-disabled'), 'true', 'still disabled');
    pay(checkout).click();
    await checkout.updateComplete;
    equal(requestsTo(fetch, 'POST', '/v1/orders').length, 0, 'no order');
    equal(deepActiveElement(), field(checkout, 'consent-purchase_terms'), 'focus on the first required consent');
    includes(checkout.shadowRoot!.getElementById('consent-purchase_terms-error')!.textContent, '필수 약관', 'says why');
    for (const consent of ['purchase_terms', 'personal_info_collection', 'personal_info_provision']) field(checkout, `consent-${consent}`).click();
    field(checkout, 'consent-marketing').click(); // and marketing unticked again
    await checkout.updateComplete;
    equal(pay(checkout).getAttribute('aria-disabled'), 'false', 'enabled');
    pay(checkout).click();
    await until(() => navigations.length);
    const body = await bodyOf(requestsTo(fetch, 'POST', '/v1/orders')[0]!);
    equal(JSON.stringify(body.consents.map((c: { type: string; accepted: boolean }) => [c.type, c.accepted])), JSON.stringify([['purchase_terms', true], ['personal_info_collection', true], ['personal_info_provision', true], ['marketing', false]]), 'consents with versions recorded');
    equal(body.consents[0].version, '2026-11-01', 'version sent');
  });

  it('checks the business number of a tax invoice', async () => {
    const { checkout, fetch, navigations } = await mountCheckout();
    await fill(checkout);
    (checkout.shadowRoot!.querySelector('input[name=receipt][value=tax_invoice]') as HTMLInputElement).click();
    await checkout.updateComplete;
    type(checkout, 'business-number', '123-45-67890');
    type(checkout, 'company-name', '더좋은협동조합');
    type(checkout, 'representative', '박대표');
    type(checkout, 'invoice-email', 'tax@example.kr');
    pay(checkout).click();
    await checkout.updateComplete;
    equal(deepActiveElement(), field(checkout, 'business-number'), 'focus on the business number');
    includes(checkout.shadowRoot!.getElementById('business-number-error')!.textContent, '올바른 사업자등록번호가 아닙니다', 'check digit error');
    equal(requestsTo(fetch, 'POST', '/v1/orders').length, 0, 'no order');
    type(checkout, 'business-number', '124-81-00998');
    pay(checkout).click();
    await until(() => navigations.length);
    const body = await bodyOf(requestsTo(fetch, 'POST', '/v1/orders')[0]!);
    equal(JSON.stringify(body.receipt), JSON.stringify({ type: 'tax_invoice', businessNumber: '1248100998', companyName: '더좋은협동조합', representative: '박대표', email: 'tax@example.kr' }), 'receipt sent');
  });

  it('creates ONE order on a double click, with an idempotency key, then sends the buyer to pay', async () => {
    const { checkout, fetch, navigations, store } = await mountCheckout();
    await fill(checkout);
    const submits = record(store, 'cen-checkout-submit');
    const created = nextEvent(store, 'cen-order-created');
    pay(checkout).click();
    pay(checkout).click();
    const { detail } = await created;
    await until(() => navigations.length);
    const orders = requestsTo(fetch, 'POST', '/v1/orders');
    equal(orders.length, 1, 'exactly one create request');
    assert(orders[0]!.headers.get('idempotency-key'), 'Idempotency-Key sent');
    equal(submits.length, 1, 'one cen-checkout-submit');
    equal(submits[0]!.detail.total, 33500, 'submit detail has the total');
    equal('buyer' in submits[0]!.detail, false, 'no personal data in the event');
    assert(/^ord_/.test(detail.orderId) && detail.number.startsWith('CEN-') && detail.total === 33500, 'cen-order-created detail');
    equal(navigations.length, 1, 'navigated once');
    assert(/\/pay\/test\/pay_/.test(navigations[0]!), `to the payment page: ${navigations[0]}`);
    const body = await bodyOf(orders[0]!);
    equal(body.returnUrl, location.href.replace(/[?&]cen_(order|payment)=[^&]*/g, ''), 'returns to this page');
    equal(body.buyer.phone, '01012345678', 'phone as digits');
    equal('total' in body, false, 'no totals sent');
  });

  it('resolves a relative return-url against the page', async () => {
    const { checkout, fetch, navigations } = await mountCheckout();
    checkout.setAttribute('return-url', 'order.html?from=checkout');
    await fill(checkout);
    pay(checkout).click();
    await until(() => navigations.length);
    const body = await bodyOf(requestsTo(fetch, 'POST', '/v1/orders')[0]!);
    equal(body.returnUrl, new URL('order.html?from=checkout', document.baseURI).href, 'an absolute URL next to this page');
  });

  it('sends the referral the landing URL carried (cen_mc) with the order', async () => {
    const { key, fetch } = freshChannel();
    const landing = location.href;
    history.replaceState(null, '', `?cen_mc=haetsal-mom`);
    try {
      const attributed = new Promise<DocumentEventMap['cen-referral-attributed']>((resolve) => document.addEventListener('cen-referral-attributed', resolve, { once: true }));
      const { checkout, navigations } = await mountCheckout(twoPartners, fetch, key);
      equal((await attributed).detail.mcCode, 'haetsal-mom', 'cen-referral-attributed fired');
      await fill(checkout);
      pay(checkout).click();
      await until(() => navigations.length);
      const orders = requestsTo(fetch, 'POST', '/v1/orders');
      equal(orders.length, 1, 'one order');
      const { referral } = await bodyOf(orders[0]!);
      equal(referral?.mcCode, 'haetsal-mom', 'the market creator of the landing URL');
      assert(typeof referral.capturedAt === 'string' && !Number.isNaN(Date.parse(referral.capturedAt)), `capturedAt sent: ${referral.capturedAt}`);
    } finally {
      history.replaceState(null, '', landing);
      forgetKey(key);
    }
  });

  it('sends no referral, and stores none, when the landing URL carries none', async () => {
    const { key, fetch } = freshChannel();
    assert(!/[?&]cen_(mc|cc|click)=/.test(location.search), `no referral parameters on this page: ${location.search}`);
    try {
      const { checkout, navigations } = await mountCheckout(twoPartners, fetch, key);
      await fill(checkout);
      pay(checkout).click();
      await until(() => navigations.length);
      const orders = requestsTo(fetch, 'POST', '/v1/orders');
      equal(orders.length, 1, 'one order');
      const body = await bodyOf(orders[0]!);
      equal(body.referral ?? null, null, 'no referral in the order');
      equal(localStorage.getItem(`cen:ref:${key}`), null, 'no referral stored');
      equal(localStorage.getItem(`cen:visitor:${key}`), null, 'no visitor id stored');
      equal(requestsTo(fetch, 'POST', /\/v1\/referrals/).length, 0, 'no click recorded');
    } finally {
      forgetKey(key);
    }
  });

  it('reuses the idempotency key when the buyer retries after a network failure', async () => {
    const working = commerceFetch();
    let failing = true;
    const fetch = Object.assign(
      (input: RequestInfo | URL, init?: RequestInit) => {
        const request = new Request(input, init);
        if (failing && request.method === 'POST' && new URL(request.url).pathname === '/v1/orders') {
          working.requests.push(request);
          return Promise.reject(new TypeError('Failed to fetch'));
        }
        return working(request);
      },
      { requests: working.requests, handlers: working.handlers, clearRequests: working.clearRequests },
    );
    const { checkout, navigations } = await mountCheckout(twoPartners, fetch);
    await fill(checkout);
    pay(checkout).click();
    const error = await until(() => part(checkout, 'error'));
    includes(error.textContent, '두 번 접수되지 않으니', 'the buyer is told retrying is safe');
    equal(deepActiveElement(), error, 'focus on the message');
    failing = false;
    (part(checkout, 'action') as HTMLButtonElement).click();
    await until(() => navigations.length);
    const keys = requestsTo(working, 'POST', '/v1/orders').map((r) => r.headers.get('idempotency-key'));
    assert(keys.length >= 2, `several attempts: ${keys.length}`);
    equal(new Set(keys).size, 1, 'one key for every attempt');
  });

  it('maps a 400 from the server back to its fields', async () => {
    const working = commerceFetch();
    const fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      if (request.method === 'POST' && new URL(request.url).pathname === '/v1/orders') {
        const problem = { type: 'https://docs.thecen.kr/problems/validation_failed', title: 'Invalid request', status: 400, code: 'validation_failed', errors: [{ path: 'body.shippingAddress.road', message: 'must not be empty', code: 'too_small' }, { path: 'body.somethingElse', message: 'is odd', code: 'custom' }] };
        return Promise.resolve(new Response(JSON.stringify(problem), { status: 400, headers: { 'content-type': 'application/problem+json' } }));
      }
      return working(request);
    };
    const { checkout, store } = await mountCheckout(twoPartners, fetch);
    await fill(checkout);
    const failed = nextEvent(store, 'cen-error');
    pay(checkout).click();
    equal((await failed).detail.operation, 'create-order', 'cen-error names the step');
    await until(() => field(checkout, 'road').getAttribute('aria-invalid') === 'true');
    await checkout.updateComplete;
    equal(deepActiveElement(), field(checkout, 'road'), 'focus on the field the server rejected');
    includes(part(checkout, 'error-summary')!.textContent, 'body.somethingElse: is odd', 'an unknown path is listed in the summary');
  });

  it('shows the new quote after a 409 cart_changed and asks to confirm before paying again', async () => {
    const lines: CartLine[] = [{ productId: 'prd_wooriwheat03', quantity: 3, expectedUnitPrice: 8900 }];
    const { checkout, fetch, navigations, cart } = await mountCheckout(lines);
    await until(() => part(checkout, 'seller'));
    await fill(checkout);
    await placeOrder(fetch, [{ productId: 'prd_wooriwheat03', quantity: 2 }]); // someone else takes 2 of the 3
    pay(checkout).click();
    const notice = await until(() => part(checkout, 'cart-changed'));
    await checkout.updateComplete;
    equal(deepActiveElement(), notice, 'focus on the notice');
    includes(part(checkout, 'problem')!.textContent, '재고가 1개만 남았습니다.', 'the problem of the new quote');
    equal(pay(checkout).getAttribute('aria-disabled'), 'true', 'pay blocked');
    const firstKey = requestsTo(fetch, 'POST', '/v1/orders').at(-1)!.headers.get('idempotency-key');
    (part(checkout, 'fix-button') as HTMLButtonElement).click();
    equal(cart.lines[0]!.quantity, 1, 'lowered to what is left');
    await until(() => !part(checkout, 'problem') && !checkout.shadowRoot!.querySelector('[aria-busy=true]'));
    notice.querySelector('button')!.click();
    await checkout.updateComplete;
    equal(part(checkout, 'cart-changed'), null, 'confirmed');
    pay(checkout).click();
    await until(() => navigations.length);
    const lastKey = requestsTo(fetch, 'POST', '/v1/orders').at(-1)!.headers.get('idempotency-key');
    assert(lastKey && lastKey !== firstKey, 'a new attempt gets a new key');
  });

  it('lets the host veto the order', async () => {
    const { checkout, fetch, store } = await mountCheckout();
    await fill(checkout);
    store.addEventListener('cen-checkout-submit', (event) => event.preventDefault());
    pay(checkout).click();
    await checkout.updateComplete;
    equal(requestsTo(fetch, 'POST', '/v1/orders').length, 0, 'no order');
  });

  it('re-quotes when the postal code is in Jeju, and fills the address from a postcode search', async () => {
    const { checkout, fetch } = await mountCheckout();
    equal(part(checkout, 'address-search'), null, 'no search button without a hook');
    checkout.addressSearch = async () => ({ postalCode: '63309', road: '제주특별자치도 제주시 첨단로 242' });
    await checkout.updateComplete;
    (part(checkout, 'address-search') as HTMLButtonElement).click();
    await until(() => field(checkout, 'road').value.startsWith('제주'));
    equal(field(checkout, 'postal-code').value, '63309', 'postal code filled');
    await until(() => deepActiveElement() === field(checkout, 'detail'));
    await until(() => checkout.shadowRoot!.textContent!.includes('제주·도서산간 지역이라'));
    const quote = requestsTo(fetch, 'POST', '/v1/cart/quote').at(-1)!;
    equal((await bodyOf(quote)).postalCode, '63309', 'quoted with the postal code');
    await until(() => amountOf(checkout, '제주·도서산간 추가 배송비'));
    equal(amountOf(checkout, '결제 예정 금액'), '39,500원', 'two partners × 3,000원 remote-area fee');
    type(checkout, 'postal-code', '04001');
    await until(() => amountOf(checkout, '결제 예정 금액') === '33,500원');
  });

  it('says the cart is empty', async () => {
    const store = mountCommerce('<cen-checkout></cen-checkout>');
    cartWith(store);
    const checkout = store.querySelector('cen-checkout')!;
    await checkout.updateComplete;
    await expectAccessible(checkout);
    includes(checkout.shadowRoot!.textContent, '장바구니가 비어 있습니다.', 'empty');
  });

  it('pays a held booking: shown with its slot and hold, no address for a class, the token sent', async () => {
    const clock = testClock('2026-09-10T09:00:00+09:00');
    const fetch = bookingFetch(clock);
    const held = await buyerClient(fetch).bookings.hold({ serviceId: 'svc_coparenting02', slotStart: '2026-09-11T10:00:00+09:00', partySize: 2 });
    const store = mountCommerce('<cen-checkout></cen-checkout>', fetch);
    cartWith(store).addBooking(cartBookingOf(held));
    const checkout = store.querySelector('cen-checkout')!;
    const navigations: string[] = [];
    checkout.navigate = (url) => navigations.push(url);
    await until(() => part(checkout, 'seller') && !checkout.shadowRoot!.querySelector('[aria-busy=true]'));
    await expectAccessible(checkout);
    equal(field(checkout, 'postal-code'), null, 'a class needs no address');
    const booking = part(checkout, 'booking')!.textContent!.replace(/\s+/g, ' ');
    includes(booking, '2026년 9월 11일 금요일 10:00–11:30 · 2명', 'slot and party size in the summary');
    includes(booking, '2026. 09. 10. 09:10까지 결제하면 예약이 확정됩니다', 'the hold’s end');
    includes(part(checkout, 'partner')!.textContent, held.booking.partnerName, 'under its partner, with the seller identity');
    includes(pay(checkout).textContent, '30,000원', 'pay the booking');
    for (const [id, value] of Object.entries({ 'buyer-name': '김하나', 'buyer-phone': '010-1234-5678', 'buyer-email': 'hana@example.kr' })) type(checkout, id, value);
    for (const consent of ['purchase_terms', 'personal_info_collection', 'personal_info_provision']) field(checkout, `consent-${consent}`).click();
    await checkout.updateComplete;
    pay(checkout).click();
    await until(() => navigations.length);
    const [order] = requestsTo(fetch, 'POST', '/v1/orders');
    const body = await bodyOf(order!);
    equal(JSON.stringify(body.bookings), JSON.stringify([{ bookingToken: held.bookingToken }]), 'the booking token is sent');
    equal(body.lines.length, 0, 'no product lines');
    equal('shippingAddress' in body, false, 'no address');
  });

  it('asks for the address of a visit booked next to nothing else', async () => {
    const clock = testClock('2026-09-10T09:00:00+09:00');
    const fetch = bookingFetch(clock);
    const held = await buyerClient(fetch).bookings.hold({ serviceId: 'svc_neulbomjahwal02', slotStart: '2026-09-11T10:00:00+09:00', partySize: 1, area: { region: 'seoul', district: '마포구' } });
    const store = mountCommerce('<cen-checkout></cen-checkout>', fetch);
    cartWith(store).addBooking(cartBookingOf(held));
    const checkout = store.querySelector('cen-checkout')!;
    await until(() => part(checkout, 'seller') && !checkout.shadowRoot!.querySelector('[aria-busy=true]'));
    equal(checkout.shadowRoot!.getElementById('address-title')!.textContent, '서비스 받을 주소', 'the address of the visit');
    assert(field(checkout, 'road'), 'asked');
    equal(field(checkout, 'delivery-note'), null, 'no delivery note');
  });

  it('speaks English when asked', async () => {
    const store = mountCommerce('<cen-checkout lang="en"></cen-checkout>');
    cartWith(store, twoPartners);
    const checkout = store.querySelector('cen-checkout')!;
    await until(() => part(checkout, 'seller') && !checkout.shadowRoot!.querySelector('[aria-busy=true]'));
    includes(pay(checkout).textContent, 'Pay ₩33,500', 'pay button');
    includes(part(checkout, 'seller')!.textContent, 'Business registration number', 'seller labels');
    await expectAccessible(checkout);
  });
});
