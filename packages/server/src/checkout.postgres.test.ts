import { test } from 'node:test';
import type { Database } from './db/database.js';
import { describeCheckoutApi } from './testing/checkout-api-suite.js';
import { describePaymentFlows } from './testing/payment-flow-suite.js';
import { POSTGRES_SKIP_REASON, TEST_DATABASE_URL, createTestDatabase } from './testing/postgres-test-database.js';
import { describeRefunds } from './testing/refund-suite.js';

/** A fresh database per suite, dropped afterwards. */
function onPostgres(describeSuite: (engine: string, open: () => Promise<Database>, close: () => Promise<void>) => void): void {
  let drop: (() => Promise<void>) | undefined;
  describeSuite(
    'PostgreSQL (TEST_DATABASE_URL)',
    async () => {
      const created = await createTestDatabase(TEST_DATABASE_URL!);
      drop = created.drop;
      return created.db;
    },
    () => drop?.() ?? Promise.resolve(),
  );
}

if (TEST_DATABASE_URL) {
  onPostgres(describeCheckoutApi);
  onPostgres(describePaymentFlows);
  onPostgres(describeRefunds);
} else {
  test('checkout, payments and refunds on PostgreSQL', { skip: POSTGRES_SKIP_REASON }, () => {});
}
