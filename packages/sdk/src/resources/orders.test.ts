import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { createCoreClient } from '../create-client.js';
import { CenApiError, CenAuthenticationError, CenCartChangedError, CenConflictError, CenTimeoutError } from '../errors.js';
import type { ClientOptions } from '../client-options.js';
import { BASE_URL, TEST_KEY, fakeFetch, hang, json, problem, type FakeHandler } from '../testing/fake-fetch.js';
import {
  ORDER_TOKEN,
  cartQuote,
  checkoutTerms,
  createOrderBody,
  order,
  orderCreated,
  paymentSession,
  refund,
} from '../testing/checkout-bodies.js';

const SECRET_KEY = 'sk_test_fake_partner_key';
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** A core client on a fake fetch whose backoff waits are recorded, not slept. */
function setup(handler: FakeHandler, options: Partial<ClientOptions> = {}) {
  const fake = fakeFetch(handler);
  const delays: number[] = [];
  const client = createCoreClient({
    baseUrl: BASE_URL,
    publishableKey: TEST_KEY,
    fetch: fake.fetch,
    sleep: async (ms) => {
      delays.push(ms);
    },
    random: () => 1,
    ...options,
  });
  return { client, calls: fake.calls, delays };
}

test('the client has the checkout, cart and orders resources', () => {
  const { client } = setup(() => json({}));
  assert.deepEqual(Object.keys(client.checkout), ['terms']);
  assert.deepEqual(Object.keys(client.cart), ['quote']);
  assert.deepEqual(Object.keys(client.orders).sort(), ['create', 'refund', 'requestCancellation', 'retrieve', 'retrieveByToken', 'startPayment', 'updateFulfilment']);
});

describe('checkout.terms', () => {
  test('GET /v1/checkout/terms with the key as a query parameter and no header', async () => {
    const { client, calls } = setup(() => json(checkoutTerms()));
    const terms = await client.checkout.terms();
    assert.equal(terms.virtualAccountHours, 24);
    assert.equal(calls.length, 1);
    assert.equal(calls[0]!.method, 'GET');
    assert.equal(calls[0]!.url.href, `${BASE_URL}/v1/checkout/terms?key=${TEST_KEY}`);
    assert.deepEqual([...calls[0]!.headers.keys()], []);
  });
});

describe('cart.quote', () => {
  test('POSTs the lines as JSON with the publishable key, without an Idempotency-Key', async () => {
    const { client, calls } = setup(() => json(cartQuote()));
    const body = { lines: [{ productId: 'prd_wooriwheat01', variantId: '1kg', quantity: 2 }], postalCode: '63309' };
    const quote = await client.cart.quote(body);
    assert.equal(quote.total, 16500);
    const [call] = calls;
    assert.equal(call!.method, 'POST');
    assert.equal(call!.url.pathname, '/v1/cart/quote');
    assert.equal(call!.url.searchParams.get('key'), TEST_KEY);
    assert.equal(call!.headers.get('authorization'), `Bearer ${TEST_KEY}`);
    assert.equal(call!.headers.get('content-type'), 'application/json');
    assert.equal(call!.headers.get('idempotency-key'), null);
    assert.deepEqual(JSON.parse(call!.body!), body);
  });

  test('is retried like a read: after a 503 and a timeout', async () => {
    const { client, calls, delays } = setup(
      (_, i) => (i === 0 ? problem(503, 'internal', 'Unavailable') : i === 1 ? hang() : json(cartQuote())),
      { timeoutMs: 20 },
    );
    const quote = await client.cart.quote({ lines: [{ productId: 'prd_wooriwheat01', quantity: 1 }] });
    assert.equal(quote.object, 'cart_quote');
    assert.equal(calls.length, 3);
    assert.equal(delays.length, 2);
  });

  test('a cart_changed conflict is never retried', async () => {
    const { client, calls } = setup(() => problem(409, 'cart_changed', 'The cart changed', { quote: cartQuote() }));
    await assert.rejects(client.cart.quote({ lines: [{ productId: 'prd_wooriwheat01', quantity: 1 }] }), CenCartChangedError);
    assert.equal(calls.length, 1);
  });
});

