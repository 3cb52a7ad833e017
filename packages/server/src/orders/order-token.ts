import { createHmac, timingSafeEqual } from 'node:crypto';
import { ORDER_TOKEN_PATTERN, isId } from '@thecen/schema';

const PURPOSE = 'cen-order-token:v1:';

function signature(payload: string, secret: string): string {
  return createHmac('sha256', secret).update(PURPOSE + payload).digest('base64url');
}

/**
 * The token a buyer reads an order with: `ot_<payload>.<signature>`, the payload the order id
 * (base64url) and the signature an HMAC-SHA256 with the server's signing secret. Not guessable,
 * not forgeable, and it reveals nothing but the order id.
 */
export function signOrderToken(orderId: string, secret: string): string {
  const payload = Buffer.from(orderId, 'utf8').toString('base64url');
  return `ot_${payload}.${signature(payload, secret)}`;
}

/** The order id of a genuine token; null for anything else (compared in constant time). */
export function verifyOrderToken(token: string, secret: string): string | null {
  if (!ORDER_TOKEN_PATTERN.test(token)) return null;
  const dot = token.indexOf('.');
  const payload = token.slice(3, dot);
  const given = Buffer.from(token.slice(dot + 1), 'utf8');
  const expected = Buffer.from(signature(payload, secret), 'utf8');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const orderId = Buffer.from(payload, 'base64url').toString('utf8');
  return isId('order', orderId) ? orderId : null;
}
