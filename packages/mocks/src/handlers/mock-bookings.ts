import type { RequestHandler } from 'msw';
import type { BookingStore, MockBookings } from './booking-store.js';
import { handlerRegistry, type HandlerSource } from './handler-source.js';

export type { MockBookings } from './booking-store.js';

/** The booking state behind each handler made by `createHandlers()`. */
const bookingStores = handlerRegistry<BookingStore>(
  'No mock bookings behind these handlers: pass handlers made by createHandlers() of @thecen/mocks, a createMockFetch() function or an msw server using them.',
);

export function registerBookingStore(handlers: readonly RequestHandler[], store: BookingStore): void {
  bookingStores.register(handlers, store);
}

/**
 * Acts as the partner (and the checkout) on the mock bookings behind `source`: the handlers of one
 * `createHandlers()` call, a `createMockFetch()` function, or an msw server / worker using them —
 * what a real partner does with the secret-key booking routes, which the mocks do not answer.
 * Each action answers the booking as it is now; a wrong move throws.
 *
 * @example
 * const mockFetch = createMockFetch({ now: () => clock });
 * const cen = createClient({ baseUrl: 'http://localhost:8787', publishableKey: DEMO_PUBLISHABLE_KEY, fetch: mockFetch });
 * const { booking, bookingToken } = await cen.bookings.inquire(inquiry);
 * mockBookings(mockFetch).quote(booking.id, { amount: 350000, message: '', proposedSlots: [slot], validUntil });
 * await cen.bookings.acceptQuote(bookingToken, { slotStart: slot }); // pending_payment
 * mockBookings(mockFetch).pay(booking.id); // confirmed
 */
export function mockBookings(source: HandlerSource): MockBookings {
  return bookingStores.find(source).partner;
}
