/**
 * Service booking over HTTP, run once per storage engine: availability (hours, public and
 * substitute holidays, blackout dates, lead time, horizon, capacity left), instant holds and
 * their expiry, 50 buyers racing for one place, inquiry → quote → acceptance → order → payment,
 * declines and lapsed quotes, bookings next to products in one checkout, cancellation refunds by
 * policy, illegal transitions, the notification outbox and the key rules of the routes.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { demoCheckoutTerms } from '@thecen/mocks/fixtures';
import { Availability, BOOKING_TOKEN_PATTERN, Booking, BookingWithToken, CartQuote, Order, OrderCreated } from '@thecen/schema';
import { runBookingSweep } from '../bookings/booking-sweep.js';
import type { Database } from '../db/database.js';
import { deliverNotifications } from '../notifications/deliver-notifications.js';
import type { NotificationAdapter, OutboundNotification } from '../notifications/notification-adapter.js';
import { ALLOWED_ORIGIN, OTHER_KEY, TEST_KEY, alpha } from './catalog-fixtures.js';
import { classService, consultService, noCalendarService, prepareBookingDatabase, repairService, visitService } from './booking-fixtures.js';
import { OTHER_SECRET_KEY, SECRET_KEY, stock10 } from './checkout-fixtures.js';
import {
  TestClock,
  assertMatches,
  checkoutHarness,
  errorPaths,
  expectProblem,
  orderBody,
  sendTo,
  shopRedirect,
  type CheckoutHarness,
} from './checkout-harness.js';
import type { TestResponse } from './http-client.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** Later than every clock of these tests: delivering "now" then empties the outbox. */
const DRAINED_BY = new Date('2027-06-01T00:00:00.000Z');

/** A Seoul slot start: `2026-11-24T10:00:00+09:00`. */
const slot = (date: string, time: string) => `${date}T${time}:00+09:00`;

const contact = { name: '김예약', phone: '010-2345-6789', email: 'booker@example.kr' };
const consents = demoCheckoutTerms.consents.map((c) => ({ type: c.type, version: c.version, accepted: c.required }));
const address = { recipient: '김예약', phone: '010-2345-6789', postalCode: '04001', road: '서울특별시 마포구 성미산로 1', detail: '3층' };

/** A notification adapter that keeps what it was asked to send (and can fail on purpose). */
function collectingAdapter(fail: (n: OutboundNotification) => boolean = () => false): NotificationAdapter & { sent: OutboundNotification[] } {
  const sent: OutboundNotification[] = [];
  return {
    name: 'collect',
    sent,
    async send(n) {
      if (fail(n)) throw new Error('the SMS gateway is down');
      sent.push(n);
    },
  };
}

