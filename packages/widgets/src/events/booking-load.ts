import type { CenBookingFacts } from './booking-facts.js';

/** Detail of `cen-booking-load`: the booking, without the buyer's personal data. */
export interface CenBookingLoadDetail {
  booking: CenBookingFacts;
}
/** Fired by `<cen-booking-status>` after it fetched and rendered the booking (also after a refresh or an action). */
export type CenBookingLoadEvent = CustomEvent<CenBookingLoadDetail>;

declare global {
  interface HTMLElementEventMap {
    'cen-booking-load': CenBookingLoadEvent;
  }
}
