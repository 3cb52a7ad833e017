import { createMockFetch, type MockFetch } from '@thecen/mocks/fetch';
import { DEMO_CHANNEL } from '@thecen/mocks/fixtures';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { bookingFetch, buyerClient, holdableFetch, testClock, type TestClock } from '../../../test/booking.js';
import { deepActiveElement, mountCommerce, requestsTo, resetCart, type } from '../../../test/commerce.js';
import { API, accessibleName, afterEach, assert, beforeEach, cleanup, describe, equal, expectAccessible, includes, it, mountInStore, nextEvent, part, partText, record, until } from '../../../test/harness.js';
import { cartStoreFor } from '../../cart/cart-store-for.js';
import './service-booking.js';
import type { CenServiceBooking } from './service-booking.component.js';

/** Forest play class: weekdays 10:00–11:30, twelve places, closed on public holidays, booked a day ahead. */
const CLASS = 'svc_coparenting02';
/** Bedding pick-up: visits 서울 마포구 only, Monday, Wednesday and Friday. */
const VISIT = 'svc_neulbomjahwal02';
/** Home repair on request (상담 후 견적): visits Seoul and Gyeonggi. */
const REQUEST = 'svc_housingwelfare01';

/** Thursday 10 September 2026, 9:00 in Seoul: 추석 (24–26 September) is in the month shown. */
const START = '2026-09-10T09:00:00+09:00';

let clock: TestClock;

async function mountBooking(serviceId: string, fetch: MockFetch | typeof globalThis.fetch = bookingFetch(clock), attributes = '') {
  const store = mountCommerce(`<cen-service-booking service="${serviceId}" ${attributes}></cen-service-booking>`, fetch);
  const el = store.querySelector('cen-service-booking')!;
  el.now = () => clock.now();
  return { store, el, fetch: fetch as MockFetch };
}

/** Mounts an instant service and waits for its month of availability. */
async function mountCalendar(serviceId = CLASS, fetch?: MockFetch | typeof globalThis.fetch, attributes = '') {
  const mounted = await mountBooking(serviceId, fetch, attributes);
  await until(() => mounted.el.shadowRoot?.querySelector('[part~=grid][aria-busy=false]'));
  return mounted;
}

const day = (el: CenServiceBooking, date: string) => el.shadowRoot!.querySelector<HTMLButtonElement>(`[data-date="${date}"]`)!;
const focusedDate = () => (deepActiveElement() as HTMLElement | null)?.dataset.date;
const slots = (el: CenServiceBooking) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~=slot]')];
const book = (el: CenServiceBooking) => part(el, 'book-button') as HTMLButtonElement;

async function chooseSlot(el: CenServiceBooking, date: string, index = 0) {
  day(el, date).click();
  await el.updateComplete;
  slots(el)[index]!.click();
  await el.updateComplete;
}

