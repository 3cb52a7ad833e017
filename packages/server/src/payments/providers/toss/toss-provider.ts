/**
 * Toss Payments adapter (API v1 with the v2 browser SDK).
 *
 * Sources (no internet here; read through the offline search index):
 * - Toss's own "웹훅 이벤트" reference page (docs.tosspayments.com, as mirrored in a public
 *   repository): `PAYMENT_STATUS_CHANGED` `{ eventType, createdAt, data: Payment }`,
 *   `DEPOSIT_CALLBACK` `{ createdAt, secret, status, transactionKey, orderId }` whose `secret` equals
 *   the payment's `secret`, `createdAt` as `yyyy-MM-dd'T'HH:mm:ss.SSSSSS` without an offset, the
 *   status flows, "결제 인증이 유효한 10분 안에 결제 승인 API를 호출하지 않으면 EXPIRED", and that
 *   a virtual-account change is sent twice when both events are registered.
 * - Toss's samples (tosspayments/tosspayments-sample-v1) and many public integrations:
 *   `POST /v1/payments/confirm` with `{ paymentKey, orderId, amount }`, Basic auth of
 *   `base64(secretKey + ':')`; `GET /v1/payments/{paymentKey}` and `/v1/payments/orders/{orderId}`
 *   (tosspayments-rs); the Payment object fields (`status`, `totalAmount`, `balanceAmount`,
 *   `approvedAt`, `lastTransactionKey`, `secret`, `virtualAccount`, `cancels[]`, `failure`);
 *   `POST /v1/payments/{paymentKey}/cancel` with `{ cancelReason, cancelAmount }` and an
 *   `Idempotency-Key` header; error bodies `{ code, message }` and the codes in `toss-api.ts`.
 * Not confirmed (followed the brief, kept in `toss-api.ts`): which codes are worth a retry, the
 * bank-code table, whether a replayed `Idempotency-Key` after a 5xx replays the 5xx (we retry with
 * the same key), whether `DEPOSIT_CALLBACK` may also arrive wrapped as `{ eventType, data }` (we
 * accept both), and whether a lookup always returns `secret` (if it does not, deposit callbacks
 * are rejected and the `PAYMENT_STATUS_CHANGED` copy of the same change is used instead).
 *
 * Trust: the browser's success-URL parameters are only compared, never believed; the confirm
 * answer is checked against our amount again; webhooks are never believed either — each one is
 * turned into a lookup of the payment at Toss, and the event reports what the lookup says (so a
 * late or replayed webhook reports the current truth, and gets the id of that truth).
 */
import type { PaymentMethod, VirtualAccount } from '@thecen/schema';
import { timingSafeEqual } from 'node:crypto';
import {
  WebhookVerificationError,
  type CancelOutcome,
  type ConfirmOutcome,
  type PaymentProvider,
  type PrepareResult,
  type ProviderPayment,
  type WebhookEvent,
} from '../../payment-provider.js';
import {
  PaymentProviderUnavailableError,
  createProviderHttpClient,
  type ProviderResponse,
} from '../provider-http.js';
import { toSeoulIsoString } from '../seoul-time.js';
import {
  TOSS_API_BASE_URL,
  TOSS_BANK_NAMES,
  TOSS_CONFIGURATION_ERROR_CODES,
  TOSS_RETRYABLE_ERROR_CODES,
  TOSS_STATUS_EVENT_KIND,
  isTossDepositCallback,
  isTossError,
  isTossPayment,
  isTossPaymentStatusChanged,
  type TossPayment,
} from './toss-api.js';

export interface TossProviderOptions {
  /** Secret key (`test_sk_…`/`live_sk_…`, or a widget secret key): server only. */
  secretKey: string;
  /** Client key (`test_ck_…`/`live_ck_…`), handed to the browser SDK. */
  clientKey: string;
  apiBaseUrl?: string;
  fetch?: typeof fetch;
  /** Time limit of one API call. */
  timeoutMs?: number;
  /** Extra attempts after a connection failure, a timeout, a 5xx or a retryable error code. */
  maxRetries?: number;
  /** Base of the backoff between attempts. */
  retryDelayMs?: number;
  /** Clock, for the cancel time when Toss does not report one. */
  now?: () => Date;
}

const TOSS_METHODS: Record<PaymentMethod, string> = { card: 'CARD', virtual_account: 'VIRTUAL_ACCOUNT' };
const KNOWN_OPTIONS = new Set([
  'secretKey',
  'clientKey',
  'apiBaseUrl',
  'fetch',
  'timeoutMs',
  'maxRetries',
  'retryDelayMs',
  'now',
]);

