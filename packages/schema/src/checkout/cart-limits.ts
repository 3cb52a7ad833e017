/** Limits of a cart, shared by the schemas and the browser (zod-free). */
export const MAX_LINE_QUANTITY = 99;
export const MAX_CART_LINES = 50;

/** Signed order token: `ot_` + payload + `.` + signature, base64url. Opaque to clients. */
export const ORDER_TOKEN_PATTERN = /^ot_[A-Za-z0-9_-]{8,200}\.[A-Za-z0-9_-]{16,100}$/;

/** Signed booking token: `bt_` + payload + `.` + signature, base64url. Opaque to clients. */
export const BOOKING_TOKEN_PATTERN = /^bt_[A-Za-z0-9_-]{8,200}\.[A-Za-z0-9_-]{16,100}$/;

export const CART_PROBLEM_CODES = [
  'product_gone', // no longer sold (unknown, hidden, discontinued, or its partner is not active)
  'option_required', // the product has options and none was chosen
  'option_gone', // the chosen option no longer exists
  'sold_out',
  'quantity_above_stock',
  'price_changed',
  'booking_expired', // a booking's hold (or the accepted quote's hold) ran out before the order
  'booking_unavailable', // the booking cannot be paid (cancelled, already in an order, not accepted yet)
] as const;

/** Bookings one cart may carry next to its product lines. */
export const MAX_CART_BOOKINGS = 10;
