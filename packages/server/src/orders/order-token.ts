import { ORDER_TOKEN_PATTERN } from '@thecen/schema';
import { signIdToken, verifyIdToken, type SignedIdTokenKind } from '../secrets/signed-id-token.js';

const ORDER_TOKEN: SignedIdTokenKind = { prefix: 'ot', pattern: ORDER_TOKEN_PATTERN, idKind: 'order', purpose: 'cen-order-token:v1:' };

/**
 * The token a buyer reads an order with: `ot_<payload>.<signature>`, the payload the order id
 * (base64url) and the signature an HMAC-SHA256 with the server's signing secret. Not guessable,
 * not forgeable, and it reveals nothing but the order id.
 */
export function signOrderToken(orderId: string, secret: string): string {
  return signIdToken(ORDER_TOKEN, orderId, secret);
}

/** The order id of a genuine token; null for anything else (compared in constant time). */
export function verifyOrderToken(token: string, secret: string): string | null {
  return verifyIdToken(ORDER_TOKEN, token, secret);
}
