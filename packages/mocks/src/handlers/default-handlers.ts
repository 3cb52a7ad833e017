import type { RequestHandler } from 'msw';
import { createHandlers } from './create-handlers.js';

/** The handlers for the default base URL (`http://localhost:8787`), no latency, demo catalog. */
export const handlers: RequestHandler[] = createHandlers();
