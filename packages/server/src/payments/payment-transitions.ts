import type { VirtualAccount } from '@thecen/schema';
import type { Queryable } from '../db/database.js';
import { confirmBookingsOfOrder, syncBookingHolds } from '../bookings/bookings-in-orders.js';
import { closeUnpaidOrder } from '../orders/close-unpaid-order.js';
import type { OrderRow, PaymentRow } from '../orders/load-order.js';
import { settleCommission } from '../referrals/commission-ledger.js';

/**
 * What applying a provider fact did. `orphan_capture`: money was taken for an order that can no
 * longer take it (expired, cancelled, or paid by another attempt); the caller refunds it.
 */
export type TransitionResult = 'applied' | 'ignored' | 'orphan_capture' | 'amount_mismatch';

export interface LockedPayment {
  payment: PaymentRow;
  order: OrderRow;
  /** True when it is the order's latest payment attempt. */
  latest: boolean;
}

const PAID_STATES = ['paid', 'partially_refunded', 'refunded'];
const UNPAID_ORDER = ['pending_payment', 'awaiting_deposit'];

/**
 * Locks an order and one of its payments (always the order first, as every writer does, so that
 * concurrent writers never deadlock) and reads them.
 */
export async function lockPayment(tx: Queryable, paymentId: string): Promise<LockedPayment | null> {
  const [ref] = await tx.query<{ order_id: string }>('SELECT order_id FROM payments WHERE id = $1', [paymentId]);
  if (!ref) return null;
  const [order] = await tx.query<OrderRow>('SELECT * FROM orders WHERE id = $1 FOR UPDATE', [ref.order_id]);
  const [payment] = await tx.query<PaymentRow>('SELECT * FROM payments WHERE id = $1 FOR UPDATE', [paymentId]);
  const [last] = await tx.query<{ id: string }>('SELECT id FROM payments WHERE order_id = $1 ORDER BY attempt DESC LIMIT 1', [ref.order_id]);
  return { order: order!, payment: payment!, latest: last?.id === paymentId };
}

/**
 * The provider took the money (card confirmed, or the deposit arrived). The order becomes paid
 * with all its sub-orders, and its bookings confirmed — unless it was closed or paid meanwhile (`orphan_capture`). Repeating
 * it changes nothing.
 */
export async function markPaid(
  tx: Queryable,
  locked: LockedPayment,
  fact: { providerPaymentKey: string | null; approvedAt: string; amount?: number | null },
  now: Date,
): Promise<TransitionResult> {
  const { payment, order } = locked;
  if (PAID_STATES.includes(payment.status)) return 'ignored';
  if (fact.amount !== undefined && fact.amount !== null && fact.amount !== payment.amount) return 'amount_mismatch';
  await tx.query(
    `UPDATE payments SET status = 'paid', provider_payment_key = COALESCE($2, provider_payment_key), approved_at = $3,
       failure_code = NULL, failure_message = NULL, updated_at = $4 WHERE id = $1`,
    [payment.id, fact.providerPaymentKey, new Date(fact.approvedAt), now],
  );
  if (!UNPAID_ORDER.includes(order.status)) return 'orphan_capture';
  await tx.query(`UPDATE orders SET status = 'paid', expires_at = NULL, updated_at = $2 WHERE id = $1`, [order.id, now]);
  await tx.query(`UPDATE sub_orders SET status = 'paid' WHERE order_id = $1 AND status = 'pending'`, [order.id]);
  await confirmBookingsOfOrder(tx, order.id, now);
  await settleCommission(tx, order.id, now);
  return 'applied';
}

/**
 * A virtual account was issued: the order waits for the deposit until the account's deadline
 * (its new `expiresAt`). A late notice after the payment moved on changes nothing.
 */
export async function markAwaitingDeposit(
  tx: Queryable,
  locked: LockedPayment,
  fact: { providerPaymentKey: string | null; virtualAccount: VirtualAccount | null },
  now: Date,
): Promise<TransitionResult> {
  const { payment, order } = locked;
  if (!['ready', 'approved', 'declined'].includes(payment.status) || order.status !== 'pending_payment') return 'ignored';
  await tx.query(
    `UPDATE payments SET status = 'awaiting_deposit', provider_payment_key = COALESCE($2, provider_payment_key),
       virtual_account = COALESCE($3::jsonb, virtual_account), failure_code = NULL, failure_message = NULL, updated_at = $4
     WHERE id = $1`,
    [payment.id, fact.providerPaymentKey, fact.virtualAccount ? JSON.stringify(fact.virtualAccount) : null, now],
  );
  await tx.query(
    `UPDATE orders SET status = 'awaiting_deposit', expires_at = COALESCE($2, expires_at), updated_at = $3 WHERE id = $1`,
    [order.id, fact.virtualAccount ? new Date(fact.virtualAccount.dueAt) : null, now],
  );
  // The account's deadline ends the bookings' holds too: their slots wait for the deposit.
  await syncBookingHolds(tx, order.id);
  return 'applied';
}

/** The payment attempt failed; the order stays unpaid (its stock held) so that the buyer can try again. */
export async function markDeclined(
  tx: Queryable,
  locked: LockedPayment,
  fact: { code: string; message: string; providerPaymentKey?: string | null },
  now: Date,
): Promise<TransitionResult> {
  if (!['ready', 'approved'].includes(locked.payment.status)) return 'ignored';
  await tx.query(
    `UPDATE payments SET status = 'declined', failure_code = $2, failure_message = $3,
       provider_payment_key = COALESCE($4, provider_payment_key), updated_at = $5 WHERE id = $1`,
    [locked.payment.id, fact.code.slice(0, 100), fact.message.slice(0, 300), fact.providerPaymentKey ?? null, now],
  );
  return 'applied';
}

/**
 * The provider ended an unpaid payment (`expired`: the virtual account's deadline passed;
 * `canceled`: closed before payment). When it was the order's current attempt and the order is
 * still unpaid, the order ends the same way and its stock returns. Paid payments are untouched.
 */
export async function markEndedUnpaid(tx: Queryable, locked: LockedPayment, to: 'expired' | 'canceled', now: Date): Promise<TransitionResult> {
  const { payment, order, latest } = locked;
  if (PAID_STATES.includes(payment.status) || payment.status === to) return 'ignored';
  if (latest && UNPAID_ORDER.includes(order.status)) {
    await closeUnpaidOrder(tx, order.id, to, now);
    return 'applied';
  }
  if (['ready', 'approved', 'awaiting_deposit', 'declined'].includes(payment.status)) {
    await tx.query('UPDATE payments SET status = $2, updated_at = $3 WHERE id = $1', [payment.id, to, now]);
    return 'applied';
  }
  return 'ignored';
}
