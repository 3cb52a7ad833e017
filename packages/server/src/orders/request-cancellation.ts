import type { CancellationRequestInput } from '@thecen/schema';
import type { CheckoutContext } from '../checkout/checkout-context.js';
import type { Queryable } from '../db/database.js';
import { ProblemError } from '../http/problem.js';
import { providerPaymentOf } from '../payments/provider-payment.js';
import { closeUnpaidOrder } from './close-unpaid-order.js';
import { findOrderRow, type OrderRow, type PaymentRow } from './load-order.js';

/** Sub-orders a buyer may ask to cancel or withdraw once paid (the partner or operator then refunds). */
const REQUESTABLE = ['paid', 'preparing', 'shipped', 'delivered', 'partially_refunded'];

/**
 * The buyer's cancellation: an unpaid order is cancelled at once (stock back, an issued virtual
 * account closed at the provider); for a paid one, each open sub-order is marked
 * `cancel_requested` with the kind (cancel / 청약철회), reason and time, for the partner or the
 * operator to refund through the refund API.
 */
export async function requestCancellation(ctx: CheckoutContext, orderId: string, input: CancellationRequestInput): Promise<void> {
  const now = ctx.now();
  const closedPayment = await ctx.db.transaction(async (tx): Promise<PaymentRow | null> => {
    const [order] = await tx.query<OrderRow>('SELECT * FROM orders WHERE id = $1 FOR UPDATE', [orderId]);
    if (!order) throw new ProblemError(404, 'not_found', 'No such order.');
    switch (order.status) {
      case 'pending_payment':
      case 'awaiting_deposit': {
        const open = await openDepositPayment(tx, orderId);
        await closeUnpaidOrder(tx, orderId, 'canceled', now, { reason: `${input.kind}: ${input.reason}` });
        return open;
      }
      case 'paid':
      case 'partially_refunded':
        await tx.query(
          `UPDATE sub_orders SET status = 'cancel_requested', cancel_request_kind = $2, cancel_request_reason = $3, cancel_requested_at = $4
            WHERE order_id = $1 AND status = ANY($5::text[])`,
          [orderId, input.kind, input.reason, now, REQUESTABLE],
        );
        await tx.query('UPDATE orders SET updated_at = $2 WHERE id = $1', [orderId, now]);
        return null;
      case 'canceled':
        return null;
      case 'expired':
      case 'refunded':
        throw new ProblemError(409, 'order_not_cancelable', `The order is ${order.status}; there is nothing left to cancel.`);
    }
  });
  if (closedPayment) await closeIssuedVirtualAccount(ctx, closedPayment);
}

/** The virtual account issued for a payment, if any, of an order cancelled before its deposit (inside its transaction). */
export async function openDepositPayment(tx: Queryable, orderId: string): Promise<PaymentRow | null> {
  const [open] = await tx.query<PaymentRow>(
    `SELECT * FROM payments WHERE order_id = $1 AND status = 'awaiting_deposit' ORDER BY attempt DESC LIMIT 1`,
    [orderId],
  );
  return open ?? null;
}

/** Closes an issued virtual account at the provider so that no deposit can arrive for a cancelled order. */
export async function closeIssuedVirtualAccount(ctx: CheckoutContext, payment: PaymentRow): Promise<void> {
  const provider = ctx.providers.get(payment.provider);
  const order = await findOrderRow(ctx.db, payment.order_id);
  if (!provider || !order) return;
  const outcome = await provider
    .cancel(await providerPaymentOf(ctx.db, payment, order), {
      amount: payment.amount,
      reason: '구매자가 입금 전에 주문을 취소했습니다.',
      idempotencyKey: `close-${payment.id}`,
    })
    .catch((error: unknown) => ({ status: 'failed' as const, code: 'ERROR', message: String(error), retryable: true }));
  if (outcome.status !== 'canceled') {
    ctx.onBackgroundError(new Error(`closing the virtual account of ${payment.id} failed: ${outcome.code} ${outcome.message}`));
  }
}
