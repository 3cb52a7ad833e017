import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createCoreClient } from '../create-client.js';
import { createClient } from '../validated-client.js';
import { CenAuthenticationError, CenConflictError, CenInvalidRequestError, CenNotFoundError, CenValidationError } from '../errors.js';
import type { ClientOptions } from '../client-options.js';
import { BASE_URL, TEST_KEY, fakeFetch, hang, json, problem, type FakeHandler } from '../testing/fake-fetch.js';
import { BOOKING_ID, BOOKING_TOKEN, availability, booking, bookingWithToken, holdBody, inquiryBody, quoteBody } from '../testing/booking-bodies.js';

const SECRET_KEY = 'sk_test_fake_partner_key';
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function setup(handler: FakeHandler, options: Partial<ClientOptions> = {}, validated = false) {
  const fake = fakeFetch(handler);
  const delays: number[] = [];
  const all: ClientOptions = {
    baseUrl: BASE_URL,
    publishableKey: TEST_KEY,
    fetch: fake.fetch,
    sleep: async (ms) => {
      delays.push(ms);
    },
    random: () => 1,
    ...options,
  };
  return { client: validated ? createClient(all) : createCoreClient(all), calls: fake.calls, delays };
}

test('the client has bookings with exactly these methods, and services.availability', () => {
  const { client } = setup(() => json({}));
  assert.deepEqual(Object.keys(client.bookings).sort(), [
    'acceptQuote',
    'cancel',
    'cancelAsPartner',
    'complete',
    'declineQuote',
    'hold',
    'inquire',
    'markNoShow',
    'quote',
    'retrieve',
    'retrieveByToken',
    'start',
  ]);
  assert.deepEqual(Object.keys(client.services).sort(), ['availability', 'list', 'load', 'retrieve', 'retrieveMany']);
});

describe('services.availability', () => {
  test('GETs the days with from and to and the key in the query, no header', async () => {
    const { client, calls } = setup(() => json(availability()));
    const result = await client.services.availability('svc_hanjicraft01', { from: '2026-12-01', to: '2026-12-02' });
    assert.equal(result.days[0]!.slots[0]!.remaining, 3);
    assert.equal(calls.length, 1);
    assert.equal(calls[0]!.method, 'GET');
    assert.equal(calls[0]!.url.pathname, '/v1/services/svc_hanjicraft01/availability');
    assert.deepEqual(Object.fromEntries(calls[0]!.url.searchParams), { from: '2026-12-01', to: '2026-12-02', key: TEST_KEY });
    assert.deepEqual([...calls[0]!.headers.keys()], []);
  });

  test('is retried like a read, and a 400 with field paths is not', async () => {
    const retried = setup((_, i) => (i === 0 ? problem(503, 'internal', 'Unavailable') : json(availability())), {});
    await retried.client.services.availability('svc_hanjicraft01', { from: '2026-12-01', to: '2026-12-02' });
    assert.equal(retried.calls.length, 2);

    const invalid = setup(() =>
      problem(400, 'validation_failed', 'Invalid', { errors: [{ path: 'query.to', message: 'must not be before from', code: 'custom' }] }),
    );
    await assert.rejects(invalid.client.services.availability('svc_hanjicraft01', { from: '2026-12-02', to: '2026-12-01' }), (error: unknown) => {
      assert.ok(error instanceof CenInvalidRequestError);
      assert.deepEqual(error.fieldErrors.map((e) => e.path), ['query.to']);
      return true;
    });
    assert.equal(invalid.calls.length, 1);
  });

  test('the id is URL-encoded in the path', async () => {
    const { client, calls } = setup(() => json(availability()));
    await client.services.availability('svc_a/b', { from: '2026-12-01', to: '2026-12-01' });
    assert.equal(calls[0]!.url.pathname, '/v1/services/svc_a%2Fb/availability');
  });
});

