import type { CheckoutContext } from '../checkout/checkout-context.js';
import { findOrderRow, type OrderRow, type PaymentRow } from '../orders/load-order.js';
import { signOrderToken } from '../orders/order-token.js';
import type { ConfirmOutcome, PaymentProvider } from './payment-provider.js';
import { lockPayment, markAwaitingDeposit, markDeclined, markPaid, type TransitionResult } from './payment-transitions.js';
import { providerPaymentOf } from './provider-payment.js';
import { refundOrphanCapture } from './refund-orphan-capture.js';

export type ReturnAnswer =
  /** Send the buyer back to the shop (`returnUrl` with `cen_order`, and `cen_payment=failed` on a failure). */
  | { kind: 'redirect'; location: string }
  /** The provider could not be reached: nothing changed, reloading the page retries the confirm. */
  | { kind: 'retry'; message: string }
  | { kind: 'not_found' };

const PAYMENT_ID = /^pay_[a-z0-9]{4,32}$/;

/** Text from a redirect's query string, for the record: bounded, no control characters. */
function cleanText(value: string | null, fallback: string, max: number): string {
  // eslint-disable-next-line no-control-regex
  const text = (value ?? '').replace(/[\u0000-\u001F\u007F]/g, ' ').trim().slice(0, max);
  return text || fallback;
}

async function findPayment(ctx: CheckoutContext, provider: PaymentProvider, params: URLSearchParams): Promise<PaymentRow | null> {
  // Toss echoes our payment id as `orderId`, PortOne as `paymentId`.
  const id = params.get('orderId') ?? params.get('paymentId');
  if (!id || !PAYMENT_ID.test(id)) return null;
  const [row] = await ctx.db.query<PaymentRow>('SELECT * FROM payments WHERE id = $1 AND provider = $2', [id, provider.id]);
  return row ?? null;
}

async function backToShop(ctx: CheckoutContext, orderId: string, paymentId: string): Promise<ReturnAnswer> {
  const order = (await findOrderRow(ctx.db, orderId))!;
  const [payment] = await ctx.db.query<{ status: string }>('SELECT status FROM payments WHERE id = $1', [paymentId]);
  const ok =
    ['paid', 'awaiting_deposit', 'partially_refunded', 'refunded'].includes(order.status) &&
    ['paid', 'awaiting_deposit', 'partially_refunded', 'refunded'].includes(payment!.status);
  const url = new URL(order.return_url);
  url.searchParams.set('cen_order', signOrderToken(order.id, await ctx.signingSecret()));
  if (!ok) url.searchParams.set('cen_payment', 'failed');
  else url.searchParams.delete('cen_payment');
  return { kind: 'redirect', location: url.href };
}

async function applyOutcome(ctx: CheckoutContext, paymentId: string, outcome: Exclude<ConfirmOutcome, { status: 'retryable_error' }>): Promise<TransitionResult> {
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const locked = (await lockPayment(tx, paymentId))!;
    switch (outcome.status) {
      case 'paid':
        return markPaid(tx, locked, { providerPaymentKey: outcome.providerPaymentKey, approvedAt: outcome.approvedAt }, now);
      case 'awaiting_deposit':
        return markAwaitingDeposit(tx, locked, outcome, now);
      case 'declined':
        return markDeclined(tx, locked, outcome, now);
    }
  });
}

function confirmable(payment: PaymentRow, order: OrderRow): boolean {
  return ['ready', 'approved', 'declined'].includes(payment.status) && order.status === 'pending_payment';
}

/**
 * `GET /payments/{provider}/success`: the buyer approved on the provider's page. The server
 * confirms with the provider (which checks the amount against ours), records the result in one
 * transaction and sends the buyer back to the shop. Reloading it is harmless: a payment already
 * confirmed is not confirmed again, and one whose confirm failed on the way is retried.
 */
export async function completeSuccessReturn(ctx: CheckoutContext, provider: PaymentProvider, params: URLSearchParams): Promise<ReturnAnswer> {
  const payment = await findPayment(ctx, provider, params);
  if (!payment) return { kind: 'not_found' };
  const order = (await findOrderRow(ctx.db, payment.order_id))!;
  if (confirmable(payment, order)) {
    await ctx.db.query(
      `UPDATE payments SET status = 'approved', updated_at = $2 WHERE id = $1 AND status IN ('ready', 'declined')`,
      [payment.id, ctx.now()],
    );
    let outcome: ConfirmOutcome;
    try {
      outcome = await provider.confirm(await providerPaymentOf(ctx.db, payment, order), params);
    } catch (error) {
      ctx.onBackgroundError(error);
      outcome = { status: 'retryable_error', code: 'PROVIDER_ERROR', message: 'the provider failed' };
    }
    if (outcome.status === 'retryable_error') {
      return { kind: 'retry', message: '결제 승인 확인이 지연되고 있습니다. 잠시 후 이 페이지를 새로고침해 주세요. 결제는 한 번만 처리됩니다.' };
    }
    const result = await applyOutcome(ctx, payment.id, outcome);
    if (result === 'orphan_capture') await refundOrphanCapture(ctx, payment.id);
  }
  return backToShop(ctx, order.id, payment.id);
}

/** `GET /payments/{provider}/fail`: the buyer cancelled or the provider declined; the order waits for another attempt. */
export async function completeFailReturn(ctx: CheckoutContext, provider: PaymentProvider, params: URLSearchParams): Promise<ReturnAnswer> {
  const payment = await findPayment(ctx, provider, params);
  if (!payment) return { kind: 'not_found' };
  if (payment.status === 'ready') {
    const now = ctx.now();
    await ctx.db.transaction(async (tx) => {
      const locked = (await lockPayment(tx, payment.id))!;
      await markDeclined(
        tx,
        locked,
        { code: cleanText(params.get('code'), 'PAYMENT_FAILED', 100), message: cleanText(params.get('message'), '결제가 완료되지 않았습니다.', 300) },
        now,
      );
    });
  }
  return backToShop(ctx, payment.order_id, payment.id);
}
