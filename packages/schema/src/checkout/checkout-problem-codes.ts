/**
 * Problem codes of the checkout, order and payment routes, in addition to `PROBLEM_CODES`
 * (zod-free, so that browser code can tell them apart). `type` is
 * `https://docs.thecen.kr/problems/<code>` like every problem.
 */
export const CHECKOUT_PROBLEM_CODES = [
  /** 409: the same `Idempotency-Key` was sent with another request (route or body). */
  'idempotency_key_reused',
  /** 409: a request with this `Idempotency-Key` is still being processed; retry a little later. */
  'idempotency_key_in_use',
  /** 409: the cart cannot be ordered as it is; the problem's `quote` member is the current `CartQuote`. */
  'cart_changed',
  /** 409: the order cannot be paid now (already paid, cancelled or expired). */
  'order_not_payable',
  /** 409: the order can no longer be cancelled or withdrawn through this route. */
  'order_not_cancelable',
  /** 409: the order is not paid, or nothing of it is left to refund. */
  'refund_not_allowed',
  /** 502: the payment provider refused or failed; nothing was changed. */
  'payment_provider_error',
] as const;
export type CheckoutProblemCode = (typeof CHECKOUT_PROBLEM_CODES)[number];
