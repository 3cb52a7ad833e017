import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { WebhookVerificationError, type ProviderPayment } from '../../payment-provider.js';
import { PaymentProviderUnavailableError } from '../provider-http.js';
import { createTossProvider, type TossProviderOptions } from './toss-provider.js';

// Obviously fake keys: the adapter only ever sends them to the mocked API below.
const SECRET_KEY = 'test_sk_FAKE_KEY_FOR_UNIT_TESTS';
const CLIENT_KEY = 'test_ck_FAKE_KEY_FOR_UNIT_TESTS';
const API = 'https://api.tosspayments.com';
const PAYMENT_KEY = 'tgen_20260302143005aBcD1';
const PAYMENT_ID = 'pay_7k2m9q4x';

const server = setupServer();
before(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
after(() => server.close());

function provider(options: Partial<TossProviderOptions> = {}) {
  return createTossProvider({ secretKey: SECRET_KEY, clientKey: CLIENT_KEY, retryDelayMs: 0, ...options });
}

function ourPayment(overrides: Partial<ProviderPayment> = {}): ProviderPayment {
  return {
    id: PAYMENT_ID,
    orderId: 'ord_4f8a2c1e',
    orderNumber: '20260302-0001',
    orderName: '우리밀 백밀가루 외 2건',
    method: 'card',
    amount: 35_500,
    providerPaymentKey: null,
    buyer: { name: '김하늘', email: 'haneul@example.com', phone: '010-1234-5678' },
    ...overrides,
  };
}

function successParams(overrides: Record<string, string> = {}): URLSearchParams {
  return new URLSearchParams({ paymentKey: PAYMENT_KEY, orderId: PAYMENT_ID, amount: '35500', ...overrides });
}

/** A Payment object shaped like Toss's documented examples (API version 2022-11-16). */
function tossPayment(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    mId: 'tvivarepublica',
    version: '2022-11-16',
    lastTransactionKey: '9C62B18EEF0DE3EB7F4422EB6D14BC6E',
    paymentKey: PAYMENT_KEY,
    orderId: PAYMENT_ID,
    orderName: '우리밀 백밀가루 외 2건',
    taxExemptionAmount: 0,
    status: 'DONE',
    requestedAt: '2026-03-02T14:30:05+09:00',
    approvedAt: '2026-03-02T14:30:41+09:00',
    useEscrow: false,
    cultureExpense: false,
    card: {
      issuerCode: '61',
      acquirerCode: '31',
      number: '48902300****406*',
      installmentPlanMonths: 0,
      isInterestFree: false,
      interestPayer: null,
      approveNo: '00000000',
      useCardPoint: false,
      cardType: '신용',
      ownerType: '개인',
      acquireStatus: 'READY',
      amount: 35_500,
    },
    virtualAccount: null,
    transfer: null,
    mobilePhone: null,
    giftCertificate: null,
    cashReceipt: null,
    cashReceipts: null,
    discount: null,
    cancels: null,
    secret: null,
    type: 'NORMAL',
    easyPay: null,
    country: 'KR',
    failure: null,
    isPartialCancelable: true,
    receipt: { url: 'https://dashboard.tosspayments.com/receipt/redirection?transactionId=tviva20260302143041&ref=PX' },
    checkout: { url: 'https://api.tosspayments.com/v1/payments/tgen_20260302143005aBcD1/checkout' },
    currency: 'KRW',
    totalAmount: 35_500,
    balanceAmount: 35_500,
    suppliedAmount: 32_273,
    vat: 3_227,
    taxFreeAmount: 0,
    method: '카드',
    ...overrides,
  };
}

const VIRTUAL_ACCOUNT_SECRET = 'ps_Z1aOwX7K8mYE0Ra5vqkN3Vvgxbj';

