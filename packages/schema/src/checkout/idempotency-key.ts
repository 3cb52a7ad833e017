import type { FieldError } from '../api/problem.js';

/** `Idempotency-Key`: 1–255 visible ASCII characters (a UUID is typical). */
export const IDEMPOTENCY_KEY_PATTERN = /^[\x21-\x7E]{1,255}$/;

/**
 * What is wrong with a write's `Idempotency-Key` header (missing or malformed), as field errors at
 * `header.Idempotency-Key`; empty when the key is fine. Zod-free: the server and the mocks use it.
 */
export function idempotencyKeyErrors(header: string | null | undefined): FieldError[] {
  if (header === undefined || header === null || header === '') {
    return [{ path: 'header.Idempotency-Key', message: 'is required for this request (a new UUID per order attempt)', code: 'required' }];
  }
  if (!IDEMPOTENCY_KEY_PATTERN.test(header)) {
    return [{ path: 'header.Idempotency-Key', message: 'must be 1 to 255 visible ASCII characters', code: 'invalid_format' }];
  }
  return [];
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical((value as Record<string, unknown>)[k])]));
  }
  return value;
}

/**
 * What makes two writes with one `Idempotency-Key` "the same request": the route, its path and its
 * JSON body as sent (object key order ignored), as one canonical JSON string. The same key with
 * another fingerprint is an `idempotency_key_reused` problem. The server stores a hash of it.
 */
export function idempotencyFingerprint(route: string, path: string, body: unknown): string {
  return JSON.stringify([route, path, canonical(body)]);
}
