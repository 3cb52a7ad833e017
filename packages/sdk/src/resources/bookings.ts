import type {
  AcceptQuoteRequest,
  Booking,
  BookingNoteRequest,
  BookingWithToken,
  CreateHoldRequest,
  CreateInquiryRequest,
  QuoteBookingRequest,
} from '@thecen/schema/browser';
import type { IdempotentRequestOptions, RequestOptions } from '../client-options.js';
import type { Requester } from '../http/request.js';
import { routeCaller } from './methods.js';

/**
 * Service bookings: `client.bookings`. Buyers (publishable key) hold a slot of an instant service
 * or send an inquiry for a quote, then reach the booking with its signed booking token (`bt_…`);
 * partners' servers (secret key) quote inquiries and move bookings along. Times are ISO-8601 with
 * `+09:00` (Asia/Seoul). Every write sends an `Idempotency-Key` (yours, or one generated per call)
 * and reuses it on retries.
 */
export interface BookingsResource {
  /**
   * Instant mode: holds a slot for the service's hold minutes (`booking.holdExpiresAt`) while the
   * buyer checks out; pay it by sending `{ bookingToken }` in the cart's `bookings`. Rejects with
   * `CenConflictError` (`slot_unavailable`) when the slot is full or no longer bookable, and with
   * `CenInvalidRequestError` when the buyer's `area` is outside the service's areas.
   *
   * `POST /v1/bookings/holds`
   * @example
   * const { booking, bookingToken } = await client.bookings.hold({
   *   serviceId: 'svc_hanjicraft01',
   *   slotStart: '2026-12-05T10:00:00+09:00',
   *   partySize: 2,
   * });
   * console.log(booking.status, booking.holdExpiresAt); // 'held', ten minutes from now
   */
  hold(body: CreateHoldRequest, options?: IdempotentRequestOptions): Promise<BookingWithToken>;
  /**
   * Request mode: sends an inquiry (needs, area, preferred dates, contact, consents) for the
   * partner to answer with a quote. Keep `bookingToken`: it is how the buyer sees the quote.
   *
   * `POST /v1/bookings/inquiries`
   * @example
   * const { bookingToken } = await client.bookings.inquire({
   *   serviceId: 'svc_housingwelfare01',
   *   needs: '작은방 도배와 곰팡이 제거',
   *   area: { region: 'seoul', district: '마포구' },
   *   preferredTimes: [{ date: '2026-12-03', timeOfDay: 'morning' }],
   *   contact: { name: '김하늘', phone: '010-1234-5678', email: 'sky@example.kr' },
   *   consents: [{ type: 'personal_info_collection', version: '2026-11-01', accepted: true }],
   * });
   */
  inquire(body: CreateInquiryRequest, options?: IdempotentRequestOptions): Promise<BookingWithToken>;
  /**
   * Gets a booking with the signed token the buyer received; rejects with `CenNotFoundError` for an
   * unknown or forged token.
   *
   * `GET /v1/bookings/by-token/{token}`
   * @example
   * const booking = await client.bookings.retrieveByToken(new URL(location.href).searchParams.get('cen_booking')!);
   */
  retrieveByToken(token: string, options?: RequestOptions): Promise<Booking>;
  /**
   * Accepts one of the quote's `proposedSlots`: the booking becomes `pending_payment` and the slot
   * is held until it is paid through checkout (cart `bookings`).
   *
   * `POST /v1/bookings/by-token/{token}/accept`
   * @example
   * const booking = await client.bookings.acceptQuote(token, { slotStart: quote.proposedSlots[0]! });
   */
  acceptQuote(token: string, body: AcceptQuoteRequest, options?: IdempotentRequestOptions): Promise<Booking>;
  /**
   * Declines the partner's quote: the booking is `cancelled`.
   *
   * `POST /v1/bookings/by-token/{token}/decline`
   * @example
   * await client.bookings.declineQuote(token, { reason: '일정이 맞지 않아요' });
   */
  declineQuote(token: string, body: BookingNoteRequest, options?: IdempotentRequestOptions): Promise<Booking>;
  /**
   * Cancels the booking as the buyer. A paid booking is refunded by the service's cancellation
   * policy (`booking.cancellation.refundAmount`); once the service has started it can no longer be
   * cancelled (`CenConflictError`).
   *
   * `POST /v1/bookings/by-token/{token}/cancel`
   * @example
   * const { cancellation } = await client.bookings.cancel(token, { reason: '아이가 아파요' });
   */
  cancel(token: string, body: BookingNoteRequest, options?: IdempotentRequestOptions): Promise<Booking>;
  /**
   * Gets any booking of the channel by id. Servers only: needs the `secretKey` option.
   *
   * `GET /v1/bookings/{id}`
   * @example
   * const cen = createClient({ baseUrl, secretKey: process.env.CEN_SECRET_KEY });
   * const booking = await cen.bookings.retrieve('bkg_7f3k2q9x');
   */
  retrieve(id: string, options?: RequestOptions): Promise<Booking>;
  /**
   * Answers an inquiry (or revises a quote) with a price, the slots the buyer may choose from and
   * how long the quote stands. Partner servers only: needs the `secretKey` option.
   *
   * `POST /v1/bookings/{id}/quote`
   * @example
   * await cen.bookings.quote('bkg_7f3k2q9x', {
   *   amount: 350000,
   *   message: '도배 2면, 곰팡이 제거 포함',
   *   proposedSlots: ['2026-12-03T09:00:00+09:00', '2026-12-04T13:00:00+09:00'],
   *   validUntil: '2026-12-02T18:00:00+09:00',
   * });
   */
  quote(id: string, body: QuoteBookingRequest, options?: IdempotentRequestOptions): Promise<Booking>;
  /**
   * Cancels a booking as the partner: always a full refund. Secret key.
   *
   * `POST /v1/bookings/{id}/cancel`
   * @example
   * await cen.bookings.cancelAsPartner('bkg_7f3k2q9x', { reason: '기사님 사정으로 방문이 어렵습니다' });
   */
  cancelAsPartner(id: string, body: BookingNoteRequest, options?: IdempotentRequestOptions): Promise<Booking>;
  /**
   * Records that the service has started (the `started` event; no withdrawal after it). Secret key.
   *
   * `POST /v1/bookings/{id}/start`
   * @example
   * await cen.bookings.start('bkg_7f3k2q9x');
   */
  start(id: string, options?: IdempotentRequestOptions): Promise<Booking>;
  /**
   * Marks a confirmed booking `completed`. Secret key.
   *
   * `POST /v1/bookings/{id}/complete`
   * @example
   * await cen.bookings.complete('bkg_7f3k2q9x');
   */
  complete(id: string, options?: IdempotentRequestOptions): Promise<Booking>;
  /**
   * Marks a confirmed booking `no_show`. Secret key.
   *
   * `POST /v1/bookings/{id}/no-show`
   * @example
   * await cen.bookings.markNoShow('bkg_7f3k2q9x');
   */
  markNoShow(id: string, options?: IdempotentRequestOptions): Promise<Booking>;
}

export function bookingsResource(request: Requester): BookingsResource {
  const call = routeCaller(request);
  return {
    hold: (body, options) => call('createBookingHold', {}, body, options),
    inquire: (body, options) => call('createBookingInquiry', {}, body, options),
    retrieveByToken: (token, options) => call('getBookingByToken', { token }, undefined, options),
    acceptQuote: (token, body, options) => call('acceptBookingQuote', { token }, body, options),
    declineQuote: (token, body, options) => call('declineBookingQuote', { token }, body, options),
    cancel: (token, body, options) => call('cancelBookingByBuyer', { token }, body, options),
    retrieve: (id, options) => call('getBooking', { id }, undefined, options, 'secret'),
    quote: (id, body, options) => call('quoteBooking', { id }, body, options, 'secret'),
    cancelAsPartner: (id, body, options) => call('cancelBookingByPartner', { id }, body, options, 'secret'),
    start: (id, options) => call('startBooking', { id }, undefined, options, 'secret'),
    complete: (id, options) => call('completeBooking', { id }, undefined, options, 'secret'),
    markNoShow: (id, options) => call('markBookingNoShow', { id }, undefined, options, 'secret'),
  };
}