function virtualAccountPayment(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return tossPayment({
    method: '가상계좌',
    card: null,
    status: 'WAITING_FOR_DEPOSIT',
    approvedAt: null,
    lastTransactionKey: '7F8E548429D327BFE5ACEAF508E8DC36',
    secret: VIRTUAL_ACCOUNT_SECRET,
    virtualAccount: {
      accountType: '일반',
      accountNumber: 'X6505636518308',
      bankCode: '20',
      customerName: '김하늘',
      dueDate: '2026-03-09T14:30:41+09:00',
      refundStatus: 'NONE',
      expired: false,
      settlementStatus: 'INCOMPLETED',
      refundReceiveAccount: null,
    },
    ...overrides,
  });
}

function tossError(status: number, code: string, message: string) {
  return HttpResponse.json({ code, message }, { status });
}

describe('createTossProvider', () => {
  test('refuses unknown options and a secret key passed as the client key', () => {
    assert.throws(() => createTossProvider({ secretKey: SECRET_KEY, clientKey: CLIENT_KEY, secret: 'x' } as never), TypeError);
    assert.throws(() => createTossProvider({ secretKey: SECRET_KEY, clientKey: SECRET_KEY }), /looks like a secret key/);
    assert.throws(() => createTossProvider({ secretKey: CLIENT_KEY, clientKey: CLIENT_KEY }), /looks like a client key/);
  });
});

describe('toss prepare', () => {
  test('returns the browser SDK parameters and no redirect, without the secret key', async () => {
    const result = await provider().prepare(ourPayment({ method: 'virtual_account' }), {
      successUrl: 'https://api.thecen.example/v1/payments/pay_7k2m9q4x/return',
      failUrl: 'https://api.thecen.example/v1/payments/pay_7k2m9q4x/fail',
    });
    assert.equal(result.redirectUrl, null);
    assert.deepEqual(result.clientParams, {
      clientKey: CLIENT_KEY,
      method: 'VIRTUAL_ACCOUNT',
      orderId: PAYMENT_ID,
      orderName: '우리밀 백밀가루 외 2건',
      amount: '35500',
      currency: 'KRW',
      customerName: '김하늘',
      customerEmail: 'haneul@example.com',
      customerMobilePhone: '01012345678',
      successUrl: 'https://api.thecen.example/v1/payments/pay_7k2m9q4x/return',
      failUrl: 'https://api.thecen.example/v1/payments/pay_7k2m9q4x/fail',
    });
    assert.ok(!JSON.stringify(result).includes(SECRET_KEY));
  });
});

