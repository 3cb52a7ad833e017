import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createCoreClient } from '../create-client.js';
import { BASE_URL, TEST_KEY, fakeFetch, json } from '../testing/fake-fetch.js';
import { createReferralTracker, type StorageArea } from './referral-tracker.js';

function fakeStorage(): StorageArea & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, String(value)),
    removeItem: (key) => void data.delete(key),
  };
}

function setup(clickId: string | null = 'clk_abcd1234') {
  const fake = fakeFetch(() => json({ object: 'referral_click', clickId, counted: clickId !== null, reason: clickId ? null : 'duplicate' }));
  const client = createCoreClient({ baseUrl: BASE_URL, publishableKey: TEST_KEY, fetch: fake.fetch, maxRetries: 0 });
  return { client, calls: fake.calls };
}

const LANDING = 'https://blog.example/post?cen_mc=haetsal-mom&cen_cc=cnt_forestblog01';
const T0 = new Date('2026-11-01T00:00:00Z');
const days = (n: number) => new Date(T0.getTime() + n * 86_400_000);

test('captures the referral of the landing URL, stores it first-party and records the click once', async () => {
  const { client, calls } = setup();
  const storageArea = fakeStorage();
  const tracker = createReferralTracker({ client, publishableKey: TEST_KEY, href: LANDING, storageArea, now: () => T0 });
  assert.deepEqual(tracker.captured, { mcCode: 'haetsal-mom', contentId: 'cnt_forestblog01', clickId: null, capturedAt: T0.toISOString() });
  const answer = await tracker.recorded;
  assert.equal(answer?.clickId, 'clk_abcd1234');
  assert.equal(calls.length, 1);
  assert.equal(calls[0]!.method, 'POST');
  assert.equal(calls[0]!.url.pathname, '/v1/referrals/clicks');
  const body = JSON.parse(calls[0]!.body!);
  assert.equal(body.mcCode, 'haetsal-mom');
  assert.equal(body.contentId, 'cnt_forestblog01');
  assert.match(body.visitorId, /^[0-9a-f]{32}$/);
  assert.equal(storageArea.data.get(`cen:visitor:${TEST_KEY}`), body.visitorId);
  assert.deepEqual(tracker.current(), { mcCode: 'haetsal-mom', contentId: 'cnt_forestblog01', clickId: 'clk_abcd1234', capturedAt: T0.toISOString() });
  assert.ok(storageArea.data.has(`cen:ref:${TEST_KEY}`));

  // A reload of the same landing URL is not a new click; the visitor id is reused.
  const again = createReferralTracker({ client, publishableKey: TEST_KEY, href: LANDING, storageArea, now: () => days(1) });
  assert.equal(await again.recorded, null);
  assert.equal(calls.length, 1);
  assert.equal(again.current()?.capturedAt, T0.toISOString());
});

test('writes nothing when the URL carries no referral, and keeps an earlier one', async () => {
  const { client, calls } = setup();
  const storageArea = fakeStorage();
  const none = createReferralTracker({ client, publishableKey: TEST_KEY, href: 'https://shop.example/?utm_source=x', storageArea, now: () => T0 });
  assert.equal(none.current(), null);
  assert.equal(storageArea.data.size, 0);
  assert.equal(await none.recorded, null);
  assert.equal(calls.length, 0);

  createReferralTracker({ client, publishableKey: TEST_KEY, href: LANDING, storageArea, now: () => T0 });
  const later = createReferralTracker({ client, publishableKey: TEST_KEY, href: 'https://shop.example/cart', storageArea, now: () => days(10) });
  assert.equal(later.captured, null);
  assert.equal(later.current()?.mcCode, 'haetsal-mom');
});

test('last click wins, and the referral expires after the window', () => {
  const storageArea = fakeStorage();
  createReferralTracker({ publishableKey: TEST_KEY, href: LANDING, storageArea, now: () => T0 });
  const second = createReferralTracker({ publishableKey: TEST_KEY, href: 'https://x.example/?cen_mc=green-coop', storageArea, now: () => days(3) });
  assert.deepEqual(second.current(), { mcCode: 'green-coop', contentId: null, clickId: null, capturedAt: days(3).toISOString() });
  const inside = createReferralTracker({ publishableKey: TEST_KEY, href: 'https://x.example/', storageArea, now: () => days(33), windowDays: 30 });
  assert.equal(inside.current()?.mcCode, 'green-coop');
  const outside = createReferralTracker({ publishableKey: TEST_KEY, href: 'https://x.example/', storageArea, now: () => days(34), windowDays: 30 });
  assert.equal(outside.current(), null);
  const longer = createReferralTracker({ publishableKey: TEST_KEY, href: 'https://x.example/', storageArea, now: () => days(34), windowDays: 60 });
  assert.equal(longer.current()?.mcCode, 'green-coop');
});

