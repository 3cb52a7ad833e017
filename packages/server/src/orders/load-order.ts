import type {
  ConsentType,
  Image,
  Order,
  OrderBooking,
  OrderLine,
  OrderStatus,
  PaymentMethod,
  PaymentProviderId,
  PaymentStatus,
  PaymentSummary,
  ReceiptRequest,
  Refund,
  SellerIdentity,
  SubOrder,
  SubOrderStatus,
  VirtualAccount,
} from '@thecen/schema';
import { receiptSummary, toSeoulIso } from '@thecen/schema';
import type { Queryable } from '../db/database.js';

export interface OrderRow {
  id: string;
  channel_id: string;
  number: string;
  status: OrderStatus;
  buyer: Order['buyer'];
  shipping_address: Order['shippingAddress'];
  delivery_note: string;
  business_purchase: boolean;
  return_url: string;
  subtotal: number;
  shipping_total: number;
  total: number;
  refunded_amount: number;
  expires_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

export interface PaymentRow {
  id: string;
  order_id: string;
  attempt: number;
  provider: PaymentProviderId;
  method: PaymentMethod;
  status: PaymentStatus;
  amount: number;
  refunded_amount: number;
  provider_payment_key: string | null;
  virtual_account: VirtualAccount | null;
  approved_at: Date | null;
  failure_code: string | null;
  failure_message: string | null;
}

interface SubOrderRow {
  id: string;
  partner_id: string;
  seller: SellerIdentity;
  status: SubOrderStatus;
  subtotal: number;
  shipping_fee: number;
  remote_area_fee: number;
  total: number;
  refunded_amount: number;
  carrier: string | null;
  tracking_number: string | null;
  shipped_at: Date | null;
  delivered_at: Date | null;
}

interface LineRow {
  id: string;
  sub_order_id: string;
  product_id: string;
  variant_id: string | null;
  title: string;
  variant_label: string | null;
  image: Image | null;
  quantity: number;
  unit_price: number;
  line_total: number;
  refunded_quantity: number;
  booking_id: string | null;
  slot_start: Date | null;
  slot_end: Date | null;
  party_size: number | null;
  refunded_amount: number;
}

interface RefundRow {
  id: string;
  order_id: string;
  amount: number;
  shipping_amount: number;
  reason: string;
  status: 'pending' | 'succeeded' | 'failed';
  created_at: Date;
}

export async function findOrderRow(db: Queryable, orderId: string, options: { forUpdate?: boolean } = {}): Promise<OrderRow | null> {
  const [row] = await db.query<OrderRow>(`SELECT * FROM orders WHERE id = $1${options.forUpdate ? ' FOR UPDATE' : ''}`, [orderId]);
  return row ?? null;
}

/** The order's payment: its latest attempt. */
export async function latestPayment(db: Queryable, orderId: string, options: { forUpdate?: boolean } = {}): Promise<PaymentRow | null> {
  const [row] = await db.query<PaymentRow>(
    `SELECT * FROM payments WHERE order_id = $1 ORDER BY attempt DESC LIMIT 1${options.forUpdate ? ' FOR UPDATE' : ''}`,
    [orderId],
  );
  return row ?? null;
}

export function toPaymentSummary(row: PaymentRow): PaymentSummary {
  return {
    id: row.id,
    provider: row.provider,
    method: row.method,
    status: row.status,
    amount: row.amount,
    refundedAmount: row.refunded_amount,
    approvedAt: row.approved_at ? row.approved_at.toISOString() : null,
    virtualAccount: row.virtual_account,
    failureMessage: row.status === 'declined' ? row.failure_message : null,
  };
}

/** Refunds of an order as the API shows them (pending ones are still being processed and left out). */
export async function loadRefunds(db: Queryable, orderId: string, refundId?: string): Promise<Refund[]> {
  const refunds = await db.query<RefundRow>(
    `SELECT id, order_id, amount, shipping_amount, reason, status, created_at FROM refunds
      WHERE order_id = $1 AND status <> 'pending' ${refundId ? 'AND id = $2' : ''} ORDER BY created_at, id`,
    refundId ? [orderId, refundId] : [orderId],
  );
  if (refunds.length === 0) return [];
  const lines = await db.query<{ refund_id: string; line_id: string; quantity: number; amount: number }>(
    `SELECT rl.refund_id, rl.line_id, rl.quantity, rl.amount FROM refund_lines rl JOIN order_lines l ON l.id = rl.line_id
      WHERE rl.refund_id = ANY($1::text[]) ORDER BY l.position`,
    [refunds.map((r) => r.id)],
  );
  return refunds.map((r) => ({
    id: r.id,
    object: 'refund' as const,
    orderId: r.order_id,
    amount: r.amount,
    reason: r.reason,
    lines: lines.filter((l) => l.refund_id === r.id).map((l) => ({ lineId: l.line_id, quantity: l.quantity, amount: l.amount })),
    shippingAmount: r.shipping_amount,
    status: r.status === 'succeeded' ? ('succeeded' as const) : ('failed' as const),
    createdAt: r.created_at.toISOString(),
  }));
}

function toOrderBooking(row: LineRow): OrderBooking {
  return {
    lineId: row.id,
    bookingId: row.booking_id!,
    serviceId: row.product_id,
    title: row.title,
    slotStart: row.slot_start ? toSeoulIso(row.slot_start) : null,
    slotEnd: row.slot_end ? toSeoulIso(row.slot_end) : null,
    partySize: row.party_size ?? 1,
    amount: row.line_total,
    refundedAmount: row.refunded_amount,
  };
}

function toLine(row: LineRow): OrderLine {
  return {
    id: row.id,
    productId: row.product_id,
    variantId: row.variant_id,
    title: row.title,
    variantLabel: row.variant_label,
    image: row.image,
    quantity: row.quantity,
    unitPrice: row.unit_price,
    lineTotal: row.line_total,
    refundedQuantity: row.refunded_quantity,
  };
}

/** `bookings` of a sub-order, present only when it has some (orders of products look as before). */
function bookingsOf(rows: readonly LineRow[]): { bookings?: OrderBooking[] } {
  return rows.length > 0 ? { bookings: rows.map(toOrderBooking) } : {};
}

/** `shipment` once shipped and `deliveredAt` once delivered (absent before, so unshipped orders look as before). */
function fulfilmentOf(row: SubOrderRow): Pick<SubOrder, 'shipment' | 'deliveredAt'> {
  return {
    ...(row.shipped_at
      ? { shipment: { carrier: row.carrier ?? '', trackingNumber: row.tracking_number ?? '', shippedAt: row.shipped_at.toISOString() } }
      : {}),
    ...(row.delivered_at ? { deliveredAt: row.delivered_at.toISOString() } : {}),
  };
}

/** An order as the API shows it: sub-orders with their lines, consents, receipt, payment and refunds. */
export async function loadOrder(db: Queryable, orderId: string): Promise<Order | null> {
  const order = await findOrderRow(db, orderId);
  if (!order) return null;
  const [subOrders, lines, consents, receipts, payment, refunds] = [
    await db.query<SubOrderRow>(
      `SELECT id, partner_id, seller, status, subtotal, shipping_fee, remote_area_fee, total, refunded_amount,
              carrier, tracking_number, shipped_at, delivered_at
         FROM sub_orders WHERE order_id = $1 ORDER BY position`,
      [orderId],
    ),
    await db.query<LineRow>(
      `SELECT l.id, l.sub_order_id, l.product_id, l.variant_id, l.title, l.variant_label, l.image, l.quantity, l.unit_price, l.line_total,
              l.refunded_quantity, l.booking_id, b.slot_start, b.slot_end, b.party_size,
              (SELECT COALESCE(sum(rl.amount), 0) FROM refund_lines rl JOIN refunds r ON r.id = rl.refund_id
                WHERE rl.line_id = l.id AND r.status = 'succeeded')::bigint AS refunded_amount
         FROM order_lines l LEFT JOIN bookings b ON b.id = l.booking_id WHERE l.order_id = $1 ORDER BY l.position`,
      [orderId],
    ),
    await db.query<{ type: ConsentType; version: string; accepted: boolean; accepted_at: Date }>(
      'SELECT type, version, accepted, accepted_at FROM order_consents WHERE order_id = $1 ORDER BY type',
      [orderId],
    ),
    await db.query<{ type: 'none' | 'cash_receipt' | 'tax_invoice'; data: Record<string, unknown> }>(
      'SELECT type, data FROM order_receipt_requests WHERE order_id = $1',
      [orderId],
    ),
    await latestPayment(db, orderId),
    await loadRefunds(db, orderId),
  ];
  const receipt = receipts[0] ?? { type: 'none' as const, data: {} };
  return {
    id: order.id,
    object: 'order',
    number: order.number,
    status: order.status,
    buyer: order.buyer,
    shippingAddress: order.shipping_address,
    deliveryNote: order.delivery_note,
    businessPurchase: order.business_purchase,
    receipt: { type: receipt.type, summary: receiptSummary({ type: receipt.type, ...receipt.data } as ReceiptRequest) },
    consents: consents.map((c) => ({ type: c.type, version: c.version, accepted: c.accepted, acceptedAt: c.accepted_at.toISOString() })),
    subOrders: subOrders.map(
      (s): SubOrder => ({
        id: s.id,
        partnerId: s.partner_id,
        seller: s.seller,
        status: s.status,
        lines: lines.filter((l) => l.sub_order_id === s.id && l.booking_id === null).map(toLine),
        ...bookingsOf(lines.filter((l) => l.sub_order_id === s.id && l.booking_id !== null)),
        subtotal: s.subtotal,
        shippingFee: s.shipping_fee,
        remoteAreaFee: s.remote_area_fee,
        total: s.total,
        refundedAmount: s.refunded_amount,
        ...fulfilmentOf(s),
      }),
    ),
    subtotal: order.subtotal,
    shippingTotal: order.shipping_total,
    total: order.total,
    refundedAmount: order.refunded_amount,
    payment: toPaymentSummary(payment!),
    refunds,
    expiresAt: order.expires_at ? order.expires_at.toISOString() : null,
    createdAt: order.created_at.toISOString(),
    updatedAt: order.updated_at.toISOString(),
  };
}
