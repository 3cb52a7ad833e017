/**
 * PortOne V2 adapter.
 *
 * Sources (no internet here; read through the offline search index):
 * - portone-io/server-sdk (the official JavaScript server SDK, generated from PortOne's OpenAPI):
 *   `Authorization: PortOne <API secret>`; `GET /payments/{paymentId}?storeId=`; the payment shapes
 *   tagged by `status` (READY, PAY_PENDING, VIRTUAL_ACCOUNT_ISSUED, PAID, FAILED,
 *   PARTIAL_CANCELLED, CANCELLED) with `transactionId`, `storeId`, `amount { total, paid, cancelled
 *   … }`, `currency`, `method` (`PaymentMethodVirtualAccount { bank, accountNumber, remitteeName,
 *   expiredAt }`), `statusChangedAt`, `paidAt`, `failure { reason, pgCode, pgMessage }`;
 *   `POST /payments/{paymentId}/cancel` with `{ storeId, amount, reason, currentCancellableAmount }`
 *   answering `{ cancellation: { status, id, totalAmount, cancelledAt, requestedAt } }`; errors
 *   `{ type, message }` (PAYMENT_NOT_FOUND, UNAUTHORIZED, FORBIDDEN, PG_PROVIDER,
 *   CANCELLABLE_AMOUNT_CONSISTENCY_BROKEN, PAYMENT_ALREADY_CANCELLED…); webhook payloads
 *   `{ type: 'Transaction.Paid' | …, timestamp, data: { paymentId, storeId, transactionId } }`
 *   and their verification (`src/webhook.ts`: Standard Webhooks, `whsec_` base64 secret, 5 minutes).
 * - The brief for the browser SDK's `requestPayment` parameters and the redirect's `paymentId`,
 *   `code`, `message` query parameters.
 * Not confirmed: whether PortOne honours an `Idempotency-Key` header (sent anyway; the cancel is
 * also guarded by `currentCancellableAmount`, which the SDK documents), whether the status is
 * spelled `PENDING` or `PAY_PENDING` (both accepted), the HTTP status of each error type, and
 * whether `currency` must be `KRW` or `CURRENCY_KRW` in the browser SDK (we send `KRW`).
 *
 * Trust: the redirect parameters are only compared; every answer is the payment as PortOne reports
 * it, with `amount.total` checked against ours; webhooks are verified (signature, timestamp) and
 * then turned into a lookup, so an event reports the payment's current state under an id of that
 * state — replays and out-of-order deliveries collapse onto the same event.
 */
import type { PaymentMethod, VirtualAccount } from '@thecen/schema';
import {
  type CancelOutcome,
  type ConfirmOutcome,
  type PaymentProvider,
  type PrepareResult,
  type ProviderPayment,
  type WebhookEvent,
} from '../../payment-provider.js';
import { PaymentProviderUnavailableError, createProviderHttpClient, type ProviderResponse } from '../provider-http.js';
import { toSeoulIsoString } from '../seoul-time.js';
import { decodeWebhookSecret, verifyStandardWebhook } from '../standard-webhooks.js';
import {
  PORTONE_API_BASE_URL,
  PORTONE_BANK_NAMES,
  PORTONE_CONFIGURATION_ERROR_TYPES,
  PORTONE_RETRYABLE_CANCEL_ERROR_TYPES,
  PORTONE_STATUS_EVENT_KIND,
  isPortOneError,
  isPortOnePayment,
  isPortOneTransactionWebhook,
  isVirtualAccountMethod,
  type PortOnePayment,
  type PortOnePaymentCancellation,
} from './portone-api.js';

export interface PortOneProviderOptions {
  /** V2 API secret: server only. */
  apiSecret: string;
  /** Webhook secret `whsec_…` from the PortOne console. */
  webhookSecret: string;
  /** `store-…`, public. */
  storeId: string;
  /** Channel key of the PG channel to pay through, public. */
  channelKey: string;
  apiBaseUrl?: string;
  fetch?: typeof fetch;
  /** Time limit of one API call. */
  timeoutMs?: number;
  /** Extra attempts after a connection failure, a timeout, a 429 or a 5xx. */
  maxRetries?: number;
  /** Base of the backoff between attempts. */
  retryDelayMs?: number;
  /** Accepted distance between a webhook's timestamp and now. */
  webhookToleranceSeconds?: number;
  /** Clock, for webhook timestamps. */
  now?: () => Date;
}