describe('orders.create', () => {
  test('sends the order with a generated Idempotency-Key, reused by every retry', async () => {
    const { client, calls, delays } = setup(
      (_, i) => (i === 0 ? problem(500, 'internal', 'Boom') : i === 1 ? hang() : json(orderCreated(), 201)),
      { timeoutMs: 20 },
    );
    const created = await client.orders.create(createOrderBody());
    assert.equal(created.orderToken, ORDER_TOKEN);
    assert.equal(created.payment.redirectUrl, 'http://localhost:8787/pay/test/pay_4h8p1m2n');
    assert.equal(calls.length, 3);
    assert.equal(delays.length, 2);
    const keys = calls.map((call) => call.headers.get('idempotency-key'));
    assert.match(keys[0]!, UUID_V4);
    assert.deepEqual(keys, [keys[0], keys[0], keys[0]]);
    for (const call of calls) {
      assert.equal(call.method, 'POST');
      assert.equal(call.url.pathname, '/v1/orders');
      assert.equal(call.url.searchParams.get('key'), TEST_KEY);
      assert.equal(call.headers.get('authorization'), `Bearer ${TEST_KEY}`);
      assert.equal(call.headers.get('content-type'), 'application/json');
      assert.deepEqual(JSON.parse(call.body!), createOrderBody());
    }

    await client.orders.create(createOrderBody());
    assert.notEqual(calls[3]!.headers.get('idempotency-key'), keys[0], 'each call gets its own key');
  });

  test('uses the Idempotency-Key it is given, on every attempt, and passes other options on', async () => {
    const { client, calls } = setup(() => problem(502, 'internal', 'Bad gateway'));
    await assert.rejects(client.orders.create(createOrderBody(), { idempotencyKey: 'checkout-7f3k2q9x', maxRetries: 1 }), CenApiError);
    assert.deepEqual(
      calls.map((call) => call.headers.get('idempotency-key')),
      ['checkout-7f3k2q9x', 'checkout-7f3k2q9x'],
    );
  });

  test('an empty idempotencyKey counts as none given: a key is generated', async () => {
    const { client, calls } = setup(() => json(orderCreated(), 201));
    await client.orders.create(createOrderBody(), { idempotencyKey: '' });
    assert.match(calls[0]!.headers.get('idempotency-key')!, UUID_V4);
  });

  test('409 cart_changed rejects with CenCartChangedError carrying the re-priced quote, not retried', async () => {
    const changed = cartQuote({
      problems: [{ code: 'price_changed', lineIndex: 0, productId: 'prd_wooriwheat01', variantId: '1kg', previousUnitPrice: 6000, currentUnitPrice: 6500 }],
    });
    const { client, calls } = setup(() =>
      problem(409, 'cart_changed', 'The cart changed since it was quoted.', { detail: 'A price changed.', quote: changed }),
    );
    await assert.rejects(client.orders.create(createOrderBody()), (error: unknown) => {
      assert.ok(error instanceof CenCartChangedError);
      assert.ok(error instanceof CenConflictError);
      assert.equal(error.name, 'CenCartChangedError');
      assert.equal(error.type, 'conflict');
      assert.equal(error.status, 409);
      assert.equal(error.code, 'cart_changed');
      assert.equal(error.message, 'A price changed.');
      assert.equal(error.quote.problems[0]!.code, 'price_changed');
      assert.deepEqual(error.quote, changed);
      return true;
    });
    assert.equal(calls.length, 1);
  });

  test('another 409 (an idempotency key reused with another body) is a plain CenConflictError', async () => {
    const { client } = setup(() => problem(409, 'idempotency_key_reused', 'This key was used for another request.'));
    await assert.rejects(client.orders.create(createOrderBody(), { idempotencyKey: 'k1' }), (error: unknown) => {
      assert.ok(error instanceof CenConflictError);
      assert.ok(!(error instanceof CenCartChangedError));
      assert.equal(error.code, 'idempotency_key_reused');
      return true;
    });
  });
});