describe('buyer booking writes (publishable key)', () => {
  test('hold POSTs the body with a generated Idempotency-Key that every retry reuses', async () => {
    const { client, calls, delays } = setup((_, i) => (i === 0 ? problem(500, 'internal', 'Boom') : i === 1 ? hang() : json(bookingWithToken(), 201)), {
      timeoutMs: 20,
    });
    const { booking: held, bookingToken } = await client.bookings.hold(holdBody);
    assert.equal(held.status, 'held');
    assert.equal(bookingToken, BOOKING_TOKEN);
    assert.equal(calls.length, 3);
    assert.equal(delays.length, 2);
    const keys = calls.map((call) => call.headers.get('idempotency-key'));
    assert.match(keys[0]!, UUID_V4);
    assert.deepEqual(keys, [keys[0], keys[0], keys[0]]);
    for (const call of calls) {
      assert.equal(call.method, 'POST');
      assert.equal(call.url.pathname, '/v1/bookings/holds');
      assert.equal(call.url.searchParams.get('key'), TEST_KEY);
      assert.equal(call.headers.get('authorization'), `Bearer ${TEST_KEY}`);
      assert.equal(call.headers.get('content-type'), 'application/json');
      assert.deepEqual(JSON.parse(call.body!), holdBody);
    }
    await client.bookings.hold(holdBody);
    assert.notEqual(calls[3]!.headers.get('idempotency-key'), keys[0], 'a new call, a new key');
  });

  test('inquire uses the Idempotency-Key it is given', async () => {
    const { client, calls } = setup(() => json(bookingWithToken({ mode: 'request', status: 'inquiry' }), 201));
    const created = await client.bookings.inquire(inquiryBody, { idempotencyKey: 'inquiry-1' });
    assert.equal(created.booking.status, 'inquiry');
    assert.equal(calls[0]!.url.pathname, '/v1/bookings/inquiries');
    assert.equal(calls[0]!.headers.get('idempotency-key'), 'inquiry-1');
    assert.deepEqual(JSON.parse(calls[0]!.body!), inquiryBody);
  });

  test('hold and inquire send the referral the SDK kept as it is', async () => {
    const { client, calls } = setup(() => json(bookingWithToken(), 201));
    const referral = { mcCode: 'haetsal-mom', contentId: null, clickId: 'clk_mock000001', capturedAt: '2026-11-20T09:00:00.000Z' };
    await client.bookings.hold({ ...holdBody, referral });
    await client.bookings.inquire({ ...inquiryBody, referral: { contentId: 'cnt_forestblog01', capturedAt: referral.capturedAt } });
    assert.deepEqual(JSON.parse(calls[0]!.body!).referral, referral);
    assert.deepEqual(JSON.parse(calls[1]!.body!).referral, { contentId: 'cnt_forestblog01', capturedAt: referral.capturedAt });
  });

  test('a full slot (409 slot_unavailable) rejects with CenConflictError and is not retried', async () => {
    const { client, calls } = setup(() => problem(409, 'slot_unavailable', 'The slot cannot be booked', { detail: '남은 자리가 없습니다.' }));
    await assert.rejects(client.bookings.hold(holdBody), (error: unknown) => {
      assert.ok(error instanceof CenConflictError);
      assert.equal(error.code, 'slot_unavailable');
      assert.equal(error.status, 409);
      return true;
    });
    assert.equal(calls.length, 1);
  });

  test('the token routes: read with GET, accept / decline / cancel with POST and their own keys', async () => {
    const { client, calls } = setup(({ method }) => json(method === 'GET' ? booking() : booking({ status: 'cancelled' })));
    assert.equal((await client.bookings.retrieveByToken(BOOKING_TOKEN)).id, BOOKING_ID);
    await client.bookings.acceptQuote(BOOKING_TOKEN, { slotStart: '2026-12-03T09:00:00+09:00' });
    await client.bookings.declineQuote(BOOKING_TOKEN, { reason: '일정이 맞지 않아요' }, { idempotencyKey: 'decline-1' });
    const cancelled = await client.bookings.cancel(BOOKING_TOKEN, { reason: '아이가 아파요' });
    assert.equal(cancelled.status, 'cancelled');
    assert.deepEqual(
      calls.map((c) => [c.method, c.url.pathname, c.url.searchParams.get('key'), c.body === undefined ? undefined : JSON.parse(c.body)]),
      [
        ['GET', `/v1/bookings/by-token/${BOOKING_TOKEN}`, TEST_KEY, undefined],
        ['POST', `/v1/bookings/by-token/${BOOKING_TOKEN}/accept`, TEST_KEY, { slotStart: '2026-12-03T09:00:00+09:00' }],
        ['POST', `/v1/bookings/by-token/${BOOKING_TOKEN}/decline`, TEST_KEY, { reason: '일정이 맞지 않아요' }],
        ['POST', `/v1/bookings/by-token/${BOOKING_TOKEN}/cancel`, TEST_KEY, { reason: '아이가 아파요' }],
      ],
    );
    assert.deepEqual([...calls[0]!.headers.keys()], [], 'a read stays a simple request');
    assert.match(calls[1]!.headers.get('idempotency-key')!, UUID_V4);
    assert.equal(calls[2]!.headers.get('idempotency-key'), 'decline-1');
    assert.match(calls[3]!.headers.get('idempotency-key')!, UUID_V4);
    assert.notEqual(calls[1]!.headers.get('idempotency-key'), calls[3]!.headers.get('idempotency-key'));
  });

  test('a token is URL-encoded; an unknown one is CenNotFoundError', async () => {
    const { client, calls } = setup(() => problem(404, 'not_found', 'Not found'));
    await assert.rejects(client.bookings.retrieveByToken('bt_a/b?c'), CenNotFoundError);
    assert.equal(calls[0]!.url.pathname, '/v1/bookings/by-token/bt_a%2Fb%3Fc');
  });

  test('buyer routes need the publishable key: a secret-key-only client refuses before fetching', async () => {
    const { client, calls } = setup(() => json(booking()), { publishableKey: undefined, secretKey: SECRET_KEY });
    await assert.rejects(client.bookings.hold(holdBody), CenAuthenticationError);
    await assert.rejects(client.services.availability('svc_hanjicraft01', { from: '2026-12-01', to: '2026-12-01' }), CenAuthenticationError);
    assert.equal(calls.length, 0);
  });
});