const PORTONE_PAY_METHODS: Record<PaymentMethod, string> = { card: 'CARD', virtual_account: 'VIRTUAL_ACCOUNT' };
const KNOWN_OPTIONS = new Set([
  'apiSecret',
  'webhookSecret',
  'storeId',
  'channelKey',
  'apiBaseUrl',
  'fetch',
  'timeoutMs',
  'maxRetries',
  'retryDelayMs',
  'webhookToleranceSeconds',
  'now',
]);

export function createPortOneProvider(options: PortOneProviderOptions): PaymentProvider {
  for (const key of Object.keys(options)) {
    if (!KNOWN_OPTIONS.has(key)) throw new TypeError(`createPortOneProvider: unknown option "${key}"`);
  }
  for (const key of ['apiSecret', 'webhookSecret', 'storeId', 'channelKey'] as const) {
    if (!options[key]) throw new TypeError(`createPortOneProvider: ${key} is required`);
  }
  const webhookKey = decodeWebhookSecret(options.webhookSecret);
  const now = options.now ?? (() => new Date());
  const http = createProviderHttpClient({
    baseUrl: options.apiBaseUrl ?? PORTONE_API_BASE_URL,
    headers: { authorization: `PortOne ${options.apiSecret}` },
    fetch: options.fetch,
    timeoutMs: options.timeoutMs ?? 10_000,
    maxRetries: options.maxRetries ?? 2,
    retryDelayMs: options.retryDelayMs ?? 250,
  });
  const storeQuery = `storeId=${encodeURIComponent(options.storeId)}`;

  function getPayment(paymentId: string): Promise<ProviderResponse> {
    return http.request({ method: 'GET', path: `/payments/${encodeURIComponent(paymentId)}?${storeQuery}` });
  }

  function outcomeOf(payment: ProviderPayment, portone: PortOnePayment, params: URLSearchParams): ConfirmOutcome {
    const providerPaymentKey = portone.transactionId ?? portone.id;
    if (portone.id !== payment.id || (portone.storeId !== undefined && portone.storeId !== options.storeId)) {
      return { status: 'declined', code: 'payment_mismatch', message: `PortOne answered for payment ${portone.id}`, providerPaymentKey };
    }
    if (portone.amount.total !== payment.amount || (portone.currency !== undefined && portone.currency !== 'KRW')) {
      return {
        status: 'declined',
        code: 'amount_mismatch',
        message: `PortOne reports ${portone.amount.total} ${portone.currency ?? 'KRW'}; the order is ${payment.amount} KRW`,
        providerPaymentKey,
      };
    }
    switch (portone.status) {
      case 'PAID':
      case 'PARTIAL_CANCELLED': {
        const approvedAt = toSeoulIsoString(portone.paidAt ?? portone.statusChangedAt);
        return approvedAt === null
          ? { status: 'retryable_error', code: 'invalid_response', message: 'PortOne reported a paid payment without paidAt' }
          : { status: 'paid', providerPaymentKey, approvedAt };
      }
      case 'VIRTUAL_ACCOUNT_ISSUED': {
        const virtualAccount = virtualAccountOf(portone);
        return virtualAccount === null
          ? { status: 'retryable_error', code: 'invalid_response', message: 'PortOne reported a virtual account without its details' }
          : { status: 'awaiting_deposit', providerPaymentKey, virtualAccount };
      }
      case 'FAILED':
        return {
          status: 'declined',
          code: portone.failure?.pgCode ?? params.get('code') ?? 'FAILED',
          message: portone.failure?.reason ?? portone.failure?.pgMessage ?? params.get('message') ?? 'PortOne reports the payment as failed',
          providerPaymentKey,
        };
      case 'CANCELLED':
        return { status: 'declined', code: 'CANCELLED', message: 'PortOne reports the payment as cancelled', providerPaymentKey };
      case 'READY':
      case 'PENDING':
      case 'PAY_PENDING': {
        // The buyer closed the payment window or the PG refused before approval: the redirect says so.
        const code = params.get('code');
        if (code) {
          return { status: 'declined', code, message: params.get('message') ?? 'The payment was not completed', providerPaymentKey };
        }
        return { status: 'retryable_error', code: 'not_completed', message: `PortOne reports the payment as ${portone.status}` };
      }
    }
  }

  function failureOf(response: Exclude<ProviderResponse, { kind: 'ok' }>, params: URLSearchParams): ConfirmOutcome {
    if (response.kind === 'unreachable') {
      return { status: 'retryable_error', code: `provider_${response.reason}`, message: response.message };
    }
    const error = isPortOneError(response.body) ? response.body : { type: `http_${response.status}`, message: undefined };
    const message = error.message ?? `PortOne answered HTTP ${response.status}`;
    if (response.status === 429 || response.status >= 500 || PORTONE_CONFIGURATION_ERROR_TYPES.has(error.type)) {
      return { status: 'retryable_error', code: error.type, message };
    }
    if (error.type === 'PAYMENT_NOT_FOUND' && params.get('code')) {
      return { status: 'declined', code: params.get('code')!, message: params.get('message') ?? message, providerPaymentKey: null };
    }
    return { status: 'declined', code: error.type, message, providerPaymentKey: null };
  }

  async function cancelFailure(
    response: Exclude<ProviderResponse, { kind: 'ok' }>,
    payment: ProviderPayment,
    input: { amount: number },
    before: PortOnePayment,
  ): Promise<CancelOutcome> {
    if (response.kind === 'unreachable') {
      return { status: 'failed', code: `provider_${response.reason}`, message: response.message, retryable: true };
    }
    const error = isPortOneError(response.body) ? response.body : { type: `http_${response.status}`, message: undefined };
    if (error.type === 'CANCELLABLE_AMOUNT_CONSISTENCY_BROKEN' && response.attempts > 1) {
      // An earlier attempt of this very call may have gone through before its answer was lost.
      const after = await getPayment(payment.id);
      if (after.kind === 'ok' && isPortOnePayment(after.body) && after.body.amount.cancelled === before.amount.cancelled + input.amount) {
        const ours = latestSucceeded(after.body.cancellations, input.amount);
        return {
          status: 'canceled',
          canceledAmount: input.amount,
          canceledAt: toSeoulIsoString(ours?.cancelledAt ?? ours?.requestedAt ?? after.body.statusChangedAt) ?? toSeoulIsoString(now())!,
        };
      }
    }
    return {
      status: 'failed',
      code: error.type,
      message: error.message ?? error.pgMessage ?? `PortOne answered HTTP ${response.status}`,
      retryable: response.status === 429 || response.status >= 500 || PORTONE_RETRYABLE_CANCEL_ERROR_TYPES.has(error.type),
    };
  }

  return {
    id: 'portone',

    async prepare(payment, urls): Promise<PrepareResult> {
      const clientParams: Record<string, string> = {
        storeId: options.storeId,
        channelKey: options.channelKey,
        paymentId: payment.id,
        orderName: payment.orderName,
        totalAmount: String(payment.amount),
        currency: 'KRW',
        payMethod: PORTONE_PAY_METHODS[payment.method],
        // Mobile flows come back here with ?paymentId=…[&code=…&message=…]; in-page (PC) flows
        // resolve in the page, which then navigates here with the same parameters.
        redirectUrl: urls.successUrl,
        failUrl: urls.failUrl,
        customerFullName: payment.buyer.name,
        customerEmail: payment.buyer.email,
      };
      const phone = payment.buyer.phone.replace(/\D/g, '');
      if (phone !== '') clientParams['customerPhoneNumber'] = phone;
      return { redirectUrl: null, clientParams };
    },

    async confirm(payment, params): Promise<ConfirmOutcome> {
      const paymentIdParam = params.get('paymentId');
      if (paymentIdParam !== null && paymentIdParam !== payment.id) {
        return {
          status: 'declined',
          code: 'payment_mismatch',
          message: `The redirect names payment ${paymentIdParam}, not ${payment.id}`,
          providerPaymentKey: null,
        };
      }
      const response = await getPayment(payment.id);
      if (response.kind !== 'ok') return failureOf(response, params);
      if (!isPortOnePayment(response.body)) {
        return { status: 'retryable_error', code: 'invalid_response', message: 'PortOne answered the lookup with an unexpected body' };
      }
      return outcomeOf(payment, response.body, params);
    },

    async cancel(payment, input): Promise<CancelOutcome> {
      const lookup = await getPayment(payment.id);
      if (lookup.kind === 'unreachable') {
        return { status: 'failed', code: `provider_${lookup.reason}`, message: lookup.message, retryable: true };
      }
      if (lookup.kind === 'http_error' || !isPortOnePayment(lookup.body)) {
        const error = lookup.kind === 'http_error' && isPortOneError(lookup.body) ? lookup.body : null;
        return {
          status: 'failed',
          code: error?.type ?? (lookup.kind === 'http_error' ? `http_${lookup.status}` : 'invalid_response'),
          message: error?.message ?? 'Could not read the payment at PortOne before cancelling',
          retryable: lookup.kind === 'http_error' ? lookup.status >= 500 || lookup.status === 429 : true,
        };
      }
      const before = lookup.body;
      const response = await http.request({
        method: 'POST',
        path: `/payments/${encodeURIComponent(payment.id)}/cancel`,
        headers: { 'idempotency-key': input.idempotencyKey },
        body: {
          storeId: options.storeId,
          amount: input.amount,
          reason: input.reason,
          // PortOne cancels only if the balance is still what we saw: a retry after a lost answer
          // cannot cancel twice.
          currentCancellableAmount: before.amount.total - before.amount.cancelled,
        },
      });
      if (response.kind !== 'ok') return cancelFailure(response, payment, input, before);
      const cancellation = (response.body as { cancellation?: PortOnePaymentCancellation } | null)?.cancellation;
      if (cancellation?.status === 'FAILED') {
        return { status: 'failed', code: 'CANCELLATION_FAILED', message: 'PortOne reports the cancellation as failed', retryable: false };
      }
      // SUCCEEDED, or REQUESTED (the PG finishes it later; the webhook reports it).
      return {
        status: 'canceled',
        canceledAmount: cancellation?.totalAmount ?? input.amount,
        canceledAt: toSeoulIsoString(cancellation?.cancelledAt ?? cancellation?.requestedAt) ?? toSeoulIsoString(now())!,
      };
    },

    async parseWebhook(request): Promise<WebhookEvent[]> {
      verifyStandardWebhook(webhookKey, request, {
        now: now(),
        ...(options.webhookToleranceSeconds === undefined ? {} : { toleranceSeconds: options.webhookToleranceSeconds }),
      });
      let body: unknown;
      try {
        body = JSON.parse(request.rawBody) as unknown;
      } catch {
        return []; // signed by PortOne but not JSON: nothing we can act on
      }
      if (!isPortOneTransactionWebhook(body)) return []; // billing-key and other events
      if (body.data.storeId !== undefined && body.data.storeId !== options.storeId) return [];

      const response = await getPayment(body.data.paymentId);
      if (response.kind === 'http_error' && isPortOneError(response.body) && response.body.type === 'PAYMENT_NOT_FOUND') {
        return [];
      }
      if (response.kind !== 'ok' || !isPortOnePayment(response.body)) {
        const code = response.kind === 'unreachable' ? `provider_${response.reason}` : `http_${response.status}`;
        throw new PaymentProviderUnavailableError('Could not look the payment up at PortOne for the webhook', code);
      }
      return eventsOf(response.body, body.timestamp);
    },
  };
}

