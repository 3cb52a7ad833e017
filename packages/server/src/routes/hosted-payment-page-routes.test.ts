import assert from 'node:assert/strict';
import { runInNewContext } from 'node:vm';
import { after, before, describe, test } from 'node:test';
import { formatKrw } from '@thecen/schema';
import type { Database } from '../db/database.js';
import { createPgliteDatabase } from '../db/pglite-database.js';
import { renderHostedPaymentPage } from '../payments/hosted-page/hosted-payment-page.js';
import { HOSTED_PAYMENT_SDKS } from '../payments/hosted-page/hosted-payment-sdks.js';
import type { PaymentProvider } from '../payments/payment-provider.js';
import { paymentProvidersOf } from '../payments/provider-registry.js';
import { createPortOneProvider } from '../payments/providers/portone/index.js';
import { createTossProvider } from '../payments/providers/toss/index.js';
import { checkoutHarness, orderBody, prepareCheckoutDatabase, sendTo, type CheckoutHarness } from '../testing/checkout-harness.js';
import { ORIGIN } from '../testing/http-client.js';

// Obviously fake keys; the fake fetch records any call, and none may happen: preparing and
// showing the page only assembles parameters.
const calls: string[] = [];
const noNetwork: typeof fetch = async (input) => {
  calls.push(String(input instanceof Request ? input.url : input));
  throw new Error('no network in tests');
};

const PROVIDERS: Record<'toss' | 'portone', () => PaymentProvider> = {
  toss: () => createTossProvider({ secretKey: 'test_sk_FAKE_KEY_FOR_UNIT_TESTS', clientKey: 'test_ck_FAKE_KEY_FOR_UNIT_TESTS', fetch: noNetwork }),
  portone: () =>
    createPortOneProvider({
      apiSecret: 'FAKE_PORTONE_API_SECRET',
      webhookSecret: `whsec_${Buffer.from('fake-portone-webhook-secret').toString('base64')}`,
      storeId: 'store-00000000-0000-0000-0000-000000000000',
      channelKey: 'channel-key-00000000-0000-0000-0000-000000000000',
      fetch: noNetwork,
    }),
};

const ORIGINS = { toss: 'https://js.tosspayments.com', portone: 'https://cdn.portone.io' } as const;

