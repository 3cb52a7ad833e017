import type { Queryable } from '../../../db/database.js';
import {
  WebhookVerificationError,
  type CancelOutcome,
  type ConfirmOutcome,
  type PaymentProvider,
  type PrepareResult,
  type ProviderPayment,
  type WebhookEvent,
} from '../../payment-provider.js';
import { signPaymentPageToken, verifyPaymentPageToken } from '../../payment-page-token.js';
import { TestGateway } from './test-gateway.js';
import {
  DEFAULT_TEST_WEBHOOK_SECRET,
  TEST_WEBHOOK_SIGNATURE_HEADER,
  TEST_WEBHOOK_TYPES,
  signTestWebhook,
  verifyTestWebhookSignature,
  type TestWebhookBody,
} from './test-webhook-signature.js';

export interface TestProviderOptions {
  db: Queryable;
  /** Signs the links of the hosted test payment page. */
  signingSecret: () => Promise<string>;
  /** Secret of the `Cen-Test-Signature` webhooks; `whsec_test_demo` by default. */
  webhookSecret?: string | undefined;
  now?: () => Date;
}

/** The built-in provider for the demo and tests, with its hosted payment page and its fake PG. */
export interface TestProvider extends PaymentProvider {
  readonly id: 'test';
  readonly gateway: TestGateway;
  /** The signature (`t`) of the test page's links and forms for a payment. */
  pageToken(paymentId: string): Promise<string>;
  /** True when `token` is the page token of the payment (constant-time). */
  verifyPageToken(paymentId: string, token: string): Promise<boolean>;
  /** The webhook the fake PG sends when a deposit arrives, signed: body and headers. */
  depositWebhook(paymentId: string): Promise<{ body: string; headers: Record<string, string> } | null>;
}

const KIND_OF_TYPE = { 'deposit.completed': 'paid', 'payment.canceled': 'canceled', 'account.expired': 'expired' } as const;

/** `https://api.example/cen/payments/test/success` → `https://api.example/cen`. */
function serverBaseOf(successUrl: string): string {
  const at = successUrl.lastIndexOf('/payments/');
  return at >= 0 ? successUrl.slice(0, at) : new URL(successUrl).origin;
}

function parseWebhookBody(rawBody: string): TestWebhookBody {
  let body: unknown;
  try {
    body = JSON.parse(rawBody);
  } catch {
    throw new WebhookVerificationError('the test webhook body is not JSON');
  }
  const b = body as Partial<Record<keyof TestWebhookBody, unknown>>;
  const valid =
    typeof body === 'object' && body !== null &&
    typeof b.id === 'string' && b.id.length >= 1 && b.id.length <= 100 &&
    typeof b.type === 'string' && (TEST_WEBHOOK_TYPES as readonly string[]).includes(b.type) &&
    typeof b.paymentId === 'string' && b.paymentId.length <= 100 &&
    Number.isSafeInteger(b.amount) && (b.amount as number) >= 0 &&
    typeof b.occurredAt === 'string' && !Number.isNaN(Date.parse(b.occurredAt));
  if (!valid) throw new WebhookVerificationError('the test webhook body is not a test provider event');
  return body as TestWebhookBody;
}

/**
 * The `test` provider: `prepare` sends the buyer to the server's own test payment page
 * (`/pay/test/{paymentId}?t=…`) where approve / decline / cancel (card) or issue an account
 * (virtual account) are buttons; `confirm` checks the redirect parameters against the fake PG's
 * record (amount included); webhooks are signed with `Cen-Test-Signature`.
 */
