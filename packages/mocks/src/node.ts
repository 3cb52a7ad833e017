import { setupServer, type SetupServer } from 'msw/node';
import { createHandlers, type CreateHandlersOptions } from './handlers/create-handlers.js';

export { createHandlers, handlers, mockBookings, mockPayments, type CreateHandlersOptions, type MockBookings, type MockPayments } from './index.js';

/**
 * An msw server for Node tests answering The CEN catalog API from the demo catalog:
 * `listen()` before all tests, `resetHandlers()` after each, `close()` after all.
 */
export function createMockServer(options: CreateHandlersOptions = {}): SetupServer {
  return setupServer(...createHandlers(options));
}