describe('toss confirm', () => {
  test('confirms with Basic auth and reports a card payment as paid', async () => {
    const seen: { authorization: string | null; body: unknown }[] = [];
    server.use(
      http.post(`${API}/v1/payments/confirm`, async ({ request }) => {
        seen.push({ authorization: request.headers.get('authorization'), body: await request.json() });
        return HttpResponse.json(tossPayment());
      }),
    );
    const outcome = await provider().confirm(ourPayment(), successParams());
    assert.deepEqual(outcome, { status: 'paid', providerPaymentKey: PAYMENT_KEY, approvedAt: '2026-03-02T14:30:41+09:00' });
    assert.equal(seen.length, 1);
    assert.equal(seen[0]!.authorization, `Basic ${Buffer.from(`${SECRET_KEY}:`).toString('base64')}`);
    assert.deepEqual(seen[0]!.body, { paymentKey: PAYMENT_KEY, orderId: PAYMENT_ID, amount: 35_500 });
  });

  test('declines without calling Toss when the success URL amount differs from the order', async () => {
    let calls = 0;
    server.use(
      http.post(`${API}/v1/payments/confirm`, () => {
        calls++;
        return HttpResponse.json(tossPayment({ totalAmount: 100, balanceAmount: 100 }));
      }),
    );
    const outcome = await provider().confirm(ourPayment(), successParams({ amount: '100' }));
    assert.equal(outcome.status, 'declined');
    assert.equal(outcome.status === 'declined' && outcome.code, 'amount_mismatch');
    assert.equal(calls, 0);
  });

  test('declines without calling Toss when the success URL names another order or lacks a parameter', async () => {
    const toss = provider();
    const other = await toss.confirm(ourPayment(), successParams({ orderId: 'pay_someoneelse' }));
    assert.equal(other.status === 'declined' && other.code, 'order_mismatch');
    const missing = await toss.confirm(ourPayment(), new URLSearchParams({ orderId: PAYMENT_ID, amount: '35500' }));
    assert.equal(missing.status === 'declined' && missing.code, 'missing_parameters');
    // onUnhandledRequest: 'error' would have failed a call to Toss.
  });

  test('never reports paid when Toss confirms another amount than the order', async () => {
    server.use(
      http.post(`${API}/v1/payments/confirm`, () => HttpResponse.json(tossPayment({ totalAmount: 1_000, balanceAmount: 1_000 }))),
    );
    const outcome = await provider().confirm(ourPayment(), successParams());
    assert.equal(outcome.status, 'declined');
  });

  test('passes a card decline on with Toss code and message', async () => {
    server.use(
      http.post(`${API}/v1/payments/confirm`, () =>
        tossError(403, 'REJECT_CARD_PAYMENT', '한도초과 혹은 잔액부족으로 결제에 실패했습니다.'),
      ),
    );
    const outcome = await provider().confirm(ourPayment(), successParams());
    assert.deepEqual(outcome, {
      status: 'declined',
      code: 'REJECT_CARD_PAYMENT',
      message: '한도초과 혹은 잔액부족으로 결제에 실패했습니다.',
      providerPaymentKey: PAYMENT_KEY,
    });
  });

  test('declines when the 10-minute confirm window has passed (payment session gone)', async () => {
    server.use(
      http.post(`${API}/v1/payments/confirm`, () =>
        tossError(404, 'NOT_FOUND_PAYMENT_SESSION', '결제 시간이 만료되어 결제 진행 데이터가 존재하지 않습니다.'),
      ),
    );
    const outcome = await provider().confirm(ourPayment(), successParams());
    assert.equal(outcome.status === 'declined' && outcome.code, 'NOT_FOUND_PAYMENT_SESSION');
  });

  test('an already processed payment is looked up and reported as it is (idempotent confirm)', async () => {
    let lookups = 0;
    server.use(
      http.post(`${API}/v1/payments/confirm`, () => tossError(400, 'ALREADY_PROCESSED_PAYMENT', '이미 처리된 결제 입니다.')),
      http.get(`${API}/v1/payments/:paymentKey`, ({ params }) => {
        lookups++;
        assert.equal(params['paymentKey'], PAYMENT_KEY);
        return HttpResponse.json(tossPayment());
      }),
    );
    const outcome = await provider().confirm(ourPayment(), successParams());
    assert.deepEqual(outcome, { status: 'paid', providerPaymentKey: PAYMENT_KEY, approvedAt: '2026-03-02T14:30:41+09:00' });
    assert.equal(lookups, 1);
  });

  test('retries after a 500 and then succeeds', async () => {
    let calls = 0;
    server.use(
      http.post(`${API}/v1/payments/confirm`, () => {
        calls++;
        return calls === 1
          ? tossError(500, 'FAILED_INTERNAL_SYSTEM_PROCESSING', '내부 시스템 처리 작업이 실패했습니다. 잠시 후 다시 시도해주세요.')
          : HttpResponse.json(tossPayment());
      }),
    );
    const outcome = await provider().confirm(ourPayment(), successParams());
    assert.equal(outcome.status, 'paid');
    assert.equal(calls, 2);
  });

  test('reports retryable_error when Toss keeps failing, after maxRetries extra attempts', async () => {
    let calls = 0;
    server.use(
      http.post(`${API}/v1/payments/confirm`, () => {
        calls++;
        return tossError(500, 'FAILED_PAYMENT_INTERNAL_SYSTEM_PROCESSING', '결제가 완료되지 않았어요. 다시 시도해주세요.');
      }),
    );
    const outcome = await provider({ maxRetries: 2 }).confirm(ourPayment(), successParams());
    assert.deepEqual(outcome, {
      status: 'retryable_error',
      code: 'FAILED_PAYMENT_INTERNAL_SYSTEM_PROCESSING',
      message: '결제가 완료되지 않았어요. 다시 시도해주세요.',
    });
    assert.equal(calls, 3);
  });

  test('a timeout becomes retryable_error', async () => {
    let calls = 0;
    server.use(
      http.post(`${API}/v1/payments/confirm`, async () => {
        calls++;
        await delay('infinite');
        return HttpResponse.json(tossPayment());
      }),
    );
    const outcome = await provider({ timeoutMs: 30, maxRetries: 1 }).confirm(ourPayment(), successParams());
    assert.equal(outcome.status, 'retryable_error');
    assert.equal(outcome.status === 'retryable_error' && outcome.code, 'provider_timeout');
    assert.equal(calls, 2);
  });

  test('a network failure becomes retryable_error', async () => {
    server.use(http.post(`${API}/v1/payments/confirm`, () => HttpResponse.error()));
    const outcome = await provider({ maxRetries: 1 }).confirm(ourPayment(), successParams());
    assert.equal(outcome.status === 'retryable_error' && outcome.code, 'provider_network');
  });

  test('a wrong secret key is retryable_error (nothing happened) and is not retried', async () => {
    let calls = 0;
    server.use(
      http.post(`${API}/v1/payments/confirm`, () => {
        calls++;
        return tossError(401, 'UNAUTHORIZED_KEY', '인증되지 않은 시크릿 키 혹은 클라이언트 키 입니다.');
      }),
    );
    const outcome = await provider().confirm(ourPayment(), successParams());
    assert.equal(outcome.status === 'retryable_error' && outcome.code, 'UNAUTHORIZED_KEY');
    assert.equal(calls, 1);
  });

  test('a virtual account is awaiting_deposit with its account, bank name and Seoul due time', async () => {
    server.use(
      http.post(`${API}/v1/payments/confirm`, () =>
        HttpResponse.json(virtualAccountPayment({ virtualAccount: { ...(virtualAccountPayment()['virtualAccount'] as object), dueDate: '2026-03-09T05:30:41Z' } })),
      ),
    );
    const outcome = await provider().confirm(ourPayment({ method: 'virtual_account' }), successParams());
    assert.deepEqual(outcome, {
      status: 'awaiting_deposit',
      providerPaymentKey: PAYMENT_KEY,
      virtualAccount: { bank: '우리은행', accountNumber: 'X6505636518308', holder: '김하늘', dueAt: '2026-03-09T14:30:41+09:00' },
    });
  });
});

