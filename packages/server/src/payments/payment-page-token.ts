import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The signature (`t`) of the links to the payment pages this server hosts (`/pay/{provider}/{paymentId}`):
 * HMAC-SHA256 of `cen-{provider}-payment-page:v1:{paymentId}` with the server's signing secret,
 * base64url. Only someone the server gave the link to can open the page of a payment.
 */
export function signPaymentPageToken(secret: string, provider: string, paymentId: string): string {
  return createHmac('sha256', secret).update(`cen-${provider}-payment-page:v1:${paymentId}`).digest('base64url');
}

/** True when `token` is the page token of the provider's payment (constant-time). */
export function verifyPaymentPageToken(secret: string, provider: string, paymentId: string, token: string): boolean {
  const expected = Buffer.from(signPaymentPageToken(secret, provider, paymentId), 'utf8');
  const given = Buffer.from(token, 'utf8');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