async function select(el: CenServiceBooking, id: string, value: string) {
  const select = el.shadowRoot!.getElementById(id) as HTMLSelectElement;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

describe('<cen-service-booking>', () => {
  beforeEach(() => {
    clock = testClock(START);
  });
  afterEach(() => {
    resetCart();
    cleanup();
  });

  it('is accessible with the calendar, the slots, the held booking and after expiry', async () => {
    const { el } = await mountCalendar();
    await expectAccessible(el);
    await chooseSlot(el, '2026-09-11');
    await expectAccessible(el);
    book(el).click();
    await until(() => part(el, 'held'));
    await expectAccessible(el);
    clock.advance(11 * 60_000);
    await until(() => part(el, 'expired'));
    await expectAccessible(el);
  });

  it('sums up the service: pricing, duration, areas and the cancellation policy in words', async () => {
    const { el } = await mountCalendar();
    includes(partText(el, 'title'), '숲', 'title');
    const summary = partText(el, 'summary')!.replace(/\s+/g, ' ');
    includes(summary, '15,000원', 'fixed price');
    includes(summary, '90분', 'duration');
    includes(summary, '서울 서대문구', 'area');
    equal(partText(el, 'policy'), '이용 48시간 전까지 무료로 취소할 수 있습니다. 그 뒤에 취소하면 환불되지 않습니다. 서비스가 시작된 뒤에는 취소할 수 없습니다.', 'policy in words');
  });

  it('labels each day in words: free slots, today, public holidays and closed days', async () => {
    const { el } = await mountCalendar();
    equal(partText(el, 'month-title'), '2026년 9월', 'month in Korean');
    equal(el.shadowRoot!.querySelector('[part~=grid]')!.getAttribute('role'), 'grid', 'an ARIA grid');
    equal(accessibleName(day(el, '2026-09-11')), '2026년 9월 11일 금요일, 예약 가능 1개', 'a bookable day');
    equal(day(el, '2026-09-11').getAttribute('aria-disabled'), 'false', 'enabled');
    const today = day(el, '2026-09-10');
    equal(today.getAttribute('aria-current'), 'date', 'today is marked');
    equal(accessibleName(today), '2026년 9월 10일 목요일, 오늘, 예약 마감', 'today, past its lead time');
    const chuseok = day(el, '2026-09-25');
    equal(accessibleName(chuseok), '2026년 9월 25일 금요일, 공휴일: 추석', 'holiday named');
    equal(chuseok.getAttribute('aria-disabled'), 'true', 'holidays are closed');
    assert(chuseok.part.contains('day-closed'), 'shown closed');
    includes(chuseok.textContent, '휴', 'a visible holiday mark, not colour alone');
    equal(accessibleName(day(el, '2026-09-12')), '2026년 9월 12일 토요일, 쉬는 날', 'a weekend without class');
    equal(accessibleName(day(el, '2026-09-09')), '2026년 9월 9일 수요일, 지난 날짜', 'past days');
    chuseok.click();
    await el.updateComplete;
    equal(slots(el).length, 0, 'a closed day cannot be chosen');
  });

  it('moves through the grid with the keyboard: arrows, Home/End, PageUp/PageDown, one Tab stop', async () => {
    const { el, fetch } = await mountCalendar();
    const grid = el.shadowRoot!.querySelector('[part~=grid]')!;
    equal(grid.querySelectorAll('[tabindex="0"]').length, 1, 'one Tab stop');
    equal(grid.querySelector('[tabindex="0"]')!.getAttribute('data-date'), '2026-09-10', 'on today');
    day(el, '2026-09-10').focus();
    await sendKeys({ press: 'ArrowRight' });
    equal(focusedDate(), '2026-09-11', 'ArrowRight: next day');
    await sendKeys({ press: 'ArrowDown' });
    equal(focusedDate(), '2026-09-18', 'ArrowDown: next week');
    await sendKeys({ press: 'Home' });
    equal(focusedDate(), '2026-09-13', 'Home: Sunday of the week');
    await sendKeys({ press: 'End' });
    equal(focusedDate(), '2026-09-19', 'End: Saturday of the week');
    await sendKeys({ press: 'ArrowUp' });
    equal(focusedDate(), '2026-09-12', 'ArrowUp: previous week');
    await sendKeys({ press: 'ArrowLeft' });
    equal(focusedDate(), '2026-09-11', 'ArrowLeft: previous day');
    equal(grid.querySelectorAll('[tabindex="0"]').length, 1, 'still one Tab stop');
    equal(day(el, '2026-09-11').tabIndex, 0, 'the Tab stop follows focus');

    fetch.clearRequests();
    await sendKeys({ press: 'PageDown' });
    equal(partText(el, 'month-title'), '2026년 10월', 'PageDown: next month');
    equal(focusedDate(), '2026-10-11', 'same day of the next month, focused');
    await until(() => el.shadowRoot!.querySelector('[part~=grid][aria-busy=false]'));
    const october = requestsTo(fetch, 'GET', `/v1/services/${CLASS}/availability`)[0]!;
    equal(new URL(october.url).searchParams.get('from'), '2026-10-01', 'loads the month shown');
    equal(new URL(october.url).searchParams.get('to'), '2026-10-31', 'to its last day');
    await sendKeys({ press: 'PageUp' });
    equal(focusedDate(), '2026-09-11', 'PageUp: back');
    await sendKeys({ press: 'PageUp' });
    equal(focusedDate(), '2026-09-11', 'not before this month');
    equal(partText(el, 'month-title'), '2026년 9월', 'still September');

    day(el, '2026-09-30').focus();
    await sendKeys({ press: 'ArrowRight' });
    equal(focusedDate(), '2026-10-01', 'arrows cross into the next month');
    await sendKeys({ press: 'ArrowLeft' });
    equal(focusedDate(), '2026-09-30', 'and back');

    await until(() => el.shadowRoot!.querySelector('[part~=grid][aria-busy=false]'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    includes(el.shadowRoot!.getElementById('slots-title')?.textContent, '9월 30일', 'Enter chooses the focused day');
  });

  it('keeps focus on the month buttons and aborts the request of a month left behind', async () => {
    const fetch = holdableFetch(bookingFetch(clock));
    const { el } = await mountCalendar('svc_hanjicraft01', fetch); // booked up to 90 days ahead
    const [previous, next] = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~=month-button]');
    assert(previous!.disabled, 'no month before this one');
    fetch.hold();
    next!.focus();
    next!.click();
    await el.updateComplete;
    next!.click();
    await el.updateComplete;
    equal(partText(el, 'month-title'), '2026년 11월', 'two months on');
    const requests = fetch.seen.filter((r) => r.url.includes('/availability'));
    const october = requests.find((r) => r.url.includes('from=2026-10-01'))!;
    assert(october.signal?.aborted, 'October’s request was aborted');
    fetch.release();
    await until(() => el.shadowRoot!.querySelector('[part~=grid][aria-busy=false]'));
    equal(el.shadowRoot!.activeElement, next, 'focus stays on the next-month button');
    equal(el.shadowRoot!.querySelector('[part~=grid] [tabindex="0"]')!.getAttribute('data-date'), '2026-11-10', 'the Tab stop moved to the same day');
    equal(accessibleName(day(el, '2026-11-10')), '2026년 11월 10일 화요일, 예약 가능 2개', 'November loaded');
  });

  it('leaves the page mid-load without an error, and loads the month again when back', async () => {
    const fetch = holdableFetch(bookingFetch(clock));
    const { el, store } = await mountCalendar(CLASS, fetch);
    const errors = record(el, 'cen-error');
    fetch.hold();
    (el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~=month-button]')[1]!).click();
    await el.updateComplete;
    el.remove();
    fetch.release();
    await new Promise((resolve) => setTimeout(resolve));
    equal(errors.length, 0, 'an abort is not a failure');
    store.append(el);
    await until(() => el.shadowRoot!.querySelector('[part~=grid][aria-busy=false]'));
    equal(partText(el, 'month-title'), '2026년 10월', 'the month shown');
    assert(day(el, '2026-10-12').part.contains('day-available'), 'loaded again');
  });

  it('shows the places left of each slot and a party size up to them', async () => {
    const fetch = bookingFetch(clock);
    await buyerClient(fetch).bookings.hold({ serviceId: CLASS, slotStart: '2026-09-11T10:00:00+09:00', partySize: 3 });
    const { el } = await mountCalendar(CLASS, fetch);
    day(el, '2026-09-11').click();
    await el.updateComplete;
    equal(el.shadowRoot!.getElementById('slots-title')!.textContent, '9월 11일 (금) 예약 가능한 시간', 'heading of the day');
    const [slot] = slots(el);
    equal(slot!.textContent!.replace(/\s+/g, ' ').trim(), '10:00–11:30 9자리 남음', 'time range and places left');
    equal(slot!.getAttribute('aria-pressed'), 'false', 'a toggle button');
    includes(partText(el, 'status'), '예약 가능한 시간이 1개', 'the choice is announced');
    slot!.click();
    await el.updateComplete;
    equal(slot!.getAttribute('aria-pressed'), 'true', 'chosen');
    const quantity = el.shadowRoot!.querySelector<HTMLInputElement>('[part~=quantity]')!;
    equal(quantity.max, '9', 'at most the places left');
    (el.shadowRoot!.querySelector('[part~=increase]') as HTMLButtonElement).click();
    await el.updateComplete;
    includes(el.shadowRoot!.querySelector('.choice-summary')!.textContent, '30,000원', 'estimate: price × party size');
  });

  it('holds the slot, puts it into the cart, counts down, announces 5 and 1 minute, then releases it', async () => {
    const { el, store, fetch } = await mountCalendar();
    const vetoed = nextEvent(el, 'cen-booking-hold');
    el.addEventListener('cen-booking-hold', (e) => e.preventDefault(), { once: true });
    await chooseSlot(el, '2026-09-11');
    book(el).click();
    const { detail: asked } = await vetoed;
    equal(asked.slotStart, '2026-09-11T10:00:00+09:00', 'cen-booking-hold detail');
    await el.updateComplete;
    equal(requestsTo(fetch, 'POST', '/v1/bookings/holds').length, 0, 'a vetoed hold sends nothing');

    const held = nextEvent(store, 'cen-booking-held');
    book(el).click();
    const { detail } = await held;
    equal(detail.booking.status, 'held', 'cen-booking-held');
    equal('contact' in detail.booking, false, 'no personal data in the event');
    await until(() => part(el, 'held'));
    includes(partText(el, 'held'), '10분 동안 이 시간을 잡아 둡니다.', 'says how long');
    equal(el.shadowRoot!.querySelector('[role=timer]')!.textContent, '10:00', 'countdown');
    const cart = cartStoreFor(el);
    equal(cart.bookings.length, 1, 'in the cart');
    equal(cart.bookings[0]!.slotStart, '2026-09-11T10:00:00+09:00', 'with its slot');
    equal(cart.bookings[0]!.holdExpiresAt, detail.booking.holdExpiresAt, 'and its hold');

    clock.advance(4 * 60_000 + 30_000);
    await until(() => el.shadowRoot!.querySelector('[role=timer]')!.textContent === '5:30');
    equal(partText(el, 'status'), '', 'nothing said before 5 minutes');
    clock.advance(30_000);
    await until(() => partText(el, 'status') === '잡아 둔 시간이 5분 남았습니다.');
    equal(el.shadowRoot!.querySelector('[role=timer]')!.getAttribute('aria-label'), '5분 0초', 'the timer has words for screen readers');
    clock.advance(4 * 60_000 + 1000);
    await until(() => partText(el, 'status') === '잡아 둔 시간이 1분 남았습니다.');
    const expired = nextEvent(store, 'cen-booking-expired');
    clock.advance(60_000);
    const { detail: gone } = await expired;
    equal(gone.booking.status, 'expired', 'cen-booking-expired');
    await until(() => part(el, 'expired'));
    includes(partText(el, 'expired'), '잡아 둔 시간이 지났습니다', 'says so');
    equal(cart.bookings.length, 0, 'released from the cart');
    (el.shadowRoot!.querySelector('[part~=expired] [part~=action]') as HTMLButtonElement).click();
    await until(() => el.shadowRoot!.querySelector('[part~=grid][aria-busy=false]'));
    equal(focusedDate(), '2026-09-11', 'back to the calendar, focus on the day chosen');
  });

  it('sends the referral the landing URL carried (cen_mc) with the hold', async () => {
    // A key of this test's own: the page keeps one referral tracker per key.
    const key = `pk_test_Ref${Math.random().toString(36).slice(2, 12).padEnd(10, '0')}`;
    const fetch = createMockFetch({ baseUrl: API, now: () => clock.now(), fixtures: { channels: [{ ...DEMO_CHANNEL, publishableKey: key }] } });
    const landing = location.href;
    history.replaceState(null, '', '?cen_mc=haetsal-mom');
    try {
      const attributed = new Promise<DocumentEventMap['cen-referral-attributed']>((resolve) => document.addEventListener('cen-referral-attributed', resolve, { once: true }));
      const store = mountInStore(`<cen-service-booking service="${CLASS}"></cen-service-booking>`, fetch, '', key);
      const el = store.querySelector('cen-service-booking')!;
      el.now = () => clock.now();
      equal((await attributed).detail.mcCode, 'haetsal-mom', 'cen-referral-attributed fired');
      await until(() => el.shadowRoot?.querySelector('[part~=grid][aria-busy=false]'));
      await chooseSlot(el, '2026-09-11');
      book(el).click();
      await until(() => part(el, 'held'));
      const holds = requestsTo(fetch, 'POST', '/v1/bookings/holds');
      equal(holds.length, 1, 'one hold');
      const { referral } = await holds[0]!.clone().json();
      equal(referral?.mcCode, 'haetsal-mom', 'the market creator of the landing URL');
      equal(referral.contentId, null, 'no content id');
      assert(typeof referral.capturedAt === 'string' && !Number.isNaN(Date.parse(referral.capturedAt)), `capturedAt sent: ${referral.capturedAt}`);
      equal(requestsTo(fetch, 'POST', '/v1/referrals/clicks').length, 1, 'the click recorded once');
    } finally {
      history.replaceState(null, '', landing);
      cartStoreFor(mountInStore('', fetch, '', key)).clear();
      for (const name of Object.keys(localStorage)) if (name.endsWith(`:${key}`)) localStorage.removeItem(name);
    }
  });

  it('opens the cart to pay, and releases the hold to choose again', async () => {
    const { el, store, fetch } = await mountCalendar();
    await chooseSlot(el, '2026-09-11');
    book(el).click();
    await until(() => part(el, 'held'));
    (part(el, 'pay-button') as HTMLButtonElement).click();
    const drawer = await until(() => store.querySelector('cen-cart'));
    await until(() => drawer.open && drawer.shadowRoot!.querySelector('[part~=booking]'));
    includes(drawer.shadowRoot!.querySelector('[part~=booking]')!.textContent, '2026년 9월 11일 금요일 10:00–11:30', 'the cart shows the slot');
    drawer.close();
    (part(el, 'release-button') as HTMLButtonElement).click();
    await until(() => el.shadowRoot!.querySelector('[part~=grid]'));
    equal(requestsTo(fetch, 'POST', /\/v1\/bookings\/by-token\/.+\/cancel$/).length, 1, 'the hold is cancelled');
    equal(cartStoreFor(el).bookings.length, 0, 'and leaves the cart');
  });

  it('says a slot was taken meanwhile and shows the month again', async () => {
    const fetch = bookingFetch(clock);
    const { el } = await mountCalendar('svc_animalhosp02', fetch);
    await chooseSlot(el, '2026-09-11');
    const slot = el.shadowRoot!.querySelector('[part~=slot-selected] .time')!.textContent!.slice(0, 5);
    await buyerClient(fetch).bookings.hold({ serviceId: 'svc_animalhosp02', slotStart: `2026-09-11T${slot}:00+09:00`, partySize: 1 });
    const failed = nextEvent(el, 'cen-error');
    book(el).click();
    equal((await failed).detail.operation, 'hold', 'cen-error operation');
    await until(() => part(el, 'error'));
    equal(partText(el, 'error'), '방금 다른 분이 이 시간을 예약했습니다. 다른 시간을 골라 주세요.', 'in words');
    equal(el.shadowRoot!.activeElement, part(el, 'error'), 'focus on the message');
    const taken = await until(() => slots(el).find((b) => b.textContent!.includes(slot)));
    equal(taken.getAttribute('aria-disabled'), 'true', 'the month was loaded again: the slot is full now');
    includes(taken.textContent, '마감', 'and says so');
  });

  it('asks where a visit goes and refuses an area the service does not serve, before booking', async () => {
    const { el, fetch } = await mountCalendar(VISIT);
    await chooseSlot(el, '2026-09-11');
    includes(el.shadowRoot!.getElementById('book-hint')!.textContent, '방문할 지역을 고르면', 'the area is asked first');
    await select(el, 'region', 'busan');
    includes(partText(el, 'area-refusal'), '이 서비스는 서울 마포구에 방문합니다', 'refused, naming the areas served');
    equal(el.shadowRoot!.getElementById('region')!.getAttribute('aria-describedby'), 'area-refusal', 'the refusal describes the field');
    equal(book(el).getAttribute('aria-disabled'), 'true', 'cannot book');
    await select(el, 'region', 'seoul');
    equal(part(el, 'area-refusal'), null, 'a region with districts asks for the district');
    await select(el, 'district', '*');
    includes(partText(el, 'area-refusal'), '서비스 지역이 아니라', 'another district is refused too');
    book(el).click();
    await el.updateComplete;
    equal(requestsTo(fetch, 'POST', '/v1/bookings/holds').length, 0, 'nothing is held');
    await select(el, 'district', '마포구');
    equal(book(el).getAttribute('aria-disabled'), 'false', 'a served district may book');
    book(el).click();
    await until(() => part(el, 'held'));
    const [hold] = requestsTo(fetch, 'POST', '/v1/bookings/holds');
    const body = await hold!.clone().json();
    equal(JSON.stringify(body.area), JSON.stringify({ region: 'seoul', district: '마포구' }), 'the area is sent');
    equal(cartStoreFor(el).bookings[0]!.visit, true, 'checkout will ask for the address of the visit');
  });

  it('sends an inquiry with the required consents and confirms with what happens next', async () => {
    const fetch = bookingFetch(clock);
    const { el, store } = await mountBooking(REQUEST, fetch, 'status-url="booking.html"');
    await until(() => part(el, 'form') && part(el, 'policy'));
    await expectAccessible(el);
    (part(el, 'send-button') as HTMLButtonElement).click();
    await el.updateComplete;
    equal(el.shadowRoot!.activeElement?.id, 'needs', 'focus on the first field to fix');
    await expectAccessible(el);
    const consents = ['purchase_terms', 'personal_info_collection', 'personal_info_provision', 'marketing'];
    for (const c of consents) equal((el.shadowRoot!.getElementById(`consent-${c}`) as HTMLInputElement).checked, false, `${c} not ticked in advance`);
    includes(el.shadowRoot!.getElementById('consent-personal_info_collection-error')?.textContent, '필수 약관에 동의해야', 'a required consent');

    type(el, 'needs', '작은방 도배와 곰팡이 제거');
    await select(el, 'region', 'seoul');
    type(el, 'address', '서울특별시 마포구 월드컵로 1, 101호');
    type(el, 'preferred-date-0', '2026-09-15');
    await select(el, 'time-of-day-0', 'morning');
    type(el, 'contact-name', '김하늘');
    type(el, 'contact-phone', '010-1234-5678');
    type(el, 'contact-email', 'sky@example.kr');
    await el.updateComplete;
    (part(el, 'send-button') as HTMLButtonElement).click();
    await el.updateComplete;
    equal(requestsTo(fetch, 'POST', '/v1/bookings/inquiries').length, 0, 'not without the required consents');
    for (const c of consents.slice(0, 3)) (el.shadowRoot!.getElementById(`consent-${c}`) as HTMLInputElement).click();
    await el.updateComplete;
    const sent = nextEvent(store, 'cen-booking-inquiry-sent');
    (part(el, 'send-button') as HTMLButtonElement).click();
    const { detail } = await sent;
    equal(detail.booking.status, 'inquiry', 'cen-booking-inquiry-sent');
    const [request] = requestsTo(fetch, 'POST', '/v1/bookings/inquiries');
    assert(request!.headers.get('idempotency-key'), 'sent with an idempotency key');
    const body = await request!.clone().json();
    equal(body.contact.phone, '01012345678', 'phone as digits');
    equal(JSON.stringify(body.area), JSON.stringify({ region: 'seoul' }), 'area');
    equal(JSON.stringify(body.preferredTimes), JSON.stringify([{ date: '2026-09-15', timeOfDay: 'morning' }]), 'preferred times');
    equal(body.consents.find((c: { type: string }) => c.type === 'marketing').accepted, false, 'marketing stays optional');
    equal(body.referral, undefined, 'no referral when the landing URL carried none');
    await until(() => part(el, 'sent'));
    includes(partText(el, 'sent'), '견적 요청을 보냈습니다', 'confirmation');
    includes(partText(el, 'sent'), '파트너가 요청을 확인하고', 'what happens next');
    const link = new URL((part(el, 'status-link') as HTMLAnchorElement).href);
    assert(link.pathname.endsWith('/booking.html'), `the status page: ${link.href}`);
    assert(link.searchParams.get('cen_booking')?.startsWith('bt_'), 'with the booking token');
    await expectAccessible(el);
  });

  it('is usable on a 360 px phone: no horizontal scrolling, 44 px touch targets', async () => {
    await setViewport({ width: 360, height: 740 });
    try {
      const { el } = await mountCalendar(VISIT);
      await chooseSlot(el, '2026-09-11');
      await select(el, 'region', 'seoul');
      const box = el.getBoundingClientRect();
      assert(box.right <= 360.5, `the element fits: ends at ${box.right}px`);
      assert(document.documentElement.scrollWidth <= 360, `no horizontal scrolling: ${document.documentElement.scrollWidth}px`);
      for (const control of el.shadowRoot!.querySelectorAll<HTMLElement>('button, select, input')) {
        const rect = control.getBoundingClientRect();
        if (!rect.width) continue;
        assert(rect.height >= 44 && (rect.width >= 44 || control.matches('input')), `${control.outerHTML.slice(0, 80)} is ${rect.width}×${rect.height}px`);
        assert(rect.right <= 360.5, `${control.outerHTML.slice(0, 80)} ends at ${rect.right}px`);
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('speaks English with lang="en", still in Seoul time', async () => {
    const { el } = await mountCalendar(CLASS, undefined, 'lang="en"');
    equal(partText(el, 'month-title'), 'September 2026', 'month');
    includes(accessibleName(day(el, '2026-09-11')), '11 September 2026, 1 time available', 'day label');
    day(el, '2026-09-11').click();
    await el.updateComplete;
    includes(slots(el)[0]!.textContent, '10:00–11:30', '24-hour Seoul time');
    includes(slots(el)[0]!.textContent, '12 places left', 'places left');
  });

  it('says when the service does not exist', async () => {
    const { el } = await mountBooking('svc_nosuchthing1');
    const failed = await nextEvent(el, 'cen-error');
    equal(failed.detail.serviceId, 'svc_nosuchthing1', 'detail.serviceId');
    await el.updateComplete;
    equal(partText(el, 'error'), '서비스를 찾을 수 없습니다.', 'message');
    await expectAccessible(el);
  });

  it('fires no event when the service is set by script', async () => {
    const events = record(document, 'cen-booking-held');
    const errors = record(document, 'cen-error');
    const { el } = await mountCalendar();
    el.service = { ...el.service!, title: '프로그램으로 바꾼 제목' };
    await el.updateComplete;
    equal(partText(el, 'title'), '프로그램으로 바꾼 제목', 'renders it');
    equal(events.length + errors.length, 0, 'no events');
  });
});
