import { getResponse, type RequestHandler } from 'msw';
import { createHandlers, type CreateHandlersOptions } from './handlers/create-handlers.js';
import { notFoundProblem } from './handlers/problem-response.js';

export type { CreateHandlersOptions } from './handlers/create-handlers.js';
export { mockPayments, type MockPayments } from './handlers/mock-payments.js';
export { mockBookings, type MockBookings } from './handlers/mock-bookings.js';

/** A `fetch` answering from the msw handlers, with the requests it was given. */
export interface MockFetch {
  (input: RequestInfo | URL, init?: RequestInit): Promise<Response>;
  /** Every request made through this function, oldest first (bodies unread). */
  readonly requests: Request[];
  /** The handlers it answers with. */
  readonly handlers: RequestHandler[];
  /** Forgets the recorded requests. */
  clearRequests(): void;
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

/**
 * A `fetch`-compatible function that answers through msw's `getResponse()` with no service worker
 * and no network: give it to the SDK or widgets in tests and demos. A request no handler answers
 * gets a 404 problem. Honours `AbortSignal`, so timeouts can be tested with `latencyMs`.
 */
export function createMockFetch(options: CreateHandlersOptions = {}): MockFetch {
  const handlers = createHandlers(options);
  const requests: Request[] = [];

  const mockFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    requests.push(request);
    const { signal } = request;
    if (signal.aborted) throw abortReason(signal);
    const answer = getResponse(handlers, request.clone()).then(
      (response) => response ?? notFoundProblem(`No mock answers ${request.method} ${request.url}.`),
    );
    return new Promise<Response>((resolve, reject) => {
      const onAbort = () => reject(abortReason(signal));
      signal.addEventListener('abort', onAbort, { once: true });
      answer.then(
        (response) => {
          signal.removeEventListener('abort', onAbort);
          resolve(response);
        },
        (error: unknown) => {
          signal.removeEventListener('abort', onAbort);
          reject(error);
        },
      );
    });
  };

  return Object.assign(mockFetch, {
    requests,
    handlers,
    clearRequests() {
      requests.length = 0;
    },
  });
}
