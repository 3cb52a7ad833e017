import type { BookingStatus } from '@thecen/schema/browser';

/**
 * What the booking events tell the host page about a booking: no contact details, address, needs
 * or token (the buyer's data stays with The CEN and the partner).
 */
export interface CenBookingFacts {
  bookingId: string;
  /** The booking number the buyer sees (`B-…`). */
  number: string;
  status: BookingStatus;
  mode: 'instant' | 'request';
  serviceId: string;
  serviceTitle: string;
  /** ISO-8601 with `+09:00`; null before a slot is chosen (an inquiry). */
  slotStart: string | null;
  slotEnd: string | null;
  partySize: number;
  /** In won, once known. */
  amount: number | null;
  /** When an unpaid hold runs out. */
  holdExpiresAt: string | null;
}
