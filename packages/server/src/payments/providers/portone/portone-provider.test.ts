import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { after, afterEach, before, describe, test } from 'node:test';
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { WebhookVerificationError, type ProviderPayment } from '../../payment-provider.js';
import { PaymentProviderUnavailableError } from '../provider-http.js';
import { createPortOneProvider, type PortOneProviderOptions } from './portone-provider.js';

// Obviously fake credentials: only ever sent to the mocked API below.
const API_SECRET = 'fake-portone-api-secret-for-unit-tests';
const WEBHOOK_KEY = Buffer.from('fake webhook signing key for tests!');
const WEBHOOK_SECRET = `whsec_${WEBHOOK_KEY.toString('base64')}`;
const STORE_ID = 'store-00000000-0000-0000-0000-000000000000';
const CHANNEL_KEY = 'channel-key-00000000-0000-0000-0000-000000000000';
const API = 'https://api.portone.io';
const PAYMENT_ID = 'pay_5n8r2t6v';
const TRANSACTION_ID = '0195a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
const NOW = new Date('2026-03-02T05:31:00Z');
const NOW_SECONDS = Math.floor(NOW.getTime() / 1000);

const server = setupServer();
before(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
after(() => server.close());

function provider(options: Partial<PortOneProviderOptions> = {}) {
  return createPortOneProvider({
    apiSecret: API_SECRET,
    webhookSecret: WEBHOOK_SECRET,
    storeId: STORE_ID,
    channelKey: CHANNEL_KEY,
    retryDelayMs: 0,
    now: () => NOW,
    ...options,
  });
}

function ourPayment(overrides: Partial<ProviderPayment> = {}): ProviderPayment {
  return {
    id: PAYMENT_ID,
    orderId: 'ord_2b7d9f1a',
    orderNumber: '20260302-0002',
    orderName: '유기농 현미 5kg 외 1건',
    method: 'card',
    amount: 35_500,
    providerPaymentKey: null,
    buyer: { name: '박서준', email: 'seojun@example.com', phone: '01098765432' },
    ...overrides,
  };
}

/** A payment shaped like PortOne's `GET /payments/{paymentId}` answer (V2). */
function portonePayment(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    status: 'PAID',
    id: PAYMENT_ID,
    transactionId: TRANSACTION_ID,
    merchantId: 'merchant-00000000-0000-0000-0000-000000000000',
    storeId: STORE_ID,
    method: {
      type: 'PaymentMethodCard',
      card: { publisher: 'HYUNDAI', issuer: 'HYUNDAI', brand: 'LOCAL', type: 'CREDIT', ownerType: 'PERSONAL', bin: '40000000', name: '현대카드', number: '40000000****000*' },
      approvalNumber: '30012345',
      installment: { month: 0, isInterestFree: false },
      pointUsed: false,
    },
    channel: {
      type: 'TEST',
      id: 'channel-id-00000000-0000-0000-0000-000000000000',
      key: CHANNEL_KEY,
      name: '토스페이먼츠 테스트',
      pgProvider: 'TOSSPAYMENTS',
      pgMerchantId: 'tosstest',
    },
    version: 'V2',
    requestedAt: '2026-03-02T05:30:02.123Z',
    updatedAt: '2026-03-02T05:30:41.456Z',
    statusChangedAt: '2026-03-02T05:30:41.456Z',
    orderName: '유기농 현미 5kg 외 1건',
    amount: { total: 35_500, taxFree: 0, vat: 3_227, supply: 32_273, discount: 0, paid: 35_500, cancelled: 0, cancelledTaxFree: 0 },
    currency: 'KRW',
    customer: { name: '박서준', email: 'seojun@example.com', phoneNumber: '01098765432' },
    isCulturalExpense: false,
    paidAt: '2026-03-02T05:30:41.456Z',
    pgTxId: 'tviva20260302143041XYZ12',
    pgResponse: '{}',
    receiptUrl: 'https://dashboard.tosspayments.com/receipt/redirection?transactionId=tviva20260302143041XYZ12',
    disputes: [],
    ...overrides,
  };
}

