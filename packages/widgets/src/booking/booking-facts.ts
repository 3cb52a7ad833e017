import type { Booking } from '@thecen/schema/browser';
import type { CenBookingFacts } from '../events/booking-facts.js';

/** The facts of a booking the events carry: no contact, address, needs or token. */
export function bookingFacts(b: Booking): CenBookingFacts {
  return {
    bookingId: b.id,
    number: b.number,
    status: b.status,
    mode: b.mode,
    serviceId: b.serviceId,
    serviceTitle: b.serviceTitle,
    slotStart: b.slotStart,
    slotEnd: b.slotEnd,
    partySize: b.partySize,
    amount: b.amount,
    holdExpiresAt: b.holdExpiresAt,
  };
}