export function describeBookings(engine: string, openDatabase: () => Promise<Database>, closeDatabase?: () => Promise<void>): void {
  describe(`service booking on ${engine}`, () => {
    let db: Database;
    let h: CheckoutHarness;
    const harnesses: CheckoutHarness[] = [];

    before(async () => {
      db = await openDatabase();
      await prepareBookingDatabase(db);
      h = checkoutHarness(db);
      harnesses.push(h);
    });

    after(async () => {
      await db?.close();
      await closeDatabase?.();
      for (const each of harnesses) assert.deepEqual(each.unexpected, [], 'no request ended in an unexpected error');
    });

    /** Another app on the same database with its own clock (starting Monday 2026-11-23 10:00 KST). */
    function withClock(): CheckoutHarness {
      const other = checkoutHarness(db, { clock: new TestClock() });
      harnesses.push(other);
      return other;
    }

    const get = (path: string, on: CheckoutHarness = h) => sendTo(on.app, `${path}${path.includes('?') ? '&' : '?'}key=${TEST_KEY}`, { headers: { Origin: ALLOWED_ORIGIN } });
    const availability = (serviceId: string, from: string, to: string, on: CheckoutHarness = h) =>
      get(`/v1/services/${serviceId}/availability?from=${from}&to=${to}`, on);
    const hold = (body: Record<string, unknown>, on: CheckoutHarness = h, headers: Record<string, string> = {}) =>
      on.postJson('/v1/bookings/holds', body, headers);

    async function held(body: Record<string, unknown>, on: CheckoutHarness = h): Promise<{ booking: Booking; bookingToken: string }> {
      const res = await hold(body, on);
      assert.equal(res.status, 201, res.text);
      assertMatches(BookingWithToken, res.json, 'booking with token');
      return res.json;
    }

    const byToken = (token: string, on: CheckoutHarness = h) => get(`/v1/bookings/by-token/${token}`, on);
    async function bookingOf(token: string, on: CheckoutHarness = h): Promise<Booking> {
      const res = await byToken(token, on);
      assert.equal(res.status, 200, res.text);
      assertMatches(Booking, res.json, 'booking');
      return res.json;
    }

    const inquiryBody = (over: Record<string, unknown> = {}) => ({
      serviceId: repairService.id,
      needs: '욕실 곰팡이 제거와 도배를 하고 싶어요.',
      area: { region: 'seoul', district: '마포구' },
      address: '서울특별시 마포구 성미산로 1 3층',
      preferredTimes: [{ date: '2026-11-25', timeOfDay: 'morning' }],
      partySize: 1,
      contact,
      consents,
      ...over,
    });

    async function inquiry(over: Record<string, unknown> = {}, on: CheckoutHarness = h) {
      const res = await on.postJson('/v1/bookings/inquiries', inquiryBody(over));
      assert.equal(res.status, 201, res.text);
      assertMatches(BookingWithToken, res.json, 'inquiry');
      return res.json as { booking: Booking; bookingToken: string };
    }

    const partner = (on: CheckoutHarness, id: string, action: string, body?: unknown, key = SECRET_KEY) =>
      on.secret(`/v1/bookings/${id}/${action}`, { method: 'POST', body, key, headers: { 'Idempotency-Key': randomUUID() } });

    async function quoted(on: CheckoutHarness, id: string, proposedSlots: string[], over: Record<string, unknown> = {}) {
      const res = await partner(on, id, 'quote', {
        amount: 180000,
        message: '현장 확인 후 도배 2일 작업입니다.',
        proposedSlots,
        validUntil: new Date(on.clock.ms + 48 * HOUR).toISOString(),
        ...over,
      });
      assert.equal(res.status, 200, res.text);
      assertMatches(Booking, res.json, 'quoted booking');
      return res.json as Booking;
    }

    /** Places an order of bookings (and lines), returns the created order. */
    async function orderOf(tokens: string[], over: Record<string, unknown> = {}, on: CheckoutHarness = h): Promise<TestResponse> {
      return on.createOrder(orderBody({ lines: [], shippingAddress: undefined, bookings: tokens.map((bookingToken) => ({ bookingToken })), ...over }));
    }

    async function paid(created: TestResponse, on: CheckoutHarness = h) {
      assert.equal(created.status, 201, created.text);
      assertMatches(OrderCreated, created.json, 'order created');
      const { final } = await on.actOnTestPage(created.json.payment.redirectUrl, 'approve');
      assert.equal(shopRedirect(final!).failed, false);
      return created.json as { order: Order; orderToken: string };
    }

    async function orderById(id: string, on: CheckoutHarness = h): Promise<Order> {
      const res = await on.secret(`/v1/orders/${id}`);
      assert.equal(res.status, 200, res.text);
      assertMatches(Order, res.json, 'order');
      return res.json;
    }

    /** A confirmed instant booking of the class, paid by card. */
    async function confirmedClass(start: string, partySize = 1, on: CheckoutHarness = h) {
      const { booking, bookingToken } = await held({ serviceId: classService.id, slotStart: start, partySize }, on);
      const { order } = await paid(await orderOf([bookingToken], {}, on), on);
      const confirmed = await bookingOf(bookingToken, on);
      assert.equal(confirmed.status, 'confirmed');
      return { booking: confirmed, bookingToken, order, id: booking.id };
    }

    const slotTaken = async (serviceId: string, start: string) =>
      (await db.query<{ taken: number }>('SELECT taken FROM booking_slots WHERE service_id = $1 AND slot_start = $2', [serviceId, new Date(start)]))[0]?.taken ?? 0;

    describe('availability', () => {
      test('slots per Seoul day: hours, lead time, weekends, blackout dates and public holidays', async () => {
        const res = await availability(classService.id, '2026-11-22', '2026-12-31');
        assert.equal(res.status, 200, res.text);
        assertMatches(Availability, res.json, 'availability');
        assert.equal(res.headers.get('cache-control'), 'no-store');
        assert.equal(res.headers.get('access-control-allow-origin'), ALLOWED_ORIGIN);
        const days = new Map(res.json.days.map((d: { date: string }) => [d.date, d]));
        assert.equal(res.json.days.length, 40);
        assert.deepEqual([res.json.timeZone, res.json.durationMinutes, res.json.holdMinutes], ['Asia/Seoul', 60, 10]);
        assert.deepEqual(res.json.cancellationPolicy, { freeUntilHours: 24, feePercent: 50 });
        const today = days.get('2026-11-23') as { closedReason: null; slots: { start: string; end: string; capacity: number; remaining: number }[] };
        // 10:00 now, one hour's lead: the first slot is 11:00, the last 17:00 (ends at closing time).
        assert.deepEqual(today.slots.map((s) => s.start.slice(11, 16)), ['11:00', '12:00', '13:00', '14:00', '15:00', '16:00', '17:00']);
        assert.equal(today.slots[0]!.start, '2026-11-23T11:00:00+09:00');
        assert.equal(today.slots[0]!.end, '2026-11-23T12:00:00+09:00');
        assert.deepEqual(today.slots.map((s) => [s.capacity, s.remaining])[0], [12, 12]);
        const reason = (date: string) => (days.get(date) as { closedReason: string | null }).closedReason;
        assert.equal(reason('2026-11-22'), 'past');
        assert.equal(reason('2026-11-28'), 'closed', 'Saturday');
        assert.equal(reason('2026-11-29'), 'closed', 'Sunday');
        assert.equal(reason('2026-12-01'), 'blackout');
        assert.equal(reason('2026-12-25'), 'holiday');
        assert.equal((days.get('2026-12-25') as { holidayName: string }).holidayName, '성탄절');
        assert.equal((days.get('2026-12-24') as { slots: unknown[] }).slots.length, 9);
      });

      test('substitute holidays are closed; beyond the horizon nothing is offered', async () => {
        const res = await availability(visitService.id, '2027-02-05', '2027-02-10');
        assert.equal(res.status, 200, res.text);
        const byDate = Object.fromEntries(res.json.days.map((d: { date: string; closedReason: string | null; holidayName: string | null }) => [d.date, d]));
        assert.equal(byDate['2027-02-06'].closedReason, 'holiday');
        assert.equal(byDate['2027-02-08'].holidayName, '설날 다음 날');
        assert.equal(byDate['2027-02-09'].closedReason, 'holiday');
        assert.equal(byDate['2027-02-09'].holidayName, '대체공휴일(설날)');
        assert.equal(byDate['2027-02-10'].closedReason, null);
        assert.equal(byDate['2027-02-05'].slots.length, 10, 'a Friday, 10:00–20:00');
        const far = await availability(classService.id, '2027-01-20', '2027-01-26');
        const reasons = far.json.days.map((d: { date: string; closedReason: string | null }) => `${d.date}:${d.closedReason}`);
        assert.deepEqual(reasons, [
          '2027-01-20:null', '2027-01-21:null', '2027-01-22:null', '2027-01-23:beyond_horizon', '2027-01-24:beyond_horizon',
          '2027-01-25:beyond_horizon', '2027-01-26:beyond_horizon',
        ]);
      });

      test('remaining capacity counts the places held', async () => {
        await held({ serviceId: classService.id, slotStart: slot('2026-11-24', '10:00'), partySize: 3 });
        const res = await availability(classService.id, '2026-11-24', '2026-11-24');
        const first = res.json.days[0].slots.find((s: { start: string }) => s.start === slot('2026-11-24', '10:00'));
        assert.deepEqual([first.start, first.capacity, first.remaining], [slot('2026-11-24', '10:00'), 12, 9]);
      });

      test('bad ranges are 400 problems at query paths; unknown services and services without a calendar are 404', async () => {
        expectProblem(await availability(classService.id, '2026-12-02', '2026-12-01'), 400, 'validation_failed');
        assert.deepEqual(errorPaths(await availability(classService.id, '2026-12-02', '2026-12-01')), ['query.to']);
        assert.deepEqual(errorPaths(await availability(classService.id, '2026-11-23', '2027-01-24')), ['query.to'], '63 days');
        assert.equal((await availability(classService.id, '2026-11-23', '2027-01-23')).status, 200, '62 days');
        assert.deepEqual(errorPaths(await availability(classService.id, '2026-02-30', '2026-03-01')), ['query.from']);
        assert.deepEqual(errorPaths(await get(`/v1/services/${classService.id}/availability?from=2026-11-23`)), ['query.to']);
        assert.deepEqual(errorPaths(await get(`/v1/services/${classService.id}/availability?from=2026-11-23&to=2026-11-24&x=1`)), ['query.x']);
        expectProblem(await availability('svc_nosuchthing', '2026-11-23', '2026-11-24'), 404, 'not_found');
        expectProblem(await availability(noCalendarService.id, '2026-11-23', '2026-11-24'), 404, 'not_found');
        expectProblem(await availability('svc_hidden01', '2026-11-23', '2026-11-24'), 404, 'not_found');
      });
    });

    describe('instant holds', () => {
      test('201: the slot held for the hold minutes, the amount from the server, a signed token', async () => {
        const res = await held({ serviceId: classService.id, slotStart: slot('2026-11-24', '11:00'), partySize: 3 });
        const { booking, bookingToken } = res;
        assert.match(bookingToken, BOOKING_TOKEN_PATTERN);
        assert.deepEqual(
          [booking.status, booking.mode, booking.amount, booking.partySize, booking.slotStart, booking.slotEnd, booking.holdExpiresAt],
          ['held', 'instant', 45000, 3, slot('2026-11-24', '11:00'), slot('2026-11-24', '12:00'), '2026-11-23T10:10:00+09:00'],
        );
        assert.deepEqual([booking.serviceId, booking.partnerId, booking.partnerName], [classService.id, alpha.id, alpha.name]);
        assert.deepEqual(booking.cancellationPolicy, { freeUntilHours: 24, feePercent: 50 });
        assert.match(booking.number, /^BK-20261123-[2-9A-HJ-NP-Z]{6}$/);
        assert.deepEqual(booking.events.map((e) => [e.type, e.by]), [['held', 'buyer']]);
        assert.deepEqual(await bookingOf(bookingToken), booking);
        assert.equal(await slotTaken(classService.id, slot('2026-11-24', '11:00')), 3);
      });

      test('the same Idempotency-Key gives the same hold once; another body with it is a 409', async () => {
        const key = randomUUID();
        const body = { serviceId: classService.id, slotStart: slot('2026-11-24', '12:00'), partySize: 1 };
        const first = await hold(body, h, { 'Idempotency-Key': key });
        const again = await hold(body, h, { 'Idempotency-Key': key });
        assert.equal(first.status, 201);
        assert.equal(again.status, 201);
        assert.equal(again.headers.get('idempotent-replayed'), 'true');
        assert.equal(again.json.booking.id, first.json.booking.id);
        assert.equal(await slotTaken(classService.id, slot('2026-11-24', '12:00')), 1);
        expectProblem(await hold({ ...body, partySize: 2 }, h, { 'Idempotency-Key': key }), 409, 'idempotency_key_reused');
        expectProblem(await sendTo(h.app, `/v1/bookings/holds?key=${TEST_KEY}`, {
          method: 'POST', headers: { 'Content-Type': 'application/json', Origin: ALLOWED_ORIGIN }, body: JSON.stringify(body),
        }), 400, 'validation_failed');
      });

      test('slots the service does not offer now are 409 slot_unavailable, saying why', async () => {
        const tooSoon = await hold({ serviceId: classService.id, slotStart: slot('2026-11-23', '10:00'), partySize: 1 });
        expectProblem(tooSoon, 409, 'slot_unavailable');
        assert.match(tooSoon.json.detail, /too soon/);
        const holiday = await hold({ serviceId: classService.id, slotStart: slot('2026-12-25', '10:00'), partySize: 1 });
        expectProblem(holiday, 409, 'slot_unavailable');
        assert.match(holiday.json.detail, /public holiday \(성탄절\)/);
        const offGrid = await hold({ serviceId: classService.id, slotStart: slot('2026-11-24', '10:30'), partySize: 1 });
        expectProblem(offGrid, 409, 'slot_unavailable');
        assert.match(offGrid.json.detail, /not one of the service's slot starts/);
        expectProblem(await hold({ serviceId: classService.id, slotStart: slot('2026-12-01', '10:00'), partySize: 1 }), 409, 'slot_unavailable');
        expectProblem(await hold({ serviceId: classService.id, slotStart: slot('2027-03-02', '10:00'), partySize: 1 }), 409, 'slot_unavailable');
        expectProblem(await hold({ serviceId: classService.id, slotStart: slot('2026-11-24', '13:00'), partySize: 13 }), 409, 'slot_unavailable');
        // The same instant written in UTC is the same slot.
        const utc = await hold({ serviceId: classService.id, slotStart: '2026-11-24T04:00:00Z', partySize: 1 });
        assert.equal(utc.status, 201, utc.text);
        assert.equal(utc.json.booking.slotStart, slot('2026-11-24', '13:00'));
      });

      test('request-mode, quoted and unknown services take no holds (400 at body.serviceId)', async () => {
        for (const serviceId of [repairService.id, consultService.id, 'svc_nosuchthing', noCalendarService.id, 'svc_hidden01']) {
          const res = await hold({ serviceId, slotStart: slot('2026-11-24', '10:00'), partySize: 1 });
          expectProblem(res, 400, 'validation_failed');
          assert.deepEqual(errorPaths(res), ['body.serviceId'], serviceId);
        }
        const quoteInstant = await hold({ serviceId: 'svc_test02', slotStart: slot('2026-11-24', '10:00'), partySize: 1 });
        assert.match(quoteInstant.json.errors[0].message, /priced after consultation/);
        assert.deepEqual(errorPaths(await hold({ serviceId: classService.id, slotStart: '2026-11-24 10:00', partySize: 1 })), ['body.slotStart']);
        assert.deepEqual(errorPaths(await hold({ serviceId: classService.id, slotStart: slot('2026-11-24', '10:00'), partySize: 0 })), ['body.partySize']);
      });

      test('a visit service needs an area it covers: told before booking (400 at body.area)', async () => {
        const start = slot('2026-11-24', '14:00');
        const none = await hold({ serviceId: visitService.id, slotStart: start, partySize: 1 });
        expectProblem(none, 400, 'validation_failed');
        assert.deepEqual(errorPaths(none), ['body.area']);
        const outside = await hold({ serviceId: visitService.id, slotStart: start, partySize: 1, area: { region: 'seoul', district: '강남구' } });
        assert.deepEqual(errorPaths(outside), ['body.area']);
        assert.match(outside.json.errors[0].message, /outside the service's areas: 서울특별시 강남구 is not served/);
        const busan = await hold({ serviceId: visitService.id, slotStart: start, partySize: 1, area: { region: 'busan' } });
        assert.deepEqual(errorPaths(busan), ['body.area']);
        assert.equal(await slotTaken(visitService.id, start), 0, 'nothing was held');
        const inside = await held({ serviceId: visitService.id, slotStart: start, partySize: 1, area: { region: 'seoul', district: '서대문구' } });
        assert.deepEqual(inside.booking.area, { region: 'seoul', district: '서대문구' });
        assert.equal(inside.booking.amount, 60000);
      });

      test('an expired hold frees its slot (sweeper), and a lapsed hold never blocks the next buyer', async () => {
        const on = withClock();
        const area = { region: 'seoul', district: '마포구' };
        const start = slot('2026-11-25', '10:00');
        const first = await held({ serviceId: visitService.id, slotStart: start, partySize: 1, area }, on);
        expectProblem(await hold({ serviceId: visitService.id, slotStart: start, partySize: 1, area }, on), 409, 'slot_unavailable');
        assert.equal((await availability(visitService.id, '2026-11-25', '2026-11-25', on)).json.days[0].slots[0].remaining, 0);
        on.clock.advance(10 * MINUTE + 1000);
        assert.equal((await availability(visitService.id, '2026-11-25', '2026-11-25', on)).json.days[0].slots[0].remaining, 1, 'lapsed holds are not counted');
        const sweep = await runBookingSweep(db, { now: on.clock.now(), adapter: collectingAdapter() });
        assert.ok(sweep.expired >= 1);
        const expired = await bookingOf(first.bookingToken, on);
        assert.equal(expired.status, 'expired');
        assert.equal(expired.holdExpiresAt, null);
        assert.deepEqual(expired.events.map((e) => [e.type, e.by]), [['held', 'buyer'], ['expired', 'system']]);
        assert.equal(await slotTaken(visitService.id, start), 0);
        const second = await held({ serviceId: visitService.id, slotStart: start, partySize: 1, area }, on);
        assert.equal(second.booking.status, 'held');

        // No sweep this time: the next hold of the slot expires the lapsed one itself.
        const next = slot('2026-11-25', '11:00');
        const lapsed = await held({ serviceId: visitService.id, slotStart: next, partySize: 1, area }, on);
        on.clock.advance(11 * MINUTE);
        const taker = await held({ serviceId: visitService.id, slotStart: next, partySize: 1, area }, on);
        assert.equal(taker.booking.status, 'held');
        assert.equal((await bookingOf(lapsed.bookingToken, on)).status, 'expired');
        assert.equal(await slotTaken(visitService.id, next), 1);
      });

      test('50 concurrent holds on a capacity-1 slot give exactly one', async () => {
        const start = slot('2026-11-25', '12:00');
        const area = { region: 'seoul', district: '마포구' };
        const results = await Promise.all(
          Array.from({ length: 50 }, () => hold({ serviceId: visitService.id, slotStart: start, partySize: 1, area })),
        );
        const statuses = results.map((r) => r.status);
        assert.equal(statuses.filter((s) => s === 201).length, 1, `one hold: ${statuses.join(',')}`);
        assert.equal(statuses.filter((s) => s === 409).length, 49);
        for (const r of results.filter((x) => x.status === 409)) assert.equal(r.json.code, 'slot_unavailable');
        assert.equal(await slotTaken(visitService.id, start), 1);
        const [count] = await db.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM bookings WHERE service_id = $1 AND slot_start = $2`,
          [visitService.id, new Date(start)],
        );
        assert.equal(count!.n, 1, 'the losers left no booking behind');
      });
    });

    describe('request mode', () => {
      test('inquiry → quote (secret key) → accept → order → pay → confirmed, told to buyer and partner', async () => {
        const { booking, bookingToken } = await inquiry();
        assert.deepEqual([booking.status, booking.mode, booking.amount, booking.slotStart], ['inquiry', 'request', null, null]);
        assert.deepEqual(booking.contact, { name: contact.name, phone: '01023456789', email: contact.email });
        assert.equal(booking.address, '서울특별시 마포구 성미산로 1 3층');
        const outbox = async (id: string) =>
          (await db.query<{ kind: string; recipient: string }>('SELECT kind, recipient FROM notification_outbox WHERE booking_id = $1 ORDER BY kind, recipient', [id]))
            .map((r) => `${r.kind}:${r.recipient}`);
        assert.deepEqual(await outbox(booking.id), ['booked:buyer', 'booked:partner']);
        const [consentRows] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM booking_consents WHERE booking_id = $1', [booking.id]);
        assert.equal(consentRows!.n, consents.length);

        const proposals = [slot('2026-11-25', '10:00'), slot('2026-11-26', '14:00')];
        const q = await quoted(h, booking.id, proposals);
        assert.equal(q.status, 'quoted');
        assert.equal(q.amount, 180000);
        assert.deepEqual(q.quote!.proposedSlots, proposals);
        assert.equal(q.quote!.quotedAt, '2026-11-23T10:00:00+09:00');
        assert.deepEqual(await outbox(booking.id), ['booked:buyer', 'booked:partner', 'quoted:buyer']);

        expectProblem(await h.postJson(`/v1/bookings/by-token/${bookingToken}/accept`, { slotStart: slot('2026-11-27', '10:00') }), 400, 'validation_failed');
        const accepted = await h.postJson(`/v1/bookings/by-token/${bookingToken}/accept`, { slotStart: proposals[1] });
        assert.equal(accepted.status, 200, accepted.text);
        assert.deepEqual(
          [accepted.json.status, accepted.json.slotStart, accepted.json.slotEnd, accepted.json.amount, accepted.json.holdExpiresAt],
          ['pending_payment', proposals[1], slot('2026-11-26', '16:00'), 180000, '2026-11-23T10:10:00+09:00'],
        );
        assert.equal(await slotTaken(repairService.id, proposals[1]!), 1);

        // The booking has its address from the inquiry: no shipping address needed.
        const created = await orderOf([bookingToken]);
        assert.equal(created.status, 201, created.text);
        const order = created.json.order as Order;
        assert.equal(order.total, 180000);
        assert.equal(order.shippingTotal, 0);
        assert.equal(order.subOrders.length, 1);
        const [sub] = order.subOrders;
        assert.deepEqual(sub!.lines, []);
        assert.deepEqual(sub!.bookings!.map((b) => [b.bookingId, b.serviceId, b.slotStart, b.partySize, b.amount, b.refundedAmount]), [
          [booking.id, repairService.id, proposals[1], 1, 180000, 0],
        ]);
        assert.equal(order.shippingAddress.road, '', 'nothing ships');
        const pending = await bookingOf(bookingToken);
        assert.deepEqual([pending.status, pending.orderId, pending.holdExpiresAt], ['pending_payment', order.id, '2026-11-23T10:10:00+09:00']);

        await paid(created);
        const confirmed = await bookingOf(bookingToken);
        assert.equal(confirmed.status, 'confirmed');
        assert.equal(confirmed.holdExpiresAt, null);
        assert.deepEqual(confirmed.events.map((e) => e.type), ['inquiry', 'quoted', 'pending_payment', 'confirmed']);
        assert.deepEqual(await outbox(booking.id), ['booked:buyer', 'booked:partner', 'confirmed:buyer', 'confirmed:partner', 'quoted:buyer']);
        assert.equal((await orderById(order.id)).status, 'paid');
        const secret = await h.secret(`/v1/bookings/${booking.id}`);
        assert.equal(secret.status, 200);
        assert.deepEqual(secret.json, confirmed);
      });

      test('inquiries check consents, the visit area and address, and dates', async () => {
        const noConsent = await h.postJson('/v1/bookings/inquiries', inquiryBody({ consents: [] }));
        expectProblem(noConsent, 400, 'validation_failed');
        assert.deepEqual(errorPaths(noConsent), ['body.consents']);
        const noAddress = await h.postJson('/v1/bookings/inquiries', inquiryBody({ address: undefined }));
        assert.deepEqual(errorPaths(noAddress), ['body.address']);
        const outside = await h.postJson('/v1/bookings/inquiries', inquiryBody({ area: { region: 'seoul', district: '종로구' } }));
        assert.deepEqual(errorPaths(outside), ['body.area']);
        const past = await h.postJson('/v1/bookings/inquiries', inquiryBody({ preferredTimes: [{ date: '2026-11-22', timeOfDay: 'any' }] }));
        assert.deepEqual(errorPaths(past), ['body.preferredTimes.0.date']);
        const instant = await h.postJson('/v1/bookings/inquiries', inquiryBody({ serviceId: classService.id }));
        assert.deepEqual(errorPaths(instant), ['body.serviceId']);
        // An online consultation needs neither area nor address.
        const online = await inquiry({ serviceId: consultService.id, area: undefined, address: undefined });
        assert.deepEqual([online.booking.area, online.booking.address], [null, null]);
      });

      test('quotes: slots must be bookable, validity in the future; quoting again replaces the quote and tells the buyer again', async () => {
        const { booking } = await inquiry();
        const bad = await partner(h, booking.id, 'quote', {
          amount: 0,
          message: '',
          proposedSlots: [slot('2026-11-30', '10:00'), slot('2026-11-29', '10:00'), slot('2026-11-30', '10:00'), slot('2026-11-23', '15:00')],
          validUntil: '2026-11-23T09:00:00+09:00',
        });
        expectProblem(bad, 400, 'validation_failed');
        assert.deepEqual(errorPaths(bad).sort(), ['body.amount', 'body.proposedSlots.1', 'body.proposedSlots.2', 'body.proposedSlots.3', 'body.validUntil']);
        await quoted(h, booking.id, [slot('2026-11-30', '10:00')]);
        const claimed = await deliverNotifications(db, collectingAdapter(), { now: h.clock.now(), limit: 1000 });
        assert.ok(claimed.sent >= 1);
        const again = await quoted(h, booking.id, [slot('2026-11-30', '14:00')], { amount: 150000 });
        assert.deepEqual([again.status, again.amount, again.quote!.proposedSlots], ['quoted', 150000, [slot('2026-11-30', '14:00')]]);
        assert.deepEqual(again.events.map((e) => e.type), ['inquiry', 'quoted', 'quoted']);
        const adapter = collectingAdapter();
        await deliverNotifications(db, adapter, { now: h.clock.now(), limit: 1000 });
        const told = adapter.sent.filter((n) => n.bookingId === booking.id);
        assert.deepEqual(told.map((n) => [n.kind, n.recipient, n.payload.quote?.amount]), [['quoted', 'buyer', 150000]]);
      });

      test('declining a quote cancels the booking; the partner hears of it', async () => {
        const { booking, bookingToken } = await inquiry();
        await quoted(h, booking.id, [slot('2026-11-27', '10:00')]);
        const res = await h.postJson(`/v1/bookings/by-token/${bookingToken}/decline`, { reason: '예산을 넘어요' });
        assert.equal(res.status, 200, res.text);
        assert.equal(res.json.status, 'cancelled');
        assert.deepEqual(
          { ...res.json.cancellation, at: undefined },
          { by: 'buyer', at: undefined, reason: '예산을 넘어요', refundAmount: 0, feeAmount: 0 },
        );
        const rows = await db.query<{ recipient: string }>(
          `SELECT recipient FROM notification_outbox WHERE booking_id = $1 AND kind = 'cancelled' ORDER BY recipient`,
          [booking.id],
        );
        assert.deepEqual(rows.map((r) => r.recipient), ['buyer', 'partner']);
        expectProblem(await h.postJson(`/v1/bookings/by-token/${bookingToken}/decline`, { reason: '또' }), 409, 'booking_transition_not_allowed');
      });

      test('a quote runs out at its validity: the sweeper expires it, a late acceptance is a 409 booking_expired', async () => {
        const on = withClock();
        const first = await inquiry({}, on);
        await quoted(on, first.booking.id, [slot('2026-11-30', '11:00')], { validUntil: new Date(on.clock.ms + HOUR).toISOString() });
        const second = await inquiry({}, on);
        await quoted(on, second.booking.id, [slot('2026-11-30', '11:00')], { validUntil: new Date(on.clock.ms + HOUR).toISOString() });
        on.clock.advance(2 * HOUR);
        const late = await on.postJson(`/v1/bookings/by-token/${second.bookingToken}/accept`, { slotStart: slot('2026-11-30', '11:00') });
        expectProblem(late, 409, 'booking_expired');
        assert.equal((await bookingOf(second.bookingToken, on)).status, 'expired');
        await runBookingSweep(db, { now: on.clock.now(), adapter: collectingAdapter() });
        const expired = await bookingOf(first.bookingToken, on);
        assert.equal(expired.status, 'expired');
        assert.deepEqual(expired.events.map((e) => [e.type, e.by]).at(-1), ['expired', 'system']);
        assert.equal(await slotTaken(repairService.id, slot('2026-11-30', '11:00')), 0);
      });

      test('an accepted quote not ordered in time expires and frees its slot', async () => {
        const on = withClock();
        const { booking, bookingToken } = await inquiry({}, on);
        await quoted(on, booking.id, [slot('2026-12-02', '10:00')]);
        assert.equal((await on.postJson(`/v1/bookings/by-token/${bookingToken}/accept`, { slotStart: slot('2026-12-02', '10:00') })).status, 200);
        assert.equal(await slotTaken(repairService.id, slot('2026-12-02', '10:00')), 1);
        on.clock.advance(11 * MINUTE);
        await runBookingSweep(db, { now: on.clock.now(), adapter: collectingAdapter() });
        assert.equal((await bookingOf(bookingToken, on)).status, 'expired');
        assert.equal(await slotTaken(repairService.id, slot('2026-12-02', '10:00')), 0);
        const created = await orderOf([bookingToken], {}, on);
        expectProblem(created, 409, 'cart_changed');
        assert.deepEqual(created.json.quote.problems.map((p: { code: string; bookingIndex: number }) => [p.code, p.bookingIndex]), [['booking_expired', 0]]);
      });
    });

    describe('one checkout for goods and services', () => {
      test('quote: a booking joins its partner\'s group without shipping; totals include it', async () => {
        await h.setStock(stock10.id, 10);
        const { booking, bookingToken } = await held({ serviceId: classService.id, slotStart: slot('2026-11-26', '10:00'), partySize: 2 });
        const res = await h.postJson('/v1/cart/quote', { lines: [{ productId: stock10.id, quantity: 1 }], bookings: [{ bookingToken }] });
        assert.equal(res.status, 200, res.text);
        assertMatches(CartQuote, res.json, 'quote');
        const q = res.json;
        assert.deepEqual(q.problems, []);
        assert.deepEqual(q.bookings, [{
          bookingIndex: 0, bookingId: booking.id, serviceId: classService.id, title: classService.title, partnerId: alpha.id,
          partnerName: alpha.name, slotStart: slot('2026-11-26', '10:00'), slotEnd: slot('2026-11-26', '11:00'), partySize: 2,
          amount: 30000, holdExpiresAt: booking.holdExpiresAt, orderable: true,
        }]);
        assert.equal(q.groups.length, 1);
        const [g] = q.groups;
        // Shipping and its free threshold (50,000원) count the product only.
        assert.deepEqual([g.lineIndexes, g.bookingIndexes, g.subtotal, g.shippingFee, g.total, g.amountToFreeShipping], [[0], [0], 40000, 3000, 43000, 40000]);
        assert.deepEqual([q.subtotal, q.shippingTotal, q.total], [40000, 3000, 43000]);
        const onlyBooking = await h.postJson('/v1/cart/quote', { lines: [], bookings: [{ bookingToken }] });
        assert.deepEqual([onlyBooking.json.total, onlyBooking.json.shippingTotal], [30000, 0]);
      });

      test('order: the booking is a line of its partner\'s sub-order; payment confirms it with the products', async () => {
        await h.setStock(stock10.id, 10);
        const { booking, bookingToken } = await held({ serviceId: classService.id, slotStart: slot('2026-11-26', '11:00'), partySize: 2 });
        const noAddress = await orderOf([bookingToken], { lines: [{ productId: stock10.id, quantity: 1 }] });
        expectProblem(noAddress, 400, 'validation_failed');
        assert.deepEqual(errorPaths(noAddress), ['body.shippingAddress']);
        const created = await orderOf([bookingToken], { lines: [{ productId: stock10.id, quantity: 1 }], shippingAddress: address });
        assert.equal(created.status, 201, created.text);
        const order = created.json.order as Order;
        assert.deepEqual([order.subtotal, order.shippingTotal, order.total], [40000, 3000, 43000]);
        const [sub] = order.subOrders;
        assert.equal(sub!.partnerId, alpha.id);
        assert.deepEqual(sub!.lines.map((l) => [l.productId, l.lineTotal]), [[stock10.id, 10000]]);
        assert.deepEqual(sub!.bookings!.map((b) => [b.bookingId, b.amount, b.partySize, b.slotStart]), [[booking.id, 30000, 2, slot('2026-11-26', '11:00')]]);
        assert.deepEqual([sub!.subtotal, sub!.shippingFee, sub!.total], [40000, 3000, 43000]);
        const pending = await bookingOf(bookingToken);
        assert.deepEqual([pending.status, pending.orderId, pending.contact.name], ['pending_payment', order.id, '김구매']);
        assert.equal(pending.holdExpiresAt, booking.holdExpiresAt, 'the order is held no longer than the booking');
        assert.equal(order.expiresAt, new Date(Date.parse(booking.holdExpiresAt!)).toISOString());
        expectProblem(await orderOf([bookingToken]), 409, 'cart_changed');

        await paid(created);
        const after = await orderById(order.id);
        assert.equal(after.status, 'paid');
        assert.equal(after.subOrders[0]!.status, 'paid');
        assert.equal((await bookingOf(bookingToken)).status, 'confirmed');
        assert.equal(await h.stockOf(stock10.id), 9);
      });

      test('virtual account: the deposit deadline holds the booking, the deposit webhook confirms it', async () => {
        const on = withClock();
        const start = slot('2026-11-27', '14:00');
        const { bookingToken } = await held({ serviceId: classService.id, slotStart: start, partySize: 1 }, on);
        const created = await orderOf([bookingToken], { paymentMethod: 'virtual_account' }, on);
        assert.equal(created.status, 201, created.text);
        const { final } = await on.actOnTestPage(created.json.payment.redirectUrl, 'issue');
        assert.equal(shopRedirect(final!).failed, false);
        const waiting = await orderById(created.json.order.id, on);
        assert.equal(waiting.status, 'awaiting_deposit');
        const holding = await bookingOf(bookingToken, on);
        assert.equal(holding.status, 'pending_payment');
        assert.equal(Date.parse(holding.holdExpiresAt!), Date.parse(waiting.payment.virtualAccount!.dueAt), 'held until the deposit deadline');
        on.clock.advance(HOUR);
        await runBookingSweep(db, { now: on.clock.now(), adapter: collectingAdapter() });
        assert.equal((await bookingOf(bookingToken, on)).status, 'pending_payment', 'the hold minutes alone do not end it');
        const event = {
          id: `evt_dep_${created.json.payment.paymentId}`,
          type: 'deposit.completed',
          paymentId: created.json.payment.paymentId,
          amount: created.json.order.total,
          occurredAt: new Date(on.clock.ms).toISOString(),
        };
        const res = await on.sendTestWebhook(event);
        assert.deepEqual(res.json.events, [{ eventId: event.id, outcome: 'applied' }]);
        const confirmed = await bookingOf(bookingToken, on);
        assert.deepEqual([confirmed.status, confirmed.holdExpiresAt], ['confirmed', null]);
        assert.equal(await slotTaken(classService.id, start), 1);
      });

      test('a service that visits needs the order\'s address, which becomes the place of the visit', async () => {
        const { bookingToken } = await held({ serviceId: visitService.id, slotStart: slot('2026-11-26', '12:00'), partySize: 1, area: { region: 'seoul', district: '마포구' } });
        const without = await orderOf([bookingToken]);
        expectProblem(without, 400, 'validation_failed');
        assert.deepEqual(errorPaths(without), ['body.shippingAddress']);
        const created = await orderOf([bookingToken], { shippingAddress: address });
        assert.equal(created.status, 201, created.text);
        assert.equal((await bookingOf(bookingToken)).address, '서울특별시 마포구 성미산로 1 3층');
      });

      test('a lapsed hold cannot be ordered (409 cart_changed, booking_expired); forged and foreign tokens are 400', async () => {
        const on = withClock();
        const { bookingToken } = await held({ serviceId: classService.id, slotStart: slot('2026-11-26', '13:00'), partySize: 1 }, on);
        on.clock.advance(10 * MINUTE);
        const res = await orderOf([bookingToken], {}, on);
        expectProblem(res, 409, 'cart_changed');
        assertMatches(CartQuote, res.json.quote, 'quote');
        assert.deepEqual(res.json.quote.problems, [{ code: 'booking_expired', lineIndex: -1, productId: '', variantId: null, bookingIndex: 0, bookingId: res.json.quote.bookings[0].bookingId }]);
        assert.equal(res.json.quote.bookings[0].orderable, false);
        assert.equal(res.json.quote.total, 0);
        const forged = await orderOf([`${bookingToken.slice(0, -2)}xx`], {}, on);
        expectProblem(forged, 400, 'validation_failed');
        assert.deepEqual(errorPaths(forged), ['body.bookings.0.bookingToken']);
        const twice = await on.postJson('/v1/cart/quote', { lines: [], bookings: [{ bookingToken }, { bookingToken }] });
        assert.deepEqual(errorPaths(twice), ['body.bookings.1.bookingToken']);
        const empty = await on.postJson('/v1/cart/quote', { lines: [], bookings: [] });
        assert.deepEqual(errorPaths(empty), ['body.lines']);
        const foreign = await sendTo(on.app, `/v1/bookings/by-token/${bookingToken}?key=${OTHER_KEY}`, { headers: { Origin: 'https://other.example' } });
        expectProblem(foreign, 404, 'not_found');
      });
    });

    describe('cancellation', () => {
      const cancelByBuyer = (token: string, on: CheckoutHarness = h) => on.postJson(`/v1/bookings/by-token/${token}/cancel`, { reason: '일정이 생겼어요' });
      const gatewayCanceled = async (orderId: string) =>
        (await db.query<{ canceled_amount: number }>(
          'SELECT g.canceled_amount FROM test_gateway_payments g JOIN payments p ON p.id = g.payment_id WHERE p.order_id = $1',
          [orderId],
        ))[0]!.canceled_amount;

      test('by the buyer more than 24 h before: free, refunded in full through the provider, slot freed', async () => {
        const start = slot('2026-11-27', '10:00');
        const { bookingToken, order } = await confirmedClass(start, 2);
        assert.equal(await slotTaken(classService.id, start), 2);
        const res = await cancelByBuyer(bookingToken);
        assert.equal(res.status, 200, res.text);
        assertMatches(Booking, res.json, 'booking');
        assert.equal(res.json.status, 'cancelled');
        assert.deepEqual([res.json.cancellation.by, res.json.cancellation.refundAmount, res.json.cancellation.feeAmount], ['buyer', 30000, 0]);
        assert.equal(await slotTaken(classService.id, start), 0);
        const after = await orderById(order.id);
        assert.deepEqual([after.status, after.refundedAmount, after.refunds.length], ['refunded', 30000, 1]);
        assert.equal(after.subOrders[0]!.bookings![0]!.refundedAmount, 30000);
        assert.equal(await gatewayCanceled(order.id), 30000);
        expectProblem(await cancelByBuyer(bookingToken), 409, 'booking_transition_not_allowed');
      });

      test('by the buyer within 24 h: the policy\'s fee (50 %) is kept, the rest refunded', async () => {
        const { bookingToken, order } = await confirmedClass(slot('2026-11-23', '15:00'), 1);
        const res = await cancelByBuyer(bookingToken);
        assert.equal(res.status, 200, res.text);
        assert.deepEqual([res.json.cancellation.refundAmount, res.json.cancellation.feeAmount], [7500, 7500]);
        const after = await orderById(order.id);
        assert.deepEqual([after.status, after.refundedAmount], ['partially_refunded', 7500]);
        assert.equal(await gatewayCanceled(order.id), 7500);
      });

      test('by the partner (secret key): always a full refund, even at the last minute', async () => {
        const { id, order } = await confirmedClass(slot('2026-11-23', '16:00'), 1);
        const res = await partner(h, id, 'cancel', { reason: '강사가 아파요' });
        assert.equal(res.status, 200, res.text);
        assert.deepEqual([res.json.status, res.json.cancellation.by, res.json.cancellation.refundAmount, res.json.cancellation.feeAmount], ['cancelled', 'partner', 15000, 0]);
        assert.equal((await orderById(order.id)).status, 'refunded');
      });

      test('after the started event the buyer can no longer withdraw; the history records it', async () => {
        const { id, bookingToken } = await confirmedClass(slot('2026-11-24', '15:00'), 1);
        const started = await partner(h, id, 'start');
        assert.equal(started.status, 200, started.text);
        assert.equal(started.json.status, 'confirmed');
        assert.deepEqual(started.json.events.map((e: { type: string }) => e.type).slice(-1), ['started']);
        const res = await cancelByBuyer(bookingToken);
        expectProblem(res, 409, 'booking_transition_not_allowed');
        assert.match(res.json.detail, /started/);
        expectProblem(await partner(h, id, 'start'), 409, 'booking_transition_not_allowed');
        expectProblem(await partner(h, id, 'no-show'), 409, 'booking_transition_not_allowed');
        const done = await partner(h, id, 'complete');
        assert.equal(done.json.status, 'completed');
        expectProblem(await cancelByBuyer(bookingToken), 409, 'booking_transition_not_allowed');
        expectProblem(await partner(h, id, 'cancel', { reason: '늦게' }), 409, 'booking_transition_not_allowed');
      });

      test('a hold or an unpaid order\'s booking is cancelled without payment; the unpaid order closes with it', async () => {
        const a = await held({ serviceId: classService.id, slotStart: slot('2026-11-27', '11:00'), partySize: 1 });
        const cancelled = await cancelByBuyer(a.bookingToken);
        assert.equal(cancelled.json.status, 'cancelled');
        assert.equal(await slotTaken(classService.id, slot('2026-11-27', '11:00')), 0);
        await h.setStock(stock10.id, 10);
        const b = await held({ serviceId: classService.id, slotStart: slot('2026-11-27', '12:00'), partySize: 1 });
        const created = await orderOf([b.bookingToken], { lines: [{ productId: stock10.id, quantity: 2 }], shippingAddress: address });
        assert.equal(created.status, 201, created.text);
        assert.equal(await h.stockOf(stock10.id), 8);
        assert.equal((await cancelByBuyer(b.bookingToken)).json.status, 'cancelled');
        assert.equal((await orderById(created.json.order.id)).status, 'canceled');
        assert.equal(await h.stockOf(stock10.id), 10, 'the order\'s stock came back');
      });

      test('an unpaid order that expires takes its bookings with it', async () => {
        const on = withClock();
        const { bookingToken } = await held({ serviceId: classService.id, slotStart: slot('2026-11-27', '13:00'), partySize: 1 }, on);
        const created = await orderOf([bookingToken], {}, on);
        assert.equal(created.status, 201, created.text);
        on.clock.advance(10 * MINUTE);
        const { expireOverdueOrders } = await import('../orders/expire-overdue-orders.js');
        assert.ok((await expireOverdueOrders(db, on.clock.now())) >= 1);
        const expired = await bookingOf(bookingToken, on);
        assert.equal(expired.status, 'expired');
        assert.equal(await slotTaken(classService.id, slot('2026-11-27', '13:00')), 0);
      });

      test('refunding a booking\'s line through the refund API cancels the booking', async () => {
        const { bookingToken, order } = await confirmedClass(slot('2026-11-23', '17:00'), 1);
        const lineId = order.subOrders[0]!.bookings![0]!.lineId;
        const res = await h.secret(`/v1/orders/${order.id}/refunds`, { method: 'POST', body: { lines: [{ lineId, quantity: 1 }], reason: '수업 취소' } });
        assert.equal(res.status, 201, res.text);
        const booking = await bookingOf(bookingToken);
        assert.deepEqual([booking.status, booking.cancellation?.by, booking.cancellation?.refundAmount], ['cancelled', 'partner', 15000]);
      });
    });

    describe('transitions', () => {
      test('only legal moves: anything else is a 409 booking_transition_not_allowed', async () => {
        const a = await held({ serviceId: classService.id, slotStart: slot('2026-11-30', '10:00'), partySize: 1 });
        for (const action of ['start', 'complete', 'no-show']) {
          const res = await partner(h, a.booking.id, action);
          expectProblem(res, 409, 'booking_transition_not_allowed');
          assert.equal(res.json.bookingStatus, 'held');
        }
        expectProblem(await partner(h, a.booking.id, 'quote', { amount: 1000, message: '', proposedSlots: [slot('2026-11-30', '11:00')], validUntil: '2026-11-30T00:00:00+09:00' }), 409, 'booking_transition_not_allowed');
        expectProblem(await h.postJson(`/v1/bookings/by-token/${a.bookingToken}/accept`, { slotStart: slot('2026-11-30', '10:00') }), 409, 'booking_transition_not_allowed');
        expectProblem(await h.postJson(`/v1/bookings/by-token/${a.bookingToken}/decline`, { reason: '아니요' }), 409, 'booking_transition_not_allowed');
        const i = await inquiry();
        expectProblem(await h.postJson(`/v1/bookings/by-token/${i.bookingToken}/accept`, { slotStart: slot('2026-11-30', '10:00') }), 409, 'booking_transition_not_allowed');
        expectProblem(await partner(h, i.booking.id, 'complete'), 409, 'booking_transition_not_allowed');
        const c = await confirmedClass(slot('2026-11-30', '11:00'));
        assert.equal((await partner(h, c.id, 'no-show')).json.status, 'no_show');
        expectProblem(await partner(h, c.id, 'complete'), 409, 'booking_transition_not_allowed');
        expectProblem(await partner(h, c.id, 'cancel', { reason: '취소' }), 409, 'booking_transition_not_allowed');
      });
    });

    describe('notifications', () => {
      test('the outbox sends each notification once, also across a restart and with two deliverers at once', async () => {
        // Everything written so far goes out once.
        const first = collectingAdapter();
        await deliverNotifications(db, first, { now: DRAINED_BY, limit: 10_000 });
        const [unsent] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM notification_outbox WHERE sent_at IS NULL');
        assert.equal(unsent!.n, 0);
        assert.equal(new Set(first.sent.map((n) => n.id)).size, first.sent.length);
        assert.equal((await deliverNotifications(db, collectingAdapter(), { now: h.clock.now() })).sent, 0, 'nothing twice');

        // A process dies while sending: the next start (another app, another adapter) does not send it again.
        const { booking } = await inquiry();
        let hang: () => void = () => {};
        let claimed: () => void = () => {};
        const sending = new Promise<void>((resolve) => (claimed = resolve));
        const stuck: NotificationAdapter = {
          name: 'stuck',
          send: () => {
            claimed();
            return new Promise<void>((resolve) => (hang = resolve));
          },
        };
        const dying = deliverNotifications(db, stuck, { now: h.clock.now(), limit: 1 });
        await sending;
        const restarted = withClock();
        restarted.clock.ms = h.clock.ms;
        const afterRestart = collectingAdapter();
        await deliverNotifications(restarted.db, afterRestart, { now: restarted.clock.now() });
        assert.equal(afterRestart.sent.length, 1, 'the other notification of the inquiry');
        hang();
        await dying;
        const rows = await db.query<{ sent_at: Date | null; attempts: number }>('SELECT sent_at, attempts FROM notification_outbox WHERE booking_id = $1', [booking.id]);
        assert.deepEqual(rows.map((r) => [r.sent_at !== null, r.attempts]), [[true, 1], [true, 1]]);

        // Two deliverers at the same time never both send one.
        for (let i = 0; i < 3; i++) await inquiry({ serviceId: consultService.id, area: undefined, address: undefined });
        const [a, b] = [collectingAdapter(), collectingAdapter()];
        await Promise.all([deliverNotifications(db, a, { now: h.clock.now(), limit: 3 }), deliverNotifications(db, b, { now: h.clock.now(), limit: 3 })]);
        await deliverNotifications(db, a, { now: h.clock.now() });
        const ids = [...a.sent, ...b.sent].map((n) => n.id);
        assert.equal(ids.length, 6);
        assert.equal(new Set(ids).size, 6);
      });

      test('a failed send is retried after a backoff, then given up after the attempts limit', async () => {
        const on = withClock();
        await deliverNotifications(db, collectingAdapter(), { now: DRAINED_BY, limit: 10_000 });
        const { booking } = await inquiry({ serviceId: consultService.id, area: undefined, address: undefined }, on);
        const partnerDown = collectingAdapter((n) => n.recipient === 'partner');
        const firstTry = await deliverNotifications(db, partnerDown, { now: on.clock.now(), maxAttempts: 2 });
        assert.deepEqual(firstTry, { sent: 1, retrying: 1, givenUp: 0 });
        assert.equal((await deliverNotifications(db, collectingAdapter(), { now: on.clock.now() })).sent, 0, 'not before the backoff');
        on.clock.advance(MINUTE);
        const secondTry = await deliverNotifications(db, partnerDown, { now: on.clock.now(), maxAttempts: 2 });
        assert.deepEqual(secondTry, { sent: 0, retrying: 0, givenUp: 1 });
        on.clock.advance(HOUR);
        assert.equal((await deliverNotifications(db, collectingAdapter(), { now: on.clock.now() })).sent, 0, 'given up for good');
        const [row] = await db.query<{ attempts: number; failed_at: Date | null; last_error: string }>(
          `SELECT attempts, failed_at, last_error FROM notification_outbox WHERE booking_id = $1 AND recipient = 'partner'`,
          [booking.id],
        );
        assert.deepEqual([row!.attempts, row!.failed_at !== null, row!.last_error], [2, true, 'the SMS gateway is down']);
        assert.equal(partnerDown.sent.length, 1);
      });

      test('the day before: one reminder to buyer and partner, written once by the sweeper', async () => {
        const on = withClock();
        const { id } = await confirmedClass(slot('2026-11-24', '16:00'), 1, on);
        const adapter = collectingAdapter();
        const sweep = await runBookingSweep(db, { now: on.clock.now(), adapter });
        assert.ok(sweep.reminded >= 1);
        const reminders = adapter.sent.filter((n) => n.bookingId === id && n.kind === 'reminder');
        assert.deepEqual(reminders.map((n) => n.recipient).sort(), ['buyer', 'partner']);
        assert.equal(reminders.find((n) => n.recipient === 'buyer')!.payload.to.email, 'buyer@example.kr');
        assert.equal(reminders[0]!.payload.slotStart, slot('2026-11-24', '16:00'));
        on.clock.advance(HOUR);
        const again = collectingAdapter();
        await runBookingSweep(db, { now: on.clock.now(), adapter: again });
        assert.equal(again.sent.filter((n) => n.bookingId === id).length, 0);
      });
    });

    describe('keys', () => {
      test('secret-key routes refuse publishable keys, browsers and other channels', async () => {
        const { booking, bookingToken } = await inquiry();
        expectProblem(await h.secret(`/v1/bookings/${booking.id}`, { key: TEST_KEY }), 401, 'unauthorized');
        expectProblem(await get(`/v1/bookings/${booking.id}`), 401, 'unauthorized');
        const fromBrowser = await h.secret(`/v1/bookings/${booking.id}`, { headers: { Origin: ALLOWED_ORIGIN } });
        expectProblem(fromBrowser, 401, 'unauthorized');
        assert.equal(fromBrowser.headers.get('access-control-allow-origin'), null);
        const quoteWithPk = await h.postJson(`/v1/bookings/${booking.id}/quote`, { amount: 1000, message: '', proposedSlots: [slot('2026-11-30', '10:00')], validUntil: '2026-12-30T00:00:00+09:00' });
        expectProblem(quoteWithPk, 401, 'unauthorized');
        const preflight = await sendTo(h.app, `/v1/bookings/${booking.id}/cancel`, { method: 'OPTIONS', headers: { Origin: ALLOWED_ORIGIN } });
        assert.equal(preflight.status, 401);
        assert.equal(preflight.headers.get('access-control-allow-origin'), null);
        expectProblem(await h.secret(`/v1/bookings/${booking.id}`, { key: OTHER_SECRET_KEY }), 404, 'not_found');
        expectProblem(await h.secret('/v1/bookings/bkg_nosuchbooking'), 404, 'not_found');
        expectProblem(await h.secret('/v1/bookings/not-an-id'), 400, 'validation_failed');
        // `/v1/bookings/by-token/cancel` is also `/v1/bookings/{id}/cancel`: a publishable key never reaches the partner's route.
        expectProblem(await h.postJson('/v1/bookings/by-token/cancel', { reason: 'x' }), 405, 'method_not_allowed');
        assert.equal((await byToken(bookingToken)).status, 200);
      });

      test('publishable routes refuse secret keys; /v1/bookings/holds and /inquiries are not /v1/bookings/{id}', async () => {
        const body = JSON.stringify({ serviceId: classService.id, slotStart: slot('2026-11-30', '12:00'), partySize: 1 });
        const withSecret = await sendTo(h.app, '/v1/bookings/holds', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${SECRET_KEY}`, 'Idempotency-Key': randomUUID() },
          body,
        });
        expectProblem(withSecret, 401, 'unauthorized');
        const preflight = await sendTo(h.app, '/v1/bookings/holds', {
          method: 'OPTIONS',
          headers: { Origin: ALLOWED_ORIGIN, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization, content-type, idempotency-key' },
        });
        assert.equal(preflight.status, 204);
        assert.equal(preflight.headers.get('access-control-allow-origin'), ALLOWED_ORIGIN);
        const bearer = await sendTo(h.app, '/v1/bookings/holds', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TEST_KEY}`, Origin: ALLOWED_ORIGIN, 'Idempotency-Key': randomUUID() },
          body,
        });
        assert.equal(bearer.status, 201, bearer.text);
        assert.equal(bearer.headers.get('access-control-allow-origin'), ALLOWED_ORIGIN);
        const inquiryRes = await sendTo(h.app, `/v1/bookings/inquiries?key=${TEST_KEY}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Origin: ALLOWED_ORIGIN, 'Idempotency-Key': randomUUID() },
          body: JSON.stringify(inquiryBody()),
        });
        assert.equal(inquiryRes.status, 201, inquiryRes.text);
        expectProblem(await get('/v1/bookings/holds'), 405, 'method_not_allowed');
        expectProblem(await get(`/v1/bookings/by-token/${bookingTokenOf(bearer)}/accept`), 405, 'method_not_allowed');
      });
    });
  });
}

function bookingTokenOf(res: TestResponse): string {
  return res.json.bookingToken;
}
