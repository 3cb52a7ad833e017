import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as core from './core.js';
import * as sdk from './index.js';
import { CenCartChangedError, CenValidationError, createClient, createCoreClient } from './index.js';
import { BASE_URL, TEST_KEY, batch, fakeFetch, json, page, problem, product } from './testing/fake-fetch.js';
import { ORDER_TOKEN, cartQuote, checkoutTerms, createOrderBody, order, orderCreated, paymentSession, refund } from './testing/checkout-bodies.js';

function clients(handler: Parameters<typeof fakeFetch>[0]) {
  const fake = fakeFetch(handler);
  const options = { baseUrl: BASE_URL, publishableKey: TEST_KEY, secretKey: 'sk_test_fake_partner_key', fetch: fake.fetch };
  return { validated: createClient(options), core: createCoreClient(options), calls: fake.calls };
}

test('@thecen/sdk re-exports everything of the core', () => {
  for (const name of Object.keys(core)) assert.equal(sdk[name as keyof typeof sdk], core[name as keyof typeof core], name);
  assert.equal(typeof sdk.createClient, 'function');
});

test('createClient accepts a response that matches its schema', async () => {
  const { validated } = clients(({ url }) =>
    url.pathname.endsWith('/batch') ? json(batch([product()], ['prd_missing1'])) : url.pathname.endsWith('/products') ? json(page([product()])) : json(product()),
  );
  assert.equal((await validated.products.retrieve('prd_wooriwheat01')).title, '우리밀 통밀가루 1kg');
  assert.equal((await validated.products.list()).data.length, 1);
  assert.deepEqual((await validated.products.retrieveMany(['prd_wooriwheat01', 'prd_missing1'])).missing, ['prd_missing1']);
  assert.equal((await validated.products.load('prd_wooriwheat01')).id, 'prd_wooriwheat01');
});

test('createClient rejects an invalid response with CenValidationError; the core client passes it through', async () => {
  const broken = product('prd_wooriwheat01', { price: -100, title: undefined });
  const { validated, core: coreClient, calls } = clients(() => json(broken));
  await assert.rejects(validated.products.retrieve('prd_wooriwheat01'), (error: unknown) => {
    assert.ok(error instanceof CenValidationError);
    assert.equal(error.type, 'validation');
    assert.equal(error.code, 'invalid_response');
    assert.deepEqual(error.issues.map((issue) => issue.path.join('.')).sort(), ['price', 'title']);
    assert.deepEqual(error.fieldErrors.map((e) => e.path).sort(), ['response.price', 'response.title']);
    assert.match(error.message, /getProduct/);
    return true;
  });
  assert.equal(calls.length, 1, 'a response that fails its schema is not retried');

  const passed = await coreClient.products.retrieve('prd_wooriwheat01');
  assert.equal(passed.price, -100);
});

test('createClient validates list pages too', async () => {
  const { validated } = clients(() => json({ object: 'list', data: [product()], hasMore: 'no', nextCursor: null }));
  await assert.rejects(validated.products.list(), CenValidationError);
});

test('createClient validates the answers of every checkout and order route', async () => {
  const bodies: Record<string, unknown> = {
    'GET /v1/checkout/terms': checkoutTerms(),
    'POST /v1/cart/quote': cartQuote(),
    'POST /v1/orders': orderCreated(),
    [`GET /v1/orders/by-token/${ORDER_TOKEN}`]: order(),
    [`POST /v1/orders/by-token/${ORDER_TOKEN}/payments`]: paymentSession(),
    [`POST /v1/orders/by-token/${ORDER_TOKEN}/cancellation`]: order({ status: 'canceled' }),
    'GET /v1/orders/ord_7f3k2q9x': order(),
    'POST /v1/orders/ord_7f3k2q9x/refunds': refund(),
  };
  const answer = (broken: boolean) => (request: { method: string; url: URL }) => {
    const body = bodies[`${request.method} ${request.url.pathname}`] as Record<string, unknown>;
    assert.ok(body, `${request.method} ${request.url.pathname}`);
    return json(broken ? { ...body, object: 'something_else', amount: -1, total: '16500' } : body);
  };
  const calls = (client: ReturnType<typeof createClient>) => [
    () => client.checkout.terms(),
    () => client.cart.quote({ lines: [{ productId: 'prd_wooriwheat01', quantity: 1 }] }),
    () => client.orders.create(createOrderBody()),
    () => client.orders.retrieveByToken(ORDER_TOKEN),
    () => client.orders.startPayment(ORDER_TOKEN, { paymentMethod: 'card' }),
    () => client.orders.requestCancellation(ORDER_TOKEN, { kind: 'cancel', reason: '변심' }),
    () => client.orders.retrieve('ord_7f3k2q9x'),
    () => client.orders.refund('ord_7f3k2q9x', { reason: '품절' }),
  ];

  const good = clients(answer(false));
  for (const call of calls(good.validated)) await call();
  assert.equal(good.calls.length, 8);

  const bad = clients(answer(true));
  for (const [i, call] of calls(bad.validated).entries()) await assert.rejects(call(), CenValidationError, `call ${i}`);
  for (const call of calls(bad.core)) await call();
  assert.equal(bad.calls.length, 16, 'an invalid answer is not retried');
});

test('createClient validates the quote of a cart_changed conflict; the core client passes it through', async () => {
  const valid = clients(() => problem(409, 'cart_changed', 'The cart changed', { quote: cartQuote({ remoteArea: true }) }));
  await assert.rejects(valid.validated.orders.create(createOrderBody()), (error: unknown) => {
    assert.ok(error instanceof CenCartChangedError);
    assert.equal(error.quote.remoteArea, true);
    return true;
  });

  const broken = clients(() => problem(409, 'cart_changed', 'The cart changed', { quote: { object: 'cart_quote', total: 'lots' } }));
  await assert.rejects(broken.validated.orders.create(createOrderBody()), (error: unknown) => {
    assert.ok(error instanceof CenValidationError);
    assert.match(error.message, /quoteCart/);
    return true;
  });
  await assert.rejects(broken.core.orders.create(createOrderBody()), (error: unknown) => {
    assert.ok(error instanceof CenCartChangedError);
    assert.deepEqual(error.quote, { object: 'cart_quote', total: 'lots' });
    return true;
  });
});