describe('partner booking routes (secret key)', () => {
  test('send the secret key in Authorization only, never in the URL; writes carry an Idempotency-Key', async () => {
    const { client, calls } = setup(() => json(booking({ status: 'confirmed' })), { publishableKey: undefined, secretKey: SECRET_KEY });
    await client.bookings.retrieve(BOOKING_ID);
    await client.bookings.quote(BOOKING_ID, quoteBody, { idempotencyKey: 'quote-1' });
    await client.bookings.cancelAsPartner(BOOKING_ID, { reason: '기사님 사정' });
    await client.bookings.start(BOOKING_ID);
    await client.bookings.complete(BOOKING_ID, { idempotencyKey: 'complete-1' });
    await client.bookings.markNoShow(BOOKING_ID);
    assert.deepEqual(
      calls.map((c) => [c.method, c.url.pathname, c.body === undefined ? undefined : JSON.parse(c.body)]),
      [
        ['GET', `/v1/bookings/${BOOKING_ID}`, undefined],
        ['POST', `/v1/bookings/${BOOKING_ID}/quote`, quoteBody],
        ['POST', `/v1/bookings/${BOOKING_ID}/cancel`, { reason: '기사님 사정' }],
        ['POST', `/v1/bookings/${BOOKING_ID}/start`, undefined],
        ['POST', `/v1/bookings/${BOOKING_ID}/complete`, undefined],
        ['POST', `/v1/bookings/${BOOKING_ID}/no-show`, undefined],
      ],
    );
    for (const call of calls) {
      assert.equal(call.url.search, '', `${call.url.pathname}: no key in the URL`);
      assert.equal(call.headers.get('authorization'), `Bearer ${SECRET_KEY}`);
    }
    assert.equal(calls[0]!.headers.get('idempotency-key'), null);
    assert.equal(calls[1]!.headers.get('idempotency-key'), 'quote-1');
    assert.equal(calls[4]!.headers.get('idempotency-key'), 'complete-1');
    for (const i of [2, 3, 5]) assert.match(calls[i]!.headers.get('idempotency-key')!, UUID_V4);
    assert.equal(calls[3]!.headers.get('content-type'), null, 'no body, no content type');
    assert.equal(calls[1]!.headers.get('content-type'), 'application/json');
  });

  test('without the secretKey option they refuse before fetching', async () => {
    const { client, calls } = setup(() => json(booking()));
    for (const call of [
      () => client.bookings.retrieve(BOOKING_ID),
      () => client.bookings.quote(BOOKING_ID, quoteBody),
      () => client.bookings.cancelAsPartner(BOOKING_ID, { reason: '사정' }),
      () => client.bookings.start(BOOKING_ID),
      () => client.bookings.complete(BOOKING_ID),
      () => client.bookings.markNoShow(BOOKING_ID),
    ]) {
      await assert.rejects(call(), (error: unknown) => {
        assert.ok(error instanceof CenAuthenticationError);
        assert.match(error.message, /secretKey/);
        return true;
      });
    }
    assert.equal(calls.length, 0);
  });
});

