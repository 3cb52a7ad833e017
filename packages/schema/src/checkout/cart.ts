import * as z from 'zod/mini';
import { Image, Krw, PartnerId, PostalCode, ProductId, plainText } from '../primitives/fields.js';
import { named } from '../registry.js';

import { CART_PROBLEM_CODES, MAX_CART_LINES, MAX_LINE_QUANTITY } from './cart-limits.js';

export { CART_PROBLEM_CODES, MAX_CART_LINES, MAX_LINE_QUANTITY };

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

export const CartLines = z.array(CartLineInput).check(
  z.minLength(1, { error: 'the cart is empty' }),
  z.maxLength(MAX_CART_LINES, { error: `at most ${MAX_CART_LINES} lines` }),
);

export const CartQuoteRequest = named(
  'CartQuoteRequest',
  z.strictObject({
    lines: CartLines,
    /** Delivery postal code, when known: decides the Jeju / remote-island surcharge. */
    postalCode: z.optional(PostalCode),
  }),
);
export type CartQuoteRequest = z.infer<typeof CartQuoteRequest>;

export const CartProblemCode = named('CartProblemCode', z.enum(CART_PROBLEM_CODES));
export type CartProblemCode = z.infer<typeof CartProblemCode>;

export const CartProblem = named(
  'CartProblem',
  z.object({
    code: CartProblemCode,
    /** Index of the line in the request. */
    lineIndex: z.int(),
    productId: z.string(),
    variantId: z.nullable(z.string()),
    /** For `quantity_above_stock`: how many can be ordered. */
    available: z.optional(z.int()),
    /** For `price_changed`: what the buyer saw and what it costs now. */
    previousUnitPrice: z.optional(Krw),
    currentUnitPrice: z.optional(Krw),
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

export const CartQuote = named(
  'CartQuote',
  z.object({
    object: z.literal('cart_quote'),
    currency: z.literal('KRW'),
    lines: z.array(QuotedLine),
    groups: z.array(PartnerShippingGroup),
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
