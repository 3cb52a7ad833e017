import type { CenBookingFacts } from './booking-facts.js';

/** Detail of `cen-booking-expired`: the booking, without the buyer's personal data. */
export interface CenBookingExpiredDetail {
  booking: CenBookingFacts;
}
/** Fired by `<cen-service-booking>` when an unpaid hold ran out (the slot is released and the booking leaves the cart). */
export type CenBookingExpiredEvent = CustomEvent<CenBookingExpiredDetail>;

declare global {
  interface HTMLElementEventMap {
    'cen-booking-expired': CenBookingExpiredEvent;
  }
}
