import { test } from 'node:test';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createPostgresDatabase } from '../db/postgres-database.js';
import type { Database } from '../db/database.js';

/** Set to a PostgreSQL server URL to run the PostgreSQL tests; each run makes and drops its own database. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL?.trim() || undefined;

export const POSTGRES_SKIP_REASON = 'TEST_DATABASE_URL is not set, so the PostgreSQL tests are skipped (PGlite ran them)';

/**
 * A throwaway database on the TEST_DATABASE_URL server (UTF8, "C" collation), named after this
 * process so that parallel runs never collide.
 */
export async function createTestDatabase(serverUrl: string): Promise<{ db: Database; drop(): Promise<void> }> {
  const name = `thecen_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = await createPostgresDatabase(url.href, { max: 4 });
  return {
    db,
    async drop() {
      await db.close();
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      try {
        await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await cleanup.end();
      }
    },
  };
}

/** A suite that runs once per storage engine: `describeX(engine, openDatabase, closeDatabase)`. */
export type EngineSuite = (engine: string, open: () => Promise<Database>, close: () => Promise<void>) => void;

/**
 * Runs each suite on a fresh PostgreSQL database of its own (dropped afterwards) when
 * TEST_DATABASE_URL is set; else records one skipped test named `what`.
 */
export function describeOnPostgres(what: string, ...suites: EngineSuite[]): void {
  if (!TEST_DATABASE_URL) {
    test(`${what} on PostgreSQL`, { skip: POSTGRES_SKIP_REASON }, () => {});
    return;
  }
  for (const suite of suites) {
    let drop: (() => Promise<void>) | undefined;
    suite(
      'PostgreSQL (TEST_DATABASE_URL)',
      async () => {
        const created = await createTestDatabase(TEST_DATABASE_URL!);
        drop = created.drop;
        return created.db;
      },
      () => drop?.() ?? Promise.resolve(),
    );
  }
}
