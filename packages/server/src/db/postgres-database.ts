import pg from 'pg';
import { INT8_TYPE_ID, parseInt8, type Database, type Queryable } from './database.js';

const typeParsers = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8_TYPE_ID && format !== 'binary') return parseInt8;
    return pg.types.getTypeParser(oid, format);
  },
} as pg.CustomTypesConfig;

function queryable(client: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<T>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
      const result = await client.query(sql, params as unknown[]);
      return result.rows as T[];
    },
    async exec(sql: string): Promise<void> {
      await client.query(sql);
    },
  };
}

/** A PostgreSQL connection pool (`DATABASE_URL`). */
export async function createPostgresDatabase(connectionString: string, options: { max?: number } = {}): Promise<Database> {
  const pool = new pg.Pool({ connectionString, max: options.max ?? 10, types: typeParsers });
  // An idle connection the server drops (restart, failover, admin command) is discarded by the
  // pool and replaced at the next query; without a listener its error would end the process.
  pool.on('error', (error) => console.warn(`[thecen-server] a PostgreSQL connection was dropped: ${error.message}`));
  // pool.end() resolves before the sockets are closed: count them so that close() waits for all.
  let openConnections = 0;
  let onAllClosed: (() => void) | undefined;
  pool.on('connect', () => openConnections++);
  pool.on('remove', () => {
    openConnections--;
    if (openConnections === 0) onAllClosed?.();
  });
  // Fail at startup, not at the first request, when the database cannot be reached.
  const client = await pool.connect();
  client.release();
  let closed = false;
  return {
    engine: 'postgres',
    ...queryable(pool),
    async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      const connection = await pool.connect();
      try {
        await connection.query('BEGIN');
        const result = await fn(queryable(connection));
        await connection.query('COMMIT');
        return result;
      } catch (error) {
        await connection.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        connection.release();
      }
    },
    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      const allClosed = new Promise<void>((resolve) => {
        if (openConnections === 0) resolve();
        else onAllClosed = resolve;
      });
      await pool.end();
      await allClosed;
    },
  };
}
