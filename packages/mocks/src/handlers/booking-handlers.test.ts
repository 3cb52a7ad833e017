import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Availability, Booking, BOOKING_TOKEN_PATTERN, BookingWithToken, CartQuote, Order, OrderCreated, Problem } from '@thecen/schema';
import { createMockFetch } from '../fetch.js';
import { DEMO_PUBLISHABLE_KEY, demoCheckoutTerms } from '../fixtures/index.js';
import { mockBookings, mockPayments } from '../index.js';
import type { CreateHandlersOptions } from './create-handlers.js';

const BASE = 'http://localhost:8787';
/** Monday 2026-11-23 09:00 in Seoul. */
const MONDAY_9AM = Date.parse('2026-11-23T09:00:00+09:00');
const MINUTE = 60_000;

interface CallOptions {
  body?: unknown;
  /** `Idempotency-Key`; `null` sends none. Default: a new random key. */
  idempotencyKey?: string | null;
  key?: string | null;
}

/** A mock API of its own (own bookings and orders) on a clock the test moves. */
function setup(options: CreateHandlersOptions = {}) {
  let clock = MONDAY_9AM;
  const mockFetch = createMockFetch({ now: () => new Date(clock), ...options });
  async function call(method: 'GET' | 'POST', path: string, { body, idempotencyKey = crypto.randomUUID(), key = DEMO_PUBLISHABLE_KEY }: CallOptions = {}) {
    const url = new URL(path, BASE);
    const headers: Record<string, string> = {};
    if (key) url.searchParams.set('key', key);
    if (method === 'POST') {
      headers['Content-Type'] = 'application/json';
      if (key) headers.Authorization = `Bearer ${key}`;
      if (idempotencyKey !== null && path !== '/v1/cart/quote') headers['Idempotency-Key'] = idempotencyKey;
    }
    return mockFetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  }
  return {
    mockFetch,
    call,
    partner: mockBookings(mockFetch),
    payments: mockPayments(mockFetch),
    /** Moves the clock by `minutes`. */
    advance(minutes: number) {
      clock += minutes * MINUTE;
    },
    setClock(iso: string) {
      clock = Date.parse(iso);
    },
  };
}

async function json<T>(response: Response, status: number): Promise<T> {
  assert.equal(response.status, status, await response.clone().text());
  return (await response.json()) as T;
}

async function problem(response: Response, status: number): Promise<Problem & Record<string, unknown>> {
  assert.equal(response.headers.get('Content-Type'), 'application/problem+json');
  const body = await json<Record<string, unknown>>(response, status);
  Problem.parse(body);
  return body as Problem & Record<string, unknown>;
}

const errorPaths = (p: Problem) => (p.errors ?? []).map((e) => `${e.path} ${e.code}`);

async function availability(api: ReturnType<typeof setup>, serviceId: string, from: string, to = from) {
  return Availability.parse(await json(await api.call('GET', `/v1/services/${serviceId}/availability?from=${from}&to=${to}`), 200));
}

async function hold(api: ReturnType<typeof setup>, body: Record<string, unknown>, idempotencyKey?: string) {
  return BookingWithToken.parse(await json(await api.call('POST', '/v1/bookings/holds', { body, idempotencyKey }), 201));
}

async function byToken(api: ReturnType<typeof setup>, token: string) {
  return Booking.parse(await json(await api.call('GET', `/v1/bookings/by-token/${token}`), 200));
}

/** 한지 공예 원데이 클래스: 35,000원, Tuesday to Sunday 10:00 and 14:00, eight places, a day's lead time. */
const HANJI_TUESDAY_10 = { serviceId: 'svc_hanjicraft01', slotStart: '2026-11-24T10:00:00+09:00', partySize: 3 };

const inquiryConsents = demoCheckoutTerms.consents
  .filter((c) => c.type === 'personal_info_collection' || c.type === 'personal_info_provision')
  .map((c) => ({ type: c.type, version: c.version, accepted: true }));

/** 취약계층 집수리: request mode, visits Seoul and Gyeonggi, 120-minute slots, free until 48 h then 20 %. */
const REPAIR_INQUIRY = {
  serviceId: 'svc_housingwelfare01',
  needs: '작은방 곰팡이 제거와 도배를 원합니다.',
  area: { region: 'seoul', district: '마포구' },
  address: '서울특별시 마포구 월드컵로 1, 101호',
  preferredTimes: [{ date: '2026-11-26', timeOfDay: 'morning' }],
  contact: { name: '김하늘', phone: '010-1234-5678', email: 'sky@example.kr' },
  consents: inquiryConsents,
};

