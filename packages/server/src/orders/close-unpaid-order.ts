import type { Queryable } from '../db/database.js';
import { endBookingsOfOrder } from '../bookings/bookings-in-orders.js';
import { releaseStock } from './stock.js';

/**
 * Closes an unpaid order inside the caller's transaction: `canceled` (declined for good or
 * cancelled by the buyer) or `expired` (not paid in time). Its stock goes back, its sub-orders
 * are cancelled and its open payment attempts end. Does nothing (returns false) when the order
 * was paid or closed meanwhile — the conditional update makes it happen once.
 */
export async function closeUnpaidOrder(
  tx: Queryable,
  orderId: string,
  to: 'canceled' | 'expired',
  now: Date,
  options: { reason?: string; onlyIfDueBy?: Date } = {},
): Promise<boolean> {
  const due = options.onlyIfDueBy ? ' AND expires_at <= $5' : '';
  const closed = await tx.query(
    `UPDATE orders SET status = $2, expires_at = NULL, updated_at = $3, cancel_reason = COALESCE($4, cancel_reason)
      WHERE id = $1 AND status IN ('pending_payment', 'awaiting_deposit')${due} RETURNING id`,
    options.onlyIfDueBy ? [orderId, to, now, options.reason ?? null, options.onlyIfDueBy] : [orderId, to, now, options.reason ?? null],
  );
  if (closed.length === 0) return false;
  const lines = await tx.query<{ product_id: string; variant_id: string | null; quantity: number }>(
    'SELECT product_id, variant_id, quantity FROM order_lines WHERE order_id = $1 AND stock_reserved',
    [orderId],
  );
  await releaseStock(tx, lines.map((l) => ({ productId: l.product_id, variantId: l.variant_id, quantity: l.quantity })));
  await tx.query(`UPDATE sub_orders SET status = 'canceled' WHERE order_id = $1 AND status = 'pending'`, [orderId]);
  await tx.query(
    `UPDATE payments SET status = $2, updated_at = $3 WHERE order_id = $1 AND status IN ('ready', 'approved', 'awaiting_deposit')`,
    [orderId, to, now],
  );
  await endBookingsOfOrder(tx, orderId, to, now, options.reason ?? (to === 'expired' ? 'the order was not paid in time' : 'the order was cancelled'));
  return true;
}
