/**
 * Standard Webhooks (standardwebhooks.com) signatures, as PortOne V2 uses them: headers
 * `webhook-id`, `webhook-timestamp` (Unix seconds) and `webhook-signature`, a space-separated list
 * of `v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<raw body>">`, keyed with the secret
 * `whsec_<base64>`. Timestamps further than the tolerance from now, in either direction, are
 * refused so that a captured request cannot be replayed later.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { WebhookVerificationError } from '../payment-provider.js';

export const STANDARD_WEBHOOK_TOLERANCE_SECONDS = 5 * 60;

const SECRET_PREFIX = 'whsec_';
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** The key bytes of a `whsec_…` secret (the prefix is optional). Throws on a malformed secret. */
export function decodeWebhookSecret(secret: string): Buffer {
  const encoded = secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret;
  if (!BASE64.test(encoded)) throw new TypeError('The webhook secret is not whsec_ followed by base64');
  const key = Buffer.from(encoded, 'base64');
  if (key.length === 0) throw new TypeError('The webhook secret is empty');
  return key;
}

/** `v1,<signature>` for a message: what a sender puts in `webhook-signature`. */
export function signStandardWebhook(key: Buffer, message: { id: string; timestamp: number | string; body: string }): string {
  return `v1,${hmac(key, message.id, String(message.timestamp), message.body).toString('base64')}`;
}

export interface VerifiedStandardWebhook {
  id: string;
  /** Unix seconds. */
  timestamp: number;
}

/** Checks the headers and signature of a delivery; throws `WebhookVerificationError` if untrusted. */
export function verifyStandardWebhook(
  key: Buffer,
  request: { headers: Headers; rawBody: string },
  options: { now: Date; toleranceSeconds?: number },
): VerifiedStandardWebhook {
  const id = request.headers.get('webhook-id');
  const timestampHeader = request.headers.get('webhook-timestamp');
  const signatureHeader = request.headers.get('webhook-signature');
  if (!id || !timestampHeader || !signatureHeader) {
    throw new WebhookVerificationError('The webhook lacks webhook-id, webhook-timestamp or webhook-signature');
  }
  if (!/^\d{1,15}$/.test(timestampHeader)) throw new WebhookVerificationError('The webhook timestamp is not Unix seconds');
  const timestamp = Number(timestampHeader);
  const tolerance = options.toleranceSeconds ?? STANDARD_WEBHOOK_TOLERANCE_SECONDS;
  const nowSeconds = Math.floor(options.now.getTime() / 1000);
  if (nowSeconds - timestamp > tolerance) throw new WebhookVerificationError('The webhook timestamp is too old');
  if (timestamp - nowSeconds > tolerance) throw new WebhookVerificationError('The webhook timestamp is in the future');

  const expected = hmac(key, id, timestampHeader, request.rawBody);
  for (const candidate of signatureHeader.split(' ')) {
    const comma = candidate.indexOf(',');
    if (comma < 0 || candidate.slice(0, comma) !== 'v1') continue;
    const encoded = candidate.slice(comma + 1);
    if (!BASE64.test(encoded)) continue;
    const signature = Buffer.from(encoded, 'base64');
    if (signature.length === expected.length && timingSafeEqual(signature, expected)) return { id, timestamp };
  }
  throw new WebhookVerificationError('No webhook signature matches');
}

function hmac(key: Buffer, id: string, timestamp: string, body: string): Buffer {
  return createHmac('sha256', key).update(`${id}.${timestamp}.${body}`, 'utf8').digest();
}