function virtualAccountIssued(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const { paidAt: _paidAt, receiptUrl: _receiptUrl, ...issued } = portonePayment({
    status: 'VIRTUAL_ACCOUNT_ISSUED',
    method: {
      type: 'PaymentMethodVirtualAccount',
      bank: 'SHINHAN',
      accountNumber: '56211105948400',
      accountType: 'NORMAL',
      remitteeName: '더쎈',
      remitterName: '박서준',
      expiredAt: '2026-03-09T14:59:59Z',
      issuedAt: '2026-03-02T05:30:41.456Z',
    },
    amount: { total: 35_500, taxFree: 0, vat: 3_227, supply: 32_273, discount: 0, paid: 0, cancelled: 0, cancelledTaxFree: 0 },
    ...overrides,
  });
  return issued;
}

function portoneError(status: number, type: string, message: string) {
  return HttpResponse.json({ type, message }, { status });
}

function sign(id: string, timestamp: number | string, body: string, key: Buffer = WEBHOOK_KEY): string {
  return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')}`;
}

function delivery(
  payload: Record<string, unknown>,
  { id = 'msg_2t9XkV4bE1cQ7rW3yZ5aP8dF0gH', timestamp = NOW_SECONDS, signature }: { id?: string; timestamp?: number; signature?: string } = {},
) {
  const rawBody = JSON.stringify(payload);
  return {
    rawBody,
    headers: new Headers({
      'content-type': 'application/json',
      'webhook-id': id,
      'webhook-timestamp': String(timestamp),
      'webhook-signature': signature ?? sign(id, timestamp, rawBody),
    }),
  };
}

function transactionWebhook(type: string, extra: Record<string, unknown> = {}) {
  return {
    type,
    timestamp: '2026-03-02T05:30:42.001Z',
    data: { paymentId: PAYMENT_ID, storeId: STORE_ID, transactionId: TRANSACTION_ID, ...extra },
  };
}

describe('createPortOneProvider', () => {
  test('refuses unknown options, missing values and a malformed webhook secret', () => {
    assert.throws(() => provider({ secretKey: 'x' } as never), /unknown option "secretKey"/);
    assert.throws(() => provider({ storeId: '' }), /storeId is required/);
    assert.throws(() => provider({ webhookSecret: 'whsec_not base64!' }), TypeError);
  });
});

describe('portone prepare', () => {
  test('returns the browser SDK parameters, without any secret', async () => {
    const result = await provider().prepare(ourPayment({ method: 'virtual_account' }), {
      successUrl: 'https://api.thecen.example/v1/payments/pay_5n8r2t6v/return',
      failUrl: 'https://api.thecen.example/v1/payments/pay_5n8r2t6v/fail',
    });
    assert.equal(result.redirectUrl, null);
    assert.deepEqual(result.clientParams, {
      storeId: STORE_ID,
      channelKey: CHANNEL_KEY,
      paymentId: PAYMENT_ID,
      orderName: '유기농 현미 5kg 외 1건',
      totalAmount: '35500',
      currency: 'KRW',
      payMethod: 'VIRTUAL_ACCOUNT',
      redirectUrl: 'https://api.thecen.example/v1/payments/pay_5n8r2t6v/return',
      failUrl: 'https://api.thecen.example/v1/payments/pay_5n8r2t6v/fail',
      customerFullName: '박서준',
      customerEmail: 'seojun@example.com',
      customerPhoneNumber: '01098765432',
    });
    const serialized = JSON.stringify(result);
    assert.ok(!serialized.includes(API_SECRET) && !serialized.includes(WEBHOOK_SECRET));
  });
});