export function createTossProvider(options: TossProviderOptions): PaymentProvider {
  for (const key of Object.keys(options)) {
    if (!KNOWN_OPTIONS.has(key)) throw new TypeError(`createTossProvider: unknown option "${key}"`);
  }
  if (!options.secretKey) throw new TypeError('createTossProvider: secretKey is required');
  if (!options.clientKey) throw new TypeError('createTossProvider: clientKey is required');
  if (/(?:^|_)g?sk_/.test(options.clientKey)) {
    // The client key goes to every buyer's browser: refuse to publish a secret key by mistake.
    throw new TypeError('createTossProvider: clientKey looks like a secret key');
  }
  if (/(?:^|_)g?ck_/.test(options.secretKey)) {
    throw new TypeError('createTossProvider: secretKey looks like a client key');
  }
  const now = options.now ?? (() => new Date());
  const http = createProviderHttpClient({
    baseUrl: options.apiBaseUrl ?? TOSS_API_BASE_URL,
    headers: { authorization: `Basic ${Buffer.from(`${options.secretKey}:`, 'utf8').toString('base64')}` },
    fetch: options.fetch,
    timeoutMs: options.timeoutMs ?? 10_000,
    maxRetries: options.maxRetries ?? 2,
    retryDelayMs: options.retryDelayMs ?? 250,
  });
  const retryOn = (status: number, body: unknown): boolean =>
    status === 429 || status >= 500 || (isTossError(body) && TOSS_RETRYABLE_ERROR_CODES.has(body.code));

  function getPayment(path: string): Promise<ProviderResponse> {
    return http.request({ method: 'GET', path, retryOn });
  }

  /** A confirm outcome from what Toss says the payment is now. */
  function outcomeOf(payment: ProviderPayment, toss: TossPayment): ConfirmOutcome {
    if (toss.orderId !== payment.id || toss.totalAmount !== payment.amount) {
      return {
        status: 'declined',
        code: 'amount_mismatch',
        message: `Toss reports ${toss.totalAmount} won for order ${toss.orderId}; the order is ${payment.amount} won`,
        providerPaymentKey: toss.paymentKey,
      };
    }
    switch (toss.status) {
      case 'DONE':
      case 'PARTIAL_CANCELED': {
        const approvedAt = toSeoulIsoString(toss.approvedAt);
        if (approvedAt !== null) return { status: 'paid', providerPaymentKey: toss.paymentKey, approvedAt };
        return retryableError('invalid_response', 'Toss reported a paid payment without approvedAt');
      }
      case 'WAITING_FOR_DEPOSIT': {
        const virtualAccount = virtualAccountOf(toss);
        if (virtualAccount !== null) {
          return { status: 'awaiting_deposit', providerPaymentKey: toss.paymentKey, virtualAccount };
        }
        return retryableError('invalid_response', 'Toss reported a virtual account without its details');
      }
      case 'READY':
      case 'IN_PROGRESS':
        return retryableError('not_completed', `Toss reports the payment as ${toss.status}`);
      case 'ABORTED':
      case 'EXPIRED':
      case 'CANCELED':
        return {
          status: 'declined',
          code: toss.failure?.code ?? toss.status,
          message: toss.failure?.message ?? `Toss reports the payment as ${toss.status}`,
          providerPaymentKey: toss.paymentKey,
        };
    }
  }

  /** A confirm outcome from a failed call. */
  function failureOf(response: Exclude<ProviderResponse, { kind: 'ok' }>, paymentKey: string): ConfirmOutcome {
    if (response.kind === 'unreachable') return retryableError(`provider_${response.reason}`, response.message);
    const error = isTossError(response.body)
      ? response.body
      : { code: `http_${response.status}`, message: `Toss answered HTTP ${response.status}` };
    if (
      response.status === 429 ||
      response.status >= 500 ||
      TOSS_RETRYABLE_ERROR_CODES.has(error.code) ||
      TOSS_CONFIGURATION_ERROR_CODES.has(error.code)
    ) {
      return retryableError(error.code, error.message);
    }
    return { status: 'declined', code: error.code, message: error.message, providerPaymentKey: paymentKey };
  }

  /** Looks a payment up for a webhook; a missing payment means the webhook was not Toss's. */
  async function lookUpForWebhook(path: string): Promise<TossPayment> {
    const response = await getPayment(path);
    if (response.kind === 'ok' && isTossPayment(response.body)) return response.body;
    if (response.kind === 'http_error' && response.status === 404) {
      throw new WebhookVerificationError('Toss does not know the payment named by the webhook');
    }
    const code = response.kind === 'unreachable' ? `provider_${response.reason}` : `http_${response.status}`;
    throw new PaymentProviderUnavailableError('Could not look the payment up at Toss to check the webhook', code);
  }

  return {
    id: 'toss',

    /**
     * Parameters for `loadTossPayments(clientKey)` → `payment({ customerKey })` (the page passes
     * `TossPayments.ANONYMOUS` for guest buyers) → `requestPayment({ method, amount: { currency,
     * value: Number(amount) }, orderId, orderName, successUrl, failUrl, customer… })`.
     */
    async prepare(payment, urls): Promise<PrepareResult> {
      const clientParams: Record<string, string> = {
        clientKey: options.clientKey,
        method: TOSS_METHODS[payment.method],
        orderId: payment.id,
        orderName: payment.orderName,
        amount: String(payment.amount),
        currency: 'KRW',
        customerName: payment.buyer.name,
        customerEmail: payment.buyer.email,
        successUrl: urls.successUrl,
        failUrl: urls.failUrl,
      };
      const phone = payment.buyer.phone.replace(/\D/g, '');
      if (phone !== '') clientParams['customerMobilePhone'] = phone;
      return { redirectUrl: null, clientParams };
    },

    async confirm(payment, params): Promise<ConfirmOutcome> {
      const paymentKey = params.get('paymentKey') ?? '';
      const orderId = params.get('orderId') ?? '';
      const amountParam = params.get('amount') ?? '';
      if (paymentKey === '' || orderId === '' || amountParam === '') {
        return {
          status: 'declined',
          code: 'missing_parameters',
          message: 'The success URL lacks paymentKey, orderId or amount',
          providerPaymentKey: paymentKey === '' ? null : paymentKey,
        };
      }
      if (orderId !== payment.id) {
        return {
          status: 'declined',
          code: 'order_mismatch',
          message: `The success URL names order ${orderId}, not ${payment.id}`,
          providerPaymentKey: paymentKey,
        };
      }
      if (!/^\d+$/.test(amountParam) || Number(amountParam) !== payment.amount) {
        return {
          status: 'declined',
          code: 'amount_mismatch',
          message: `The success URL says ${amountParam} won; the order is ${payment.amount} won`,
          providerPaymentKey: paymentKey,
        };
      }

      const response = await http.request({
        method: 'POST',
        path: '/v1/payments/confirm',
        body: { paymentKey, orderId: payment.id, amount: payment.amount },
        retryOn,
      });
      if (response.kind === 'ok') {
        return isTossPayment(response.body)
          ? outcomeOf(payment, response.body)
          : retryableError('invalid_response', 'Toss answered the confirm with an unexpected body');
      }
      if (response.kind === 'http_error' && isTossError(response.body) && response.body.code === 'ALREADY_PROCESSED_PAYMENT') {
        // Confirmed before (our earlier attempt, or a retry after a lost answer): report what it is.
        const lookup = await getPayment(`/v1/payments/${encodeURIComponent(paymentKey)}`);
        if (lookup.kind === 'ok') {
          return isTossPayment(lookup.body)
            ? outcomeOf(payment, lookup.body)
            : retryableError('invalid_response', 'Toss answered the lookup with an unexpected body');
        }
        return failureOf(lookup, paymentKey);
      }
      return failureOf(response, paymentKey);
    },

    async cancel(payment, input): Promise<CancelOutcome> {
      if (payment.providerPaymentKey === null) {
        return { status: 'failed', code: 'missing_payment_key', message: 'The payment was never confirmed at Toss', retryable: false };
      }
      const response = await http.request({
        method: 'POST',
        path: `/v1/payments/${encodeURIComponent(payment.providerPaymentKey)}/cancel`,
        headers: { 'idempotency-key': input.idempotencyKey },
        body: { cancelReason: input.reason, cancelAmount: input.amount },
        retryOn,
      });
      if (response.kind === 'unreachable') {
        return { status: 'failed', code: `provider_${response.reason}`, message: response.message, retryable: true };
      }
      if (response.kind === 'http_error') {
        const error = isTossError(response.body)
          ? response.body
          : { code: `http_${response.status}`, message: `Toss answered HTTP ${response.status}` };
        const retryable =
          response.status === 429 ||
          response.status >= 500 ||
          TOSS_RETRYABLE_ERROR_CODES.has(error.code) ||
          TOSS_CONFIGURATION_ERROR_CODES.has(error.code);
        return { status: 'failed', code: error.code, message: error.message, retryable };
      }
      if (!isTossPayment(response.body)) {
        // Toss accepted the cancel (2xx) but the body is unreadable: the refund did happen.
        return { status: 'canceled', canceledAmount: input.amount, canceledAt: toSeoulIsoString(now()) ?? now().toISOString() };
      }
      const toss = response.body;
      const cancels = toss.cancels ?? [];
      const latest =
        cancels.find((entry) => entry.transactionKey === toss.lastTransactionKey) ?? cancels[cancels.length - 1];
      return {
        status: 'canceled',
        canceledAmount: latest?.cancelAmount ?? input.amount,
        canceledAt: toSeoulIsoString(latest?.canceledAt) ?? toSeoulIsoString(now()) ?? now().toISOString(),
      };
    },

    async parseWebhook(request): Promise<WebhookEvent[]> {
      let body: unknown;
      try {
        body = JSON.parse(request.rawBody) as unknown;
      } catch {
        throw new WebhookVerificationError('The webhook body is not JSON');
      }

      if (isTossPaymentStatusChanged(body)) {
        // Unsigned: believe only what Toss answers when asked with our secret key.
        const toss = await lookUpForWebhook(`/v1/payments/${encodeURIComponent(body.data.paymentKey)}`);
        return eventsOf(toss, body.createdAt);
      }

      const callback = depositCallbackOf(body);
      if (callback !== null) {
        const toss = await lookUpForWebhook(`/v1/payments/orders/${encodeURIComponent(callback.orderId)}`);
        if (typeof toss.secret !== 'string' || !sameSecret(toss.secret, callback.secret)) {
          throw new WebhookVerificationError('The deposit callback secret does not match the payment');
        }
        return eventsOf(toss, callback.createdAt);
      }

      const eventType = typeof body === 'object' && body !== null ? (body as { eventType?: unknown }).eventType : undefined;
      if (typeof eventType === 'string' && eventType !== 'PAYMENT_STATUS_CHANGED' && eventType !== 'DEPOSIT_CALLBACK') {
        return []; // another Toss event type (billing, brandpay, payouts…): nothing for orders
      }
      throw new WebhookVerificationError('The webhook is neither PAYMENT_STATUS_CHANGED nor DEPOSIT_CALLBACK');
    },
  };
}