describe('GET /v1/services/{id}/availability', () => {
  it('answers the slots per Seoul day from the fixtures, with capacity, closed days and +09:00 times', async () => {
    const api = setup();
    const response = await api.call('GET', '/v1/services/svc_hanjicraft01/availability?from=2026-11-23&to=2026-11-30');
    assert.equal(response.headers.get('Cache-Control'), 'no-store');
    const result = Availability.parse(await json(response, 200));
    assert.equal(result.serviceId, 'svc_hanjicraft01');
    assert.equal(result.durationMinutes, 120);
    assert.equal(result.holdMinutes, 10);
    assert.deepEqual(result.cancellationPolicy, { freeUntilHours: 48, feePercent: 100 });
    assert.deepEqual(
      result.days.map((d) => [d.date, d.closedReason, d.slots.map((s) => s.start.slice(11, 16))]),
      [
        ['2026-11-23', 'closed', []], // Monday
        ['2026-11-24', null, ['10:00', '14:00']], // a day's lead time from Monday 09:00
        ['2026-11-25', null, ['10:00', '14:00']],
        ['2026-11-26', null, ['10:00', '14:00']],
        ['2026-11-27', null, ['10:00', '14:00']],
        ['2026-11-28', null, ['10:00', '14:00']],
        ['2026-11-29', null, ['10:00', '14:00']],
        ['2026-11-30', 'closed', []],
      ],
    );
    assert.deepEqual(result.days[1]!.slots[0], { start: '2026-11-24T10:00:00+09:00', end: '2026-11-24T12:00:00+09:00', capacity: 8, remaining: 8 });
  });

  it('shows public holidays with their names and blackout dates', async () => {
    const api = setup();
    const result = await availability(api, 'svc_happybridge03', '2026-12-24', '2026-12-31');
    const byDate = new Map(result.days.map((d) => [d.date, d]));
    assert.equal(byDate.get('2026-12-24')!.slots.length, 4);
    assert.equal(byDate.get('2026-12-25')!.closedReason, 'holiday');
    assert.equal(byDate.get('2026-12-25')!.holidayName, '성탄절');
    assert.equal(byDate.get('2026-12-31')!.closedReason, 'blackout');
  });

  it('refuses bad queries with field paths, unknown or hidden services with 404, and a missing key with 401', async () => {
    const api = setup();
    const bad = async (path: string) => errorPaths(await problem(await api.call('GET', path), 400));
    assert.deepEqual(await bad('/v1/services/svc_hanjicraft01/availability?from=2026-12-01'), ['query.to invalid_type']);
    assert.deepEqual(await bad('/v1/services/svc_hanjicraft01/availability?from=2026-12-02&to=2026-12-01'), ['query.to custom']);
    assert.deepEqual(await bad('/v1/services/svc_hanjicraft01/availability?from=2026-12-01&to=2027-02-01'), ['query.to custom']);
    assert.deepEqual(await bad('/v1/services/svc_hanjicraft01/availability?from=2026-02-30&to=2026-12-01'), ['query.from custom']);
    assert.deepEqual(await bad('/v1/services/svc_hanjicraft01/availability?from=2026-12-01&to=2026-12-01&days=3'), ['query.days unrecognized_keys']);
    assert.deepEqual(await bad('/v1/services/prd_wooriwheat01/availability?from=2026-12-01&to=2026-12-01'), ['path.id invalid_format']);
    for (const id of ['svc_unknown01', 'svc_animalhosp03', 'svc_haetsalmaeul01']) {
      await problem(await api.call('GET', `/v1/services/${id}/availability?from=2026-12-01&to=2026-12-01`), 404);
    }
    await problem(await api.call('GET', '/v1/services/svc_hanjicraft01/availability?from=2026-12-01&to=2026-12-01', { key: null }), 401);
  });

  it('takes its availability from the serviceAvailability option when given', async () => {
    const api = setup({
      serviceAvailability: {
        svc_hanjicraft01: {
          timeZone: 'Asia/Seoul',
          weeklyHours: [{ weekday: 2, start: '18:00', end: '19:00' }],
          slotIntervalMinutes: 30,
          durationMinutes: 30,
          capacityPerSlot: 3,
          leadTimeMinutes: 0,
          horizonDays: 7,
          closedOnPublicHolidays: true,
          closedDates: [],
          holdMinutes: 5,
          cancellationPolicy: { freeUntilHours: 1, feePercent: 10 },
        },
      },
    });
    const result = await availability(api, 'svc_hanjicraft01', '2026-11-24');
    assert.deepEqual(result.days[0]!.slots.map((s) => s.start.slice(11, 16)), ['18:00', '18:30']);
    await problem(await api.call('GET', '/v1/services/svc_playnlearn01/availability?from=2026-11-24&to=2026-11-24'), 404);
  });
});

