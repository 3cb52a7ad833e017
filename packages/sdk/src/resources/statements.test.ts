import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { createCoreClient } from '../create-client.js';
import { CenAuthenticationError, CenConflictError, CenNotFoundError } from '../errors.js';
import { BASE_URL, TEST_KEY, fakeFetch, json, problem, type FakeHandler } from '../testing/fake-fetch.js';
import { order } from '../testing/checkout-bodies.js';

const SECRET_KEY = 'sk_test_fake_partner_key';
const TOKEN = 'st_bWMubWNfaGFldHNhbG1vbTAxLjEuMTc5OTk5OTk5OQ.c2lnbmF0dXJlc2lnbmF0dXJl';
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function statement(overrides: Record<string, unknown> = {}) {
  return {
    object: 'commission_statement',
    role: 'mc',
    creatorId: 'mc_haetsalmom01',
    displayName: '햇살맘의 살림 일기',
    months: [{ month: '2026-11', clicks: 12, orders: 2, pending: 1300, payable: 0, reversed: 0 }],
    entries: [],
    totals: { pending: 1300, payable: 0, reversed: 0 },
    ...overrides,
  };
}

const issued = {
  object: 'statement_token',
  role: 'mc',
  creatorId: 'mc_haetsalmom01',
  displayName: '햇살맘의 살림 일기',
  token: TOKEN,
  expiresAt: '2027-11-23T00:00:00.000Z',
};

function setup(handler: FakeHandler, keys: { publishableKey?: string; secretKey?: string } = { publishableKey: TEST_KEY }) {
  const fake = fakeFetch(handler);
  const client = createCoreClient({ baseUrl: BASE_URL, fetch: fake.fetch, sleep: async () => {}, random: () => 1, ...keys });
  return { client, calls: fake.calls };
}

test('the client has the statements and content creators resources, and marketCreators.statement', () => {
  const { client } = setup(() => json({}));
  assert.deepEqual(Object.keys(client.statements).sort(), ['createToken', 'retrieveByToken']);
  assert.deepEqual(Object.keys(client.contentCreators), ['statement']);
  assert.deepEqual(Object.keys(client.marketCreators).sort(), ['retrieve', 'statement']);
});

describe('statements.retrieveByToken (publishable key)', () => {
  test('GETs the statement with the token in the path and the key in the query, no Authorization', async () => {
    const { client, calls } = setup(() => json(statement()));
    const result = await client.statements.retrieveByToken(TOKEN);
    assert.equal(result.totals.pending, 1300);
    assert.equal(calls[0]!.method, 'GET');
    assert.equal(calls[0]!.url.href, `${BASE_URL}/v1/statements/by-token/${TOKEN}?key=${TEST_KEY}`);
    assert.equal(calls[0]!.headers.get('authorization'), null);
  });

  test('a token is URL-encoded, and an unknown or expired token rejects with CenNotFoundError (not retried)', async () => {
    const { client, calls } = setup(() => problem(404, 'not_found', 'Not found'));
    await assert.rejects(client.statements.retrieveByToken('st_a/b.c'), CenNotFoundError);
    assert.equal(calls.length, 1);
    assert.equal(calls[0]!.url.pathname, '/v1/statements/by-token/st_a%2Fb.c');
  });

  test('a failed read is retried', async () => {
    const { client, calls } = setup((_, index) => (index === 0 ? problem(503, 'unavailable', 'Unavailable') : json(statement())));
    assert.equal((await client.statements.retrieveByToken(TOKEN)).displayName, '햇살맘의 살림 일기');
    assert.equal(calls.length, 2);
  });
});