function retryableError(code: string, message: string): ConfirmOutcome {
  return { status: 'retryable_error', code, message };
}

function virtualAccountOf(toss: TossPayment): VirtualAccount | null {
  const account = toss.virtualAccount;
  if (!account || typeof account.accountNumber !== 'string') return null;
  const dueAt = toSeoulIsoString(account.dueDate);
  if (dueAt === null) return null;
  return {
    bank: TOSS_BANK_NAMES[account.bankCode] ?? account.bankCode,
    accountNumber: account.accountNumber,
    holder: account.customerName ?? '',
    dueAt,
  };
}

/** The fact a looked-up payment states, with an id that is the same for the same state. */
function eventsOf(toss: TossPayment, webhookCreatedAt: string): WebhookEvent[] {
  const kind = TOSS_STATUS_EVENT_KIND[toss.status];
  if (kind === null) return [];
  const cancels = toss.cancels ?? [];
  const lastCancel = cancels[cancels.length - 1];
  const canceledAmount = toss.totalAmount - toss.balanceAmount;
  let occurredAt: string | null;
  switch (kind) {
    case 'paid':
      // For a virtual account `approvedAt` is when the account was issued, not the deposit.
      occurredAt = toss.virtualAccount ? null : toSeoulIsoString(toss.approvedAt);
      break;
    case 'canceled':
    case 'partially_canceled':
      occurredAt = toSeoulIsoString(lastCancel?.canceledAt);
      break;
    default:
      occurredAt = null;
  }
  return [
    {
      eventId: `toss:${toss.paymentKey}:${toss.status}:${toss.lastTransactionKey ?? ''}`,
      kind,
      paymentId: toss.orderId,
      providerPaymentKey: toss.paymentKey,
      amount: kind === 'canceled' || kind === 'partially_canceled' ? canceledAmount : toss.totalAmount,
      occurredAt: occurredAt ?? toSeoulIsoString(webhookCreatedAt) ?? toSeoulIsoString(new Date())!,
    },
  ];
}

function depositCallbackOf(body: unknown): { orderId: string; secret: string; createdAt: string } | null {
  if (isTossDepositCallback(body)) return body;
  // Tolerate the enveloped form `{ eventType: 'DEPOSIT_CALLBACK', createdAt, data: {…} }`.
  if (typeof body === 'object' && body !== null) {
    const envelope = body as { eventType?: unknown; createdAt?: unknown; data?: unknown };
    if (envelope.eventType === 'DEPOSIT_CALLBACK' && isTossDepositCallback(envelope.data)) {
      return {
        ...envelope.data,
        createdAt: typeof envelope.createdAt === 'string' ? envelope.createdAt : envelope.data.createdAt,
      };
    }
  }
  return null;
}

function sameSecret(expected: string, given: string): boolean {
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(given, 'utf8');
  return a.length === b.length && a.length > 0 && timingSafeEqual(a, b);
}
