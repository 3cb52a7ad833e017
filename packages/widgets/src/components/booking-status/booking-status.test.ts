import { mockBookings, type MockFetch } from '@thecen/mocks/fetch';
import type { CreateInquiryRequest } from '@thecen/schema/browser';
import { bookingFetch, buyerClient, testClock, type TestClock } from '../../../test/booking.js';
import { amountOf, mountCommerce, requestsTo, resetCart, type } from '../../../test/commerce.js';
import { afterEach, assert, beforeEach, cleanup, describe, equal, expectAccessible, includes, it, nextEvent, part, partText, until } from '../../../test/harness.js';
import { cartStoreFor } from '../../cart/cart-store-for.js';
import './booking-status.js';
import type { CenBookingStatus } from './booking-status.component.js';

/** Health check: 180,000원, free cancellation until 24 h before, then 30 % kept. */
const CHECKUP = 'svc_animalhosp01';
const SLOT = '2026-09-11T09:00:00+09:00';

let clock: TestClock;

function inquiry(): CreateInquiryRequest {
  return {
    serviceId: 'svc_housingwelfare01',
    needs: '작은방 도배와 곰팡이 제거',
    area: { region: 'seoul' },
    address: '서울특별시 마포구 월드컵로 1, 101호',
    preferredTimes: [{ date: '2026-09-15', timeOfDay: 'morning' }],
    contact: { name: '김하늘', phone: '01012345678', email: 'sky@example.kr' },
    consents: ['purchase_terms', 'personal_info_collection', 'personal_info_provision'].map((type) => ({ type: type as 'purchase_terms', version: '2026-11-01', accepted: true })),
  };
}

async function mountStatus(token: string, fetch: MockFetch) {
  const store = mountCommerce(token ? `<cen-booking-status token="${token}"></cen-booking-status>` : '<cen-booking-status></cen-booking-status>', fetch);
  const el = store.querySelector('cen-booking-status')!;
  el.now = () => clock.now();
  await until(() => part(el, 'status') || part(el, 'error'));
  await el.updateComplete;
  return { store, el };
}

/** A held health check, and its token. */
async function heldCheckup(fetch: MockFetch) {
  return buyerClient(fetch).bookings.hold({ serviceId: CHECKUP, slotStart: SLOT, partySize: 1 });
}

const button = (el: CenBookingStatus, name: string) => part(el, name) as HTMLButtonElement;

