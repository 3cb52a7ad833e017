/**
 * Waits `ms` before a mocked answer, ending early when the request is aborted (the answer is then
 * discarded) so that an aborted slow request leaves no timer behind.
 */
export function simulateLatency(ms: number, signal: AbortSignal): Promise<void> {
  if (ms <= 0 || signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}