describe('toss cancel', () => {
  const paid = ourPayment({ providerPaymentKey: PAYMENT_KEY });

  test('cancels in full with the idempotency key and reports Toss cancel', async () => {
    const seen: { key: string | null; body: unknown }[] = [];
    server.use(
      http.post(`${API}/v1/payments/:paymentKey/cancel`, async ({ request, params }) => {
        assert.equal(params['paymentKey'], PAYMENT_KEY);
        seen.push({ key: request.headers.get('idempotency-key'), body: await request.json() });
        return HttpResponse.json(
          tossPayment({
            status: 'CANCELED',
            balanceAmount: 0,
            lastTransactionKey: 'B7103F204998813B889C77C043D09502',
            cancels: [
              {
                cancelAmount: 35_500,
                cancelReason: '구매자 요청',
                taxFreeAmount: 0,
                taxExemptionAmount: 0,
                refundableAmount: 0,
                easyPayDiscountAmount: 0,
                canceledAt: '2026-03-03T10:01:02+09:00',
                transactionKey: 'B7103F204998813B889C77C043D09502',
                receiptKey: null,
                cancelStatus: 'DONE',
                cancelRequestId: null,
              },
            ],
          }),
        );
      }),
    );
    const outcome = await provider().cancel(paid, { amount: 35_500, reason: '구매자 요청', idempotencyKey: 'rfd_9x8y7z6w' });
    assert.deepEqual(outcome, { status: 'canceled', canceledAmount: 35_500, canceledAt: '2026-03-03T10:01:02+09:00' });
    assert.deepEqual(seen, [{ key: 'rfd_9x8y7z6w', body: { cancelReason: '구매자 요청', cancelAmount: 35_500 } }]);
  });

  test('cancels part of a payment and reports this cancel, not the earlier one', async () => {
    server.use(
      http.post(`${API}/v1/payments/:paymentKey/cancel`, () =>
        HttpResponse.json(
          tossPayment({
            status: 'PARTIAL_CANCELED',
            balanceAmount: 20_500,
            lastTransactionKey: 'TXKEY-SECOND',
            cancels: [
              { cancelAmount: 3_000, cancelReason: '배송비 환불', canceledAt: '2026-03-03T09:00:00+09:00', transactionKey: 'TXKEY-FIRST' },
              { cancelAmount: 12_000, cancelReason: '품절 상품 환불', canceledAt: '2026-03-03T11:00:00+09:00', transactionKey: 'TXKEY-SECOND' },
            ],
          }),
        ),
      ),
    );
    const outcome = await provider().cancel(paid, { amount: 12_000, reason: '품절 상품 환불', idempotencyKey: 'rfd_partial02' });
    assert.deepEqual(outcome, { status: 'canceled', canceledAmount: 12_000, canceledAt: '2026-03-03T11:00:00+09:00' });
  });

  test('retries a failed cancel with the same idempotency key', async () => {
    const keys: (string | null)[] = [];
    server.use(
      http.post(`${API}/v1/payments/:paymentKey/cancel`, ({ request }) => {
        keys.push(request.headers.get('idempotency-key'));
        return keys.length === 1
          ? HttpResponse.error()
          : HttpResponse.json(
              tossPayment({
                status: 'CANCELED',
                balanceAmount: 0,
                cancels: [{ cancelAmount: 35_500, cancelReason: '구매자 요청', canceledAt: '2026-03-03T10:01:02+09:00', transactionKey: 'TX1' }],
              }),
            );
      }),
    );
    const outcome = await provider().cancel(paid, { amount: 35_500, reason: '구매자 요청', idempotencyKey: 'rfd_retry001' });
    assert.equal(outcome.status, 'canceled');
    assert.deepEqual(keys, ['rfd_retry001', 'rfd_retry001']);
  });

  test('a refused cancel is a final failure; an unreachable Toss a retryable one', async () => {
    server.use(
      http.post(`${API}/v1/payments/:paymentKey/cancel`, () => tossError(400, 'ALREADY_CANCELED_PAYMENT', '이미 취소된 결제 입니다.')),
    );
    assert.deepEqual(await provider().cancel(paid, { amount: 35_500, reason: '구매자 요청', idempotencyKey: 'rfd_aaaa0001' }), {
      status: 'failed',
      code: 'ALREADY_CANCELED_PAYMENT',
      message: '이미 취소된 결제 입니다.',
      retryable: false,
    });
    server.use(http.post(`${API}/v1/payments/:paymentKey/cancel`, () => HttpResponse.error()));
    const unreachable = await provider({ maxRetries: 0 }).cancel(paid, { amount: 35_500, reason: '구매자 요청', idempotencyKey: 'rfd_aaaa0002' });
    assert.equal(unreachable.status === 'failed' && unreachable.retryable, true);
  });

  test('cannot cancel a payment Toss never confirmed', async () => {
    const outcome = await provider().cancel(ourPayment(), { amount: 1, reason: 'x', idempotencyKey: 'rfd_none0001' });
    assert.equal(outcome.status === 'failed' && outcome.code, 'missing_payment_key');
  });
});

