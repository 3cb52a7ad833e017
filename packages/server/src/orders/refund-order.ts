import type { Refund, RefundRequest } from '@thecen/schema';
import type { CheckoutContext } from '../checkout/checkout-context.js';
import type { Queryable } from '../db/database.js';
import { cancelRefundedBookings } from '../bookings/bookings-in-orders.js';
import { ProblemError, validationProblem } from '../http/problem.js';
import type { CancelOutcome } from '../payments/payment-provider.js';
import { providerPaymentOf } from '../payments/provider-payment.js';
import { findOrderRow, loadRefunds, type OrderRow, type PaymentRow } from './load-order.js';
import { newId } from './new-id.js';
import { planRefund, type RefundPlan, type RefundableLine, type RefundableSubOrder } from './plan-refund.js';
import { releaseStock } from './stock.js';
import { settleCommission } from '../referrals/commission-ledger.js';

interface RefundRow {
  id: string;
  order_id: string;
  payment_id: string;
  amount: number;
  reason: string;
  restock: boolean;
  status: 'pending' | 'succeeded' | 'failed';
}

async function refundableOf(tx: Queryable, orderId: string): Promise<{ lines: RefundableLine[]; subOrders: RefundableSubOrder[] }> {
  const lines = await tx.query<{ id: string; sub_order_id: string; unit_price: number; quantity: number; refunded: number }>(
    `SELECT l.id, l.sub_order_id, l.unit_price, l.quantity,
            l.refunded_quantity + COALESCE((SELECT sum(rl.quantity) FROM refund_lines rl JOIN refunds r ON r.id = rl.refund_id
                                             WHERE rl.line_id = l.id AND r.status = 'pending'), 0)::int AS refunded
       FROM order_lines l WHERE l.order_id = $1 ORDER BY l.position`,
    [orderId],
  );
  const subOrders = await tx.query<{ id: string; shipping: number; refunded: number }>(
    `SELECT s.id, s.shipping_fee + s.remote_area_fee AS shipping,
            s.refunded_shipping + COALESCE((SELECT sum(rs.amount) FROM refund_shipping rs JOIN refunds r ON r.id = rs.refund_id
                                             WHERE rs.sub_order_id = s.id AND r.status = 'pending'), 0)::bigint AS refunded
       FROM sub_orders s WHERE s.order_id = $1 ORDER BY s.position`,
    [orderId],
  );
  return {
    lines: lines.map((l) => ({ id: l.id, subOrderId: l.sub_order_id, unitPrice: l.unit_price, quantity: l.quantity, refundedQuantity: l.refunded })),
    subOrders: subOrders.map((s) => ({ id: s.id, shipping: s.shipping, refundedShipping: s.refunded })),
  };
}

/**
 * Records a pending refund of a worked-out plan inside the caller's transaction, which holds
 * the order's lock (so that two refunds at once can never add up to more than was paid), and
 * returns its id. The provider is asked afterwards (`finishRefund`).
 */
export async function insertPendingRefund(
  tx: Queryable,
  orderId: string,
  plan: RefundPlan,
  input: { reason: string; restock: boolean; now: Date },
): Promise<string> {
  const [payment] = await tx.query<PaymentRow>(
    `SELECT * FROM payments WHERE order_id = $1 AND status IN ('paid', 'partially_refunded') ORDER BY attempt DESC LIMIT 1 FOR UPDATE`,
    [orderId],
  );
  if (!payment) throw new ProblemError(409, 'refund_not_allowed', 'The order has no paid payment to refund.');
  const [pending] = await tx.query<{ sum: number }>(
    `SELECT COALESCE(sum(amount), 0)::bigint AS sum FROM refunds WHERE payment_id = $1 AND status = 'pending'`,
    [payment.id],
  );
  if (plan.amount > payment.amount - payment.refunded_amount - pending!.sum) {
    throw new ProblemError(409, 'refund_not_allowed', 'The refund would be more than what was paid and not yet refunded.');
  }
  const refundId = newId('refund');
  const shippingAmount = plan.shipping.reduce((sum, s) => sum + s.amount, 0);
  await tx.query(
    `INSERT INTO refunds (id, order_id, payment_id, amount, shipping_amount, reason, restock, status, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, 'pending', $8, $8)`,
    [refundId, orderId, payment.id, plan.amount, shippingAmount, input.reason, input.restock, input.now],
  );
  for (const line of plan.lines) {
    await tx.query('INSERT INTO refund_lines (refund_id, line_id, quantity, amount) VALUES ($1, $2, $3, $4)', [
      refundId, line.lineId, line.quantity, line.amount,
    ]);
  }
  for (const s of plan.shipping) {
    await tx.query('INSERT INTO refund_shipping (refund_id, sub_order_id, amount) VALUES ($1, $2, $3)', [refundId, s.subOrderId, s.amount]);
  }
  return refundId;
}

