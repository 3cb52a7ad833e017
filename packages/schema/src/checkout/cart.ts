import * as z from 'zod/mini';
import { BookingId, Image, Krw, PartnerId, PostalCode, ProductId, ServiceId, plainText } from '../primitives/fields.js';
import { named } from '../registry.js';

import { BOOKING_TOKEN_PATTERN, CART_PROBLEM_CODES, MAX_CART_BOOKINGS, MAX_CART_LINES, MAX_LINE_QUANTITY } from './cart-limits.js';

export { CART_PROBLEM_CODES, MAX_CART_BOOKINGS, MAX_CART_LINES, MAX_LINE_QUANTITY };

/** One line as the browser keeps it: what and how many, never a price it could make up. */
export const CartLineInput = named(
  'CartLineInput',
  z.strictObject({
    productId: ProductId,
    /** Required when the product has options (variants). */
    variantId: z.optional(z.string().check(z.regex(/^[a-z0-9-]{1,32}$/, { error: 'is not an option id' }))),
    quantity: z.int({ error: 'must be a whole number' }).check(
      z.gte(1, { error: 'must be at least 1' }),
      z.lte(MAX_LINE_QUANTITY, { error: `must be at most ${MAX_LINE_QUANTITY}` }),
    ),
    /**
     * The unit price the buyer last saw. Never used to compute anything: the server only compares
     * it with the current price and reports `price_changed`.
     */
    expectedUnitPrice: z.optional(Krw),
  }),
);
export type CartLineInput = z.infer<typeof CartLineInput>;

/** Product lines; may be empty when the cart carries bookings (see `cartNotEmpty`). */
export const CartLines = z.array(CartLineInput).check(z.maxLength(MAX_CART_LINES, { error: `at most ${MAX_CART_LINES} lines` }));

/** A held (instant) or accepted (request) booking paid in the same checkout as the products. */
export const CartBookingInput = named(
  'CartBookingInput',
  z.strictObject({
    /** The signed token the booking was answered with (`bt_…`). */
    bookingToken: z.string().check(z.regex(BOOKING_TOKEN_PATTERN, { error: 'is not a booking token' })),
  }),
);
export type CartBookingInput = z.infer<typeof CartBookingInput>;

export const CartBookings = z.array(CartBookingInput).check(
  z.maxLength(MAX_CART_BOOKINGS, { error: `at most ${MAX_CART_BOOKINGS} bookings` }),
);

/**
 * The cart must hold something: a product line or a booking. The error stays at `lines` (where
 * it was before bookings could be ordered).
 */
export const cartNotEmpty = z.superRefine((value: { lines?: unknown; bookings?: unknown }, ctx) => {
  const lines = Array.isArray(value.lines) ? value.lines.length : 0;
  const bookings = Array.isArray(value.bookings) ? value.bookings.length : 0;
  if (Array.isArray(value.lines) && lines === 0 && bookings === 0) {
    ctx.issues.push({ code: 'custom', message: 'the cart is empty', path: ['lines'], input: value.lines });
  }
});

export const CartQuoteRequest = named(
  'CartQuoteRequest',
  z
    .strictObject({
      lines: CartLines,
      /** Bookings to pay with the products (held instant bookings, accepted quotes). */
      bookings: z.optional(CartBookings),
      /** Delivery postal code, when known: decides the Jeju / remote-island surcharge. */
      postalCode: z.optional(PostalCode),
    })
    .check(cartNotEmpty),
);
export type CartQuoteRequest = z.infer<typeof CartQuoteRequest>;

export const CartProblemCode = named('CartProblemCode', z.enum(CART_PROBLEM_CODES));
export type CartProblemCode = z.infer<typeof CartProblemCode>;

