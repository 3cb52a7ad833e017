/**
 * A server app on a test database with the test catalog, the checkout products, checkout terms,
 * secret keys and a clock the tests move; plus helpers that play the buyer, the shop's server
 * and the test provider's page.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { demoCheckoutTerms } from '@thecen/mocks/fixtures';
import type { Hono } from 'hono';
import { createApp } from '../app.js';
import { insertCatalog } from '../catalog/insert-catalog.js';
import { saveCheckoutTerms } from '../channels/checkout-terms-store.js';
import { registerSecretKey } from '../channels/secret-keys.js';
import type { Database } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import type { AppEnv } from '../http/app-env.js';
import { DEFAULT_TEST_WEBHOOK_SECRET, signTestWebhook, TEST_WEBHOOK_SIGNATURE_HEADER } from '../payments/providers/test/index.js';
import type { PaymentProviders } from '../payments/provider-registry.js';
import { ALLOWED_ORIGIN, TEST_KEY, testCatalog } from './catalog-fixtures.js';
import { OTHER_CHANNEL_ID, OTHER_SECRET_KEY, RETURN_URL, SECRET_KEY, TEST_CHANNEL_ID, checkoutCatalog } from './checkout-fixtures.js';
import { ORIGIN, type TestResponse } from './http-client.js';

export const START_TIME = Date.parse('2026-11-23T01:00:00.000Z');

export class TestClock {
  ms = START_TIME;
  now = (): Date => new Date(this.ms);
  advance(ms: number): Date {
    this.ms += ms;
    return this.now();
  }
}

/** Sends a request to an absolute URL (of this server) or a path, and reads the answer. */
export async function sendTo(app: Hono<AppEnv>, url: string, init: RequestInit = {}): Promise<TestResponse> {
  const response = await app.request(url.startsWith('http') ? url : `${ORIGIN}${url}`, init);
  const text = await response.text();
  const type = response.headers.get('content-type') ?? '';
  return { status: response.status, headers: response.headers, text, json: /json/.test(type) && text ? JSON.parse(text) : undefined };
}

export function orderBody(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    lines: [{ productId: 'prd_ckstock10', quantity: 1 }],
    buyer: { name: '김구매', phone: '010-1234-5678', email: 'buyer@example.kr' },
    shippingAddress: { recipient: '김구매', phone: '010-1234-5678', postalCode: '04001', road: '서울특별시 마포구 성미산로 1', detail: '101호' },
    deliveryNote: '문 앞에 놓아 주세요',
    consents: demoCheckoutTerms.consents.map((c) => ({ type: c.type, version: c.version, accepted: c.required })),
    receipt: { type: 'none' },
    paymentMethod: 'card',
    returnUrl: RETURN_URL,
    ...over,
  };
}

export interface CheckoutHarness {
  db: Database;
  app: Hono<AppEnv>;
  clock: TestClock;
  unexpected: unknown[];
  /** `POST /v1/orders` with the publishable key and an Idempotency-Key (a new one unless given). */
  createOrder(body?: unknown, options?: { key?: string | null; headers?: Record<string, string> }): Promise<TestResponse>;
  /** `POST` a JSON body with the publishable key. */
  postJson(path: string, body: unknown, headers?: Record<string, string>): Promise<TestResponse>;
  /** Opens the test payment page, presses a button, follows the provider's redirect to our return URL; returns the final redirect. */
  actOnTestPage(redirectUrl: string, action: 'approve' | 'decline' | 'cancel' | 'issue' | 'deposit'): Promise<{ providerRedirect: TestResponse; final: TestResponse | null }>;
  /** A signed test-provider webhook. */
  sendTestWebhook(body: Record<string, unknown>, options?: { secret?: string; time?: number }): Promise<TestResponse>;
  getByToken(token: string): Promise<TestResponse>;
  /** Secret-key request (server to server). */
  secret(path: string, init?: { method?: string; body?: unknown; key?: string; headers?: Record<string, string> }): Promise<TestResponse>;
  stockOf(productId: string, variantId?: string): Promise<number | null>;
  setStock(productId: string, stock: number | null): Promise<void>;
}

export async function prepareCheckoutDatabase(db: Database): Promise<void> {
  await migrate(db);
  await db.transaction(async (tx) => {
    await insertCatalog(tx, testCatalog);
    await insertCatalog(tx, checkoutCatalog);
    await saveCheckoutTerms(tx, TEST_CHANNEL_ID, demoCheckoutTerms);
    await registerSecretKey(tx, TEST_CHANNEL_ID, SECRET_KEY);
    await registerSecretKey(tx, OTHER_CHANNEL_ID, OTHER_SECRET_KEY);
  });
}

