import type { CheckoutContext } from '../checkout/checkout-context.js';
import type { Queryable } from '../db/database.js';
import type { PaymentProvider, WebhookEvent } from './payment-provider.js';
import { lockPayment, markAwaitingDeposit, markDeclined, markEndedUnpaid, markPaid, type LockedPayment, type TransitionResult } from './payment-transitions.js';
import { refundOrphanCapture } from './refund-orphan-capture.js';

/** What happened to one event: `duplicate` when its id was seen before (nothing done again). */
export type WebhookOutcome = TransitionResult | 'duplicate' | 'unknown_payment' | 'needs_review';

async function findPaymentId(tx: Queryable, provider: PaymentProvider, event: WebhookEvent): Promise<string | null> {
  if (event.paymentId) {
    const [row] = await tx.query<{ id: string }>('SELECT id FROM payments WHERE id = $1 AND provider = $2', [event.paymentId, provider.id]);
    if (row) return row.id;
  }
  if (event.providerPaymentKey) {
    const [row] = await tx.query<{ id: string }>(
      'SELECT id FROM payments WHERE provider = $1 AND provider_payment_key = $2 ORDER BY created_at DESC LIMIT 1',
      [provider.id, event.providerPaymentKey],
    );
    if (row) return row.id;
  }
  return null;
}

async function applyKind(tx: Queryable, locked: LockedPayment, event: WebhookEvent, now: Date): Promise<WebhookOutcome> {
  switch (event.kind) {
    case 'paid':
      return markPaid(tx, locked, { providerPaymentKey: event.providerPaymentKey, approvedAt: event.occurredAt, amount: event.amount }, now);
    case 'awaiting_deposit':
      return markAwaitingDeposit(tx, locked, { providerPaymentKey: event.providerPaymentKey, virtualAccount: null }, now);
    case 'declined':
      return markDeclined(tx, locked, { code: 'PROVIDER_DECLINED', message: '결제가 거절되었습니다.', providerPaymentKey: event.providerPaymentKey }, now);
    case 'expired':
      return markEndedUnpaid(tx, locked, 'expired', now);
    case 'canceled':
    case 'partially_canceled': {
      const { payment } = locked;
      if (['paid', 'partially_refunded', 'refunded'].includes(payment.status)) {
        // Our own refunds are echoed back; a cancellation we did not make needs a person.
        const canceled = event.amount ?? payment.amount;
        return canceled <= payment.refunded_amount || payment.status === 'refunded' ? 'ignored' : 'needs_review';
      }
      return event.kind === 'canceled' ? markEndedUnpaid(tx, locked, 'canceled', now) : 'ignored';
    }
  }
}

/**
 * Applies one verified webhook event, once: its provider event id is recorded in the same
 * transaction (a redelivery is a `duplicate`), and the state only moves forward, so events
 * arriving late or out of order change nothing they should not. Money taken for an order that
 * was closed meanwhile is refunded automatically.
 */
export async function applyWebhookEvent(ctx: CheckoutContext, provider: PaymentProvider, event: WebhookEvent): Promise<WebhookOutcome> {
  const now = ctx.now();
  const result = await ctx.db.transaction(async (tx): Promise<{ outcome: WebhookOutcome; paymentId: string | null }> => {
    const inserted = await tx.query(
      `INSERT INTO payment_events (provider, event_id, payment_id, kind, amount, occurred_at, outcome, received_at)
       VALUES ($1, $2, $3, $4, $5, $6, 'processing', $7) ON CONFLICT (provider, event_id) DO NOTHING RETURNING event_id`,
      [provider.id, event.eventId, event.paymentId, event.kind, event.amount, new Date(event.occurredAt), now],
    );
    if (inserted.length === 0) return { outcome: 'duplicate', paymentId: null };
    const paymentId = await findPaymentId(tx, provider, event);
    const locked = paymentId ? await lockPayment(tx, paymentId) : null;
    const outcome = locked ? await applyKind(tx, locked, event, now) : 'unknown_payment';
    await tx.query('UPDATE payment_events SET outcome = $3, payment_id = $4 WHERE provider = $1 AND event_id = $2', [
      provider.id,
      event.eventId,
      outcome,
      paymentId ?? event.paymentId,
    ]);
    return { outcome, paymentId };
  });
  if (result.outcome === 'orphan_capture' && result.paymentId) {
    // A failure here is reported, not answered: the event itself was applied and recorded.
    await refundOrphanCapture(ctx, result.paymentId).catch(ctx.onBackgroundError);
  }
  if (result.outcome === 'needs_review') {
    ctx.onBackgroundError(new Error(`payment ${result.paymentId} was cancelled at ${provider.id} outside the refund API; review it`));
  }
  return result.outcome;
}
