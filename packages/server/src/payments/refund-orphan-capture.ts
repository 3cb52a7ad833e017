import type { CheckoutContext } from '../checkout/checkout-context.js';
import { findOrderRow, type PaymentRow } from '../orders/load-order.js';
import { providerPaymentOf } from './provider-payment.js';

/**
 * Gives back money the provider took for an order that could no longer take it (a deposit after
 * the deadline, a second attempt paid after the first): cancels it in full at the provider and
 * marks the payment refunded. Failures go to `onBackgroundError` for the operator.
 */
export async function refundOrphanCapture(ctx: CheckoutContext, paymentId: string): Promise<boolean> {
  const [payment] = await ctx.db.query<PaymentRow>('SELECT * FROM payments WHERE id = $1', [paymentId]);
  if (!payment || payment.status !== 'paid') return false;
  const provider = ctx.providers.get(payment.provider);
  const order = await findOrderRow(ctx.db, payment.order_id);
  if (!provider || !order) return false;
  const outcome = await provider.cancel(await providerPaymentOf(ctx.db, payment, order), {
    amount: payment.amount - payment.refunded_amount,
    reason: '주문이 이미 종료되어 결제를 자동으로 취소합니다.',
    idempotencyKey: `auto-refund-${payment.id}`,
  });
  if (outcome.status !== 'canceled') {
    ctx.onBackgroundError(new Error(`automatic refund of ${payment.id} failed: ${outcome.code} ${outcome.message}`));
    return false;
  }
  await ctx.db.query(
    `UPDATE payments SET status = 'refunded', refunded_amount = amount, updated_at = $2 WHERE id = $1 AND status = 'paid'`,
    [payment.id, ctx.now()],
  );
  return true;
}
