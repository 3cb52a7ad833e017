/** What `newIdempotencyKey` needs of Web Crypto (`globalThis.crypto` in browsers and Node 20+). */
export interface RandomSource {
  getRandomValues<T extends Uint8Array>(array: T): T;
  randomUUID?: () => string;
}

/**
 * A random UUID v4 to use as an `Idempotency-Key`. `crypto.randomUUID` exists only in secure
 * contexts (https, localhost); on a plain-http page the key is built from `getRandomValues`,
 * which every browser has.
 */
export function newIdempotencyKey(source: RandomSource = crypto): string {
  if (typeof source.randomUUID === 'function') return source.randomUUID();
  const bytes = source.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const hex = Array.from(bytes, (byte) => (byte + 256).toString(16).slice(1)).join('');
  return hex.replace(/^(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-');
}
