/**
 * msw handlers of The CEN catalog, checkout and booking API answering from the demo catalog. Development and tests only:
 * never import this entry from production code.
 */
export { createHandlers, DEFAULT_MOCK_BASE_URL, type CreateHandlersOptions } from './handlers/create-handlers.js';
export { handlers } from './handlers/default-handlers.js';
export { mockPayments, type MockPayments } from './handlers/mock-payments.js';
export { mockBookings, type MockBookings } from './handlers/mock-bookings.js';
export type { CatalogFixtures, ChannelFixture, ContentCreatorFixture } from './fixtures/index.js';
export { MOCK_SECRET_KEY, DEMO_STATEMENT_TOKENS } from './fixtures/index.js';
