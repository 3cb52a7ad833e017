import type { CenBookingFacts } from './booking-facts.js';

/** Detail of `cen-booking-held`: the booking, without the buyer's personal data. */
export interface CenBookingHeldDetail {
  booking: CenBookingFacts;
}
/** Fired by `<cen-service-booking>` after a slot was held for the buyer (and put into the cart to be paid). */
export type CenBookingHeldEvent = CustomEvent<CenBookingHeldDetail>;

declare global {
  interface HTMLElementEventMap {
    'cen-booking-held': CenBookingHeldEvent;
  }
}