describe('secret-key statement routes', () => {
  test('statements.createToken POSTs the body with the secret key, no Idempotency-Key, never retried', async () => {
    const { client, calls } = setup(() => problem(503, 'unavailable', 'Unavailable'), { secretKey: SECRET_KEY });
    await assert.rejects(client.statements.createToken({ role: 'mc', mcCode: 'haetsal-mom' }));
    assert.equal(calls.length, 1, 'not retried: it has no idempotency key');

    const ok = setup(() => json(issued, 201), { secretKey: SECRET_KEY });
    const answer = await ok.client.statements.createToken({ role: 'cc', creatorId: 'cc_forestblog1', rotate: true });
    assert.equal(answer.token, TOKEN);
    const [call] = ok.calls;
    assert.equal(call!.method, 'POST');
    assert.equal(call!.url.href, `${BASE_URL}/v1/statement-tokens`);
    assert.equal(call!.headers.get('authorization'), `Bearer ${SECRET_KEY}`);
    assert.equal(call!.headers.get('idempotency-key'), null);
    assert.deepEqual(JSON.parse(call!.body!), { role: 'cc', creatorId: 'cc_forestblog1', rotate: true });
  });

  test('marketCreators.statement and contentCreators.statement GET with the secret key in Authorization only', async () => {
    const { client, calls } = setup(() => json(statement()), { publishableKey: TEST_KEY, secretKey: SECRET_KEY });
    await client.marketCreators.statement('haetsal-mom');
    await client.contentCreators.statement('cc_forestblog1');
    assert.deepEqual(
      calls.map((call) => [call.method, call.url.href, call.headers.get('authorization')]),
      [
        ['GET', `${BASE_URL}/v1/mcs/haetsal-mom/statement`, `Bearer ${SECRET_KEY}`],
        ['GET', `${BASE_URL}/v1/ccs/cc_forestblog1/statement`, `Bearer ${SECRET_KEY}`],
      ],
    );
  });

  test('without secretKey they reject with CenAuthenticationError before any request', async () => {
    const { client, calls } = setup(() => json(statement()));
    await assert.rejects(client.marketCreators.statement('haetsal-mom'), CenAuthenticationError);
    await assert.rejects(client.contentCreators.statement('cc_forestblog1'), CenAuthenticationError);
    await assert.rejects(client.statements.createToken({ role: 'mc', mcCode: 'haetsal-mom' }), CenAuthenticationError);
    await assert.rejects(client.orders.updateFulfilment('ord_7f3k2q9x', 'sub_4h8p1m2n', { status: 'delivered' }), CenAuthenticationError);
    assert.equal(calls.length, 0);
  });
});

describe('orders.updateFulfilment (secret key, idempotent)', () => {
  test('POSTs to the sub-order with a generated Idempotency-Key that its retries reuse', async () => {
    const { client, calls } = setup((_, index) => (index === 0 ? problem(503, 'unavailable', 'Unavailable') : json(order())), { secretKey: SECRET_KEY });
    const body = { status: 'shipped', carrier: 'CJ대한통운', trackingNumber: '6543-2109-8765' } as const;
    const result = await client.orders.updateFulfilment('ord_7f3k2q9x', 'sub_4h8p1m2n', body);
    assert.equal(result.id, 'ord_7f3k2q9x');
    assert.equal(calls.length, 2);
    for (const call of calls) {
      assert.equal(call.method, 'POST');
      assert.equal(call.url.href, `${BASE_URL}/v1/orders/ord_7f3k2q9x/sub-orders/sub_4h8p1m2n/fulfilment`);
      assert.equal(call.headers.get('authorization'), `Bearer ${SECRET_KEY}`);
      assert.deepEqual(JSON.parse(call.body!), body);
    }
    assert.match(calls[0]!.headers.get('idempotency-key')!, UUID_V4);
    assert.equal(calls[1]!.headers.get('idempotency-key'), calls[0]!.headers.get('idempotency-key'));
  });

  test('uses the given Idempotency-Key; a step out of turn is a CenConflictError', async () => {
    const { client, calls } = setup(() => problem(409, 'fulfilment_not_allowed', 'Not allowed'), { secretKey: SECRET_KEY });
    await assert.rejects(
      client.orders.updateFulfilment('ord_7f3k2q9x', 'sub_4h8p1m2n', { status: 'delivered' }, { idempotencyKey: 'deliver-sub_4h8p1m2n' }),
      (error: unknown) => error instanceof CenConflictError && error.code === 'fulfilment_not_allowed',
    );
    assert.equal(calls[0]!.headers.get('idempotency-key'), 'deliver-sub_4h8p1m2n');
  });
});