describe('buyer order routes (publishable key, order token)', () => {
  test('retrieveByToken GETs the order with the token in the path and the key in the query', async () => {
    const { client, calls } = setup(() => json(order()));
    const result = await client.orders.retrieveByToken(ORDER_TOKEN);
    assert.equal(result.id, 'ord_7f3k2q9x');
    assert.equal(calls[0]!.method, 'GET');
    assert.equal(calls[0]!.url.pathname, `/v1/orders/by-token/${ORDER_TOKEN}`);
    assert.equal(calls[0]!.url.searchParams.get('key'), TEST_KEY);
    assert.deepEqual([...calls[0]!.headers.keys()], []);
  });

  test('a token is URL-encoded in the path', async () => {
    const { client, calls } = setup(() => json(order()));
    await client.orders.retrieveByToken('ot_a/b?c');
    assert.equal(calls[0]!.url.pathname, '/v1/orders/by-token/ot_a%2Fb%3Fc');
  });

  test('startPayment and requestCancellation POST with an Idempotency-Key, generated or given', async () => {
    const { client, calls } = setup(({ url }) => json(url.pathname.endsWith('/payments') ? paymentSession() : order({ status: 'canceled' })));
    const session = await client.orders.startPayment(ORDER_TOKEN, { paymentMethod: 'virtual_account' });
    assert.equal(session.paymentId, 'pay_4h8p1m2n');
    const canceled = await client.orders.requestCancellation(ORDER_TOKEN, { kind: 'cancel', reason: '주소를 잘못 적었어요' }, { idempotencyKey: 'cancel-1' });
    assert.equal(canceled.status, 'canceled');
    assert.deepEqual(
      calls.map((call) => [call.method, call.url.pathname, call.url.searchParams.get('key'), call.headers.get('authorization')]),
      [
        ['POST', `/v1/orders/by-token/${ORDER_TOKEN}/payments`, TEST_KEY, `Bearer ${TEST_KEY}`],
        ['POST', `/v1/orders/by-token/${ORDER_TOKEN}/cancellation`, TEST_KEY, `Bearer ${TEST_KEY}`],
      ],
    );
    assert.match(calls[0]!.headers.get('idempotency-key')!, UUID_V4);
    assert.equal(calls[1]!.headers.get('idempotency-key'), 'cancel-1');
    assert.deepEqual(JSON.parse(calls[0]!.body!), { paymentMethod: 'virtual_account' });
    assert.deepEqual(JSON.parse(calls[1]!.body!), { kind: 'cancel', reason: '주소를 잘못 적었어요' });
  });
});

