import { setupWorker, type SetupWorker } from 'msw/browser';
import { createHandlers, type CreateHandlersOptions } from './handlers/create-handlers.js';

export { createHandlers, handlers, mockBookings, mockPayments, type CreateHandlersOptions, type MockBookings, type MockPayments } from './index.js';

/**
 * An msw service worker answering The CEN catalog API from the demo catalog in a browser. The page
 * must serve msw's worker script (`npx msw init <public dir>`); call `start()` before the first
 * request. Where a service worker is not wanted, use `createMockFetch` from `@thecen/mocks/fetch`.
 */
export function createMockWorker(options: CreateHandlersOptions = {}): SetupWorker {
  return setupWorker(...createHandlers(options));
}
