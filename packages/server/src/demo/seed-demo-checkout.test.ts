import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DEMO_CHANNEL, demoCheckoutTerms } from '@thecen/mocks/fixtures';
import { createApp } from '../app.js';
import { SECRET_KEY_PATTERN, findChannelBySecretKey } from '../channels/secret-keys.js';
import type { Database } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import { createPgliteDatabase } from '../db/pglite-database.js';
import { send } from '../testing/http-client.js';
import { seedDemoCheckout } from './seed-demo-checkout.js';
import { seedDemoData } from './seed-demo-data.js';

let db: Database;
before(async () => {
  db = await createPgliteDatabase();
  await migrate(db);
});
after(() => db.close());

test('without the demo channel there is nothing to seed', async () => {
  assert.deepEqual(await seedDemoCheckout(db), { secretKey: undefined, generated: false });
});

test('the demo channel gets its terms, settings and a secret key once; the key can only be told the first time', async () => {
  await seedDemoData(db);
  const first = await seedDemoCheckout(db);
  assert.equal(first.generated, true);
  assert.match(first.secretKey!, SECRET_KEY_PATTERN);
  assert.equal((await findChannelBySecretKey(db, first.secretKey!))?.id, DEMO_CHANNEL.id);
  assert.deepEqual(await seedDemoCheckout(db), { secretKey: undefined, generated: false });

  const terms = await send(createApp({ db }), `/v1/checkout/terms?key=${DEMO_CHANNEL.publishableKey}`);
  assert.equal(terms.status, 200);
  assert.deepEqual(terms.json, demoCheckoutTerms);
  const versions = await db.query('SELECT version FROM channel_checkout_terms WHERE channel_id = $1', [DEMO_CHANNEL.id]);
  assert.equal(versions.length, 1);
});

test('CEN_DEMO_SECRET_KEY is registered (by its hash) and told back', async () => {
  const key = 'sk_test_ChosenDemoSecretKey000000042';
  assert.deepEqual(await seedDemoCheckout(db, { secretKey: key }), { secretKey: key, generated: false });
  assert.equal((await findChannelBySecretKey(db, key))?.id, DEMO_CHANNEL.id);
  await assert.rejects(seedDemoCheckout(db, { secretKey: 'not-a-key' }), /sk_test_/);
});
