import { MAX_CART_LINES, type CartQuote, type CreateOrderRequest, type PaymentProviderId, type SellerIdentity } from '@thecen/schema';
import { attachBookingToOrder, cartBookingsOf, type CartBooking } from '../bookings/bookings-in-orders.js';
import type { Database, Queryable } from '../db/database.js';
import type { Channel } from '../catalog/channel.js';
import type { OutputContext } from '../catalog/output-context.js';
import type { CheckoutSettings } from '../channels/checkout-settings.js';
import { quoteFromDatabase } from '../checkout/quote-from-database.js';
import { validationProblem } from '../http/problem.js';
import { cartChangedProblem } from './cart-changed.js';
import { newId, newOrderNumber } from './new-id.js';
import { adoptBookingReferral, adoptChannelMarketCreator, storeOrderReferral } from '../referrals/order-referral.js';
import { reserveStock, type StockItem } from './stock.js';

export interface PlaceOrderInput {
  channel: Channel;
  request: CreateOrderRequest;
  termsVersion: number;
  settings: CheckoutSettings;
  provider: PaymentProviderId;
  now: Date;
  ctx: OutputContext;
  /** Called inside the order's transaction with the new order id (idempotency bookkeeping). */
  onCreated?: ((tx: Queryable, orderId: string) => Promise<void>) | undefined;
  /** The bookings of the cart (ids from their verified tokens, in the request's order). */
  bookingIds?: readonly string[] | undefined;
}

export interface PlacedOrder {
  orderId: string;
  paymentId: string;
}

/** Raised inside the transaction when a conditional stock update finds too little stock. */
class StockShortage extends Error {
  constructor(readonly item: StockItem & { available: number }) {
    super('stock shortage');
  }
}

interface PartnerRow {
  id: string;
  name: string;
  representative: string;
  business_number: string;
  mail_order: SellerIdentity['mailOrder'];
  address: SellerIdentity['address'];
  phone: string;
  email: string;
}

async function sellerIdentities(tx: Queryable, partnerIds: readonly string[]): Promise<Map<string, SellerIdentity>> {
  const rows = await tx.query<PartnerRow>(
    'SELECT id, name, representative, business_number, mail_order, address, phone, email FROM partners WHERE id = ANY($1::text[])',
    [partnerIds],
  );
  return new Map(
    rows.map((r) => [
      r.id,
      {
        partnerId: r.id,
        name: r.name,
        representative: r.representative,
        businessNumber: r.business_number,
        mailOrder: r.mail_order,
        address: r.address,
        phone: r.phone,
        email: r.email,
      },
    ]),
  );
}

/**
 * The quote after a stock shortage: the current one, which shows `sold_out` or
 * `quantity_above_stock`; when the cart repeats one product over several lines (each fits, the
 * sum does not), those lines are marked `quantity_above_stock` here.
 */
function withShortage(quote: CartQuote, short: StockItem & { available: number }): CartQuote {
  const affected = quote.lines.filter((l) => l.productId === short.productId && l.variantId === short.variantId);
  const alreadyReported = quote.problems.some((p) => affected.some((l) => l.lineIndex === p.lineIndex));
  if (alreadyReported || affected.length === 0) return quote;
  return {
    ...quote,
    problems: [
      ...quote.problems,
      ...affected.map((l) => ({
        code: 'quantity_above_stock' as const,
        lineIndex: l.lineIndex,
        productId: l.productId,
        variantId: l.variantId,
        available: short.available,
      })),
    ],
  };
}

function receiptData(request: CreateOrderRequest): { type: string; data: Record<string, unknown> } {
  const { type, ...data } = request.receipt;
  return { type, data };
}

/** An order of services only ships nothing: its address record is the buyer's name and phone. */
function shippingAddressOf(request: CreateOrderRequest) {
  return request.shippingAddress ?? { recipient: request.buyer.name, phone: request.buyer.phone, postalCode: '', road: '', detail: '' };
}

/** A service that visits the buyer needs an address: the booking's own (inquiry), or the order's. */
function checkVisitAddresses(request: CreateOrderRequest, bookings: readonly CartBooking[]): void {
  const homeless = bookings.find((b) => b.visits && b.address === null);
  if (homeless && !request.shippingAddress) {
    throw validationProblem([
      {
        path: 'body.shippingAddress',
        message: `is required: the booked service "${homeless.title}" visits the buyer at this address`,
        code: 'visit_address_required',
      },
    ]);
  }
}

/**
 * Places an order in one transaction: re-quotes the cart from the database (any problem → 409
 * `cart_changed` with the quote, a lapsed booking hold included), reserves stock with conditional
 * updates, and writes the order, one sub-order per partner with its seller identity, the lines
 * (bookings as lines without shipping, which then belong to the order), the consents with their
 * time, the receipt request and a first payment attempt (`ready`, amount = order total).
 */