describe('portone confirm', () => {
  test('looks the payment up with the API secret and reports it paid', async () => {
    const seen: { authorization: string | null; storeId: string | null }[] = [];
    server.use(
      http.get(`${API}/payments/:paymentId`, ({ request, params }) => {
        assert.equal(params['paymentId'], PAYMENT_ID);
        seen.push({ authorization: request.headers.get('authorization'), storeId: new URL(request.url).searchParams.get('storeId') });
        return HttpResponse.json(portonePayment());
      }),
    );
    const outcome = await provider().confirm(ourPayment(), new URLSearchParams({ paymentId: PAYMENT_ID }));
    assert.deepEqual(outcome, { status: 'paid', providerPaymentKey: TRANSACTION_ID, approvedAt: '2026-03-02T14:30:41.456+09:00' });
    assert.deepEqual(seen, [{ authorization: `PortOne ${API_SECRET}`, storeId: STORE_ID }]);
  });

  test('an amount different from the order is declined, never paid', async () => {
    server.use(
      http.get(`${API}/payments/:paymentId`, () =>
        HttpResponse.json(portonePayment({ amount: { total: 1_000, taxFree: 0, discount: 0, paid: 1_000, cancelled: 0, cancelledTaxFree: 0 } })),
      ),
    );
    const outcome = await provider().confirm(ourPayment(), new URLSearchParams({ paymentId: PAYMENT_ID }));
    assert.equal(outcome.status, 'declined');
    assert.equal(outcome.status === 'declined' && outcome.code, 'amount_mismatch');
  });

  test('a redirect naming another payment is declined without a lookup', async () => {
    const outcome = await provider().confirm(ourPayment(), new URLSearchParams({ paymentId: 'pay_someoneelse' }));
    assert.equal(outcome.status === 'declined' && outcome.code, 'payment_mismatch');
  });

  test('a failed payment is declined with the PG code and reason', async () => {
    server.use(
      http.get(`${API}/payments/:paymentId`, () => {
        const { paidAt: _paidAt, ...failed } = portonePayment({
          status: 'FAILED',
          failedAt: '2026-03-02T05:30:41.456Z',
          failure: { reason: '카드 한도를 초과했습니다.', pgCode: 'REJECT_CARD_PAYMENT', pgMessage: '한도초과 혹은 잔액부족으로 결제에 실패했습니다.' },
        });
        return HttpResponse.json(failed);
      }),
    );
    const outcome = await provider().confirm(ourPayment(), new URLSearchParams({ paymentId: PAYMENT_ID }));
    assert.deepEqual(outcome, {
      status: 'declined',
      code: 'REJECT_CARD_PAYMENT',
      message: '카드 한도를 초과했습니다.',
      providerPaymentKey: TRANSACTION_ID,
    });
  });

  test('a payment still READY is declined when the redirect carries an error, retryable otherwise', async () => {
    server.use(http.get(`${API}/payments/:paymentId`, () => HttpResponse.json(portonePayment({ status: 'READY', paidAt: undefined }))));
    const canceled = await provider().confirm(
      ourPayment(),
      new URLSearchParams({ paymentId: PAYMENT_ID, code: 'FAILURE_TYPE_PG', message: '사용자가 결제를 취소하였습니다.' }),
    );
    assert.deepEqual(canceled, {
      status: 'declined',
      code: 'FAILURE_TYPE_PG',
      message: '사용자가 결제를 취소하였습니다.',
      providerPaymentKey: TRANSACTION_ID,
    });
    const early = await provider().confirm(ourPayment(), new URLSearchParams({ paymentId: PAYMENT_ID }));
    assert.equal(early.status === 'retryable_error' && early.code, 'not_completed');
  });

  test('retries after a 500 and then succeeds', async () => {
    let calls = 0;
    server.use(
      http.get(`${API}/payments/:paymentId`, () => {
        calls++;
        return calls === 1 ? portoneError(500, 'INTERNAL_SERVER_ERROR', 'Internal Server Error') : HttpResponse.json(portonePayment());
      }),
    );
    const outcome = await provider().confirm(ourPayment(), new URLSearchParams({ paymentId: PAYMENT_ID }));
    assert.equal(outcome.status, 'paid');
    assert.equal(calls, 2);
  });

  test('a timeout or a network failure becomes retryable_error', async () => {
    server.use(
      http.get(`${API}/payments/:paymentId`, async () => {
        await delay('infinite');
        return HttpResponse.json(portonePayment());
      }),
    );
    const timedOut = await provider({ timeoutMs: 30, maxRetries: 1 }).confirm(ourPayment(), new URLSearchParams());
    assert.equal(timedOut.status === 'retryable_error' && timedOut.code, 'provider_timeout');

    server.use(http.get(`${API}/payments/:paymentId`, () => HttpResponse.error()));
    const unreachable = await provider({ maxRetries: 1 }).confirm(ourPayment(), new URLSearchParams());
    assert.equal(unreachable.status === 'retryable_error' && unreachable.code, 'provider_network');
  });

  test('an unknown payment is declined; a wrong API secret is retryable and not retried', async () => {
    server.use(http.get(`${API}/payments/:paymentId`, () => portoneError(404, 'PAYMENT_NOT_FOUND', '결제 건이 존재하지 않습니다.')));
    const missing = await provider().confirm(ourPayment(), new URLSearchParams());
    assert.equal(missing.status === 'declined' && missing.code, 'PAYMENT_NOT_FOUND');

    let calls = 0;
    server.use(
      http.get(`${API}/payments/:paymentId`, () => {
        calls++;
        return portoneError(401, 'UNAUTHORIZED', '인증 정보가 올바르지 않습니다.');
      }),
    );
    const unauthorized = await provider().confirm(ourPayment(), new URLSearchParams());
    assert.equal(unauthorized.status === 'retryable_error' && unauthorized.code, 'UNAUTHORIZED');
    assert.equal(calls, 1);
  });

  test('an issued virtual account is awaiting_deposit with bank, holder and Seoul due time', async () => {
    server.use(http.get(`${API}/payments/:paymentId`, () => HttpResponse.json(virtualAccountIssued())));
    const outcome = await provider().confirm(ourPayment({ method: 'virtual_account' }), new URLSearchParams({ paymentId: PAYMENT_ID }));
    assert.deepEqual(outcome, {
      status: 'awaiting_deposit',
      providerPaymentKey: TRANSACTION_ID,
      virtualAccount: { bank: '신한은행', accountNumber: '56211105948400', holder: '더쎈', dueAt: '2026-03-09T23:59:59+09:00' },
    });
  });
});

