import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { test } from 'node:test';
import { DEMO_CHANNEL, demoCheckoutTerms } from '@thecen/mocks/fixtures';
import { SECRET_KEY_PATTERN } from './channels/secret-keys.js';
import { startServer } from './start-server.js';

const DEMO_KEY = 'sk_test_StartServerDemoSecret0000001';

test('startServer tells the demo secret key it knows, and the key works server to server only', async () => {
  const server = await startServer({ port: 0, env: { CEN_DEMO_SECRET_KEY: DEMO_KEY }, expiryIntervalMs: 0 });
  try {
    assert.equal(server.demoSecretKey, DEMO_KEY);
    const ok = await fetch(`${server.url}/v1/orders/ord_nosuchorder01`, { headers: { Authorization: `Bearer ${DEMO_KEY}` } });
    assert.equal(ok.status, 404, 'authenticated: the order just does not exist');
    const browser = await fetch(`${server.url}/v1/orders/ord_nosuchorder01`, { headers: { Authorization: `Bearer ${DEMO_KEY}`, Origin: 'http://localhost:5173' } });
    assert.equal(browser.status, 401);
    const home = await (await fetch(`${server.url}/v1/openapi.json`)).text();
    assert.ok(!home.includes(DEMO_KEY), 'never in a document the server serves');
  } finally {
    await server.close();
  }
});

test('without CEN_DEMO_SECRET_KEY the first start generates one', async () => {
  const server = await startServer({ port: 0, env: {}, expiryIntervalMs: 0 });
  try {
    assert.match(server.demoSecretKey ?? '', SECRET_KEY_PATTERN);
  } finally {
    await server.close();
  }
});

test('a bad signing secret or payment provider stops the start', async () => {
  await assert.rejects(startServer({ port: 0, env: { CEN_SIGNING_SECRET: 'short' } }), /CEN_SIGNING_SECRET/);
  await assert.rejects(startServer({ port: 0, env: { CEN_PAYMENT_PROVIDER: 'cash' } }), /CEN_PAYMENT_PROVIDER/);
  await assert.rejects(startServer({ port: 0, env: { CEN_PAYMENT_PROVIDER: 'toss' } }), /TOSS_SECRET_KEY/);
});

test('the expiry sweeper runs on its own and stops on close', async () => {
  const server = await startServer({ port: 0, env: {}, expiryIntervalMs: 20 });
  try {
    const origin = 'http://localhost:5173';
    const key = DEMO_CHANNEL.publishableKey;
    const products = await (await fetch(`${server.url}/v1/products?key=${key}&limit=50`)).json();
    const product = products.data.find((p: { variants: unknown[]; stock: number | null }) => p.variants.length === 0 && (p.stock === null || p.stock > 2));
    const res = await fetch(`${server.url}/v1/orders`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${key}`, Origin: origin, 'Idempotency-Key': 'sweeper-test-1' },
      body: JSON.stringify({
        lines: [{ productId: product.id, quantity: 1 }],
        buyer: { name: '김구매', phone: '01012345678', email: 'b@example.kr' },
        shippingAddress: { recipient: '김구매', phone: '01012345678', postalCode: '04001', road: '서울 마포구 1', detail: '' },
        consents: demoCheckoutTerms.consents.map((c) => ({ type: c.type, version: c.version, accepted: true })),
        receipt: { type: 'none' },
        paymentMethod: 'card',
        returnUrl: `${origin}/done`,
      }),
    });
    assert.equal(res.status, 201, await res.clone().text());
    const { order } = await res.json();
    await server.db.query(`UPDATE orders SET expires_at = now() - interval '1 second' WHERE id = $1`, [order.id]);
    let status = 'pending_payment';
    for (let i = 0; i < 250 && status === 'pending_payment'; i++) {
      await sleep(20);
      status = (await server.db.query<{ status: string }>('SELECT status FROM orders WHERE id = $1', [order.id]))[0]!.status;
    }
    assert.equal(status, 'expired');
  } finally {
    await server.close();
  }
});
