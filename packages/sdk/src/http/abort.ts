import { CenAbortError } from '../errors.js';

/** Calls `listener` once when `signal` aborts; returns the function that stops listening. */
export function onAbort(signal: AbortSignal | undefined, listener: () => void): () => void {
  signal?.addEventListener('abort', listener, { once: true });
  return () => signal?.removeEventListener('abort', listener);
}

/** The error a request rejects with when its caller's signal aborts. */
export function abortError(signal: AbortSignal | undefined): CenAbortError {
  return new CenAbortError('The request was aborted.', { cause: signal?.reason });
}

/**
 * Settles like `promise`, but rejects with `reason()` as soon as `signal` aborts, even when the
 * work behind `promise` ignores the signal (a custom `fetch`, an injected `sleep`).
 */
export function raceAbort<T>(promise: Promise<T>, signal: AbortSignal | undefined, reason: () => unknown): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal?.aborted) reject(reason());
    const off = onAbort(signal, () => reject(reason()));
    promise.then(
      (value) => {
        off();
        resolve(value);
      },
      (error: unknown) => {
        off();
        reject(error);
      },
    );
  });
}

/** Waits `ms` milliseconds; the timer is cleared when `signal` aborts (the caller races the signal). */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      off();
      resolve();
    }, ms);
    const off = onAbort(signal, () => clearTimeout(timer));
  });
}