test("the mall's own window wins over the default: from a redirect link's cen_window, or from the click answer", async () => {
  const storageArea = fakeStorage();
  createReferralTracker({ publishableKey: TEST_KEY, href: `${LANDING}&cen_click=clk_fromserver1&cen_window=60`, storageArea, now: () => T0 });
  const at = (n: number) => createReferralTracker({ publishableKey: TEST_KEY, href: 'https://x.example/', storageArea, now: () => days(n) }).current();
  assert.deepEqual(at(45), { mcCode: 'haetsal-mom', contentId: 'cnt_forestblog01', clickId: 'clk_fromserver1', capturedAt: T0.toISOString() }, 'kept for 60 days, sent without the window');
  assert.equal(at(61), null);

  const short = fakeStorage();
  const fake = fakeFetch(() => json({ object: 'referral_click', clickId: 'clk_abcd1234', counted: true, reason: null, windowDays: 7 }));
  const client = createCoreClient({ baseUrl: BASE_URL, publishableKey: TEST_KEY, fetch: fake.fetch, maxRetries: 0 });
  await createReferralTracker({ client, publishableKey: TEST_KEY, href: LANDING, storageArea: short, now: () => T0 }).recorded;
  const later = (n: number) => createReferralTracker({ publishableKey: TEST_KEY, href: 'https://x.example/', storageArea: short, now: () => days(n) }).current();
  assert.equal(later(7)?.clickId, 'clk_abcd1234');
  assert.equal(later(8), null, 'a 7-day mall drops it after 7 days, whatever the default');
});

test('a redirect link that carries cen_click is not recorded again', async () => {
  const { client, calls } = setup();
  const tracker = createReferralTracker({ client, publishableKey: TEST_KEY, href: `${LANDING}&cen_click=clk_fromserver1`, storage: 'none', now: () => T0 });
  assert.equal(await tracker.recorded, null);
  assert.equal(calls.length, 0);
  assert.equal(tracker.current()?.clickId, 'clk_fromserver1');
});

test("storage 'none' keeps the referral in memory only; clear() forgets it", async () => {
  const { client } = setup();
  const local = fakeStorage();
  const tracker = createReferralTracker({ client, publishableKey: TEST_KEY, href: LANDING, storage: 'none', now: () => T0 });
  await tracker.recorded;
  assert.equal(tracker.current()?.mcCode, 'haetsal-mom');
  assert.equal(local.data.size, 0);
  tracker.clear();
  assert.equal(tracker.current(), null);
});

test("storage 'session' uses sessionStorage, never localStorage", async () => {
  const session = fakeStorage();
  const local = fakeStorage();
  const globals = globalThis as { localStorage?: unknown; sessionStorage?: unknown };
  globals.localStorage = local;
  globals.sessionStorage = session;
  try {
    const { client } = setup();
    const tracker = createReferralTracker({ client, publishableKey: TEST_KEY, href: LANDING, storage: 'session', now: () => T0 });
    await tracker.recorded;
    assert.equal(local.data.size, 0);
    assert.ok(session.data.has(`cen:ref:${TEST_KEY}`));
    assert.ok(session.data.has(`cen:visitor:${TEST_KEY}`));
  } finally {
    delete globals.localStorage;
    delete globals.sessionStorage;
  }
});

test('a failed click record leaves the referral in place', async () => {
  const fake = fakeFetch(() => new Response('nope', { status: 500 }));
  const client = createCoreClient({ baseUrl: BASE_URL, publishableKey: TEST_KEY, fetch: fake.fetch, maxRetries: 0 });
  const tracker = createReferralTracker({ client, publishableKey: TEST_KEY, href: LANDING, storage: 'none', now: () => T0 });
  assert.equal(await tracker.recorded, null);
  assert.equal(tracker.current()?.mcCode, 'haetsal-mom');
});

test('client.marketCreators.retrieve gets /v1/mcs/{code}', async () => {
  const fake = fakeFetch(() => json({ object: 'market_creator', code: 'haetsal-mom', displayName: '햇살맘' }));
  const client = createCoreClient({ baseUrl: BASE_URL, publishableKey: TEST_KEY, fetch: fake.fetch });
  const mc = await client.marketCreators.retrieve('haetsal-mom');
  assert.equal(mc.displayName, '햇살맘');
  assert.equal(fake.calls[0]!.method, 'GET');
  assert.equal(fake.calls[0]!.url.pathname, '/v1/mcs/haetsal-mom');
  assert.equal(fake.calls[0]!.url.searchParams.get('key'), TEST_KEY);
});
