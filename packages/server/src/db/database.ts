/** Runs SQL (PostgreSQL dialect, `$1` placeholders) and returns the rows. */
export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs one or more statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export type DatabaseEngine = 'pglite' | 'postgres';

/**
 * The storage the server talks to: PGlite (embedded, a folder or memory) or a PostgreSQL pool.
 * Both return `bigint` columns as numbers (amounts of won stay below 2^53) and `timestamptz`
 * columns as `Date`s.
 */
export interface Database extends Queryable {
  readonly engine: DatabaseEngine;
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** PostgreSQL's type id of `int8`/`bigint`. */
export const INT8_TYPE_ID = 20;

/** Money and counts are far below 2^53, so `bigint` columns are read as plain numbers. */
export function parseInt8(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new RangeError(`bigint value ${value} is beyond the safe integer range`);
  return n;
}