for (const id of ['toss', 'portone'] as const) {
  describe(`hosted payment page of ${id}`, () => {
    let db: Database;
    let h: CheckoutHarness;
    before(async () => {
      db = await createPgliteDatabase();
      await prepareCheckoutDatabase(db);
      h = checkoutHarness(db, { providers: paymentProvidersOf([PROVIDERS[id]()]) });
    });
    after(() => db.close());

    async function created() {
      const res = await h.createOrder(orderBody({ lines: [{ productId: 'prd_ckstock10', quantity: 2 }] }));
      assert.equal(res.status, 201, res.text);
      return res.json as { order: { id: string; total: number }; payment: { paymentId: string; redirectUrl: string; clientParams: Record<string, string> } };
    }

    test('creating an order answers with a redirect to the hosted page, signed', async () => {
      const { payment } = await created();
      assert.match(payment.redirectUrl, new RegExp(`^${ORIGIN}/pay/${id}/${payment.paymentId}\\?t=[A-Za-z0-9_-]{43}$`));
      assert.ok(payment.clientParams, 'the SDK parameters stay in the session');
    });

    test('the page names the provider in its CSP, shows the amount and carries the parameters', async () => {
      const { order, payment } = await created();
      const page = await sendTo(h.app, payment.redirectUrl);
      assert.equal(page.status, 200, page.text.slice(0, 300));
      assert.match(page.headers.get('content-type')!, /^text\/html/);
      const csp = page.headers.get('content-security-policy')!;
      const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values.join(' ')]));
      assert.equal(directives.get('script-src'), `'self' ${ORIGINS[id]}`, 'no inline script, only us and the SDK');
      assert.equal(directives.get('default-src'), "'none'");
      assert.equal(directives.get('frame-ancestors'), "'none'");
      assert.match(directives.get('frame-src')!, new RegExp(id === 'toss' ? 'tosspayments\\.com' : 'portone\\.io'));
      assert.ok(page.text.includes(formatKrw(order.total)), 'amount formatted in won');
      const [line] = await db.query<{ title: string }>('SELECT title FROM order_lines WHERE order_id = $1', [order.id]);
      assert.ok(page.text.includes(line!.title), 'order name');
      assert.ok(page.text.includes(`<script src="${HOSTED_PAYMENT_SDKS[id].scriptUrl}"></script>`));
      assert.ok(page.text.includes(`<script src="${ORIGIN}/pay/assets/${id}-launch.js"></script>`));
      assert.ok(page.text.includes('결제창 열기'));
      // No inline script: only the JSON data block and the two external scripts.
      const scripts = [...page.text.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
      assert.equal(scripts.length, 3);
      for (const [, attributes, body] of scripts) assert.ok(/src=/.test(attributes!) ? body === '' : /type="application\/json"/.test(attributes!));
      const block = page.text.match(/<script type="application\/json" id="cen-payment-params">([\s\S]*?)<\/script>/)![1]!;
      const params = JSON.parse(block) as Record<string, string>;
      assert.deepEqual(params, payment.clientParams);
      // The cancel link goes to our fail URL, which records the cancellation and returns to the shop.
      const cancel = page.text.match(/<a href="([^"]+)">결제 취소하고 돌아가기<\/a>/)![1]!.replace(/&amp;/g, '&');
      const back = await sendTo(h.app, cancel);
      assert.equal(back.status, 303);
      assert.match(back.headers.get('location')!, /cen_payment=failed/);
      // Now the payment is over: the page no longer starts it.
      assert.equal((await sendTo(h.app, payment.redirectUrl)).status, 409);
      assert.deepEqual(calls, []);
    });

    test('a missing, wrong or other payment\'s signature is refused', async () => {
      const a = await created();
      const b = await created();
      const url = new URL(a.payment.redirectUrl);
      const other = new URL(b.payment.redirectUrl).searchParams.get('t')!;
      for (const query of ['', '?t=', `?t=${other}`, `?t=${url.searchParams.get('t')!.slice(1)}x`]) {
        const res = await sendTo(h.app, `${url.origin}${url.pathname}${query}`);
        assert.ok(res.status === 404 || res.status === 403, `${query}: ${res.status}`);
        assert.doesNotMatch(res.text, /cen-payment-params/);
      }
      const otherProvider = id === 'toss' ? 'portone' : 'toss';
      assert.equal((await sendTo(h.app, `/pay/${otherProvider}/${a.payment.paymentId}${url.search}`)).status, 404);
    });

    test('the launcher is served as JavaScript', async () => {
      const res = await sendTo(h.app, `/pay/assets/${id}-launch.js`);
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type')!, /^text\/javascript/);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
      assert.match(res.text, /cen-payment-params/);
      assert.match(res.text, id === 'toss' ? /TossPayments/ : /PortOne\.requestPayment/);
    });
  });
}

test('names and parameters are escaped on the page', () => {
  const page = renderHostedPaymentPage({
    sdk: HOSTED_PAYMENT_SDKS.toss,
    orderName: '<img src=x onerror=alert(1)> 밀가루',
    amount: 12000,
    clientParams: { orderName: '</script><script>alert(1)</script>', customerName: 'a&b "c"' },
    launcherUrl: 'https://api.example/pay/assets/toss-launch.js',
    cancelUrl: 'https://api.example/payments/toss/fail?code=X&orderId=pay_abcd',
  });
  assert.ok(page.includes('&lt;img src=x onerror=alert(1)&gt; 밀가루'));
  assert.ok(!page.includes('<img src=x'));
  assert.ok(!page.includes('</script><script>alert(1)'));
  assert.ok(page.includes('\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e'));
  assert.ok(page.includes('a\\u0026b \\"c\\"'));
  assert.ok(page.includes('href="https://api.example/payments/toss/fail?code=X&amp;orderId=pay_abcd"'));
  assert.ok(page.includes(formatKrw(12000)));
  const block = page.match(/<script type="application\/json" id="cen-payment-params">([\s\S]*?)<\/script>/)![1]!;
  assert.deepEqual(JSON.parse(block), { orderName: '</script><script>alert(1)</script>', customerName: 'a&b "c"' });
});

/** Runs a launcher against a stub page and SDK; returns what it asked the SDK and where it navigated. */
async function runLauncher(source: string, params: Record<string, string>, sdk: Record<string, unknown>) {
  let onClick: (() => void) | undefined;
  const status = { textContent: '' };
  const button = { disabled: false, addEventListener: (_: string, fn: () => void) => (onClick = fn) };
  const data = { textContent: JSON.stringify(params) };
  const elements: Record<string, unknown> = { 'cen-payment-params': data, 'cen-pay-open': button, 'cen-pay-status': status };
  const assigned: string[] = [];
  const window = { ...sdk, location: { assign: (url: string) => assigned.push(url) } };
  runInNewContext(source, { window, document: { getElementById: (name: string) => elements[name] ?? null }, URL, Promise });
  await new Promise((resolve) => setImmediate(resolve));
  return { status, button, assigned, click: () => onClick!() };
}