describe('secret key', () => {
  test('orders.retrieve and orders.refund send the secret key in Authorization, never in the URL', async () => {
    const { client, calls } = setup(({ method }) => (method === 'GET' ? json(order()) : json(refund(), 201)), {
      publishableKey: undefined,
      secretKey: SECRET_KEY,
    });
    assert.equal((await client.orders.retrieve('ord_7f3k2q9x')).id, 'ord_7f3k2q9x');
    const body = { lines: [{ lineId: 'oli_9x8w7v6u', quantity: 1 }], reason: '품절' };
    assert.equal((await client.orders.refund('ord_7f3k2q9x', body, { idempotencyKey: 'refund-1' })).amount, 6500);
    assert.deepEqual(
      calls.map((call) => [call.method, call.url.href, call.headers.get('authorization')]),
      [
        ['GET', `${BASE_URL}/v1/orders/ord_7f3k2q9x`, `Bearer ${SECRET_KEY}`],
        ['POST', `${BASE_URL}/v1/orders/ord_7f3k2q9x/refunds`, `Bearer ${SECRET_KEY}`],
      ],
    );
    assert.equal(calls[0]!.headers.get('idempotency-key'), null, 'a read has no idempotency key');
    assert.equal(calls[1]!.headers.get('idempotency-key'), 'refund-1');
    assert.deepEqual(JSON.parse(calls[1]!.body!), body);
  });

  test('with both keys, each route gets its own key and the secret key never reaches the URL', async () => {
    const { client, calls } = setup(({ url }) => json(url.pathname.includes('by-token') ? order() : url.pathname.endsWith('/refunds') ? refund() : order()), {
      secretKey: SECRET_KEY,
    });
    await client.orders.retrieveByToken(ORDER_TOKEN);
    await client.orders.retrieve('ord_7f3k2q9x');
    await client.orders.refund('ord_7f3k2q9x', { reason: '전체 환불' });
    assert.deepEqual(
      calls.map((call) => [call.url.searchParams.get('key'), call.headers.get('authorization')]),
      [
        [TEST_KEY, null],
        [null, `Bearer ${SECRET_KEY}`],
        [null, `Bearer ${SECRET_KEY}`],
      ],
    );
    assert.match(calls[2]!.headers.get('idempotency-key')!, UUID_V4);
    for (const call of calls) assert.ok(!call.url.href.includes('sk_'), call.url.href);
  });

  test('a secret-key route without secretKey rejects with CenAuthenticationError before any request', async () => {
    const { client, calls } = setup(() => json(order()));
    await assert.rejects(client.orders.retrieve('ord_7f3k2q9x'), (error: unknown) => {
      assert.ok(error instanceof CenAuthenticationError);
      assert.match(error.message, /secretKey/);
      return true;
    });
    await assert.rejects(client.orders.refund('ord_7f3k2q9x', { reason: 'x' }), CenAuthenticationError);
    assert.equal(calls.length, 0);
  });

  test('a publishable-key route with only a secret key rejects with CenAuthenticationError before any request', async () => {
    const { client, calls } = setup(() => json(cartQuote()), { publishableKey: undefined, secretKey: SECRET_KEY });
    await assert.rejects(client.cart.quote({ lines: [{ productId: 'prd_wooriwheat01', quantity: 1 }] }), (error: unknown) => {
      assert.ok(error instanceof CenAuthenticationError);
      assert.match(error.message, /publishableKey/);
      return true;
    });
    await assert.rejects(client.products.retrieve('prd_wooriwheat01'), CenAuthenticationError);
    assert.equal(calls.length, 0);
  });

  test('createCoreClient refuses a secretKey where document exists, a malformed one, and no key at all', () => {
    assert.doesNotThrow(() => createCoreClient({ baseUrl: BASE_URL, secretKey: SECRET_KEY }), 'Node: allowed');
    assert.throws(() => createCoreClient({ baseUrl: BASE_URL, secretKey: 'pk_test_TheCenDemoCoopSite01' }), {
      name: 'TypeError',
      message: 'secretKey must be a secret key (sk_…)',
    });
    assert.throws(() => createCoreClient({ baseUrl: BASE_URL }), { name: 'TypeError', message: /publishableKey is required \(or secretKey/ });
    assert.throws(() => createCoreClient({ baseUrl: BASE_URL, publishableKey: '', secretKey: '' }), TypeError);
    assert.throws(() => createCoreClient({ baseUrl: BASE_URL, secretKey: 42 } as unknown as ClientOptions), TypeError);
    const global = globalThis as { document?: unknown };
    global.document = {};
    try {
      for (const options of [{ secretKey: SECRET_KEY }, { publishableKey: TEST_KEY, secretKey: SECRET_KEY }]) {
        assert.throws(() => createCoreClient({ baseUrl: BASE_URL, ...options }), (error: unknown) => {
          assert.ok(error instanceof CenAuthenticationError);
          assert.match(error.message, /secret key \(sk_…\) in a browser/);
          return true;
        });
      }
      assert.doesNotThrow(() => createCoreClient({ baseUrl: BASE_URL, publishableKey: TEST_KEY }));
    } finally {
      delete global.document;
    }
  });
});

test('a write still fails fast on a timeout when retries are off', async () => {
  const { client, calls } = setup(() => hang(), { timeoutMs: 10, maxRetries: 0 });
  await assert.rejects(client.orders.create(createOrderBody()), CenTimeoutError);
  assert.equal(calls.length, 1);
});
