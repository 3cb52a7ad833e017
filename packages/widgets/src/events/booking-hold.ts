import type { Service, ServiceArea } from '@thecen/schema/browser';

/** Detail of `cen-booking-hold`: the slot the buyer asked to hold. */
export interface CenBookingHoldDetail {
  service: Service;
  /** Start of the chosen slot, ISO-8601 with `+09:00`. */
  slotStart: string;
  partySize: number;
  /** Where a visit service comes to; undefined for other services. */
  area: ServiceArea | undefined;
}
/**
 * Fired by `<cen-service-booking>` when the buyer presses "예약하기", before the slot is held;
 * cancelable: `preventDefault()` holds nothing (e.g. the host asks for a membership first).
 */
export type CenBookingHoldEvent = CustomEvent<CenBookingHoldDetail>;

declare global {
  interface HTMLElementEventMap {
    'cen-booking-hold': CenBookingHoldEvent;
  }
}
