import type { SubOrderFulfilmentRequest } from '@thecen/schema';
import type { Database } from '../db/database.js';
import { ProblemError } from '../http/problem.js';

interface FulfilmentRow {
  id: string;
  status: string;
  shipped_at: Date | null;
  delivered_at: Date | null;
  /** Product lines (not bookings) with a quantity left after refunds. */
  shippable_lines: number;
}

/** Sub-orders that can be shipped: paid and not shipped yet (a partial refund or a pending cancel request leave it shippable). */
const SHIPPABLE = ['paid', 'preparing', 'partially_refunded', 'cancel_requested'];
/** Sub-orders that can be marked delivered: shipped and not delivered yet. */
const DELIVERABLE = ['shipped', 'partially_refunded', 'cancel_requested'];

function notAllowed(detail: string): ProblemError {
  return new ProblemError(409, 'fulfilment_not_allowed', detail);
}

/**
 * A partner's fulfilment of a paid sub-order, in the order's lock: `shipped` (carrier, tracking
 * number, `shipped_at`), then `delivered` (`delivered_at`, from which the withdrawal period runs
 * and after which referral commission can become payable). Only forwards, once each; a
 * cancelled or refunded sub-order, one with no product left to ship (bookings are not shipped),
 * or a step out of turn is a 409 `fulfilment_not_allowed`. The status moves with it when it is
 * the plain one (`paid`/`preparing` → `shipped` → `delivered`); a sub-order that is partially
 * refunded or has a pending cancel request keeps that status and records the fulfilment times.
 */
export async function updateSubOrderFulfilment(
  db: Database,
  orderId: string,
  subOrderId: string,
  request: SubOrderFulfilmentRequest,
  now: Date,
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query('SELECT id FROM orders WHERE id = $1 FOR UPDATE', [orderId]);
    const [row] = await tx.query<FulfilmentRow>(
      `SELECT s.id, s.status, s.shipped_at, s.delivered_at,
              (SELECT count(*) FROM order_lines l WHERE l.sub_order_id = s.id AND l.booking_id IS NULL
                 AND l.quantity > l.refunded_quantity)::int AS shippable_lines
         FROM sub_orders s WHERE s.id = $1 AND s.order_id = $2 FOR UPDATE`,
      [subOrderId, orderId],
    );
    if (!row) throw new ProblemError(404, 'not_found', `The order has no sub-order ${subOrderId}.`);
    const status = row.status.replace('_', ' ');
    if (request.status === 'shipped') {
      if (row.shipped_at) throw notAllowed('The sub-order was already shipped.');
      if (!SHIPPABLE.includes(row.status)) throw notAllowed(`The sub-order is ${status}; it cannot be shipped.`);
      if (row.shippable_lines === 0) throw notAllowed('The sub-order has no product left to ship.');
      await tx.query(
        `UPDATE sub_orders SET carrier = $2, tracking_number = $3, shipped_at = $4,
           status = CASE WHEN status IN ('paid', 'preparing') THEN 'shipped' ELSE status END
         WHERE id = $1`,
        [row.id, request.carrier, request.trackingNumber, now],
      );
    } else {
      if (row.delivered_at) throw notAllowed('The sub-order was already delivered.');
      if (!row.shipped_at) throw notAllowed('The sub-order has not been shipped yet.');
      if (!DELIVERABLE.includes(row.status)) throw notAllowed(`The sub-order is ${status}; it cannot be delivered.`);
      await tx.query(
        `UPDATE sub_orders SET delivered_at = $2, status = CASE WHEN status = 'shipped' THEN 'delivered' ELSE status END WHERE id = $1`,
        [row.id, now],
      );
    }
    await tx.query('UPDATE orders SET updated_at = $2 WHERE id = $1', [orderId, now]);
  });
}
