import type { BookingStatus } from './booking.js';

/** The only legal moves of a booking's status. */
export const BOOKING_TRANSITIONS: Readonly<Record<BookingStatus, readonly BookingStatus[]>> = {
  inquiry: ['quoted', 'cancelled', 'expired'],
  quoted: ['quoted', 'pending_payment', 'cancelled', 'expired'],
  held: ['pending_payment', 'cancelled', 'expired'],
  pending_payment: ['confirmed', 'cancelled', 'expired'],
  confirmed: ['completed', 'cancelled', 'no_show'],
  completed: [],
  cancelled: [],
  no_show: [],
  expired: [],
};

export function canTransition(from: BookingStatus, to: BookingStatus): boolean {
  return BOOKING_TRANSITIONS[from].includes(to);
}

export class IllegalBookingTransitionError extends Error {
  override name = 'IllegalBookingTransitionError';
  constructor(readonly from: BookingStatus, readonly to: BookingStatus) {
    super(`a booking cannot go from ${from} to ${to}`);
  }
}

/** Throws unless the move is legal. */
export function assertTransition(from: BookingStatus, to: BookingStatus): void {
  if (!canTransition(from, to)) throw new IllegalBookingTransitionError(from, to);
}
