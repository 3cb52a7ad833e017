import * as z from 'zod/mini';
import { BookingId, Image, IsoDateTime, Krw, OrderId, OrderLineId, PartnerId, PaymentId, ProductId, RefundId, ServiceId, SubOrderId } from '../primitives/fields.js';
import { named } from '../registry.js';
import { ConsentType } from './terms.js';
import { SellerIdentity } from './terms.js';
import { PaymentMethod, PaymentProviderId } from './order-input.js';

export const ORDER_STATUSES = [
  'pending_payment', // created, stock reserved, waiting for the buyer to pay
  'awaiting_deposit', // virtual account issued, waiting for the deposit
  'paid',
  'partially_refunded',
  'refunded',
  'canceled', // declined or cancelled before payment; stock returned
  'expired', // not paid in time (virtual-account deadline or abandoned payment); stock returned
] as const;
export const OrderStatus = named('OrderStatus', z.enum(ORDER_STATUSES));
export type OrderStatus = z.infer<typeof OrderStatus>;

export const SUB_ORDER_STATUSES = [
  'pending', // order not paid yet
  'paid', // the partner should prepare it
  'preparing',
  'shipped',
  'delivered',
  'cancel_requested', // the buyer asked to cancel or withdraw
  'canceled',
  'refunded',
  'partially_refunded',
] as const;
export const SubOrderStatus = named('SubOrderStatus', z.enum(SUB_ORDER_STATUSES));
export type SubOrderStatus = z.infer<typeof SubOrderStatus>;

export const PAYMENT_STATUSES = [
  'ready', // created, buyer has not acted
  'awaiting_deposit', // virtual account issued
  'approved', // provider approved, server confirm pending
  'paid', // confirmed by the server with the amount checked
  'declined',
  'canceled',
  'expired',
  'partially_refunded',
  'refunded',
] as const;
export const PaymentStatus = named('PaymentStatus', z.enum(PAYMENT_STATUSES));
export type PaymentStatus = z.infer<typeof PaymentStatus>;

export const OrderLine = named(
  'OrderLine',
  z.object({
    id: OrderLineId,
    productId: ProductId,
    variantId: z.nullable(z.string()),
    title: z.string(),
    variantLabel: z.nullable(z.string()),
    image: z.nullable(Image),
    quantity: z.int(),
    unitPrice: Krw,
    lineTotal: Krw,
    refundedQuantity: z.int(),
  }),
);
export type OrderLine = z.infer<typeof OrderLine>;

/** A booked service paid in an order: a line of its partner's sub-order without shipping. */
export const OrderBooking = named(
  'OrderBooking',
  z.object({
    /** The order line of the booking (what refunds refer to). */
    lineId: OrderLineId,
    bookingId: BookingId,
    serviceId: ServiceId,
    title: z.string(),
    /** ISO-8601 with +09:00. */
    slotStart: z.nullable(z.string()),
    slotEnd: z.nullable(z.string()),
    partySize: z.int(),
    amount: Krw,
    refundedAmount: Krw,
  }),
);
export type OrderBooking = z.infer<typeof OrderBooking>;

/** The part of an order one partner sells and ships. */
export const SubOrder = named(
  'SubOrder',
  z.object({
    id: SubOrderId,
    partnerId: PartnerId,
    seller: SellerIdentity,
    status: SubOrderStatus,
    lines: z.array(OrderLine),
    /** Booked services of this partner in the order (present when there are any); in the subtotal. */
    bookings: z.optional(z.array(OrderBooking)),
    subtotal: Krw,
    shippingFee: Krw,
    remoteAreaFee: Krw,
    total: Krw,
    refundedAmount: Krw,
    /** Carrier and tracking number once shipped (present when shipped). */
    shipment: z.optional(z.object({ carrier: z.string(), trackingNumber: z.string(), shippedAt: IsoDateTime })),
    /** When the buyer received it; the withdrawal period runs from here. */
    deliveredAt: z.optional(IsoDateTime),
  }),
);
export type SubOrder = z.infer<typeof SubOrder>;

export const VirtualAccount = named(
  'VirtualAccount',
  z.object({
    bank: z.string(),
    accountNumber: z.string(),
    holder: z.string(),
    dueAt: IsoDateTime,
  }),
);
export type VirtualAccount = z.infer<typeof VirtualAccount>;

export const PaymentSummary = named(
  'PaymentSummary',
  z.object({
    id: PaymentId,
    provider: PaymentProviderId,
    method: PaymentMethod,
    status: PaymentStatus,
    amount: Krw,
    refundedAmount: Krw,
    approvedAt: z.nullable(IsoDateTime),
    virtualAccount: z.nullable(VirtualAccount),
    /** Reason given by the provider for a decline, in words for the buyer. */
    failureMessage: z.nullable(z.string()),
  }),
);
export type PaymentSummary = z.infer<typeof PaymentSummary>;

export const Refund = named(
  'Refund',
  z.object({
    id: RefundId,
    object: z.literal('refund'),
    orderId: OrderId,
    amount: Krw,
    reason: z.string(),
    lines: z.array(z.object({ lineId: z.string(), quantity: z.int(), amount: Krw })),
    shippingAmount: Krw,
    status: z.enum(['succeeded', 'failed']),
    createdAt: IsoDateTime,
  }),
);
export type Refund = z.infer<typeof Refund>;

export const Order = named(
  'Order',
  z.object({
    id: OrderId,
    object: z.literal('order'),
    /** Human-readable order number, e.g. `CEN-20261123-4F7K2Q`. */
    number: z.string(),
    status: OrderStatus,
    buyer: z.object({ name: z.string(), phone: z.string(), email: z.string() }),
    shippingAddress: z.object({
      recipient: z.string(),
      phone: z.string(),
      postalCode: z.string(),
      road: z.string(),
      detail: z.string(),
    }),
    deliveryNote: z.string(),
    businessPurchase: z.boolean(),
    receipt: z.object({ type: z.enum(['none', 'cash_receipt', 'tax_invoice']), summary: z.string() }),
    consents: z.array(z.object({ type: ConsentType, version: z.string(), accepted: z.boolean(), acceptedAt: IsoDateTime })),
    subOrders: z.array(SubOrder),
    subtotal: Krw,
    shippingTotal: Krw,
    total: Krw,
    refundedAmount: Krw,
    payment: PaymentSummary,
    refunds: z.array(Refund),
    /** Stock is held for the order until then if it is not paid. */
    expiresAt: z.nullable(IsoDateTime),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  }),
  'An order: one sub-order per partner, amounts computed by the server, its payment and refunds.',
);
export type Order = z.infer<typeof Order>;

/** What the buyer's browser does next to pay. */
export const PaymentSession = named(
  'PaymentSession',
  z.object({
    paymentId: PaymentId,
    provider: PaymentProviderId,
    amount: Krw,
    /** Page to send the buyer to (hosted payment page of the provider). */
    redirectUrl: z.nullable(z.string()),
    /** Parameters for a provider's browser SDK, when it is used instead of a redirect. */
    clientParams: z.nullable(z.record(z.string(), z.string())),
  }),
);
export type PaymentSession = z.infer<typeof PaymentSession>;

export const OrderCreated = named(
  'OrderCreated',
  z.object({
    object: z.literal('order_created'),
    order: Order,
    /** Signed token with which the buyer sees the order (`<cen-order-status order="…">`). */
    orderToken: z.string(),
    payment: PaymentSession,
  }),
);
export type OrderCreated = z.infer<typeof OrderCreated>;