describe('createClient validates booking answers', () => {
  const bodies: Record<string, () => unknown> = {
    'GET /v1/services/svc_hanjicraft01/availability': () => availability(),
    'POST /v1/bookings/holds': () => bookingWithToken(),
    'POST /v1/bookings/inquiries': () => bookingWithToken({ mode: 'request', status: 'inquiry' }),
    [`GET /v1/bookings/by-token/${BOOKING_TOKEN}`]: () => booking(),
    [`POST /v1/bookings/by-token/${BOOKING_TOKEN}/accept`]: () => booking({ status: 'pending_payment' }),
    [`POST /v1/bookings/by-token/${BOOKING_TOKEN}/decline`]: () => booking({ status: 'cancelled' }),
    [`POST /v1/bookings/by-token/${BOOKING_TOKEN}/cancel`]: () => booking({ status: 'cancelled' }),
    [`GET /v1/bookings/${BOOKING_ID}`]: () => booking(),
    [`POST /v1/bookings/${BOOKING_ID}/quote`]: () => booking({ status: 'quoted' }),
    [`POST /v1/bookings/${BOOKING_ID}/cancel`]: () => booking({ status: 'cancelled' }),
    [`POST /v1/bookings/${BOOKING_ID}/start`]: () => booking({ status: 'confirmed' }),
    [`POST /v1/bookings/${BOOKING_ID}/complete`]: () => booking({ status: 'completed' }),
    [`POST /v1/bookings/${BOOKING_ID}/no-show`]: () => booking({ status: 'no_show' }),
  };
  const answer = (broken: boolean) => (request: { method: string; url: URL }) => {
    const body = bodies[`${request.method} ${request.url.pathname}`];
    assert.ok(body, `${request.method} ${request.url.pathname}`);
    const value = body() as Record<string, unknown>;
    return json(broken ? { ...value, object: 'something_else', status: 'lost' } : value);
  };
  const calls = (client: ReturnType<typeof createClient>) => [
    () => client.services.availability('svc_hanjicraft01', { from: '2026-12-01', to: '2026-12-02' }),
    () => client.bookings.hold(holdBody),
    () => client.bookings.inquire(inquiryBody),
    () => client.bookings.retrieveByToken(BOOKING_TOKEN),
    () => client.bookings.acceptQuote(BOOKING_TOKEN, { slotStart: '2026-12-03T09:00:00+09:00' }),
    () => client.bookings.declineQuote(BOOKING_TOKEN, { reason: '일정' }),
    () => client.bookings.cancel(BOOKING_TOKEN, { reason: '사정' }),
    () => client.bookings.retrieve(BOOKING_ID),
    () => client.bookings.quote(BOOKING_ID, quoteBody),
    () => client.bookings.cancelAsPartner(BOOKING_ID, { reason: '사정' }),
    () => client.bookings.start(BOOKING_ID),
    () => client.bookings.complete(BOOKING_ID),
    () => client.bookings.markNoShow(BOOKING_ID),
  ];

  test('valid answers pass; broken ones reject with CenValidationError naming the route; the core client passes them', async () => {
    const keys = { secretKey: SECRET_KEY };
    const good = setup(answer(false), keys, true);
    for (const call of calls(good.client)) await call();
    assert.equal(good.calls.length, 13);

    const bad = setup(answer(true), keys, true);
    for (const [i, call] of calls(bad.client).entries()) {
      await assert.rejects(call(), (error: unknown) => {
        assert.ok(error instanceof CenValidationError, `call ${i}`);
        assert.match(error.message, /getServiceAvailability|Booking|booking/);
        return true;
      });
    }
    assert.equal(bad.calls.length, 13, 'an invalid answer is not retried');

    const core = setup(answer(true), keys);
    for (const call of calls(core.client)) await call();
  });

  test('an availability day that is not a calendar date fails validation', async () => {
    const { client } = setup(() => json(availability({ days: [{ date: '2026-02-30', closedReason: null, holidayName: null, slots: [] }] })), {}, true);
    await assert.rejects(client.services.availability('svc_hanjicraft01', { from: '2026-12-01', to: '2026-12-02' }), (error: unknown) => {
      assert.ok(error instanceof CenValidationError);
      assert.deepEqual(error.fieldErrors.map((e) => e.path), ['response.days.0.date']);
      return true;
    });
  });
});
