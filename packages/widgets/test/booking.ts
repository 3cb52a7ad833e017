/**
 * Helpers of the booking tests: a clock the test moves (shared by the mock API and the elements),
 * the mock API on that clock, a client acting as the buyer, and a fetch whose answers can be held.
 */
import type { MockFetch } from '@thecen/mocks/fetch';
import type { BookingWithToken } from '@thecen/schema/browser';
import { createCoreClient, type CenClient } from '@thecen/sdk/core';
import type { CartBooking } from '../src/cart/cart-store.js';
import { commerceFetch, PAGE_KEY } from './commerce.js';
import { API } from './harness.js';

export interface TestClock {
  now(): Date;
  set(iso: string): void;
  advance(ms: number): void;
}

/** A clock standing still at `start` until the test moves it. */
export function testClock(start: string): TestClock {
  let at = Date.parse(start);
  return {
    now: () => new Date(at),
    set: (iso) => void (at = Date.parse(iso)),
    advance: (ms) => void (at += ms),
  };
}

/** The mock API (demo mall under `PAGE_KEY`) on the test's clock. */
export function bookingFetch(clock: TestClock): MockFetch {
  return commerceFetch({ now: () => clock.now() });
}

/** A buyer's client on the same mock API, to prepare bookings. */
export function buyerClient(fetch: typeof globalThis.fetch): CenClient {
  return createCoreClient({ baseUrl: API, publishableKey: PAGE_KEY, fetch });
}

/** A fetch that records each request's URL and signal, and holds the answers while `hold()` is on. */
export function holdableFetch(inner: typeof globalThis.fetch) {
  const seen: { url: string; signal: AbortSignal | undefined }[] = [];
  let gate: Promise<void> | undefined;
  let open: (() => void) | undefined;
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    seen.push({ url: String(input instanceof Request ? input.url : input), signal: init?.signal ?? (input instanceof Request ? input.signal : undefined) });
    if (gate) await gate;
    return inner(input, init);
  };
  return Object.assign(fetch, {
    seen,
    hold() {
      gate = new Promise<void>((resolve) => (open = resolve));
    },
    release() {
      open?.();
      gate = undefined;
    },
  });
}

/** What `<cen-service-booking>` puts into the cart for a held booking. */
export function cartBookingOf(held: BookingWithToken): CartBooking {
  const b = held.booking;
  return {
    bookingToken: held.bookingToken,
    bookingId: b.id,
    serviceId: b.serviceId,
    serviceTitle: b.serviceTitle,
    partnerName: b.partnerName,
    slotStart: b.slotStart!,
    slotEnd: b.slotEnd,
    partySize: b.partySize,
    amount: b.amount,
    holdExpiresAt: b.holdExpiresAt,
    visit: b.area !== null,
  };
}
