import { createHmac, timingSafeEqual } from 'node:crypto';
import { isId, type IdKind } from '@thecen/schema';

/** What one kind of signed token is: its public prefix and pattern, and its HMAC purpose. */
export interface SignedTokenKind {
  /** `ot` (orders), `bt` (bookings), `st` (statements). */
  prefix: string;
  /** The public pattern of the token (from `@thecen/schema`). */
  pattern: RegExp;
  /** Domain separation: a token of one kind never verifies as another. */
  purpose: string;
}

/** A signed token that carries one id. */
export interface SignedIdTokenKind extends SignedTokenKind {
  /** The kind of id the payload must be. */
  idKind: IdKind;
}

function signature(kind: SignedTokenKind, payload: string, secret: string): string {
  return createHmac('sha256', secret).update(kind.purpose + payload).digest('base64url');
}

/**
 * `<prefix>_<payload>.<signature>`: the payload a short text (base64url) and the signature an
 * HMAC-SHA256 of it with the server's signing secret. Not forgeable; the text is readable by
 * whoever holds the token, so it must never carry more than the holder may know.
 */
export function signTextToken(kind: SignedTokenKind, text: string, secret: string): string {
  const payload = Buffer.from(text, 'utf8').toString('base64url');
  return `${kind.prefix}_${payload}.${signature(kind, payload, secret)}`;
}

/** The text of a genuine token of this kind; null for anything else (compared in constant time). */
export function verifyTextToken(kind: SignedTokenKind, token: string, secret: string): string | null {
  if (!kind.pattern.test(token)) return null;
  const dot = token.indexOf('.');
  const payload = token.slice(kind.prefix.length + 1, dot);
  const given = Buffer.from(token.slice(dot + 1), 'utf8');
  const expected = Buffer.from(signature(kind, payload, secret), 'utf8');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return Buffer.from(payload, 'base64url').toString('utf8');
}

/**
 * A token a buyer reads one record with: `<prefix>_<payload>.<signature>`, the payload the id
 * (base64url) and the signature an HMAC-SHA256 with the server's signing secret. Not guessable,
 * not forgeable, and it reveals nothing but the id.
 */
export function signIdToken(kind: SignedIdTokenKind, id: string, secret: string): string {
  return signTextToken(kind, id, secret);
}

/** The id of a genuine token of this kind; null for anything else (compared in constant time). */
export function verifyIdToken(kind: SignedIdTokenKind, token: string, secret: string): string | null {
  const id = verifyTextToken(kind, token, secret);
  return id !== null && isId(kind.idKind, id) ? id : null;
}
