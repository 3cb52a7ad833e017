import type { Database, Queryable } from '../db/database.js';

/** The buyer's withdrawal period (청약철회, 전자상거래법 제17조): 7 days from delivery. */
export const WITHDRAWAL_PERIOD_DAYS = 7;

/**
 * An order whose lines are all done: every line that still counts (quantity left after refunds,
 * its sub-order not cancelled or refunded, its booking not cancelled or expired) is either a
 * product line whose sub-order was delivered at least the withdrawal period before `$1`, or a
 * booking line whose booking was completed (or marked a no-show) by `$1`. `o` is the order.
 */
const ALL_LINES_DONE = `NOT EXISTS (
  SELECT 1 FROM order_lines ol
    JOIN sub_orders so ON so.id = ol.sub_order_id
    LEFT JOIN bookings b ON b.id = ol.booking_id
   WHERE ol.order_id = o.id
     AND ol.quantity > ol.refunded_quantity
     AND so.status NOT IN ('canceled', 'refunded')
     AND (b.id IS NULL OR b.status NOT IN ('cancelled', 'expired'))
     AND NOT CASE
       WHEN ol.booking_id IS NULL THEN so.delivered_at IS NOT NULL AND so.delivered_at <= $1::timestamptz - make_interval(days => $2::int)
       ELSE b.status IN ('completed', 'no_show') AND EXISTS (
         SELECT 1 FROM booking_events e WHERE e.booking_id = b.id AND e.type = b.status AND e.at <= $1::timestamptz)
     END
)`;

/** The ids of orders with pending commission whose lines are all done at `now`. */
async function ordersToRelease(q: Queryable, now: Date, orderId?: string): Promise<string[]> {
  const rows = await q.query<{ id: string }>(
    `SELECT o.id FROM orders o
      WHERE o.id IN (SELECT order_id FROM commission_ledger WHERE status = 'pending')
        ${orderId ? 'AND o.id = $3' : ''}
        AND ${ALL_LINES_DONE}
      ORDER BY o.id`,
    orderId ? [now, WITHDRAWAL_PERIOD_DAYS, orderId] : [now, WITHDRAWAL_PERIOD_DAYS],
  );
  return rows.map((r) => r.id);
}

/**
 * Makes commission payable (ADR 006): an order's `pending` entries all become `payable`
 * (`payable_at = now`) once every line of it that still counts is done — products delivered and
 * the withdrawal period (7 days) over, bookings completed; cancelled and refunded lines do not
 * hold it back. Each order is released in its own transaction under the order's lock (the lock
 * its payment and refunds take), checked again there. A refund after that still posts a
 * `reversed` entry, so the order's entries keep summing to its commission. The server's sweeper
 * runs it; tests call it with their own clock. Returns the ids of the released orders.
 */
export async function releasePayableCommissions(db: Database, now: Date): Promise<string[]> {
  const released: string[] = [];
  for (const orderId of await ordersToRelease(db, now)) {
    const done = await db.transaction(async (tx) => {
      await tx.query('SELECT id FROM orders WHERE id = $1 FOR UPDATE', [orderId]);
      if ((await ordersToRelease(tx, now, orderId)).length === 0) return false;
      await tx.query(`UPDATE commission_ledger SET status = 'payable', payable_at = $2 WHERE order_id = $1 AND status = 'pending'`, [orderId, now]);
      return true;
    });
    if (done) released.push(orderId);
  }
  return released;
}