describe('POST /v1/bookings/holds', () => {
  it('holds a slot for the hold minutes, priced price × party size, and takes its capacity', async () => {
    const api = setup();
    const { booking, bookingToken } = await hold(api, HANJI_TUESDAY_10);
    assert.match(bookingToken, BOOKING_TOKEN_PATTERN);
    assert.match(booking.id, /^bkg_[a-z0-9]{16}$/);
    assert.match(booking.number, /^BK-20261123-[2-9A-Z]{6}$/);
    assert.equal(booking.mode, 'instant');
    assert.equal(booking.status, 'held');
    assert.equal(booking.slotStart, '2026-11-24T10:00:00+09:00');
    assert.equal(booking.slotEnd, '2026-11-24T12:00:00+09:00');
    assert.equal(booking.holdExpiresAt, '2026-11-23T09:10:00+09:00');
    assert.equal(booking.amount, 105000);
    assert.equal(booking.partnerId, 'pa_hanjicraft');
    assert.deepEqual(booking.cancellationPolicy, { freeUntilHours: 48, feePercent: 100 });
    assert.deepEqual(booking.events, [{ type: 'held', at: '2026-11-23T09:00:00+09:00', by: 'buyer', note: null }]);
    assert.equal((await availability(api, 'svc_hanjicraft01', '2026-11-24')).days[0]!.slots[0]!.remaining, 5);
    assert.deepEqual(await byToken(api, bookingToken), booking);
  });

  it('is idempotent: the same key and body answer the first booking; another body is a 409', async () => {
    const api = setup();
    const first = await hold(api, HANJI_TUESDAY_10, 'hold-1');
    const again = await api.call('POST', '/v1/bookings/holds', { body: HANJI_TUESDAY_10, idempotencyKey: 'hold-1' });
    assert.equal(again.headers.get('Idempotent-Replayed'), 'true');
    assert.deepEqual(BookingWithToken.parse(await json(again, 201)), first);
    assert.equal((await availability(api, 'svc_hanjicraft01', '2026-11-24')).days[0]!.slots[0]!.remaining, 5, 'held once');
    const reused = await problem(await api.call('POST', '/v1/bookings/holds', { body: { ...HANJI_TUESDAY_10, partySize: 1 }, idempotencyKey: 'hold-1' }), 409);
    assert.equal(reused.code, 'idempotency_key_reused');
    const missing = await problem(await api.call('POST', '/v1/bookings/holds', { body: HANJI_TUESDAY_10, idempotencyKey: null }), 400);
    assert.deepEqual(errorPaths(missing), ['header.Idempotency-Key required']);
  });

  it('refuses a full slot, a slot off the grid, a closed day and a slot within the lead time with 409 slot_unavailable', async () => {
    const api = setup();
    await hold(api, { ...HANJI_TUESDAY_10, partySize: 5 });
    const full = await problem(await api.call('POST', '/v1/bookings/holds', { body: { ...HANJI_TUESDAY_10, partySize: 4 } }), 409);
    assert.equal(full.code, 'slot_unavailable');
    assert.match(full.detail!, /3 of 8/);
    await hold(api, HANJI_TUESDAY_10); // exactly the three left
    assert.equal((await availability(api, 'svc_hanjicraft01', '2026-11-24')).days[0]!.slots[0]!.remaining, 0);
    for (const slotStart of ['2026-11-24T10:30:00+09:00', '2026-11-30T10:00:00+09:00', '2026-11-23T14:00:00+09:00', '2026-11-20T10:00:00+09:00']) {
      const p = await problem(await api.call('POST', '/v1/bookings/holds', { body: { ...HANJI_TUESDAY_10, slotStart } }), 409);
      assert.equal(p.code, 'slot_unavailable', slotStart);
    }
  });

  it('accepts a slot written in UTC and answers it in Seoul time', async () => {
    const api = setup();
    const { booking } = await hold(api, { ...HANJI_TUESDAY_10, slotStart: '2026-11-24T01:00:00Z' });
    assert.equal(booking.slotStart, '2026-11-24T10:00:00+09:00');
  });

  it('refuses request-mode services, invalid bodies, and visits outside the service area (told before booking)', async () => {
    const api = setup();
    const request = await problem(await api.call('POST', '/v1/bookings/holds', { body: { ...HANJI_TUESDAY_10, serviceId: 'svc_housingwelfare01' } }), 400);
    assert.deepEqual(errorPaths(request), ['body.serviceId request_mode_service', 'body.area area_required']);
    const invalid = await problem(await api.call('POST', '/v1/bookings/holds', { body: { ...HANJI_TUESDAY_10, slotStart: '2026-11-24 10:00', partySize: 0 } }), 400);
    assert.deepEqual(errorPaths(invalid).sort(), ['body.partySize too_small', 'body.slotStart invalid_format']);

    // 찾아가는 안마: visits Seoul; evenings from 17:00, three hours' lead time.
    const massage = { serviceId: 'svc_blindmassage01', slotStart: '2026-11-24T19:00:00+09:00', partySize: 1 };
    const noArea = await problem(await api.call('POST', '/v1/bookings/holds', { body: massage }), 400);
    assert.deepEqual(errorPaths(noArea), ['body.area area_required']);
    const busan = await problem(await api.call('POST', '/v1/bookings/holds', { body: { ...massage, area: { region: 'busan' } } }), 400);
    assert.deepEqual(errorPaths(busan), ['body.area outside_service_area']);
    assert.match(busan.errors![0]!.message, /부산광역시/);
    const { booking } = await hold(api, { ...massage, area: { region: 'seoul', district: '마포구' } });
    assert.deepEqual(booking.area, { region: 'seoul', district: '마포구' });
    assert.equal(booking.amount, 60000);
    await problem(await api.call('POST', '/v1/bookings/holds', { body: { ...HANJI_TUESDAY_10, serviceId: 'svc_unknown01' } }), 404);
  });

  it('an expired hold frees its slot and can no longer be cancelled or paid', async () => {
    const api = setup();
    const { booking, bookingToken } = await hold(api, { ...HANJI_TUESDAY_10, partySize: 8 });
    api.advance(9);
    assert.equal((await byToken(api, bookingToken)).status, 'held');
    api.advance(1);
    const expired = await byToken(api, bookingToken);
    assert.equal(expired.status, 'expired');
    assert.equal(expired.holdExpiresAt, null);
    assert.deepEqual(expired.events.map((e) => [e.type, e.by, e.note]), [
      ['held', 'buyer', null],
      ['expired', 'system', 'hold expired'],
    ]);
    assert.equal((await availability(api, 'svc_hanjicraft01', '2026-11-24')).days[0]!.slots[0]!.remaining, 8);
    const cancel = await problem(await api.call('POST', `/v1/bookings/by-token/${bookingToken}/cancel`, { body: { reason: '변심' } }), 409);
    assert.equal(cancel.code, 'booking_expired');
    assert.throws(() => api.partner.pay(booking.id), { code: 'booking_expired' });
  });

  it('mockBookings().expireHolds() ends every running hold at once', async () => {
    const api = setup();
    const a = await hold(api, HANJI_TUESDAY_10);
    const b = await hold(api, { ...HANJI_TUESDAY_10, slotStart: '2026-11-24T14:00:00+09:00' });
    const expired = api.partner.expireHolds();
    assert.deepEqual(expired.map((x) => [x.id, x.status]).sort(), [[a.booking.id, 'expired'], [b.booking.id, 'expired']].sort());
    assert.equal((await byToken(api, a.bookingToken)).status, 'expired');
    assert.deepEqual(api.partner.expireHolds(), []);
  });

  it('50 concurrent holds of the last place give exactly one booking', async () => {
    const api = setup();
    // 찾아가는 안마 takes one booking per slot.
    const body = { serviceId: 'svc_blindmassage01', slotStart: '2026-11-24T20:00:00+09:00', partySize: 1, area: { region: 'seoul' } };
    const responses = await Promise.all(Array.from({ length: 50 }, () => api.call('POST', '/v1/bookings/holds', { body })));
    const statuses = responses.map((r) => r.status).sort();
    assert.deepEqual(statuses, [201, ...Array(49).fill(409)]);
    const slot = (await availability(api, 'svc_blindmassage01', '2026-11-24')).days[0]!.slots.find((s) => s.start === body.slotStart)!;
    assert.deepEqual([slot.capacity, slot.remaining], [1, 0]);
    assert.equal(api.partner.list().length, 1);
  });
});