export function checkoutHarness(db: Database, options: { clock?: TestClock; providers?: PaymentProviders } = {}): CheckoutHarness {
  const clock = options.clock ?? new TestClock();
  const unexpected: unknown[] = [];
  const app = createApp({
    db,
    onUnexpectedError: (error) => unexpected.push(error),
    checkout: { now: clock.now, providers: options.providers, signingSecret: 'test-signing-secret-of-at-least-32-characters' },
  });
  const json = { 'Content-Type': 'application/json' };
  const harness: CheckoutHarness = {
    db,
    app,
    clock,
    unexpected,
    createOrder(body = orderBody(), { key, headers = {} } = {}) {
      const idempotency: Record<string, string> = key === null ? {} : { 'Idempotency-Key': key ?? randomUUID() };
      return sendTo(app, `/v1/orders?key=${TEST_KEY}`, {
        method: 'POST',
        headers: { ...json, Origin: ALLOWED_ORIGIN, ...idempotency, ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
    },
    postJson(path, body, headers = {}) {
      return sendTo(app, `${path}${path.includes('?') ? '&' : '?'}key=${TEST_KEY}`, {
        method: 'POST',
        headers: { ...json, Origin: ALLOWED_ORIGIN, 'Idempotency-Key': randomUUID(), ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
    },
    async actOnTestPage(redirectUrl, action) {
      const page = await sendTo(app, redirectUrl);
      assert.equal(page.status, 200, page.text.slice(0, 300));
      const token = new URL(redirectUrl).searchParams.get('t')!;
      const form = new URL(redirectUrl);
      const providerRedirect = await sendTo(app, `${form.origin}${form.pathname}/${action}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ t: token }).toString(),
      });
      assert.equal(providerRedirect.status, 303, providerRedirect.text.slice(0, 300));
      const location = providerRedirect.headers.get('location')!;
      if (!location.includes('/payments/')) return { providerRedirect, final: null };
      return { providerRedirect, final: await sendTo(app, location) };
    },
    sendTestWebhook(body, { secret = DEFAULT_TEST_WEBHOOK_SECRET, time = Math.floor(clock.ms / 1000) } = {}) {
      const raw = JSON.stringify(body);
      return sendTo(app, '/v1/webhooks/test', {
        method: 'POST',
        headers: { ...json, [TEST_WEBHOOK_SIGNATURE_HEADER]: signTestWebhook(raw, secret, time) },
        body: raw,
      });
    },
    getByToken(token) {
      return sendTo(app, `/v1/orders/by-token/${encodeURIComponent(token)}?key=${TEST_KEY}`, { headers: { Origin: ALLOWED_ORIGIN } });
    },
    secret(path, { method = 'GET', body, key = SECRET_KEY, headers = {} } = {}) {
      return sendTo(app, path, {
        method,
        headers: {
          Authorization: `Bearer ${key}`,
          ...(body !== undefined ? { ...json, 'Idempotency-Key': randomUUID() } : {}),
          ...headers,
        },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
    },
    async stockOf(productId, variantId) {
      const [row] = variantId
        ? await db.query<{ stock: number | null }>('SELECT stock FROM product_variants WHERE product_id = $1 AND id = $2', [productId, variantId])
        : await db.query<{ stock: number | null }>('SELECT stock FROM products WHERE id = $1', [productId]);
      return row!.stock;
    },
    async setStock(productId, stock) {
      await db.query('UPDATE products SET stock = $2 WHERE id = $1', [productId, stock]);
    },
  };
  return harness;
}

/** The `cen_order` token and `cen_payment` flag of a redirect back to the shop. */
export function shopRedirect(res: TestResponse): { url: URL; token: string; failed: boolean } {
  assert.equal(res.status, 303, res.text.slice(0, 300));
  const url = new URL(res.headers.get('location')!);
  assert.equal(`${url.origin}${url.pathname}`, RETURN_URL.split('?')[0]);
  assert.equal(url.searchParams.get('from'), 'cen', 'the shop page keeps its own parameters');
  return { url, token: url.searchParams.get('cen_order')!, failed: url.searchParams.get('cen_payment') === 'failed' };
}

/** The answer is an RFC 9457 problem with this status and code. */
export function expectProblem(res: TestResponse, status: number, code: string): void {
  assert.equal(res.status, status, `expected ${status} ${code}, got ${res.status}: ${res.text.slice(0, 400)}`);
  assert.match(res.headers.get('content-type') ?? '', /^application\/problem\+json/);
  assert.equal(res.json.code, code);
  assert.equal(res.json.status, status);
  assert.doesNotMatch(res.text, /\bat .+\.(ts|js):\d+/, 'no stack trace');
}

export function errorPaths(res: TestResponse): string[] {
  return (res.json?.errors ?? []).map((e: { path: string }) => e.path);
}

interface SafeParser {
  safeParse(value: unknown): { success: boolean; error?: unknown };
}

export function assertMatches(schema: SafeParser, value: unknown, label: string): void {
  const result = schema.safeParse(value);
  assert.ok(result.success, `${label} does not match its schema: ${JSON.stringify(result.error)?.slice(0, 1500)}`);
}
