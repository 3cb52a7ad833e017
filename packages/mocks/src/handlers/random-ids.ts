import { ID_PREFIXES, type IdKind } from '@thecen/schema';
import { toKstIso } from '../fixtures/seoul-time.js';

const LOWER_ALPHANUMERIC = 'abcdefghijklmnopqrstuvwxyz0123456789';
/** Order numbers leave out characters people confuse when reading them out (0/O, 1/I). */
const ORDER_NUMBER_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '0123456789';
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Random characters of `alphabet` from Web Crypto (browsers and Node alike; no Node built-ins). */
function randomString(alphabet: string, length: number): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(length)), (byte) => alphabet[byte % alphabet.length]).join('');
}

/** A new id of a kind, e.g. `ord_k3v9…` (16 random characters). */
export function randomId(kind: IdKind): string {
  return `${ID_PREFIXES[kind]}_${randomString(LOWER_ALPHANUMERIC, 16)}`;
}

/** A human-readable order number with the Seoul date: `CEN-20261123-4F7K2Q`. */
export function randomOrderNumber(now: Date): string {
  return `CEN-${toKstIso(now).slice(0, 10).replaceAll('-', '')}-${randomString(ORDER_NUMBER_ALPHABET, 6)}`;
}

/**
 * An order token shaped like the server's (`ot_<order id, base64url>.<signature>`, matching
 * `ORDER_TOKEN_PATTERN`). In the mock the "signature" is random and the token is a lookup key.
 */
export function randomOrderToken(orderId: string): string {
  const payload = btoa(orderId).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
  return `ot_${payload}.${randomString(BASE64URL, 32)}`;
}

/** A booking number with the Seoul date: `BK-20261123-4F7K2Q`. */
export function randomBookingNumber(now: Date): string {
  return `BK-${toKstIso(now).slice(0, 10).replaceAll('-', '')}-${randomString(ORDER_NUMBER_ALPHABET, 6)}`;
}

/**
 * A booking token shaped like the server's (`bt_<booking id, base64url>.<signature>`, matching
 * `BOOKING_TOKEN_PATTERN`); in the mock it is only a lookup key.
 */
export function randomBookingToken(bookingId: string): string {
  const payload = btoa(bookingId).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
  return `bt_${payload}.${randomString(BASE64URL, 32)}`;
}

/** A virtual account number of the demo bank: `790-1234-5678-90`. */
export function randomAccountNumber(): string {
  const digits = randomString(DIGITS, 12);
  return `${digits.slice(0, 3)}-${digits.slice(3, 7)}-${digits.slice(7, 11)}-${digits.slice(11)}${randomString(DIGITS, 1)}`;
}
