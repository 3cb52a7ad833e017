import { BOOKING_TOKEN_PATTERN } from '@thecen/schema';
import { signIdToken, verifyIdToken, type SignedIdTokenKind } from '../secrets/signed-id-token.js';

const BOOKING_TOKEN: SignedIdTokenKind = { prefix: 'bt', pattern: BOOKING_TOKEN_PATTERN, idKind: 'booking', purpose: 'cen-booking-token:v1:' };

/**
 * The token a buyer reads and manages a booking with (`bt_…`), signed like order tokens with the
 * server's signing secret: the link of an inquiry's quote, the status widget, the cart.
 */
export function signBookingToken(bookingId: string, secret: string): string {
  return signIdToken(BOOKING_TOKEN, bookingId, secret);
}

/** The booking id of a genuine token; null for anything else (compared in constant time). */
export function verifyBookingToken(token: string, secret: string): string | null {
  return verifyIdToken(BOOKING_TOKEN, token, secret);
}