describe('request mode: inquiry, quote, acceptance', () => {
  it('an inquiry waits for the partner; the partner quotes; the buyer accepts a proposed slot; paying confirms it', async () => {
    const api = setup();
    const created = BookingWithToken.parse(await json(await api.call('POST', '/v1/bookings/inquiries', { body: REPAIR_INQUIRY }), 201));
    const { booking, bookingToken } = created;
    assert.equal(booking.mode, 'request');
    assert.equal(booking.status, 'inquiry');
    assert.equal(booking.slotStart, null);
    assert.equal(booking.amount, null);
    assert.deepEqual(booking.contact, { name: '김하늘', phone: '01012345678', email: 'sky@example.kr' });
    assert.equal(booking.address, '서울특별시 마포구 월드컵로 1, 101호');
    assert.deepEqual(booking.preferredTimes, [{ date: '2026-11-26', timeOfDay: 'morning' }]);

    const early = await problem(await api.call('POST', `/v1/bookings/by-token/${bookingToken}/accept`, { body: { slotStart: '2026-11-26T09:00:00+09:00' } }), 409);
    assert.equal(early.code, 'booking_transition_not_allowed');

    const quoted = api.partner.quote(booking.id, {
      amount: 350000,
      message: '도배 2면, 곰팡이 제거 포함',
      proposedSlots: ['2026-11-26T09:00:00+09:00', '2026-11-27T04:00:00Z'],
      validUntil: '2026-11-25T18:00:00+09:00',
    });
    assert.equal(quoted.status, 'quoted');
    assert.deepEqual(quoted.quote, {
      amount: 350000,
      message: '도배 2면, 곰팡이 제거 포함',
      proposedSlots: ['2026-11-26T09:00:00+09:00', '2026-11-27T13:00:00+09:00'],
      validUntil: '2026-11-25T18:00:00+09:00',
      quotedAt: '2026-11-23T09:00:00+09:00',
    });
    assert.deepEqual(await byToken(api, bookingToken), quoted);

    const notProposed = await problem(await api.call('POST', `/v1/bookings/by-token/${bookingToken}/accept`, { body: { slotStart: '2026-11-26T11:00:00+09:00' } }), 400);
    assert.deepEqual(errorPaths(notProposed), ['body.slotStart not_proposed']);

    api.advance(60);
    const accepted = Booking.parse(await json(await api.call('POST', `/v1/bookings/by-token/${bookingToken}/accept`, { body: { slotStart: '2026-11-27T13:00:00+09:00' } }), 200));
    assert.equal(accepted.status, 'pending_payment');
    assert.equal(accepted.slotStart, '2026-11-27T13:00:00+09:00');
    assert.equal(accepted.slotEnd, '2026-11-27T15:00:00+09:00');
    assert.equal(accepted.amount, 350000);
    assert.equal(accepted.holdExpiresAt, '2026-11-23T10:10:00+09:00');
    const slot = (await availability(api, 'svc_housingwelfare01', '2026-11-27')).days[0]!.slots.find((s) => s.start === accepted.slotStart)!;
    assert.equal(slot.remaining, 0, 'the accepted slot is held');

    const confirmed = api.partner.pay(booking.id);
    assert.equal(confirmed.status, 'confirmed');
    assert.equal(confirmed.holdExpiresAt, null);
    assert.deepEqual(confirmed.events.map((e) => [e.type, e.by]), [
      ['inquiry', 'buyer'],
      ['quoted', 'partner'],
      ['pending_payment', 'buyer'],
      ['confirmed', 'system'],
    ]);
    api.advance(60);
    assert.equal((await byToken(api, bookingToken)).status, 'confirmed', 'a paid booking does not expire');
  });

  it('checks the inquiry: request-mode service, area, personal-information consents', async () => {
    const api = setup();
    const instant = await problem(await api.call('POST', '/v1/bookings/inquiries', { body: { ...REPAIR_INQUIRY, serviceId: 'svc_hanjicraft01' } }), 400);
    assert.deepEqual(errorPaths(instant), ['body.serviceId instant_mode_service']);
    const busan = await problem(await api.call('POST', '/v1/bookings/inquiries', { body: { ...REPAIR_INQUIRY, area: { region: 'busan' } } }), 400);
    assert.deepEqual(errorPaths(busan), ['body.area outside_service_area']);
    const noConsent = await problem(await api.call('POST', '/v1/bookings/inquiries', { body: { ...REPAIR_INQUIRY, consents: [] } }), 400);
    assert.deepEqual(errorPaths(noConsent), ['body.consents consent_required']);
    const invalid = await problem(await api.call('POST', '/v1/bookings/inquiries', { body: { ...REPAIR_INQUIRY, preferredTimes: [], contact: { ...REPAIR_INQUIRY.contact, phone: '12' } } }), 400);
    assert.deepEqual(errorPaths(invalid).sort(), ['body.contact.phone custom', 'body.preferredTimes too_small']);
    // A service that does not visit needs no area.
    const online = { ...REPAIR_INQUIRY, serviceId: 'svc_hanbitcu01', area: undefined, address: undefined };
    assert.equal(BookingWithToken.parse(await json(await api.call('POST', '/v1/bookings/inquiries', { body: online }), 201)).booking.area, null);
  });

  it('the buyer declines a quote; a quote that runs out expires and cannot be accepted', async () => {
    const api = setup();
    const quote = { amount: 200000, message: '', proposedSlots: ['2026-11-26T09:00:00+09:00'], validUntil: '2026-11-24T09:00:00+09:00' };
    const first = BookingWithToken.parse(await json(await api.call('POST', '/v1/bookings/inquiries', { body: REPAIR_INQUIRY }), 201));
    api.partner.quote(first.booking.id, quote);
    const declined = Booking.parse(await json(await api.call('POST', `/v1/bookings/by-token/${first.bookingToken}/decline`, { body: { reason: '일정이 맞지 않아요' } }), 200));
    assert.equal(declined.status, 'cancelled');
    assert.deepEqual(declined.cancellation, { by: 'buyer', at: '2026-11-23T09:00:00+09:00', reason: '일정이 맞지 않아요', refundAmount: 0, feeAmount: 0 });

    const second = BookingWithToken.parse(await json(await api.call('POST', '/v1/bookings/inquiries', { body: REPAIR_INQUIRY }), 201));
    const notQuoted = await problem(await api.call('POST', `/v1/bookings/by-token/${second.bookingToken}/decline`, { body: { reason: '취소' } }), 409);
    assert.equal(notQuoted.code, 'booking_transition_not_allowed');
    api.partner.quote(second.booking.id, quote);
    api.advance(24 * 60);
    assert.equal((await byToken(api, second.bookingToken)).status, 'expired');
    const late = await problem(await api.call('POST', `/v1/bookings/by-token/${second.bookingToken}/accept`, { body: { slotStart: '2026-11-26T09:00:00+09:00' } }), 409);
    assert.equal(late.code, 'booking_expired');
  });

  it('the partner helper refuses quotes in the past and unknown bookings', () => {
    const api = setup();
    assert.throws(() => api.partner.quote('bkg_unknown0000000000', { amount: 1, message: '', proposedSlots: ['2026-11-26T09:00:00+09:00'], validUntil: '2026-11-25T09:00:00+09:00' }), /No mock booking/);
  });
});

