import { createHmac, timingSafeEqual } from 'node:crypto';
import { isId, type IdKind } from '@thecen/schema';

/** What one kind of signed id token is: its public prefix and pattern, the id it carries, and its HMAC purpose. */
export interface SignedIdTokenKind {
  /** `ot` (orders), `bt` (bookings). */
  prefix: string;
  /** The public pattern of the token (from `@thecen/schema`). */
  pattern: RegExp;
  /** The kind of id the payload must be. */
  idKind: IdKind;
  /** Domain separation: a token of one kind never verifies as another. */
  purpose: string;
}

function signature(kind: SignedIdTokenKind, payload: string, secret: string): string {
  return createHmac('sha256', secret).update(kind.purpose + payload).digest('base64url');
}

/**
 * A token a buyer reads one record with: `<prefix>_<payload>.<signature>`, the payload the id
 * (base64url) and the signature an HMAC-SHA256 with the server's signing secret. Not guessable,
 * not forgeable, and it reveals nothing but the id.
 */
export function signIdToken(kind: SignedIdTokenKind, id: string, secret: string): string {
  const payload = Buffer.from(id, 'utf8').toString('base64url');
  return `${kind.prefix}_${payload}.${signature(kind, payload, secret)}`;
}

/** The id of a genuine token of this kind; null for anything else (compared in constant time). */
export function verifyIdToken(kind: SignedIdTokenKind, token: string, secret: string): string | null {
  if (!kind.pattern.test(token)) return null;
  const dot = token.indexOf('.');
  const payload = token.slice(kind.prefix.length + 1, dot);
  const given = Buffer.from(token.slice(dot + 1), 'utf8');
  const expected = Buffer.from(signature(kind, payload, secret), 'utf8');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const id = Buffer.from(payload, 'base64url').toString('utf8');
  return isId(kind.idKind, id) ? id : null;
}
