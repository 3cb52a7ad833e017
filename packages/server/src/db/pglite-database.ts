import { mkdir } from 'node:fs/promises';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { INT8_TYPE_ID, parseInt8, type Database, type Queryable } from './database.js';

function wrapTransaction(tx: Transaction): Queryable {
  return {
    async query<T>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
      const result = await tx.query<T>(sql, params as unknown[]);
      return result.rows;
    },
    async exec(sql: string): Promise<void> {
      await tx.exec(sql);
    },
  };
}

/**
 * An embedded PostgreSQL (PGlite, WebAssembly). With `dataDir` the data persists in that folder;
 * without it the database lives in memory (tests).
 */
export async function createPgliteDatabase(dataDir?: string): Promise<Database> {
  if (dataDir) await mkdir(dataDir, { recursive: true });
  const pg = new PGlite(dataDir ?? 'memory://', { parsers: { [INT8_TYPE_ID]: parseInt8 } });
  await pg.waitReady;
  return {
    engine: 'pglite',
    async query<T>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
      const result = await pg.query<T>(sql, params as unknown[]);
      return result.rows;
    },
    async exec(sql: string): Promise<void> {
      await pg.exec(sql);
    },
    transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      return pg.transaction((tx) => fn(wrapTransaction(tx)));
    },
    async close(): Promise<void> {
      if (!pg.closed) await pg.close();
    },
  };
}