/**
 * Records a pending refund (in one transaction with the order locked, so that two refunds at
 * once can never add up to more than was paid) and returns its id.
 */
async function reserveRefund(
  ctx: CheckoutContext,
  order: OrderRow,
  request: RefundRequest,
  recordResource: (tx: Queryable, id: string) => Promise<void>,
): Promise<string> {
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const [locked] = await tx.query<OrderRow>('SELECT * FROM orders WHERE id = $1 FOR UPDATE', [order.id]);
    if (!locked || !['paid', 'partially_refunded'].includes(locked.status)) {
      throw new ProblemError(409, 'refund_not_allowed', `The order is ${locked?.status ?? 'gone'}; only paid orders are refunded.`);
    }
    const [paid] = await tx.query(`SELECT 1 FROM payments WHERE order_id = $1 AND status IN ('paid', 'partially_refunded')`, [order.id]);
    if (!paid) throw new ProblemError(409, 'refund_not_allowed', 'The order has no paid payment to refund.');
    const { lines, subOrders } = await refundableOf(tx, order.id);
    const result = planRefund(request, lines, subOrders);
    if (!result.ok) {
      if ('errors' in result) throw validationProblem(result.errors);
      throw new ProblemError(409, 'refund_not_allowed', 'Nothing of this is left to refund.');
    }
    const refundId = await insertPendingRefund(tx, order.id, result.plan, { reason: request.reason, restock: request.restock ?? true, now });
    await recordResource(tx, refundId);
    return refundId;
  });
}

/** Applies a refund the provider made: quantities, stock, and the amounts and statuses of lines, sub-orders, order and payment. */
async function applyRefund(tx: Queryable, refund: RefundRow, now: Date): Promise<void> {
  await tx.query('SELECT id FROM orders WHERE id = $1 FOR UPDATE', [refund.order_id]);
  const [still] = await tx.query(`SELECT id FROM refunds WHERE id = $1 AND status = 'pending' FOR UPDATE`, [refund.id]);
  if (!still) return;
  const lines = await tx.query<{ line_id: string; quantity: number; amount: number; sub_order_id: string; product_id: string; variant_id: string | null; stock_reserved: boolean }>(
    `SELECT rl.line_id, rl.quantity, rl.amount, l.sub_order_id, l.product_id, l.variant_id, l.stock_reserved
       FROM refund_lines rl JOIN order_lines l ON l.id = rl.line_id WHERE rl.refund_id = $1`,
    [refund.id],
  );
  const shipping = await tx.query<{ sub_order_id: string; amount: number }>('SELECT sub_order_id, amount FROM refund_shipping WHERE refund_id = $1', [refund.id]);
  for (const line of lines) {
    await tx.query('UPDATE order_lines SET refunded_quantity = refunded_quantity + $2 WHERE id = $1', [line.line_id, line.quantity]);
  }
  // A booking whose whole line was refunded through the refund API is cancelled with it.
  await cancelRefundedBookings(tx, lines.map((l) => l.line_id), now);
  if (refund.restock) {
    await releaseStock(
      tx,
      lines.filter((l) => l.stock_reserved).map((l) => ({ productId: l.product_id, variantId: l.variant_id, quantity: l.quantity })),
    );
  }
  const bySubOrder = new Map<string, { amount: number; shipping: number }>();
  for (const line of lines) {
    const entry = bySubOrder.get(line.sub_order_id) ?? { amount: 0, shipping: 0 };
    entry.amount += line.amount;
    bySubOrder.set(line.sub_order_id, entry);
  }
  for (const s of shipping) {
    const entry = bySubOrder.get(s.sub_order_id) ?? { amount: 0, shipping: 0 };
    entry.amount += s.amount;
    entry.shipping += s.amount;
    bySubOrder.set(s.sub_order_id, entry);
  }
  for (const [subOrderId, entry] of bySubOrder) {
    await tx.query(
      `UPDATE sub_orders SET refunded_amount = refunded_amount + $2, refunded_shipping = refunded_shipping + $3,
         status = CASE WHEN refunded_amount + $2 = total THEN 'refunded' ELSE 'partially_refunded' END
       WHERE id = $1`,
      [subOrderId, entry.amount, entry.shipping],
    );
  }
  await tx.query(
    `UPDATE orders SET refunded_amount = refunded_amount + $2, updated_at = $3,
       status = CASE WHEN refunded_amount + $2 = total THEN 'refunded' ELSE 'partially_refunded' END
     WHERE id = $1`,
    [refund.order_id, refund.amount, now],
  );
  await tx.query(
    `UPDATE payments SET refunded_amount = refunded_amount + $2, updated_at = $3,
       status = CASE WHEN refunded_amount + $2 = amount THEN 'refunded' ELSE 'partially_refunded' END
     WHERE id = $1`,
    [refund.payment_id, refund.amount, now],
  );
  await tx.query(`UPDATE refunds SET status = 'succeeded', updated_at = $2 WHERE id = $1`, [refund.id, now]);
  // Commission follows the refund: the order's ledger entries again sum to its lines net of refunds.
  await settleCommission(tx, refund.order_id, now);
}