describe('<cen-booking-status>', () => {
  beforeEach(() => {
    clock = testClock('2026-09-10T09:00:00+09:00');
  });
  afterEach(() => {
    resetCart();
    cleanup();
  });

  it('is accessible held, quoted, with the cancellation form open, and cancelled', async () => {
    const fetch = bookingFetch(clock);
    const held = await heldCheckup(fetch);
    const { el } = await mountStatus(held.bookingToken, fetch);
    await expectAccessible(el);
    const { booking, bookingToken } = await buyerClient(fetch).bookings.inquire(inquiry());
    mockBookings(fetch).quote(booking.id, { amount: 350000, message: '도배 2면', proposedSlots: ['2026-09-15T09:00:00+09:00'], validUntil: '2026-09-14T18:00:00+09:00' });
    const quoted = await mountStatus(bookingToken, fetch);
    await expectAccessible(quoted.el);
    button(el, 'cancel-button').click();
    await el.updateComplete;
    await expectAccessible(el);
    type(el, 'reason', '일정이 바뀌었어요');
    button(el, 'confirm-button').click();
    await until(() => part(el, 'cancellation'));
    await expectAccessible(el);
  });

  it('shows a held booking: status in words, when to pay by, service, time and amount, and pays through the cart', async () => {
    const fetch = bookingFetch(clock);
    const held = await heldCheckup(fetch);
    const loaded = nextEvent(document, 'cen-booking-load');
    const { el, store } = await mountStatus(held.bookingToken, fetch);
    equal((await loaded).detail.booking.number, held.booking.number, 'cen-booking-load');
    equal(partText(el, 'status'), '결제 대기 (시간 잡아 둠)', 'status in words');
    equal(partText(el, 'status-note'), '2026. 09. 10. 09:10까지 결제하면 예약이 확정됩니다.', 'pay by (Seoul time)');
    equal(amountOf(el, '일시'), '2026년 9월 11일 금요일 09:00–11:00', 'time in Seoul');
    equal(amountOf(el, '금액'), '180,000원', 'amount');
    equal(amountOf(el, '인원'), '1명', 'party size');
    equal(el.shadowRoot!.querySelectorAll('[part~=history] li').length, held.booking.events.length, 'history');
    includes(partText(el, 'history'), '시간 잡아 둠', 'history in words');
    button(el, 'pay-button').click();
    const drawer = await until(() => store.querySelector('cen-cart'));
    await until(() => drawer.open);
    equal(cartStoreFor(el).bookings[0]!.bookingToken, held.bookingToken, 'in the cart to be paid');
    includes(partText(el, 'announcement'), '장바구니에 담았습니다', 'said');
  });

  it('shows a confirmed booking and, before cancelling, the refund and fee of the policy; the server decides', async () => {
    const fetch = bookingFetch(clock);
    const held = await heldCheckup(fetch);
    mockBookings(fetch).pay(held.booking.id);
    const { el, store } = await mountStatus(held.bookingToken, fetch);
    equal(partText(el, 'status'), '예약 확정', 'confirmed');
    equal(part(el, 'pay-button'), null, 'nothing to pay');
    button(el, 'cancel-button').click();
    await el.updateComplete;
    equal(partText(el, 'refund-preview'), '지금 취소하면 무료 취소 기간이라 180,000원 전액을 환불합니다.', 'free 24 h before');
    equal(el.shadowRoot!.activeElement?.id, 'reason', 'focus on the reason');
    clock.set('2026-09-10T12:00:00+09:00'); // 21 hours before the start
    el.requestUpdate();
    await el.updateComplete;
    equal(partText(el, 'refund-preview'), '지금 취소하면 수수료 54,000원을 빼고 126,000원을 환불합니다.', '30 % kept within 24 h');
    button(el, 'confirm-button').click();
    await el.updateComplete;
    includes(el.shadowRoot!.getElementById('reason-error')?.textContent, '사유를', 'a reason is required');
    equal(requestsTo(fetch, 'POST', /\/cancel$/).length, 0, 'nothing sent without it');
    type(el, 'reason', '아이가 아파요');
    const cancelled = nextEvent(store, 'cen-booking-cancelled');
    button(el, 'confirm-button').click();
    const { detail } = await cancelled;
    equal(detail.booking.status, 'cancelled', 'cen-booking-cancelled');
    await until(() => part(el, 'cancellation'));
    equal(partText(el, 'status'), '예약 취소', 'cancelled');
    equal(amountOf(el, '환불 금액'), '126,000원', 'refund as the server decided');
    equal(amountOf(el, '취소 수수료'), '54,000원', 'fee as the server decided');
    equal(part(el, 'cancel-button'), null, 'no second cancellation');
    includes(partText(el, 'announcement'), '예약 상태: 예약 취소', 'the new status is announced');
  });

  it('accepts a quoted time, then hands the booking to the cart to pay', async () => {
    const fetch = bookingFetch(clock);
    const { booking, bookingToken } = await buyerClient(fetch).bookings.inquire(inquiry());
    const slots = ['2026-09-15T09:00:00+09:00', '2026-09-16T13:00:00+09:00'];
    mockBookings(fetch).quote(booking.id, { amount: 350000, message: '도배 2면, 곰팡이 제거 포함', proposedSlots: slots, validUntil: '2026-09-14T18:00:00+09:00' });
    const { el, store } = await mountStatus(bookingToken, fetch);
    equal(partText(el, 'status'), '견적 도착', 'quoted');
    const quote = partText(el, 'quote')!.replace(/\s+/g, ' ');
    includes(quote, '350,000원', 'quoted amount');
    includes(quote, '도배 2면, 곰팡이 제거 포함', 'message');
    includes(quote, '2026. 09. 14. 18:00', 'valid until');
    const options = [...el.shadowRoot!.querySelectorAll<HTMLLabelElement>('[part~=slot]')];
    equal(options.map((o) => o.textContent!.trim()).join(' | '), '2026년 9월 15일 화요일 09:00 | 2026년 9월 16일 수요일 13:00', 'proposed times in Seoul');
    options[1]!.querySelector('input')!.click();
    await el.updateComplete;
    button(el, 'accept-button').click();
    await until(() => partText(el, 'status') === '결제 대기');
    const [accept] = requestsTo(fetch, 'POST', /\/accept$/);
    equal((await accept!.clone().json()).slotStart, slots[1], 'the chosen time is sent');
    const cart = cartStoreFor(el);
    await until(() => cart.bookings.length === 1);
    equal(cart.bookings[0]!.slotStart, slots[1], 'in the cart with its slot');
    equal(cart.bookings[0]!.visit, true, 'a visit: checkout asks for the address');
    await until(() => store.querySelector('cen-cart')?.open);
  });

  it('declines a quote with a reason', async () => {
    const fetch = bookingFetch(clock);
    const { booking, bookingToken } = await buyerClient(fetch).bookings.inquire(inquiry());
    mockBookings(fetch).quote(booking.id, { amount: 350000, message: '', proposedSlots: ['2026-09-15T09:00:00+09:00'], validUntil: '2026-09-14T18:00:00+09:00' });
    const { el, store } = await mountStatus(bookingToken, fetch);
    button(el, 'decline-button').click();
    await el.updateComplete;
    type(el, 'reason', '일정이 맞지 않아요');
    const cancelled = nextEvent(store, 'cen-booking-cancelled');
    button(el, 'confirm-button').click();
    await cancelled;
    await until(() => partText(el, 'status') === '예약 취소');
    const [decline] = requestsTo(fetch, 'POST', /\/decline$/);
    equal((await decline!.clone().json()).reason, '일정이 맞지 않아요', 'reason sent');
  });

  it('refuses to cancel once the service has started', async () => {
    const fetch = bookingFetch(clock);
    const held = await heldCheckup(fetch);
    mockBookings(fetch).pay(held.booking.id);
    mockBookings(fetch).start(held.booking.id);
    const { el } = await mountStatus(held.bookingToken, fetch);
    equal(partText(el, 'cancel'), '서비스가 이미 시작되어 취소할 수 없습니다.', 'says why');
    equal(part(el, 'cancel-button'), null, 'no cancel button');
    includes(partText(el, 'history'), '서비스 시작', 'the started event');
  });

  it('reads the token from the page URL, and says when the booking is unknown', async () => {
    const fetch = bookingFetch(clock);
    const held = await heldCheckup(fetch);
    const before = location.href;
    history.replaceState(null, '', `?cen_booking=${encodeURIComponent(held.bookingToken)}`);
    try {
      const { el } = await mountStatus('', fetch);
      equal(partText(el, 'status'), '결제 대기 (시간 잡아 둠)', 'loaded from cen_booking');
    } finally {
      history.replaceState(null, '', before);
    }
    const failed = nextEvent(document, 'cen-error');
    const { el } = await mountStatus('bt_AAAAAAAAAAAA.BBBBBBBBBBBBBBBBBBBB', fetch);
    equal((await failed).detail.operation, 'load-booking', 'cen-error');
    await until(() => partText(el, 'error'));
    equal(partText(el, 'error'), '예약을 찾을 수 없습니다. 받은 링크를 확인해 주세요.', 'not found');
    await expectAccessible(el);
    const none = await mountStatus('', fetch);
    includes(partText(none.el, 'error'), '보여 드릴 예약이 없습니다', 'no token');
  });

  it('speaks English with lang="en", times still in Seoul', async () => {
    const fetch = bookingFetch(clock);
    const held = await heldCheckup(fetch);
    const store = mountCommerce(`<cen-booking-status lang="en" token="${held.bookingToken}"></cen-booking-status>`, fetch);
    const el = store.querySelector('cen-booking-status')!;
    el.now = () => clock.now();
    await until(() => part(el, 'status'));
    equal(partText(el, 'status'), 'Awaiting payment (time held)', 'status');
    includes(amountOf(el, 'When'), '11 September 2026 09:00–11:00', 'Seoul time');
    assert(amountOf(el, 'Amount') === '₩180,000', 'amount');
  });
});
