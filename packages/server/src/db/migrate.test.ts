import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { createPgliteDatabase } from './pglite-database.js';
import { MIGRATIONS_DIR, migrate, readMigrations } from './migrate.js';
import type { Database } from './database.js';
import { POSTGRES_SKIP_REASON, TEST_DATABASE_URL, createTestDatabase } from '../testing/postgres-test-database.js';

const folders: string[] = [];
async function tempFolder(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'thecen-migrate-'));
  folders.push(dir);
  return dir;
}
after(async () => {
  for (const dir of folders) await rm(dir, { recursive: true, force: true });
});

async function tables(db: Database): Promise<string[]> {
  const rows = await db.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY table_name`,
  );
  return rows.map((r) => r.table_name);
}

describe('migrations', () => {
  test('the migration files are numbered and read in order', async () => {
    const migrations = await readMigrations(MIGRATIONS_DIR);
    assert.ok(migrations.length >= 1);
    assert.deepEqual(migrations.map((m) => m.version), [...migrations.map((m) => m.version)].sort());
    assert.equal(migrations[0]!.name, '001_catalog.sql');
  });

  test('apply once, are recorded, and survive a restart of a PGlite folder', async () => {
    const dataDir = join(await tempFolder(), 'pglite');
    const first = await createPgliteDatabase(dataDir);
    assert.deepEqual(await migrate(first), ['001_catalog.sql', '002_checkout.sql', '003_booking.sql', '004_referral.sql', '005_referral_settlement.sql', '006_channel_market_creator.sql']);
    assert.deepEqual(await migrate(first), [], 'nothing to do the second time');
    await first.query(`INSERT INTO channels (id, name, publishable_key) VALUES ('ch_kept', 'kept', 'pk_test_KeptAcrossRestart')`);
    await first.close();

    const second = await createPgliteDatabase(dataDir);
    try {
      assert.deepEqual(await migrate(second), [], 'a restart applies nothing again');
      const recorded = await second.query<{ version: string }>('SELECT version FROM schema_migrations');
      assert.deepEqual(recorded.map((r) => r.version), ['001', '002', '003', '004', '005', '006']);
      assert.equal((await second.query('SELECT 1 FROM channels WHERE id = $1', ['ch_kept'])).length, 1);
      for (const table of ['channels', 'partners', 'product_variants', 'products', 'schema_migrations', 'services', 'orders', 'payments', 'idempotency_keys', 'bookings', 'booking_slots', 'service_availability', 'notification_outbox']) {
        assert.ok((await tables(second)).includes(table), table);
      }
    } finally {
      await second.close();
    }
  });

  test('a failing migration is rolled back and not recorded; the ones before it stay', async () => {
    const dir = await tempFolder();
    await writeFile(join(dir, '001_good.sql'), 'CREATE TABLE good (id int);');
    await writeFile(join(dir, '002_bad.sql'), 'CREATE TABLE half (id int);\nTHIS IS NOT SQL;');
    await writeFile(join(dir, 'notes.txt'), 'not a migration');
    const db = await createPgliteDatabase();
    try {
      await assert.rejects(migrate(db, dir));
      const recorded = await db.query<{ version: string }>('SELECT version FROM schema_migrations ORDER BY version');
      assert.deepEqual(recorded.map((r) => r.version), ['001']);
      const names = await tables(db);
      assert.ok(names.includes('good'));
      assert.ok(!names.includes('half'), 'the failed migration left nothing behind');
    } finally {
      await db.close();
    }
  });

  test('two migrations with one version are refused', async () => {
    const dir = await tempFolder();
    await writeFile(join(dir, '001_a.sql'), 'SELECT 1;');
    await writeFile(join(dir, '001_b.sql'), 'SELECT 1;');
    await assert.rejects(readMigrations(dir), /share version 001/);
  });

  test('on PostgreSQL too: idempotent', { skip: TEST_DATABASE_URL ? false : POSTGRES_SKIP_REASON }, async () => {
    const { db, drop } = await createTestDatabase(TEST_DATABASE_URL!);
    try {
      assert.deepEqual(await migrate(db), ['001_catalog.sql', '002_checkout.sql', '003_booking.sql', '004_referral.sql', '005_referral_settlement.sql', '006_channel_market_creator.sql']);
      assert.deepEqual(await migrate(db), []);
      // Concurrent starts: the advisory lock makes the second wait, then skip.
      const [a, b] = await Promise.all([migrate(db), migrate(db)]);
      assert.deepEqual([a, b], [[], []]);
    } finally {
      await drop();
    }
  });
});
