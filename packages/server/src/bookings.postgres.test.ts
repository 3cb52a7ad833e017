import { test } from 'node:test';
import { describeBookings } from './testing/booking-suite.js';
import { POSTGRES_SKIP_REASON, TEST_DATABASE_URL, createTestDatabase } from './testing/postgres-test-database.js';

if (TEST_DATABASE_URL) {
  let drop: (() => Promise<void>) | undefined;
  describeBookings(
    'PostgreSQL (TEST_DATABASE_URL)',
    async () => {
      const created = await createTestDatabase(TEST_DATABASE_URL!);
      drop = created.drop;
      return created.db;
    },
    () => drop?.() ?? Promise.resolve(),
  );
} else {
  test('service booking on PostgreSQL', { skip: POSTGRES_SKIP_REASON }, () => {});
}
