import { createHmac, timingSafeEqual } from 'node:crypto';

/** Header carrying the test provider's webhook signature: `t=<unix seconds>,v1=<hex HMAC-SHA256>`. */
export const TEST_WEBHOOK_SIGNATURE_HEADER = 'Cen-Test-Signature';

/** The documented demo secret, used when `CEN_TEST_WEBHOOK_SECRET` is not set. */
export const DEFAULT_TEST_WEBHOOK_SECRET = 'whsec_test_demo';

/** Signed webhooks older or newer than this (seconds) are refused, so a captured one cannot be replayed later. */
export const TEST_WEBHOOK_TOLERANCE_SECONDS = 300;

export const TEST_WEBHOOK_TYPES = ['deposit.completed', 'payment.canceled', 'account.expired'] as const;
export type TestWebhookType = (typeof TEST_WEBHOOK_TYPES)[number];

/** The JSON body the test provider posts to `/v1/webhooks/test`. */
export interface TestWebhookBody {
  id: string;
  type: TestWebhookType;
  /** Our payment id (`pay_…`). */
  paymentId: string;
  amount: number;
  occurredAt: string;
}

function hmacHex(secret: string, time: number, body: string): string {
  return createHmac('sha256', secret).update(`${time}.${body}`, 'utf8').digest('hex');
}

/**
 * The `Cen-Test-Signature` header value for a body: `t=<unix>,v1=<hex HMAC-SHA256 of "<t>.<body>">`.
 * For tests and end-to-end scripts that play the test provider.
 */
export function signTestWebhook(body: string, secret: string = DEFAULT_TEST_WEBHOOK_SECRET, time: number = Math.floor(Date.now() / 1000)): string {
  return `t=${time},v1=${hmacHex(secret, time, body)}`;
}

/** True when the header signs this exact body with the secret, within the tolerance of `now`. */
export function verifyTestWebhookSignature(header: string | null, body: string, secret: string, now: Date): boolean {
  if (!header || header.length > 1000) return false;
  let time: number | undefined;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const [name, value] = part.trim().split('=', 2);
    if (name === 't' && value && /^\d{1,12}$/.test(value)) time = Number(value);
    else if (name === 'v1' && value && /^[0-9a-f]{64}$/.test(value)) signatures.push(value);
  }
  if (time === undefined || signatures.length === 0) return false;
  if (Math.abs(now.getTime() / 1000 - time) > TEST_WEBHOOK_TOLERANCE_SECONDS) return false;
  const expected = Buffer.from(hmacHex(secret, time, body), 'utf8');
  // Several v1 values may be sent while a secret is rotated: any one may match.
  return signatures.some((signature) => timingSafeEqual(Buffer.from(signature, 'utf8'), expected));
}
