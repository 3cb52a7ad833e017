// The SDK's booking methods against the msw mocks of `@thecen/mocks` (a test-only import): every
// answer of the mock bookings passes the route schemas `createClient` validates with.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createMockFetch, mockBookings, mockPayments } from '@thecen/mocks/fetch';
import { DEMO_PUBLISHABLE_KEY, demoCheckoutTerms } from '@thecen/mocks/fixtures';
import { CenConflictError, CenInvalidRequestError, createClient } from './index.js';

function setup() {
  let clock = Date.parse('2026-11-23T09:00:00+09:00');
  const mockFetch = createMockFetch({ now: () => new Date(clock) });
  const cen = createClient({ baseUrl: 'http://localhost:8787', publishableKey: DEMO_PUBLISHABLE_KEY, fetch: mockFetch });
  return { cen, partner: mockBookings(mockFetch), payments: mockPayments(mockFetch), advance: (minutes: number) => (clock += minutes * 60_000) };
}

const consents = demoCheckoutTerms.consents.map((c) => ({ type: c.type, version: c.version, accepted: c.required }));

test('instant: availability, hold, pay in the checkout, read by token, all validated', async () => {
  const { cen, payments } = setup();
  const { days } = await cen.services.availability('svc_coparenting02', { from: '2026-11-23', to: '2026-11-29' });
  const day = days.find((d) => d.slots.some((s) => s.remaining > 0))!;
  assert.equal(day.date, '2026-11-24');
  const slot = day.slots[0]!;
  assert.deepEqual([slot.start, slot.capacity, slot.remaining], ['2026-11-24T10:00:00+09:00', 12, 12]);

  const { booking, bookingToken } = await cen.bookings.hold({ serviceId: 'svc_coparenting02', slotStart: slot.start, partySize: 2 });
  assert.equal(booking.amount, 30000);
  const quote = await cen.cart.quote({ lines: [], bookings: [{ bookingToken }] });
  assert.equal(quote.total, 30000);
  const created = await cen.orders.create({
    lines: [],
    bookings: [{ bookingToken }],
    buyer: { name: '이서준', phone: '010-9876-5432', email: 'seojun@example.kr' },
    consents,
    receipt: { type: 'none' },
    paymentMethod: 'card',
    returnUrl: 'http://localhost:5173/booked',
  });
  payments.approve(created.payment.paymentId);
  const confirmed = await cen.bookings.retrieveByToken(bookingToken);
  assert.equal(confirmed.status, 'confirmed');
  assert.equal(confirmed.orderId, created.order.id);
  const left = await cen.services.availability('svc_coparenting02', { from: '2026-11-24', to: '2026-11-24' });
  assert.equal(left.days[0]!.slots[0]!.remaining, 10);

  const cancelled = await cen.bookings.cancel(bookingToken, { reason: '일정 변경' });
  assert.deepEqual([cancelled.status, cancelled.cancellation!.refundAmount, cancelled.cancellation!.feeAmount], ['cancelled', 0, 30000]);
});

test('request: inquiry, partner quote, acceptance, and the errors as typed SDK errors', async () => {
  const { cen, partner } = setup();
  const { booking, bookingToken } = await cen.bookings.inquire({
    serviceId: 'svc_housingwelfare01',
    needs: '욕실 곰팡이 제거',
    area: { region: 'gyeonggi', district: '고양시' },
    preferredTimes: [{ date: '2026-11-27', timeOfDay: 'afternoon' }],
    contact: { name: '박서연', phone: '010-5555-1234', email: 'seoyeon@example.kr' },
    consents: consents.filter((c) => c.type !== 'purchase_terms'),
  });
  assert.equal(booking.status, 'inquiry');
  partner.quote(booking.id, { amount: 180000, message: '곰팡이 제거 1회', proposedSlots: ['2026-11-27T13:00:00+09:00'], validUntil: '2026-11-26T18:00:00+09:00' });
  const quoted = await cen.bookings.retrieveByToken(bookingToken);
  assert.equal(quoted.quote!.amount, 180000);

  await assert.rejects(cen.bookings.acceptQuote(bookingToken, { slotStart: '2026-11-27T15:00:00+09:00' }), (error: unknown) => {
    assert.ok(error instanceof CenInvalidRequestError);
    assert.deepEqual(error.fieldErrors.map((e) => e.path), ['body.slotStart']);
    return true;
  });
  const accepted = await cen.bookings.acceptQuote(bookingToken, { slotStart: '2026-11-27T13:00:00+09:00' });
  assert.equal(accepted.status, 'pending_payment');
  await assert.rejects(cen.bookings.declineQuote(bookingToken, { reason: '변심' }), (error: unknown) => {
    assert.ok(error instanceof CenConflictError);
    assert.equal(error.code, 'booking_transition_not_allowed');
    return true;
  });
  await assert.rejects(cen.bookings.hold({ serviceId: 'svc_hanjicraft01', slotStart: '2026-11-23T10:00:00+09:00', partySize: 1 }), (error: unknown) => {
    assert.ok(error instanceof CenConflictError);
    assert.equal(error.code, 'slot_unavailable');
    return true;
  });
});
