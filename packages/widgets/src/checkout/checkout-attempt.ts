import { newIdempotencyKey } from '@thecen/sdk/core';

/** Attempts kept in memory when `sessionStorage` is unavailable (private mode, disabled storage). */
const memory = new Map<string, string>();

/** A short, stable fingerprint of a request body (cyrb53); the body itself, with personal data, is never stored. */
function fingerprint(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

function read(storageKey: string): string | null {
  try {
    return sessionStorage.getItem(storageKey);
  } catch {
    return memory.get(storageKey) ?? null;
  }
}

function write(storageKey: string, value: string | null): void {
  try {
    if (value === null) sessionStorage.removeItem(storageKey);
    else sessionStorage.setItem(storageKey, value);
  } catch {
    if (value === null) memory.delete(storageKey);
    else memory.set(storageKey, value);
  }
}

/**
 * The `Idempotency-Key` of a checkout attempt: the same for the same order body (double clicks,
 * retries after a network failure, a reload or the back button), a new one when the body changes
 * (the buyer edited the form, or confirmed a changed cart). Kept in `sessionStorage` under
 * `cen:checkout:<scope>` with a fingerprint of the body.
 */
export function attemptKey(scope: string, body: unknown): string {
  const storageKey = `cen:checkout:${scope}`;
  const print = fingerprint(JSON.stringify(body));
  try {
    const saved = JSON.parse(read(storageKey) ?? 'null') as { key?: unknown; print?: unknown } | null;
    if (saved?.print === print && typeof saved.key === 'string') return saved.key;
  } catch {
    // A foreign or damaged value: start a new attempt.
  }
  const key = newIdempotencyKey();
  write(storageKey, JSON.stringify({ key, print }));
  return key;
}

/** Ends the attempt: the server answered it for good (an order, or a refusal that needs new input). */
export function forgetAttempt(scope: string): void {
  write(`cen:checkout:${scope}`, null);
}