describe('cancellation', () => {
  async function paidHanji(api: ReturnType<typeof setup>, slotStart = '2026-11-29T10:00:00+09:00') {
    const created = await hold(api, { ...HANJI_TUESDAY_10, slotStart, partySize: 2 });
    api.partner.pay(created.booking.id);
    return created;
  }
  const cancel = (api: ReturnType<typeof setup>, token: string) => api.call('POST', `/v1/bookings/by-token/${token}/cancel`, { body: { reason: '아이가 아파요' } });

  it('by the buyer: free until freeUntilHours before the start, then the policy fee (class: 48 h, 100 %)', async () => {
    const api = setup();
    const early = await paidHanji(api);
    api.setClock('2026-11-27T10:00:00+09:00'); // exactly 48 h before
    const free = Booking.parse(await json(await cancel(api, early.bookingToken), 200));
    assert.equal(free.status, 'cancelled');
    assert.deepEqual(free.cancellation, { by: 'buyer', at: '2026-11-27T10:00:00+09:00', reason: '아이가 아파요', refundAmount: 70000, feeAmount: 0 });
    assert.equal((await availability(api, 'svc_hanjicraft01', '2026-11-29')).days[0]!.slots[0]!.remaining, 8, 'the places are free again');

    const late = await paidHanji(api);
    api.advance(1);
    const kept = Booking.parse(await json(await cancel(api, late.bookingToken), 200));
    assert.deepEqual([kept.cancellation!.refundAmount, kept.cancellation!.feeAmount], [0, 70000]);
  });

  it('by the buyer before paying: nothing to refund; twice: 409', async () => {
    const api = setup();
    const { bookingToken } = await hold(api, HANJI_TUESDAY_10);
    const cancelled = Booking.parse(await json(await cancel(api, bookingToken), 200));
    assert.deepEqual([cancelled.status, cancelled.cancellation!.refundAmount, cancelled.holdExpiresAt], ['cancelled', 0, null]);
    assert.equal((await problem(await cancel(api, bookingToken), 409)).code, 'booking_transition_not_allowed');
  });

  it('by the partner: always a full refund, even at the last minute', async () => {
    const api = setup();
    const { booking } = await paidHanji(api);
    api.setClock('2026-11-29T09:30:00+09:00');
    const cancelled = api.partner.cancel(booking.id, '강사 사정');
    assert.deepEqual(cancelled.cancellation, { by: 'partner', at: '2026-11-29T09:30:00+09:00', reason: '강사 사정', refundAmount: 70000, feeAmount: 0 });
  });

  it('once the service has started the buyer can no longer cancel; it completes or is a no-show', async () => {
    const api = setup();
    const { booking, bookingToken } = await paidHanji(api);
    api.setClock('2026-11-29T10:00:00+09:00');
    const started = api.partner.start(booking.id);
    assert.deepEqual(started.events.at(-1), { type: 'started', at: '2026-11-29T10:00:00+09:00', by: 'partner', note: null });
    assert.equal(started.status, 'confirmed');
    const refused = await problem(await cancel(api, bookingToken), 409);
    assert.equal(refused.code, 'booking_transition_not_allowed');
    assert.match(refused.detail!, /started/);
    assert.throws(() => api.partner.start(booking.id), /already started/);
    assert.equal(api.partner.complete(booking.id).status, 'completed');
    assert.throws(() => api.partner.markNoShow(booking.id), { code: 'booking_transition_not_allowed' });

    const other = await paidHanji(api, '2026-12-06T10:00:00+09:00');
    assert.equal(api.partner.markNoShow(other.booking.id).status, 'no_show');
  });
});

