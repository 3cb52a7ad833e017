import { http, HttpResponse, type RequestHandler } from 'msw';
import { idempotencyFingerprint, paths, routes, type RouteName } from '@thecen/schema';
import type { BookingStore } from './booking-store.js';
import { answer, idempotencyKey, mswPath, problemOf, type Admitted, type CheckoutHandlersContext } from './checkout-handlers.js';
import type { CheckoutStore, StoredAnswer } from './checkout-store.js';
import { queryObject, readJsonBody, validate, type SafeParser } from './request-validation.js';

export interface BookingHandlersContext extends Omit<CheckoutHandlersContext, 'store'> {
  bookings: BookingStore;
  /** The checkout store, whose idempotent-write memory the booking writes share. */
  store: CheckoutStore;
}

/**
 * msw handlers of the publishable-key booking routes: a service's availability, holds,
 * inquiries, and the buyer's booking routes reached with the booking token (read, accept or
 * decline a quote, cancel). Writes need an `Idempotency-Key`. State lives in `bookings`.
 */
export function bookingHandlers({ bookings, store, at, admit }: BookingHandlersContext): RequestHandler[] {
  /** Runs a write once per idempotency key; problems it throws become problem responses. */
  function once(admitted: Admitted, key: string, route: RouteName, raw: unknown, run: () => StoredAnswer): Response {
    try {
      const fingerprint = idempotencyFingerprint(route, admitted.url.pathname, raw);
      return answer(store.once(admitted.channel.id, key, fingerprint, run));
    } catch (error) {
      return problemOf(error, admitted.instance);
    }
  }

  /** Admits a token route and finds its booking; a `Response` is the problem to answer. */
  async function admitBooking(request: Request, params: Record<string, unknown>) {
    const admitted = await admit(request);
    if (admitted instanceof Response) return admitted;
    const parsed = validate('path', routes.getBookingByToken.params, { token: params.token }, admitted.instance);
    if (!parsed.ok) return parsed.response;
    try {
      return { ...admitted, record: bookings.recordByToken(admitted.channel.id, parsed.data.token) };
    } catch (error) {
      return problemOf(error, admitted.instance);
    }
  }

  /** A buyer's write on a booking token: key, body, then `run` once. */
  function tokenWrite<B>(
    route: 'acceptBookingQuote' | 'declineBookingQuote' | 'cancelBookingByBuyer',
    schema: SafeParser<B>,
    run: (record: ReturnType<BookingStore['recordByToken']>, body: B) => StoredAnswer,
  ) {
    return http.post(at(mswPath(paths[route].path)), async ({ request, params }) => {
      const found = await admitBooking(request, params);
      if (found instanceof Response) return found;
      const key = idempotencyKey(request, found.instance);
      if (key instanceof Response) return key;
      const body = await readJsonBody(request, schema, found.instance);
      if (!body.ok) return body.response;
      return once(found, key, route, body.raw, () => run(found.record, body.data));
    });
  }

  return [
    http.get(at(mswPath(paths.getServiceAvailability.path)), async ({ request, params }) => {
      const admitted = await admit(request);
      if (admitted instanceof Response) return admitted;
      const path = validate('path', routes.getServiceAvailability.params, { id: params.id }, admitted.instance);
      if (!path.ok) return path.response;
      const query = validate('query', routes.getServiceAvailability.query, queryObject(admitted.url.searchParams), admitted.instance);
      if (!query.ok) return query.response;
      try {
        // Capacity changes with every hold: never cached.
        return HttpResponse.json(bookings.availability(path.data.id, query.data.from, query.data.to), { headers: { 'Cache-Control': 'no-store' } });
      } catch (error) {
        return problemOf(error, admitted.instance);
      }
    }),

    http.post(at(paths.createBookingHold.path), async ({ request }) => {
      const admitted = await admit(request);
      if (admitted instanceof Response) return admitted;
      const key = idempotencyKey(request, admitted.instance);
      if (key instanceof Response) return key;
      const body = await readJsonBody(request, routes.createBookingHold.body, admitted.instance);
      if (!body.ok) return body.response;
      return once(admitted, key, 'createBookingHold', body.raw, () => bookings.hold(admitted.channel, body.data));
    }),

    http.post(at(paths.createBookingInquiry.path), async ({ request }) => {
      const admitted = await admit(request);
      if (admitted instanceof Response) return admitted;
      const key = idempotencyKey(request, admitted.instance);
      if (key instanceof Response) return key;
      const body = await readJsonBody(request, routes.createBookingInquiry.body, admitted.instance);
      if (!body.ok) return body.response;
      return once(admitted, key, 'createBookingInquiry', body.raw, () => bookings.inquire(admitted.channel, body.data));
    }),

    http.get(at(mswPath(paths.getBookingByToken.path)), async ({ request, params }) => {
      const found = await admitBooking(request, params);
      if (found instanceof Response) return found;
      return HttpResponse.json(found.record.booking);
    }),

    tokenWrite('acceptBookingQuote', routes.acceptBookingQuote.body, (record, body) => bookings.accept(record, body.slotStart)),
    tokenWrite('declineBookingQuote', routes.declineBookingQuote.body, (record, body) => bookings.decline(record, body.reason)),
    tokenWrite('cancelBookingByBuyer', routes.cancelBookingByBuyer.body, (record, body) => bookings.cancelByBuyer(record, body.reason)),
  ];
}
