import type { CenBookingFacts } from './booking-facts.js';

/** Detail of `cen-booking-inquiry-sent`: the booking, without the buyer's personal data. */
export interface CenBookingInquirySentDetail {
  booking: CenBookingFacts;
}
/** Fired by `<cen-service-booking>` after the buyer's inquiry (request for a quote) was sent. */
export type CenBookingInquirySentEvent = CustomEvent<CenBookingInquirySentDetail>;

declare global {
  interface HTMLElementEventMap {
    'cen-booking-inquiry-sent': CenBookingInquirySentEvent;
  }
}
