import type { PaymentMethod, PaymentProviderId, VirtualAccount } from '@thecen/schema';

/**
 * What a payment provider adapter sees of a payment. Amounts are integer KRW computed by the
 * server; `orderId` is the id the provider knows the payment by (our payment id, so that a retried
 * payment of the same order gets a fresh provider order id).
 */
export interface ProviderPayment {
  /** Our payment id (`pay_…`), sent to providers as their order id / payment id. */
  id: string;
  orderId: string;
  orderNumber: string;
  /** Short description for the provider's page, e.g. `우리밀 백밀가루 외 2건`. */
  orderName: string;
  method: PaymentMethod;
  amount: number;
  /** Set once the provider has told us its key for the payment (Toss `paymentKey`). */
  providerPaymentKey: string | null;
  buyer: { name: string; email: string; phone: string };
  /**
   * For a virtual account: when the deposit is due (ISO date-time), from the channel's
   * virtual-account hours. Providers pass it on (e.g. Toss `dueDate`/`validHours`); optional.
   */
  depositDueAt?: string | null | undefined;
}

export interface PrepareResult {
  /** Page to send the buyer to; null when the browser uses the provider's SDK with `clientParams`. */
  redirectUrl: string | null;
  clientParams: Record<string, string> | null;
}

/** Outcome of the server-side confirm that follows the buyer's action. */
export type ConfirmOutcome =
  | { status: 'paid'; providerPaymentKey: string; approvedAt: string }
  | { status: 'awaiting_deposit'; providerPaymentKey: string; virtualAccount: VirtualAccount }
  | { status: 'declined'; code: string; message: string; providerPaymentKey: string | null }
  /** The provider did not answer in time or failed: nothing changed, the confirm can be retried. */
  | { status: 'retryable_error'; code: string; message: string };

export type CancelOutcome =
  | { status: 'canceled'; canceledAmount: number; canceledAt: string }
  | { status: 'failed'; code: string; message: string; retryable: boolean };

export const WEBHOOK_EVENT_KINDS = [
  'paid', // payment completed (card approved, or virtual-account deposit received)
  'awaiting_deposit', // virtual account issued
  'canceled', // fully canceled
  'partially_canceled',
  'expired', // virtual-account deadline passed, or the payment was abandoned
  'declined',
] as const;
export type WebhookEventKind = (typeof WEBHOOK_EVENT_KINDS)[number];

/**
 * One verified fact from a provider's webhook. Webhooks may repeat (`eventId` makes them
 * idempotent) and arrive out of order (`occurredAt`, and the state machine only moves forward).
 */
export interface WebhookEvent {
  eventId: string;
  kind: WebhookEventKind;
  /** Our payment id when the provider echoes it (Toss orderId, PortOne paymentId). */
  paymentId: string | null;
  providerPaymentKey: string | null;
  /** Amount the provider reports for the event (total paid, or canceled amount). */
  amount: number | null;
  occurredAt: string;
}

export class WebhookVerificationError extends Error {
  override name = 'WebhookVerificationError';
}

/** The provider-independent face of a payment service (PG). */
export interface PaymentProvider {
  readonly id: PaymentProviderId;
  /** Creates what the buyer's browser needs to pay. */
  prepare(payment: ProviderPayment, urls: { successUrl: string; failUrl: string }): Promise<PrepareResult>;
  /**
   * Confirms on the server after the buyer's action, with the parameters the provider sent to the
   * success URL. Must check the amount the provider reports against `payment.amount`.
   */
  confirm(payment: ProviderPayment, params: URLSearchParams): Promise<ConfirmOutcome>;
  /** Cancels all or part of a paid payment (refund). */
  cancel(payment: ProviderPayment, input: { amount: number; reason: string; idempotencyKey: string }): Promise<CancelOutcome>;
  /**
   * Verifies and parses a webhook request (signature, or a lookup at the provider when the
   * provider does not sign). Throws `WebhookVerificationError` when it cannot be trusted.
   */
  parseWebhook(request: { headers: Headers; rawBody: string }): Promise<WebhookEvent[]>;
}