describe('portone cancel', () => {
  const paid = ourPayment({ providerPaymentKey: TRANSACTION_ID });

  function cancellation(totalAmount: number, id = 'cancellation-0195a1b2-0001') {
    return {
      status: 'SUCCEEDED',
      id,
      pgCancellationId: 'tviva20260303100102ABC',
      totalAmount,
      taxFreeAmount: 0,
      vatAmount: Math.round(totalAmount / 11),
      reason: '구매자 요청',
      cancelledAt: '2026-03-03T01:01:02.000Z',
      requestedAt: '2026-03-03T01:01:01.000Z',
      trigger: 'API',
    };
  }

  test('cancels in full, guarded by the cancellable balance, with the idempotency key', async () => {
    const seen: { key: string | null; body: unknown }[] = [];
    server.use(
      http.get(`${API}/payments/:paymentId`, () => HttpResponse.json(portonePayment())),
      http.post(`${API}/payments/:paymentId/cancel`, async ({ request }) => {
        seen.push({ key: request.headers.get('idempotency-key'), body: await request.json() });
        return HttpResponse.json({ cancellation: cancellation(35_500) });
      }),
    );
    const outcome = await provider().cancel(paid, { amount: 35_500, reason: '구매자 요청', idempotencyKey: 'rfd_3h5j7k9m' });
    assert.deepEqual(outcome, { status: 'canceled', canceledAmount: 35_500, canceledAt: '2026-03-03T10:01:02+09:00' });
    assert.deepEqual(seen, [
      {
        key: 'rfd_3h5j7k9m',
        body: { storeId: STORE_ID, amount: 35_500, reason: '구매자 요청', currentCancellableAmount: 35_500 },
      },
    ]);
  });

  test('cancels part of a payment that was partly cancelled before', async () => {
    const bodies: unknown[] = [];
    server.use(
      http.get(`${API}/payments/:paymentId`, () =>
        HttpResponse.json(
          portonePayment({
            status: 'PARTIAL_CANCELLED',
            amount: { total: 35_500, taxFree: 0, discount: 0, paid: 32_500, cancelled: 3_000, cancelledTaxFree: 0 },
          }),
        ),
      ),
      http.post(`${API}/payments/:paymentId/cancel`, async ({ request }) => {
        bodies.push(await request.json());
        return HttpResponse.json({ cancellation: cancellation(12_000, 'cancellation-0195a1b2-0002') });
      }),
    );
    const outcome = await provider().cancel(paid, { amount: 12_000, reason: '품절 상품 환불', idempotencyKey: 'rfd_4k6m8p0r' });
    assert.deepEqual(outcome, { status: 'canceled', canceledAmount: 12_000, canceledAt: '2026-03-03T10:01:02+09:00' });
    assert.deepEqual(bodies, [{ storeId: STORE_ID, amount: 12_000, reason: '품절 상품 환불', currentCancellableAmount: 32_500 }]);
  });

  test('a cancel whose answer was lost is not repeated: the retry is refused and the lookup shows it done', async () => {
    let cancelled = 0;
    let posts = 0;
    server.use(
      http.get(`${API}/payments/:paymentId`, () =>
        HttpResponse.json(
          portonePayment({
            status: cancelled === 0 ? 'PAID' : 'CANCELLED',
            amount: { total: 35_500, taxFree: 0, discount: 0, paid: 35_500 - cancelled, cancelled, cancelledTaxFree: 0 },
            cancellations: cancelled === 0 ? [] : [cancellation(35_500)],
          }),
        ),
      ),
      http.post(`${API}/payments/:paymentId/cancel`, async ({ request }) => {
        posts++;
        const body = (await request.json()) as { amount: number; currentCancellableAmount: number };
        if (body.currentCancellableAmount !== 35_500 - cancelled) {
          return portoneError(409, 'CANCELLABLE_AMOUNT_CONSISTENCY_BROKEN', '취소 가능 잔액 검증에 실패했습니다.');
        }
        cancelled += body.amount;
        return HttpResponse.error(); // done at PortOne, but the answer never arrives
      }),
    );
    const outcome = await provider().cancel(paid, { amount: 35_500, reason: '구매자 요청', idempotencyKey: 'rfd_lost0001' });
    assert.deepEqual(outcome, { status: 'canceled', canceledAmount: 35_500, canceledAt: '2026-03-03T10:01:02+09:00' });
    assert.equal(posts, 2);
    assert.equal(cancelled, 35_500);
  });

  test('a refused cancel is a final failure', async () => {
    server.use(
      http.get(`${API}/payments/:paymentId`, () => HttpResponse.json(portonePayment())),
      http.post(`${API}/payments/:paymentId/cancel`, () => portoneError(409, 'PAYMENT_ALREADY_CANCELLED', '결제가 이미 취소되었습니다.')),
    );
    assert.deepEqual(await provider().cancel(paid, { amount: 35_500, reason: '구매자 요청', idempotencyKey: 'rfd_5m7p9r1t' }), {
      status: 'failed',
      code: 'PAYMENT_ALREADY_CANCELLED',
      message: '결제가 이미 취소되었습니다.',
      retryable: false,
    });
  });
});

