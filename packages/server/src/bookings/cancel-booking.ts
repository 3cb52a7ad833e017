import { cancellationOutcome } from '@thecen/schema';
import type { CheckoutContext } from '../checkout/checkout-context.js';
import type { Queryable } from '../db/database.js';
import { ProblemError } from '../http/problem.js';
import { closeUnpaidOrder } from '../orders/close-unpaid-order.js';
import type { OrderRow, PaymentRow } from '../orders/load-order.js';
import { finishRefund, insertPendingRefund } from '../orders/refund-order.js';
import { closeIssuedVirtualAccount, openDepositPayment } from '../orders/request-cancellation.js';
import { recordCancellation, releaseSlot, transitionBooking, transitionNotAllowed } from './booking-lifecycle.js';
import { notifiedRecipients, notifyBooking } from './booking-notifications.js';
import { findBookingRow, type BookingRow } from './booking-rows.js';

const UNPAID_ORDER = ['pending_payment', 'awaiting_deposit'];

export interface CancelBookingInput {
  by: 'buyer' | 'partner';
  reason: string;
  /** Called inside the transaction with the booking's id (idempotency bookkeeping). */
  onRecorded: (tx: Queryable, bookingId: string) => Promise<void>;
}

interface Cancelled {
  refundId: string | null;
  /** A virtual account issued for the order this cancellation closed, to close at the provider. */
  openDeposit: PaymentRow | null;
}

/** The order line of a paid booking and what is left of it to refund. */
async function paidLineOf(tx: Queryable, row: BookingRow): Promise<{ id: string; subOrderId: string; left: number }> {
  const [line] = await tx.query<{ id: string; sub_order_id: string; left: number }>(
    `SELECT l.id, l.sub_order_id, l.line_total - COALESCE((SELECT sum(rl.amount) FROM refund_lines rl JOIN refunds r ON r.id = rl.refund_id
                                                           WHERE rl.line_id = l.id AND r.status <> 'failed'), 0)::bigint AS left
       FROM order_lines l WHERE l.booking_id = $1`,
    [row.id],
  );
  if (!line) throw new ProblemError(409, 'refund_not_allowed', 'The booking was paid in no order.');
  return { id: line.id, subOrderId: line.sub_order_id, left: line.left };
}

async function cancelLocked(ctx: CheckoutContext, tx: Queryable, row: BookingRow, order: OrderRow | null, input: CancelBookingInput): Promise<Cancelled> {
  const now = ctx.now();
  const cancel = async (refundAmount: number, feeAmount: number, refundId: string | null) => {
    await transitionBooking(tx, row, 'cancelled', input.by, now, { note: input.reason, action: 'cancelled' });
    await releaseSlot(tx, row);
    await recordCancellation(tx, row, { by: input.by, reason: input.reason, refundAmount, feeAmount }, now, refundId);
    await notifyBooking(tx, row.id, 'cancelled', await notifiedRecipients(tx, row.id), now);
  };
  switch (row.status) {
    case 'inquiry':
    case 'quoted':
    case 'held':
      await cancel(0, 0, null);
      return { refundId: null, openDeposit: null };
    case 'pending_payment': {
      await cancel(0, 0, null);
      if (!order || !UNPAID_ORDER.includes(order.status)) return { refundId: null, openDeposit: null };
      // The order that was to pay it cannot be paid any more: it closes (its other bookings and its stock with it).
      const openDeposit = await openDepositPayment(tx, order.id);
      await closeUnpaidOrder(tx, order.id, 'canceled', now, { reason: `booking ${row.number} cancelled: ${input.reason}` });
      return { refundId: null, openDeposit };
    }
    case 'confirmed': {
      if (input.by === 'buyer' && row.started_at) {
        throw transitionNotAllowed(
          row.status,
          'cancelled',
          'The service has started: a booking cannot be withdrawn once it started (전자상거래법); ask the partner.',
        );
      }
      const line = await paidLineOf(tx, row);
      const outcome = cancellationOutcome({
        policy: row.cancellation_policy,
        amountPaid: line.left,
        slotStart: row.slot_start!,
        now,
        by: input.by,
      });
      const refundId =
        outcome.refundAmount > 0
          ? await insertPendingRefund(
              tx,
              row.order_id!,
              {
                lines: [{ lineId: line.id, subOrderId: line.subOrderId, quantity: 1, amount: outcome.refundAmount }],
                shipping: [],
                amount: outcome.refundAmount,
              },
              { reason: `예약 취소 (${row.number}): ${input.reason}`, restock: false, now },
            )
          : null;
      await cancel(outcome.refundAmount, outcome.feeAmount, refundId);
      return { refundId, openDeposit: null };
    }
    default:
      throw transitionNotAllowed(row.status, 'cancelled');
  }
}

/**
 * Cancels a booking, by the buyer (the booking's cancellation policy decides the refund: free
 * until N hours before, then a fee kept; impossible once the service started) or by the partner
 * (always a full refund). A paid booking is refunded through the refund machinery (the provider
 * cancels the computed amount); an unpaid order holding the booking is closed with it. The order
 * is locked before the booking, as every writer does.
 */
export async function cancelBooking(ctx: CheckoutContext, bookingId: string, input: CancelBookingInput): Promise<void> {
  let result: Cancelled | null = null;
  for (let attempt = 0; attempt < 5 && result === null; attempt++) {
    const seen = await findBookingRow(ctx.db, bookingId);
    if (!seen) throw new ProblemError(404, 'not_found', 'No such booking.');
    result = await ctx.db.transaction(async (tx) => {
      const [order] = seen.order_id ? await tx.query<OrderRow>('SELECT * FROM orders WHERE id = $1 FOR UPDATE', [seen.order_id]) : [];
      const row = (await findBookingRow(tx, bookingId, { forUpdate: true }))!;
      // An order took the booking meanwhile: start again with that order locked first.
      if (row.order_id !== seen.order_id) return null;
      const cancelled = await cancelLocked(ctx, tx, row, order ?? null, input);
      await input.onRecorded(tx, row.id);
      return cancelled;
    });
  }
  if (!result) throw new ProblemError(409, 'idempotency_key_in_use', 'The booking is changing right now; retry in a moment.');
  if (result.openDeposit) await closeIssuedVirtualAccount(ctx, result.openDeposit);
  if (result.refundId) await finishRefund(ctx, result.refundId);
}

/** Finishes the refund of a cancellation whose first request died after recording it (idempotent retry). */
export async function finishCancellationRefund(ctx: CheckoutContext, bookingId: string): Promise<void> {
  const row = await findBookingRow(ctx.db, bookingId);
  if (row?.cancellation_refund_id) await finishRefund(ctx, row.cancellation_refund_id);
}