export async function placeOrder(db: Database, input: PlaceOrderInput): Promise<PlacedOrder> {
  const { request, now } = input;
  const bookingIds = input.bookingIds ?? [];
  const quoteInput = { lines: request.lines, postalCode: request.shippingAddress?.postalCode };
  const bookingScope = { channelId: input.channel.id, now };
  try {
    return await db.transaction(async (tx) => {
      // The bookings are locked until the order holds them (a cancellation waits, then sees the order).
      const bookings = await cartBookingsOf(tx, bookingIds, { ...bookingScope, lock: true });
      const quote = await quoteFromDatabase(tx, { ...quoteInput, bookings }, input.ctx);
      if (quote.problems.length > 0) throw cartChangedProblem(quote);
      if (quote.total <= 0) {
        throw validationProblem([{ path: 'body.lines', message: 'must add up to more than 0 won to be paid', code: 'order_total_zero' }]);
      }
      checkVisitAddresses(request, bookings);
      const reserved = await reserveStock(
        tx,
        quote.lines.map((l) => ({ productId: l.productId, variantId: l.variantId, quantity: l.quantity })),
      );
      if (!reserved.ok) throw new StockShortage(reserved.short);

      const orderId = newId('order');
      const paymentId = newId('payment');
      // Never held longer than its bookings' holds: an expired hold can no longer be paid.
      const holds = bookings.flatMap((b) => (b.holdExpiresAtDate ? [b.holdExpiresAtDate.getTime()] : []));
      const expiresAt = new Date(Math.min(now.getTime() + input.settings.cardHoldMinutes * 60_000, ...holds));
      const shippingAddress = shippingAddressOf(request);
      await tx.query(
        `INSERT INTO orders (id, channel_id, number, status, buyer, shipping_address, delivery_note, business_purchase,
           return_url, terms_version, subtotal, shipping_total, total, expires_at, created_at, updated_at)
         VALUES ($1, $2, $3, 'pending_payment', $4::jsonb, $5::jsonb, $6, $7, $8, $9, $10, $11, $12, $13, $14, $14)`,
        [
          orderId, input.channel.id, newOrderNumber(now), JSON.stringify(request.buyer), JSON.stringify(shippingAddress),
          request.deliveryNote ?? '', request.businessPurchase ?? false, request.returnUrl, input.termsVersion,
          quote.subtotal, quote.shippingTotal, quote.total, expiresAt, now,
        ],
      );
      // One referrer per order (one level only): the checkout's own referral (last click), else its
      // bookings', else the Market Creator the publishable key carries.
      const attributed =
        (await storeOrderReferral(tx, { id: orderId, channelId: input.channel.id }, request.referral, now)) ||
        (await adoptBookingReferral(tx, orderId, bookingIds));
      if (!attributed) await adoptChannelMarketCreator(tx, { id: orderId, channelId: input.channel.id }, now);

      const sellers = await sellerIdentities(tx, quote.groups.map((g) => g.partnerId));
      for (const [position, group] of quote.groups.entries()) {
        const subOrderId = newId('subOrder');
        await tx.query(
          `INSERT INTO sub_orders (id, order_id, partner_id, position, seller, status, subtotal, shipping_fee, remote_area_fee, total)
           VALUES ($1, $2, $3, $4, $5::jsonb, 'pending', $6, $7, $8, $9)`,
          [subOrderId, orderId, group.partnerId, position, JSON.stringify(sellers.get(group.partnerId)), group.subtotal,
            group.shippingFee, group.remoteAreaFee, group.total],
        );
        for (const lineIndex of group.lineIndexes) {
          const line = quote.lines.find((l) => l.lineIndex === lineIndex)!;
          await tx.query(
            `INSERT INTO order_lines (id, order_id, sub_order_id, position, product_id, variant_id, title, variant_label, image,
               quantity, unit_price, line_total, stock_reserved)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10, $11, $12, $13)`,
            [newId('orderLine'), orderId, subOrderId, lineIndex, line.productId, line.variantId, line.title, line.variantLabel,
              line.image ? JSON.stringify(line.image) : null, line.quantity, line.unitPrice, line.lineTotal, reserved.tracked(line)],
          );
        }
        // A booking is one line (quantity 1, its amount) without stock or shipping; `product_id` holds the service.
        for (const bookingIndex of group.bookingIndexes ?? []) {
          const booking = bookings[bookingIndex]!;
          await tx.query(
            `INSERT INTO order_lines (id, order_id, sub_order_id, position, product_id, variant_id, title, variant_label, image,
               quantity, unit_price, line_total, stock_reserved, booking_id)
             VALUES ($1, $2, $3, $4, $5, NULL, $6, NULL, NULL, 1, $7, $7, false, $8)`,
            [newId('orderLine'), orderId, subOrderId, MAX_CART_LINES + bookingIndex, booking.serviceId, booking.title, booking.amount,
              booking.bookingId],
          );
          const address = request.shippingAddress ? `${request.shippingAddress.road} ${request.shippingAddress.detail}`.trim() : null;
          await attachBookingToOrder(tx, booking, { id: orderId, expiresAt, buyer: request.buyer, address }, now);
        }
      }

      for (const consent of request.consents) {
        await tx.query(
          'INSERT INTO order_consents (order_id, type, version, accepted, accepted_at) VALUES ($1, $2, $3, $4, $5)',
          [orderId, consent.type, consent.version, consent.accepted, now],
        );
      }
      const receipt = receiptData(request);
      await tx.query('INSERT INTO order_receipt_requests (order_id, type, data) VALUES ($1, $2, $3::jsonb)', [
        orderId, receipt.type, JSON.stringify(receipt.data),
      ]);
      await tx.query(
        `INSERT INTO payments (id, order_id, attempt, provider, method, status, amount, created_at, updated_at)
         VALUES ($1, $2, 1, $3, $4, 'ready', $5, $6, $6)`,
        [paymentId, orderId, input.provider, request.paymentMethod, quote.total, now],
      );
      await input.onCreated?.(tx, orderId);
      return { orderId, paymentId };
    });
  } catch (error) {
    if (!(error instanceof StockShortage)) throw error;
    // Someone else took the stock between the quote and the reservation: show the buyer now.
    const bookings = await cartBookingsOf(db, bookingIds, bookingScope);
    const quote = withShortage(await quoteFromDatabase(db, { ...quoteInput, bookings }, input.ctx), error.item);
    throw cartChangedProblem(quote);
  }
}