describe('toss webhooks', () => {
  function statusChanged(data: Record<string, unknown>, createdAt = '2026-03-02T14:30:42.000000') {
    return JSON.stringify({ eventType: 'PAYMENT_STATUS_CHANGED', createdAt, data });
  }
  function depositCallback(overrides: Record<string, unknown> = {}) {
    return JSON.stringify({
      createdAt: '2026-03-04T09:12:33.000000',
      secret: VIRTUAL_ACCOUNT_SECRET,
      status: 'DONE',
      transactionKey: 'D1B2C3D4E5F60718293A4B5C6D7E8F90',
      orderId: PAYMENT_ID,
      ...overrides,
    });
  }
  const headers = new Headers({ 'content-type': 'application/json' });

  test('PAYMENT_STATUS_CHANGED is checked by looking the payment up, then reported', async () => {
    let lookups = 0;
    server.use(
      http.get(`${API}/v1/payments/:paymentKey`, () => {
        lookups++;
        return HttpResponse.json(tossPayment());
      }),
    );
    const events = await provider().parseWebhook({ headers, rawBody: statusChanged(tossPayment()) });
    assert.equal(lookups, 1);
    assert.deepEqual(events, [
      {
        eventId: `toss:${PAYMENT_KEY}:DONE:9C62B18EEF0DE3EB7F4422EB6D14BC6E`,
        kind: 'paid',
        paymentId: PAYMENT_ID,
        providerPaymentKey: PAYMENT_KEY,
        amount: 35_500,
        occurredAt: '2026-03-02T14:30:41+09:00',
      },
    ]);
  });

  test('a forged PAYMENT_STATUS_CHANGED reports what Toss says, not what the body claims', async () => {
    server.use(http.get(`${API}/v1/payments/:paymentKey`, () => HttpResponse.json(virtualAccountPayment())));
    const events = await provider().parseWebhook({
      headers,
      rawBody: statusChanged(tossPayment({ status: 'DONE', totalAmount: 35_500 })),
    });
    assert.equal(events.length, 1);
    assert.equal(events[0]!.kind, 'awaiting_deposit');
  });

  test('a webhook about a payment Toss does not know is rejected', async () => {
    server.use(
      http.get(`${API}/v1/payments/:paymentKey`, () => tossError(404, 'NOT_FOUND_PAYMENT', '존재하지 않는 결제 정보 입니다.')),
    );
    await assert.rejects(
      provider().parseWebhook({ headers, rawBody: statusChanged({ paymentKey: 'tgen_forged', status: 'DONE' }) }),
      WebhookVerificationError,
    );
  });

  test('when Toss cannot be asked the webhook is neither accepted nor rejected', async () => {
    server.use(http.get(`${API}/v1/payments/:paymentKey`, () => HttpResponse.error()));
    await assert.rejects(
      provider({ maxRetries: 0 }).parseWebhook({ headers, rawBody: statusChanged(tossPayment()) }),
      PaymentProviderUnavailableError,
    );
  });

  test('a replayed webhook yields the same event id', async () => {
    server.use(http.get(`${API}/v1/payments/:paymentKey`, () => HttpResponse.json(tossPayment())));
    const toss = provider();
    const body = statusChanged(tossPayment());
    const first = await toss.parseWebhook({ headers, rawBody: body });
    const second = await toss.parseWebhook({ headers, rawBody: body });
    assert.deepEqual(second, first);
  });

  test('DEPOSIT_CALLBACK with the payment secret reports the deposit', async () => {
    const deposited = virtualAccountPayment({
      status: 'DONE',
      approvedAt: '2026-03-02T14:30:41+09:00',
      lastTransactionKey: 'D1B2C3D4E5F60718293A4B5C6D7E8F90',
    });
    server.use(
      http.get(`${API}/v1/payments/orders/:orderId`, ({ params }) => {
        assert.equal(params['orderId'], PAYMENT_ID);
        return HttpResponse.json(deposited);
      }),
    );
    const events = await provider().parseWebhook({ headers, rawBody: depositCallback() });
    assert.deepEqual(events, [
      {
        eventId: `toss:${PAYMENT_KEY}:DONE:D1B2C3D4E5F60718293A4B5C6D7E8F90`,
        kind: 'paid',
        paymentId: PAYMENT_ID,
        providerPaymentKey: PAYMENT_KEY,
        amount: 35_500,
        occurredAt: '2026-03-04T09:12:33+09:00',
      },
    ]);
  });

  test('DEPOSIT_CALLBACK with a wrong secret is rejected', async () => {
    server.use(http.get(`${API}/v1/payments/orders/:orderId`, () => HttpResponse.json(virtualAccountPayment({ status: 'DONE' }))));
    await assert.rejects(
      provider().parseWebhook({ headers, rawBody: depositCallback({ secret: 'ps_guessedSecretValue000000' }) }),
      WebhookVerificationError,
    );
  });

  test('out of order: a late WAITING_FOR_DEPOSIT change after the deposit reports the deposit, with its event id', async () => {
    const deposited = virtualAccountPayment({ status: 'DONE', lastTransactionKey: 'D1B2C3D4E5F60718293A4B5C6D7E8F90' });
    server.use(
      http.get(`${API}/v1/payments/orders/:orderId`, () => HttpResponse.json(deposited)),
      http.get(`${API}/v1/payments/:paymentKey`, () => HttpResponse.json(deposited)),
    );
    const toss = provider();
    const deposit = await toss.parseWebhook({ headers, rawBody: depositCallback() });
    const late = await toss.parseWebhook({
      headers,
      rawBody: statusChanged(virtualAccountPayment(), '2026-03-02T14:30:42.000000'),
    });
    assert.equal(late[0]!.kind, 'paid');
    assert.equal(late[0]!.eventId, deposit[0]!.eventId);
  });

  test('a cancellation reports the canceled amount', async () => {
    server.use(
      http.get(`${API}/v1/payments/:paymentKey`, () =>
        HttpResponse.json(
          tossPayment({
            status: 'PARTIAL_CANCELED',
            balanceAmount: 23_500,
            lastTransactionKey: 'TXKEY-CANCEL',
            cancels: [{ cancelAmount: 12_000, cancelReason: '품절', canceledAt: '2026-03-03T11:00:00+09:00', transactionKey: 'TXKEY-CANCEL' }],
          }),
        ),
      ),
    );
    const [event] = await provider().parseWebhook({ headers, rawBody: statusChanged(tossPayment({ status: 'PARTIAL_CANCELED' })) });
    assert.equal(event!.kind, 'partially_canceled');
    assert.equal(event!.amount, 12_000);
    assert.equal(event!.occurredAt, '2026-03-03T11:00:00+09:00');
  });

  test('rejects bodies that are not Toss payment webhooks and ignores other Toss events', async () => {
    await assert.rejects(provider().parseWebhook({ headers, rawBody: 'not json' }), WebhookVerificationError);
    await assert.rejects(provider().parseWebhook({ headers, rawBody: '{"hello":"world"}' }), WebhookVerificationError);
    await assert.rejects(
      provider().parseWebhook({ headers, rawBody: JSON.stringify({ eventType: 'PAYMENT_STATUS_CHANGED', data: {} }) }),
      WebhookVerificationError,
    );
    const billing = JSON.stringify({
      eventType: 'BILLING_DELETED',
      createdAt: '2026-03-01T00:00:00.000000',
      data: { billingKey: 'wm60xF900HXZRzReBluSSgJriVX7d7rS0oyslw4zRwg', reason: '삭제 API 요청' },
    });
    assert.deepEqual(await provider().parseWebhook({ headers, rawBody: billing }), []);
  });
});
