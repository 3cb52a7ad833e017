import { randomBytes } from 'node:crypto';
import { ID_PREFIXES, type IdKind } from '@thecen/schema';

const LOWER_ALPHANUMERIC = 'abcdefghijklmnopqrstuvwxyz0123456789';
/** Order numbers avoid characters people confuse when reading them out (0/O, 1/I). */
const ORDER_NUMBER_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

function randomString(alphabet: string, length: number): string {
  // Rejection sampling keeps every character equally likely.
  const limit = 256 - (256 % alphabet.length);
  let out = '';
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < limit) out += alphabet[byte % alphabet.length];
      if (out.length === length) break;
    }
  }
  return out;
}

/** A new random id of a kind, e.g. `ord_k3v9…` (20 random characters, about 103 bits). */
export function newId(kind: IdKind): string {
  return `${ID_PREFIXES[kind]}_${randomString(LOWER_ALPHANUMERIC, 20)}`;
}

/** A human-readable order number with the Seoul date: `CEN-20261123-4F7K2Q`. */
export function newOrderNumber(now: Date): string {
  const seoul = new Date(now.getTime() + 9 * 60 * 60 * 1000);
  const date = seoul.toISOString().slice(0, 10).replaceAll('-', '');
  return `CEN-${date}-${randomString(ORDER_NUMBER_ALPHABET, 6)}`;
}

/** A human-readable booking number with the Seoul date: `BK-20261123-4F7K2Q`. */
export function newBookingNumber(now: Date): string {
  const seoul = new Date(now.getTime() + 9 * 60 * 60 * 1000);
  return `BK-${seoul.toISOString().slice(0, 10).replaceAll('-', '')}-${randomString(ORDER_NUMBER_ALPHABET, 6)}`;
}

/** An id for a row that is never public (e.g. an outbox notification): `<prefix>_` + 20 characters. */
export function newInternalId(prefix: string): string {
  return `${prefix}_${randomString(LOWER_ALPHANUMERIC, 20)}`;
}

/** An opaque random token (base64url) for keys that are not public ids. */
export function randomToken(bytes = 18): string {
  return randomBytes(bytes).toString('base64url');
}