test('the Toss launcher opens the payment window with the parameters', async () => {
  const requests: unknown[] = [];
  const keys: string[] = [];
  const TossPayments = Object.assign(
    (clientKey: string) => {
      keys.push(clientKey);
      return { payment: (options: unknown) => ({ requestPayment: async (request: unknown) => void requests.push({ options, request }) }) };
    },
    { ANONYMOUS: '@@ANONYMOUS' },
  );
  const params = {
    clientKey: 'test_ck_x', method: 'CARD', orderId: 'pay_abcd', orderName: '밀가루', amount: '12000', currency: 'KRW',
    customerName: '김구매', customerEmail: 'b@example.kr', successUrl: 'https://api.example/payments/toss/success',
    failUrl: 'https://api.example/payments/toss/fail', customerMobilePhone: '01012345678',
  };
  await runLauncher(HOSTED_PAYMENT_SDKS.toss.launcherSource, params, { TossPayments });
  assert.deepEqual(keys, ['test_ck_x']);
  assert.deepEqual(JSON.parse(JSON.stringify(requests)), [
    {
      options: { customerKey: '@@ANONYMOUS' },
      request: {
        method: 'CARD', amount: { currency: 'KRW', value: 12000 }, orderId: 'pay_abcd', orderName: '밀가루',
        successUrl: params.successUrl, failUrl: params.failUrl, customerName: '김구매', customerEmail: 'b@example.kr',
        customerMobilePhone: '01012345678',
      },
    },
  ]);
});

test('the Toss launcher keeps the buyer on the page when the window is closed; the button opens it again', async () => {
  let attempts = 0;
  const TossPayments = Object.assign(
    () => ({ payment: () => ({ requestPayment: async () => { attempts += 1; throw Object.assign(new Error('closed'), { code: 'USER_CANCEL' }); } }) }),
    { ANONYMOUS: 'a' },
  );
  const run = await runLauncher(HOSTED_PAYMENT_SDKS.toss.launcherSource, { clientKey: 'k', amount: '1' }, { TossPayments });
  assert.equal(attempts, 1);
  assert.equal(run.button.disabled, false);
  assert.match(run.status.textContent, /결제창을 닫았습니다/);
  run.click();
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(attempts, 2);
});

test('the PortOne launcher requests the payment and sends a completed one to the redirect URL', async () => {
  const requests: Record<string, unknown>[] = [];
  const PortOne = { requestPayment: async (request: Record<string, unknown>) => (requests.push(request), { paymentId: 'pay_abcd', txId: 'tx_1' }) };
  const params = {
    storeId: 'store-1', channelKey: 'channel-key-1', paymentId: 'pay_abcd', orderName: '밀가루', totalAmount: '12000',
    currency: 'KRW', payMethod: 'CARD', redirectUrl: 'https://api.example/payments/portone/success',
    failUrl: 'https://api.example/payments/portone/fail', customerFullName: '김구매', customerEmail: 'b@example.kr',
  };
  const run = await runLauncher(HOSTED_PAYMENT_SDKS.portone.launcherSource, params, { PortOne });
  assert.deepEqual(JSON.parse(JSON.stringify(requests)), [
    {
      storeId: 'store-1', channelKey: 'channel-key-1', paymentId: 'pay_abcd', orderName: '밀가루', totalAmount: 12000,
      currency: 'KRW', payMethod: 'CARD', redirectUrl: params.redirectUrl, customer: { fullName: '김구매', email: 'b@example.kr' },
    },
  ]);
  assert.deepEqual(run.assigned, ['https://api.example/payments/portone/success?paymentId=pay_abcd']);

  const failed = await runLauncher(HOSTED_PAYMENT_SDKS.portone.launcherSource, params, {
    PortOne: { requestPayment: async () => ({ paymentId: 'pay_abcd', code: 'FAILURE_TYPE_PG', message: '사용자가 결제를 취소하였습니다' }) },
  });
  assert.deepEqual(failed.assigned, []);
  assert.match(failed.status.textContent, /사용자가 결제를 취소하였습니다/);
  assert.equal(failed.button.disabled, false);
});