function virtualAccountOf(portone: PortOnePayment): VirtualAccount | null {
  const method = portone.method;
  if (!isVirtualAccountMethod(method)) return null;
  const dueAt = toSeoulIsoString(method.expiredAt);
  if (dueAt === null) return null;
  return {
    bank: method.bank === undefined ? '' : (PORTONE_BANK_NAMES[method.bank] ?? method.bank),
    accountNumber: method.accountNumber,
    holder: method.remitteeName ?? '',
    dueAt,
  };
}

function latestSucceeded(
  cancellations: PortOnePaymentCancellation[] | undefined,
  amount: number,
): PortOnePaymentCancellation | undefined {
  return (cancellations ?? [])
    .filter((entry) => entry.status === 'SUCCEEDED' && entry.totalAmount === amount)
    .sort((a, b) => (a.requestedAt < b.requestedAt ? 1 : -1))[0];
}

/** The fact a looked-up payment states, with an id that is the same for the same state. */
function eventsOf(portone: PortOnePayment, webhookTimestamp: string): WebhookEvent[] {
  const kind = PORTONE_STATUS_EVENT_KIND[portone.status];
  if (kind === null) return [];
  const canceled = kind === 'canceled' || kind === 'partially_canceled';
  const occurredAt =
    toSeoulIsoString(
      kind === 'paid' ? (portone.paidAt ?? portone.statusChangedAt) : canceled ? (portone.cancelledAt ?? portone.statusChangedAt) : portone.statusChangedAt,
    ) ?? toSeoulIsoString(webhookTimestamp);
  return [
    {
      // The cancelled total distinguishes successive partial cancellations.
      eventId: `portone:${portone.id}:${portone.status}:${portone.statusChangedAt ?? ''}:${portone.amount.cancelled}`,
      kind,
      paymentId: portone.id,
      providerPaymentKey: portone.transactionId ?? null,
      amount: canceled ? portone.amount.cancelled : portone.amount.total,
      occurredAt: occurredAt ?? toSeoulIsoString(new Date())!,
    },
  ];
}
