import { test } from 'node:test';
import { POSTGRES_SKIP_REASON, TEST_DATABASE_URL, createTestDatabase } from './testing/postgres-test-database.js';
import { describeReferralSettlement } from './testing/referral-settlement-suite.js';

if (TEST_DATABASE_URL) {
  let drop: (() => Promise<void>) | undefined;
  describeReferralSettlement(
    'PostgreSQL (TEST_DATABASE_URL)',
    async () => {
      const created = await createTestDatabase(TEST_DATABASE_URL!);
      drop = created.drop;
      return created.db;
    },
    () => drop?.() ?? Promise.resolve(),
  );
} else {
  test('referral settlement on PostgreSQL', { skip: POSTGRES_SKIP_REASON }, () => {});
}
