import { test } from 'node:test';
import { POSTGRES_SKIP_REASON, TEST_DATABASE_URL, createTestDatabase } from './testing/postgres-test-database.js';
import { describeReferralLinks } from './testing/referral-link-suite.js';

if (TEST_DATABASE_URL) {
  let drop: (() => Promise<void>) | undefined;
  describeReferralLinks(
    'PostgreSQL (TEST_DATABASE_URL)',
    async () => {
      const created = await createTestDatabase(TEST_DATABASE_URL!);
      drop = created.drop;
      return created.db;
    },
    () => drop?.() ?? Promise.resolve(),
  );
} else {
  test('referral links, badges and oEmbed on PostgreSQL', { skip: POSTGRES_SKIP_REASON }, () => {});
}
