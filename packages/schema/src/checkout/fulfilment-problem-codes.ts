/**
 * Problem codes of sub-order fulfilment (`updateSubOrderFulfilment`), in addition to
 * `PROBLEM_CODES` and `CHECKOUT_PROBLEM_CODES` (zod-free). `type` is
 * `https://docs.thecen.kr/problems/<code>` like every problem.
 */
export const FULFILMENT_PROBLEM_CODES = [
  /**
   * 409: the sub-order cannot move to this fulfilment status now (not paid, already shipped or
   * delivered, cancelled or refunded, or nothing left to ship).
   */
  'fulfilment_not_allowed',
] as const;
export type FulfilmentProblemCode = (typeof FULFILMENT_PROBLEM_CODES)[number];

/** The RFC 9457 `title` of each fulfilment problem (see `PROBLEM_TITLES` for the others). */
export const FULFILMENT_PROBLEM_TITLES: Readonly<Record<FulfilmentProblemCode, string>> = {
  fulfilment_not_allowed: 'The sub-order cannot move to this fulfilment status now',
};