describe('booking tokens', () => {
  it('an unknown token is a 404, a malformed one a 400; each createHandlers() call has its own bookings', async () => {
    const api = setup();
    const { bookingToken } = await hold(api, HANJI_TUESDAY_10);
    await problem(await api.call('GET', '/v1/bookings/by-token/bt_YmtnX3Vua25vd24.c2lnbmF0dXJlc2lnbmF0dXJl'), 404);
    assert.deepEqual(errorPaths(await problem(await api.call('GET', '/v1/bookings/by-token/ot_nope'), 400)), ['path.token invalid_format']);
    const other = setup();
    await problem(await other.call('GET', `/v1/bookings/by-token/${bookingToken}`), 404);
    assert.equal(api.partner.token(api.partner.list()[0]!.id), bookingToken);
    assert.throws(() => mockBookings([]), TypeError);
  });
});

describe('one checkout for goods and services', () => {
  const buyer = { name: '김민지', phone: '010-2345-6789', email: 'minji@example.kr' };
  const consents = demoCheckoutTerms.consents.map((c) => ({ type: c.type, version: c.version, accepted: c.required }));
  const orderOf = (bookingToken: string, extra: Record<string, unknown> = {}) => ({
    lines: [],
    bookings: [{ bookingToken }],
    buyer,
    consents,
    receipt: { type: 'none' },
    paymentMethod: 'card',
    returnUrl: 'http://localhost:5173/booked',
    ...extra,
  });

  it('a held booking is priced in the cart next to products, without shipping', async () => {
    const api = setup();
    const { booking, bookingToken } = await hold(api, HANJI_TUESDAY_10);
    const quote = CartQuote.parse(
      await json(await api.call('POST', '/v1/cart/quote', { body: { lines: [{ productId: 'prd_wooriwheat02', quantity: 1 }], bookings: [{ bookingToken }] } }), 200),
    );
    assert.deepEqual(quote.problems, []);
    assert.equal(quote.bookings![0]!.bookingId, booking.id);
    assert.equal(quote.bookings![0]!.amount, 105000);
    assert.equal(quote.bookings![0]!.orderable, true);
    const hanji = quote.groups.find((g) => g.partnerId === 'pa_hanjicraft')!;
    assert.deepEqual([hanji.subtotal, hanji.shippingFee, hanji.total, hanji.bookingIndexes], [105000, 0, 105000, [0]]);
    assert.equal(quote.total, 105000 + quote.groups.find((g) => g.partnerId === 'pa_wooriwheat')!.total);

    const unknown = await problem(await api.call('POST', '/v1/cart/quote', { body: { lines: [], bookings: [{ bookingToken: 'bt_YmtnX3Vua25vd24.c2lnbmF0dXJlc2lnbmF0dXJl' }] } }), 400);
    assert.deepEqual(errorPaths(unknown), ['body.bookings.0.bookingToken unknown_booking']);
  });

  it('an order pays the booking: pending payment with the order, confirmed when the payment is approved', async () => {
    const api = setup();
    const { booking, bookingToken } = await hold(api, HANJI_TUESDAY_10);
    const created = OrderCreated.parse(await json(await api.call('POST', '/v1/orders', { body: orderOf(bookingToken) }), 201));
    const sub = created.order.subOrders[0]!;
    assert.equal(created.order.total, 105000);
    assert.deepEqual(sub.lines, []);
    assert.deepEqual(
      sub.bookings!.map((b) => [b.bookingId, b.serviceId, b.slotStart, b.partySize, b.amount]),
      [[booking.id, 'svc_hanjicraft01', '2026-11-24T10:00:00+09:00', 3, 105000]],
    );
    const ordered = await byToken(api, bookingToken);
    assert.equal(ordered.status, 'pending_payment');
    assert.equal(ordered.orderId, created.order.id);
    assert.deepEqual(ordered.contact, { name: '김민지', phone: '01023456789', email: 'minji@example.kr' });
    api.advance(15);
    assert.equal((await byToken(api, bookingToken)).status, 'pending_payment', 'the order keeps it past the hold minutes');
    assert.throws(() => api.partner.pay(booking.id), /mockPayments/);

    api.payments.approve(created.payment.paymentId);
    const paid = await byToken(api, bookingToken);
    assert.equal(paid.status, 'confirmed');
    assert.equal(Order.parse(api.payments.order(created.payment.paymentId)).status, 'paid');

    const again = await problem(await api.call('POST', '/v1/orders', { body: orderOf(bookingToken) }), 409);
    assert.equal(again.code, 'cart_changed');
    assert.equal(CartQuote.parse(again.quote).problems[0]!.code, 'booking_unavailable');
  });

  it('an expired hold cannot be ordered; an unpaid order that expires or is cancelled frees the slot', async () => {
    const api = setup();
    const lapsed = await hold(api, HANJI_TUESDAY_10);
    api.advance(10);
    const refused = await problem(await api.call('POST', '/v1/orders', { body: orderOf(lapsed.bookingToken) }), 409);
    assert.deepEqual(CartQuote.parse(refused.quote).problems.map((p) => [p.code, p.bookingIndex]), [['booking_expired', 0]]);

    const first = await hold(api, { ...HANJI_TUESDAY_10, partySize: 8 });
    const order = OrderCreated.parse(await json(await api.call('POST', '/v1/orders', { body: orderOf(first.bookingToken) }), 201));
    api.payments.expire(order.payment.paymentId);
    assert.equal((await byToken(api, first.bookingToken)).status, 'expired');
    assert.equal((await availability(api, 'svc_hanjicraft01', '2026-11-24')).days[0]!.slots[0]!.remaining, 8);

    const second = await hold(api, { ...HANJI_TUESDAY_10, partySize: 8 });
    const secondOrder = OrderCreated.parse(await json(await api.call('POST', '/v1/orders', { body: orderOf(second.bookingToken) }), 201));
    await json(await api.call('POST', `/v1/orders/by-token/${secondOrder.orderToken}/cancellation`, { body: { kind: 'cancel', reason: '변심' } }), 200);
    const cancelled = await byToken(api, second.bookingToken);
    assert.equal(cancelled.status, 'cancelled');
    assert.equal((await availability(api, 'svc_hanjicraft01', '2026-11-24')).days[0]!.slots[0]!.remaining, 8);
  });
});