describe('portone webhooks', () => {
  test('a correctly signed webhook is checked against the payment and reported', async () => {
    let lookups = 0;
    server.use(
      http.get(`${API}/payments/:paymentId`, () => {
        lookups++;
        return HttpResponse.json(portonePayment());
      }),
    );
    const events = await provider().parseWebhook(delivery(transactionWebhook('Transaction.Paid')));
    assert.equal(lookups, 1);
    assert.deepEqual(events, [
      {
        eventId: `portone:${PAYMENT_ID}:PAID:2026-03-02T05:30:41.456Z:0`,
        kind: 'paid',
        paymentId: PAYMENT_ID,
        providerPaymentKey: TRANSACTION_ID,
        amount: 35_500,
        occurredAt: '2026-03-02T14:30:41.456+09:00',
      },
    ]);
  });

  test('a bad signature is rejected before anything is looked up', async () => {
    const payload = transactionWebhook('Transaction.Paid');
    const forged = delivery(payload, { signature: sign('msg_2t9XkV4bE1cQ7rW3yZ5aP8dF0gH', NOW_SECONDS, JSON.stringify(payload), Buffer.from('another key')) });
    await assert.rejects(provider().parseWebhook(forged), WebhookVerificationError);

    const signed = delivery(payload);
    const tampered = { ...signed, rawBody: signed.rawBody.replace(PAYMENT_ID, 'pay_0ther0ne') };
    await assert.rejects(provider().parseWebhook(tampered), WebhookVerificationError);

    const unsigned = delivery(payload);
    unsigned.headers.delete('webhook-signature');
    await assert.rejects(provider().parseWebhook(unsigned), WebhookVerificationError);
    // onUnhandledRequest: 'error' would have failed any lookup.
  });

  test('one matching signature among several is enough (secret rotation)', async () => {
    server.use(http.get(`${API}/payments/:paymentId`, () => HttpResponse.json(portonePayment())));
    const payload = transactionWebhook('Transaction.Paid');
    const rawBody = JSON.stringify(payload);
    const signature = `v1,${Buffer.alloc(32).toString('base64')} v2,abc ${sign('msg_rotation', NOW_SECONDS, rawBody)}`;
    const events = await provider().parseWebhook(delivery(payload, { id: 'msg_rotation', signature }));
    assert.equal(events.length, 1);
  });

  test('stale and future timestamps are rejected even with a valid signature', async () => {
    const payload = transactionWebhook('Transaction.Paid');
    await assert.rejects(provider().parseWebhook(delivery(payload, { timestamp: NOW_SECONDS - 301 })), /too old/);
    await assert.rejects(provider().parseWebhook(delivery(payload, { timestamp: NOW_SECONDS + 301 })), /future/);
  });

  test('a replayed delivery yields the same event id', async () => {
    server.use(http.get(`${API}/payments/:paymentId`, () => HttpResponse.json(portonePayment())));
    const portone = provider();
    const message = delivery(transactionWebhook('Transaction.Paid'));
    assert.deepEqual(await portone.parseWebhook(message), await portone.parseWebhook(message));
  });

  test('out of order: VirtualAccountIssued delivered after Paid reports the payment as paid, same event', async () => {
    const paidVirtualAccount = {
      ...virtualAccountIssued(),
      status: 'PAID',
      paidAt: '2026-03-03T00:12:33.000Z',
      statusChangedAt: '2026-03-03T00:12:33.000Z',
      amount: { total: 35_500, taxFree: 0, discount: 0, paid: 35_500, cancelled: 0, cancelledTaxFree: 0 },
    };
    server.use(http.get(`${API}/payments/:paymentId`, () => HttpResponse.json(paidVirtualAccount)));
    const portone = provider();
    const paidEvents = await portone.parseWebhook(delivery(transactionWebhook('Transaction.Paid'), { id: 'msg_paid' }));
    const lateEvents = await portone.parseWebhook(
      delivery(transactionWebhook('Transaction.VirtualAccountIssued'), { id: 'msg_issued' }),
    );
    assert.equal(lateEvents[0]!.kind, 'paid');
    assert.equal(lateEvents[0]!.amount, 35_500);
    assert.equal(lateEvents[0]!.eventId, paidEvents[0]!.eventId);
  });

  test('a partial cancellation reports the cancelled total', async () => {
    server.use(
      http.get(`${API}/payments/:paymentId`, () =>
        HttpResponse.json(
          portonePayment({
            status: 'PARTIAL_CANCELLED',
            statusChangedAt: '2026-03-03T02:00:00.000Z',
            cancelledAt: '2026-03-03T02:00:00.000Z',
            amount: { total: 35_500, taxFree: 0, discount: 0, paid: 23_500, cancelled: 12_000, cancelledTaxFree: 0 },
          }),
        ),
      ),
    );
    const [event] = await provider().parseWebhook(
      delivery(transactionWebhook('Transaction.PartialCancelled', { cancellationId: 'cancellation-0195a1b2-0002' })),
    );
    assert.equal(event!.kind, 'partially_canceled');
    assert.equal(event!.amount, 12_000);
    assert.equal(event!.occurredAt, '2026-03-03T11:00:00+09:00');
  });

  test('other event types and other stores are verified and ignored', async () => {
    const billing = { type: 'BillingKey.Issued', timestamp: '2026-03-02T05:30:42.001Z', data: { billingKey: 'billing-key-0195a1b2', storeId: STORE_ID } };
    assert.deepEqual(await provider().parseWebhook(delivery(billing)), []);
    const otherStore = transactionWebhook('Transaction.Paid', { storeId: 'store-11111111-1111-1111-1111-111111111111' });
    assert.deepEqual(await provider().parseWebhook(delivery(otherStore)), []);
  });

  test('when PortOne cannot be asked, the webhook is neither accepted nor rejected', async () => {
    server.use(http.get(`${API}/payments/:paymentId`, () => HttpResponse.error()));
    await assert.rejects(
      provider({ maxRetries: 0 }).parseWebhook(delivery(transactionWebhook('Transaction.Paid'))),
      PaymentProviderUnavailableError,
    );
  });
});
