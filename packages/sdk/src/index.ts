/**
 * `@thecen/sdk`: the API client that checks every response against the API schemas and rejects
 * a body that does not match with `CenValidationError`. Everything of `@thecen/sdk/core` is
 * re-exported.
 */
export * from './core.js';
export { createClient, validateResponse } from './validated-client.js';
