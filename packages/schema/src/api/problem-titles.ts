import type { CheckoutProblemCode } from '../checkout/checkout-problem-codes.js';
import type { ProblemCode } from './problem.js';

/**
 * The `title` of every problem the API answers with, by `code` (RFC 9457: a short summary that
 * does not change from one occurrence to the next; `detail` says what happened this time).
 * Zod-free: the server and the mocks both build problems with it.
 */
export const PROBLEM_TITLES: Readonly<Record<ProblemCode | CheckoutProblemCode, string>> = {
  validation_failed: 'The request has invalid input',
  not_found: 'Not found',
  unauthorized: 'A valid publishable key is required',
  forbidden_origin: 'This origin may not use this key',
  method_not_allowed: 'Method not allowed',
  payload_too_large: 'Payload too large',
  rate_limited: 'Too many requests',
  internal: 'Internal server error',
  idempotency_key_reused: 'This Idempotency-Key was used for another request',
  idempotency_key_in_use: 'A request with this Idempotency-Key is still in progress',
  cart_changed: 'The cart changed',
  order_not_payable: 'The order cannot be paid now',
  order_not_cancelable: 'The order cannot be cancelled now',
  refund_not_allowed: 'Nothing can be refunded',
  payment_provider_error: 'The payment provider failed',
};