/**
 * Asks the provider to cancel the refund's amount (its id as the provider's idempotency key, so
 * asking again after a crash or timeout never refunds twice), then applies it. A refusal marks
 * the refund failed; a timeout leaves it pending for a retry with the same Idempotency-Key.
 */
export async function finishRefund(ctx: CheckoutContext, refundId: string): Promise<Refund> {
  const [refund] = await ctx.db.query<RefundRow>('SELECT * FROM refunds WHERE id = $1', [refundId]);
  if (!refund) throw new ProblemError(404, 'not_found', 'No such refund.');
  if (refund.status === 'pending') {
    const [payment] = await ctx.db.query<PaymentRow>('SELECT * FROM payments WHERE id = $1', [refund.payment_id]);
    const order = (await findOrderRow(ctx.db, refund.order_id))!;
    const provider = ctx.providers.get(payment!.provider);
    if (!provider) throw new ProblemError(502, 'payment_provider_error', `The payment provider ${payment!.provider} is not configured on this server.`);
    const outcome: CancelOutcome = await provider
      .cancel(await providerPaymentOf(ctx.db, payment!, order), { amount: refund.amount, reason: refund.reason, idempotencyKey: refund.id })
      .catch((error: unknown) => ({ status: 'failed', code: 'PROVIDER_ERROR', message: error instanceof Error ? error.message : String(error), retryable: true }));
    if (outcome.status === 'failed') {
      if (!outcome.retryable) {
        await ctx.db.query(`UPDATE refunds SET status = 'failed', failure_message = $2, updated_at = $3 WHERE id = $1 AND status = 'pending'`, [
          refund.id,
          `${outcome.code}: ${outcome.message}`.slice(0, 300),
          ctx.now(),
        ]);
      }
      throw new ProblemError(
        502,
        'payment_provider_error',
        `The payment provider did not refund (${outcome.code}: ${outcome.message.slice(0, 200)}).${outcome.retryable ? ' Retry with the same Idempotency-Key.' : ''}`,
      );
    }
    await ctx.db.transaction((tx) => applyRefund(tx, refund, ctx.now()));
  }
  const [done] = await loadRefunds(ctx.db, refund.order_id, refund.id);
  if (!done) throw new ProblemError(502, 'payment_provider_error', 'The refund is still being processed; retry with the same Idempotency-Key.');
  if (done.status === 'failed') throw new ProblemError(502, 'payment_provider_error', 'The payment provider refused this refund.');
  return done;
}

/** A refund through the secret-key API: full, by lines, or by sub-order, computed by the server. */
export async function refundOrder(
  ctx: CheckoutContext,
  order: OrderRow,
  request: RefundRequest,
  recordResource: (tx: Queryable, id: string) => Promise<void>,
): Promise<Refund> {
  const refundId = await reserveRefund(ctx, order, request, recordResource);
  return finishRefund(ctx, refundId);
}