export const CartProblem = named(
  'CartProblem',
  z.object({
    code: CartProblemCode,
    /** Index of the line in the request; -1 for a problem of a booking (see `bookingIndex`). */
    lineIndex: z.int(),
    /** The product of the line; empty for a problem of a booking. */
    productId: z.string(),
    variantId: z.nullable(z.string()),
    /** For `quantity_above_stock`: how many can be ordered. */
    available: z.optional(z.int()),
    /** For `price_changed`: what the buyer saw and what it costs now. */
    previousUnitPrice: z.optional(Krw),
    currentUnitPrice: z.optional(Krw),
    /** For `booking_expired` and `booking_unavailable`: index of the booking in the request, and its id. */
    bookingIndex: z.optional(z.int()),
    bookingId: z.optional(BookingId),
  }),
);
export type CartProblem = z.infer<typeof CartProblem>;

export const QuotedLine = named(
  'QuotedLine',
  z.object({
    lineIndex: z.int(),
    productId: ProductId,
    variantId: z.nullable(z.string()),
    partnerId: PartnerId,
    title: z.string(),
    variantLabel: z.nullable(z.string()),
    image: z.nullable(Image),
    quantity: z.int(),
    unitPrice: Krw,
    listUnitPrice: z.nullable(Krw),
    lineTotal: Krw,
    /** False when a problem keeps the line out of the totals (gone, sold out, too many). */
    orderable: z.boolean(),
    /** How many can be ordered now; null when stock is not tracked. */
    available: z.nullable(z.int()),
  }),
);
export type QuotedLine = z.infer<typeof QuotedLine>;

/** Everything from one partner ships together and is charged its own shipping. */
export const PartnerShippingGroup = named(
  'PartnerShippingGroup',
  z.object({
    partnerId: PartnerId,
    partnerName: plainText(100),
    lineIndexes: z.array(z.int()),
    /** Bookings of this partner in the cart (indexes into `bookings`): no shipping, in the subtotal. */
    bookingIndexes: z.optional(z.array(z.int())),
    subtotal: Krw,
    shippingFee: Krw,
    remoteAreaFee: Krw,
    total: Krw,
    /** Subtotal from which the bundled shipping is free; null when it never is. */
    freeShippingThreshold: z.nullable(Krw),
    /** How much more to spend with this partner for free shipping; 0 when already free. */
    amountToFreeShipping: z.nullable(Krw),
  }),
);
export type PartnerShippingGroup = z.infer<typeof PartnerShippingGroup>;

/** A booking in the cart, priced by the server (fixed price × party size, or the accepted quote). */
export const QuotedBooking = named(
  'QuotedBooking',
  z.object({
    bookingIndex: z.int(),
    bookingId: BookingId,
    serviceId: ServiceId,
    title: z.string(),
    partnerId: PartnerId,
    partnerName: z.string(),
    /** ISO-8601 with +09:00; null when no slot was chosen yet (an inquiry: not orderable). */
    slotStart: z.nullable(z.string()),
    slotEnd: z.nullable(z.string()),
    partySize: z.int(),
    amount: Krw,
    /** The slot is held for the buyer until then; the booking cannot be paid after it. */
    holdExpiresAt: z.nullable(z.string()),
    /** False when the hold ran out or the booking cannot be paid (its problem says why). */
    orderable: z.boolean(),
  }),
);
export type QuotedBooking = z.infer<typeof QuotedBooking>;

export const CartQuote = named(
  'CartQuote',
  z.object({
    object: z.literal('cart_quote'),
    currency: z.literal('KRW'),
    lines: z.array(QuotedLine),
    groups: z.array(PartnerShippingGroup),
    /** Bookings paid with the cart; their amounts are in the group subtotals and totals. */
    bookings: z.optional(z.array(QuotedBooking)),
    problems: z.array(CartProblem),
    subtotal: Krw,
    shippingTotal: Krw,
    total: Krw,
    /** True when the postal code given is in Jeju or a remote island area. */
    remoteArea: z.boolean(),
  }),
  'Authoritative prices of a cart, computed by the server: lines, shipping per partner, totals and problems.',
);
export type CartQuote = z.infer<typeof CartQuote>;