export function createTestProvider(options: TestProviderOptions): TestProvider {
  const now = options.now ?? (() => new Date());
  const webhookSecret = options.webhookSecret || DEFAULT_TEST_WEBHOOK_SECRET;
  const gateway = new TestGateway(options.db, now);

  async function pageToken(paymentId: string): Promise<string> {
    return signPaymentPageToken(await options.signingSecret(), 'test', paymentId);
  }

  return {
    id: 'test',
    gateway,
    pageToken,

    async verifyPageToken(paymentId, token) {
      return verifyPaymentPageToken(await options.signingSecret(), 'test', paymentId, token);
    },

    async prepare(payment: ProviderPayment, urls): Promise<PrepareResult> {
      await gateway.open({
        paymentId: payment.id,
        orderName: payment.orderName,
        method: payment.method,
        amount: payment.amount,
        successUrl: urls.successUrl,
        failUrl: urls.failUrl,
        depositDueAt: payment.depositDueAt ? new Date(payment.depositDueAt) : null,
      });
      const url = `${serverBaseOf(urls.successUrl)}/pay/test/${encodeURIComponent(payment.id)}?t=${await pageToken(payment.id)}`;
      return { redirectUrl: url, clientParams: null };
    },

    async confirm(payment: ProviderPayment, params: URLSearchParams): Promise<ConfirmOutcome> {
      const record = await gateway.get(payment.id);
      const paymentKey = params.get('paymentKey');
      if (!record || params.get('orderId') !== payment.id || !paymentKey || paymentKey !== record.paymentKey) {
        return { status: 'declined', code: 'INVALID_REQUEST', message: '결제 정보가 일치하지 않습니다.', providerPaymentKey: null };
      }
      const amount = Number(params.get('amount'));
      if (amount !== record.amount || record.amount !== payment.amount) {
        return { status: 'declined', code: 'AMOUNT_MISMATCH', message: '결제 금액이 주문 금액과 다릅니다.', providerPaymentKey: record.paymentKey };
      }
      switch (record.status) {
        case 'approved': {
          const captured = await gateway.transition(payment.id, ['approved'], 'confirmed');
          return { status: 'paid', providerPaymentKey: record.paymentKey, approvedAt: (captured ?? record).updatedAt.toISOString() };
        }
        case 'confirmed':
        case 'deposited':
          return { status: 'paid', providerPaymentKey: record.paymentKey, approvedAt: record.updatedAt.toISOString() };
        case 'issued':
          return { status: 'awaiting_deposit', providerPaymentKey: record.paymentKey, virtualAccount: record.virtualAccount! };
        default:
          return { status: 'declined', code: 'NOT_APPROVED', message: '승인되지 않은 결제입니다.', providerPaymentKey: record.paymentKey };
      }
    },

    async cancel(payment: ProviderPayment, input): Promise<CancelOutcome> {
      const result = await gateway.cancel(payment.id, input.amount, input.idempotencyKey);
      return result.ok
        ? { status: 'canceled', canceledAmount: result.canceledAmount, canceledAt: result.at.toISOString() }
        : { status: 'failed', code: result.code, message: result.message, retryable: false };
    },

    async parseWebhook({ headers, rawBody }): Promise<WebhookEvent[]> {
      if (!verifyTestWebhookSignature(headers.get(TEST_WEBHOOK_SIGNATURE_HEADER), rawBody, webhookSecret, now())) {
        throw new WebhookVerificationError(`missing or wrong ${TEST_WEBHOOK_SIGNATURE_HEADER}`);
      }
      const body = parseWebhookBody(rawBody);
      return [
        {
          eventId: body.id,
          kind: KIND_OF_TYPE[body.type],
          paymentId: body.paymentId,
          providerPaymentKey: null,
          amount: body.amount,
          occurredAt: new Date(body.occurredAt).toISOString(),
        },
      ];
    },

    async depositWebhook(paymentId) {
      const record = await gateway.transition(paymentId, ['issued'], 'deposited');
      if (!record) return null;
      const body = JSON.stringify({
        id: `evt_test_${record.paymentKey.slice(4, 20)}_deposit`,
        type: 'deposit.completed',
        paymentId,
        amount: record.amount,
        occurredAt: now().toISOString(),
      } satisfies TestWebhookBody);
      const time = Math.floor(now().getTime() / 1000);
      return { body, headers: { 'Content-Type': 'application/json', [TEST_WEBHOOK_SIGNATURE_HEADER]: signTestWebhook(body, webhookSecret, time) } };
    },
  };
}
