import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { createPgliteDatabase } from '../db/pglite-database.js';
import { bundled } from '../testing/checkout-fixtures.js';
import { checkoutHarness, orderBody, prepareCheckoutDatabase, sendTo, shopRedirect } from '../testing/checkout-harness.js';

const folders: string[] = [];
after(async () => {
  for (const dir of folders) await rm(dir, { recursive: true, force: true });
});

async function folder(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'thecen-restart-'));
  folders.push(dir);
  return join(dir, 'pglite');
}

test('a restart between the approval and the confirm loses nothing: reloading the success URL pays once', async () => {
  const dataDir = await folder();
  const first = await createPgliteDatabase(dataDir);
  await prepareCheckoutDatabase(first);
  const before = checkoutHarness(first);
  const created = await before.createOrder(orderBody({ lines: [{ productId: bundled.id, quantity: 1 }] }));
  assert.equal(created.status, 201, created.text);
  // The buyer approves; the server goes down before the provider's redirect reaches it.
  const page = new URL(created.json.payment.redirectUrl);
  const approved = await sendTo(before.app, `${page.origin}${page.pathname}/approve`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: `t=${page.searchParams.get('t')}`,
  });
  const successUrl = approved.headers.get('location')!;
  assert.match(successUrl, /\/payments\/test\/success\?/);
  await first.close();

  const second = await createPgliteDatabase(dataDir);
  try {
    const after = checkoutHarness(second);
    const back = shopRedirect(await sendTo(after.app, successUrl));
    assert.equal(back.failed, false);
    const reload = shopRedirect(await sendTo(after.app, successUrl));
    assert.equal(reload.failed, false);
    const order = await after.getByToken(back.token);
    assert.equal(order.json.status, 'paid');
    const payments = await second.query<{ status: string }>('SELECT status FROM payments WHERE order_id = $1', [created.json.order.id]);
    assert.deepEqual(payments, [{ status: 'paid' }]);
    const [gateway] = await second.query<{ status: string }>('SELECT status FROM test_gateway_payments WHERE payment_id = $1', [created.json.payment.paymentId]);
    assert.equal(gateway!.status, 'confirmed', 'captured once at the provider');
    assert.deepEqual(after.unexpected, []);
  } finally {
    await second.close();
  }
});

test('a restart while a virtual account waits: the deposit webhook completes the order', async () => {
  const dataDir = await folder();
  const first = await createPgliteDatabase(dataDir);
  await prepareCheckoutDatabase(first);
  const h1 = checkoutHarness(first);
  const created = await h1.createOrder(orderBody({ lines: [{ productId: bundled.id, quantity: 1 }], paymentMethod: 'virtual_account' }));
  await h1.actOnTestPage(created.json.payment.redirectUrl, 'issue');
  await first.close();

  const second = await createPgliteDatabase(dataDir);
  try {
    const h2 = checkoutHarness(second);
    assert.equal((await h2.getByToken(created.json.orderToken)).json.status, 'awaiting_deposit');
    const res = await h2.sendTestWebhook({
      id: 'evt_after_restart',
      type: 'deposit.completed',
      paymentId: created.json.payment.paymentId,
      amount: created.json.order.total,
      occurredAt: new Date(h2.clock.ms).toISOString(),
    });
    assert.equal(res.status, 200, res.text);
    assert.equal((await h2.getByToken(created.json.orderToken)).json.status, 'paid');
  } finally {
    await second.close();
  }
});
