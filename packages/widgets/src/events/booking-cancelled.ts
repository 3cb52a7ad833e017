import type { CenBookingFacts } from './booking-facts.js';

/** Detail of `cen-booking-cancelled`: the booking, without the buyer's personal data. */
export interface CenBookingCancelledDetail {
  booking: CenBookingFacts;
}
/** Fired by `<cen-booking-status>` after the buyer cancelled the booking or declined its quote (the server decided the refund). */
export type CenBookingCancelledEvent = CustomEvent<CenBookingCancelledDetail>;

declare global {
  interface HTMLElementEventMap {
    'cen-booking-cancelled': CenBookingCancelledEvent;
  }
}
