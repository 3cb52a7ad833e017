import * as z from 'zod/mini';
import { BusinessNumber, KoreanPhone, PostalCode, plainText } from '../primitives/fields.js';
import { named } from '../registry.js';
import { CartBookings, CartLines, cartNotEmpty } from './cart.js';
import { ConsentType } from './terms.js';
import { ReferralInput } from '../referral/market-creator.js';

export const Buyer = named(
  'Buyer',
  z.strictObject({
    name: plainText(60),
    /** Korean phone, dashes optional; stored as digits. */
    phone: KoreanPhone,
    email: z.email({ error: 'is not an e-mail address' }),
  }),
);
export type Buyer = z.infer<typeof Buyer>;

export const ShippingAddress = named(
  'ShippingAddress',
  z.strictObject({
    recipient: plainText(60),
    phone: KoreanPhone,
    postalCode: PostalCode,
    /** Road-name address (도로명주소). */
    road: plainText(200),
    detail: plainText(200, 0),
  }),
);
export type ShippingAddress = z.infer<typeof ShippingAddress>;

/** The consents the buyer ticked, with the versions of the texts shown. */
export const ConsentAcceptance = named(
  'ConsentAcceptance',
  z.strictObject({
    type: ConsentType,
    version: plainText(40),
    accepted: z.boolean(),
  }),
);
export type ConsentAcceptance = z.infer<typeof ConsentAcceptance>;

export const CASH_RECEIPT_PURPOSES = ['income_deduction', 'expense_proof'] as const;

/** 현금영수증 for individuals, 세금계산서 for organisation buyers (co-op to co-op trade). */
export const ReceiptRequest = named(
  'ReceiptRequest',
  z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('none') }),
    z.strictObject({
      type: z.literal('cash_receipt'),
      purpose: z.enum(CASH_RECEIPT_PURPOSES),
      /** Phone number (income deduction) or business registration number (expense proof), digits. */
      identifier: plainText(20),
    }),
    z.strictObject({
      type: z.literal('tax_invoice'),
      businessNumber: BusinessNumber,
      companyName: plainText(100),
      representative: plainText(60),
      email: z.email({ error: 'is not an e-mail address' }),
      /** 업태 / 종목, optional. */
      businessType: z.optional(plainText(60)),
      businessItem: z.optional(plainText(60)),
    }),
  ]),
);
export type ReceiptRequest = z.infer<typeof ReceiptRequest>;

export const PAYMENT_METHODS = ['card', 'virtual_account'] as const;
export const PaymentMethod = named('PaymentMethod', z.enum(PAYMENT_METHODS));
export type PaymentMethod = z.infer<typeof PaymentMethod>;

export const PAYMENT_PROVIDERS = ['test', 'toss', 'portone'] as const;
export const PaymentProviderId = named('PaymentProviderId', z.enum(PAYMENT_PROVIDERS));
export type PaymentProviderId = z.infer<typeof PaymentProviderId>;

/** A cart with product lines ships them: then the address is required. */
const shippingAddressWhenShipping = z.superRefine((value: { lines?: unknown; shippingAddress?: unknown }, ctx) => {
  if (Array.isArray(value.lines) && value.lines.length > 0 && value.shippingAddress === undefined) {
    ctx.issues.push({ code: 'custom', message: 'is required when the cart has products to ship', path: ['shippingAddress'], input: value });
  }
});

export const CreateOrderRequest = named(
  'CreateOrderRequest',
  z.strictObject({
    lines: CartLines,
    /** Bookings paid with this order (held instant bookings, accepted quotes): `{ bookingToken }`. */
    bookings: z.optional(CartBookings),
    buyer: Buyer,
    /** Required when there are product lines, and when a booked service visits the buyer (the place of the visit). */
    shippingAddress: z.optional(ShippingAddress),
    deliveryNote: z.optional(plainText(200, 0)),
    consents: z.array(ConsentAcceptance).check(z.maxLength(20)),
    receipt: ReceiptRequest,
    /** Purchase for business purposes (co-op to co-op): recorded; outside consumer withdrawal rules. */
    businessPurchase: z.optional(z.boolean()),
    paymentMethod: PaymentMethod,
    /** Page the buyer returns to after paying; must be an allowed origin of the key. */
    returnUrl: z.url({ error: 'must be an absolute URL' }),
    /** The referral the SDK kept (MC code, content id, click id); the server decides whether it counts, never blocking the order. */
    referral: z.optional(ReferralInput),
  }).check(cartNotEmpty, shippingAddressWhenShipping),
  'Everything checkout sends to place an order. Prices are never sent: the server computes them.',
);
export type CreateOrderRequest = z.infer<typeof CreateOrderRequest>;

export const CancellationRequestInput = named(
  'CancellationRequestInput',
  z.strictObject({
    kind: z.enum(['cancel', 'withdrawal']),
    reason: plainText(500),
  }),
);
export type CancellationRequestInput = z.infer<typeof CancellationRequestInput>;

export const RefundRequest = named(
  'RefundRequest',
  z.strictObject({
    /** Refund these lines (or some of their quantity); omit to refund by sub-order or all. */
    lines: z.optional(
      z.array(z.strictObject({ lineId: z.string(), quantity: z.int().check(z.gte(1)) })).check(z.minLength(1)),
    ),
    /** Refund a whole partner sub-order (its lines and its shipping). */
    subOrderId: z.optional(z.string()),
    /** Also refund the shipping fee of the affected sub-orders (default: only when the whole sub-order is refunded). */
    includeShipping: z.optional(z.boolean()),
    reason: plainText(500),
    /** Put the refunded quantities back into stock (default true). */
    restock: z.optional(z.boolean()),
  }),
);
export type RefundRequest = z.infer<typeof RefundRequest>;
