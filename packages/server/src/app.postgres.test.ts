import { test } from 'node:test';
import { describeHttpApi } from './testing/http-api-suite.js';
import { POSTGRES_SKIP_REASON, TEST_DATABASE_URL, createTestDatabase } from './testing/postgres-test-database.js';

if (TEST_DATABASE_URL) {
  let drop: (() => Promise<void>) | undefined;
  describeHttpApi(
    'PostgreSQL (TEST_DATABASE_URL)',
    async () => {
      const created = await createTestDatabase(TEST_DATABASE_URL!);
      drop = created.drop;
      return created.db;
    },
    () => drop?.() ?? Promise.resolve(),
  );
} else {
  test('HTTP API on PostgreSQL', { skip: POSTGRES_SKIP_REASON }, () => {});
}
