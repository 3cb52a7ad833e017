/**
 * Problem codes of the booking routes, in addition to `PROBLEM_CODES` and
 * `CHECKOUT_PROBLEM_CODES` (zod-free, so that browser code can tell them apart). `type` is
 * `https://docs.thecen.kr/problems/<code>` like every problem. Invalid input (a slot time that is
 * not ISO, a buyer outside the service's areas, a hold on a request-mode service) stays a 400
 * `validation_failed` with field paths.
 */
export const BOOKING_PROBLEM_CODES = [
  /** 409: the slot is full, closed, past the lead time or beyond the horizon; pick another one. */
  'slot_unavailable',
  /** 409: the hold or the quote ran out; the booking is `expired`. */
  'booking_expired',
  /** 409: the booking's status does not allow this action (e.g. cancelling a completed booking). */
  'booking_transition_not_allowed',
] as const;
export type BookingProblemCode = (typeof BOOKING_PROBLEM_CODES)[number];

/** The RFC 9457 `title` of each booking problem (see `PROBLEM_TITLES` for the others). */
export const BOOKING_PROBLEM_TITLES: Readonly<Record<BookingProblemCode, string>> = {
  slot_unavailable: 'The slot cannot be booked',
  booking_expired: 'The booking has expired',
  booking_transition_not_allowed: 'The booking does not allow this action now',
};
