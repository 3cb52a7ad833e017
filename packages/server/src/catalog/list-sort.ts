import type { ListSort } from '@thecen/schema';
import type { CursorKeyType } from './cursor.js';
import type { SqlParams } from './sql-params.js';

/** How one sort order is written in SQL: the key expression, its direction and the key's type. */
export interface SortSpec {
  sort: ListSort | 'name';
  /** SQL expression of the sort key, e.g. `p.created_at`. */
  expression: string;
  direction: 'ASC' | 'DESC';
  keyType: CursorKeyType;
}

const SQL_CASTS: Record<CursorKeyType, string> = { timestamp: 'timestamptz', number: 'bigint', text: 'text' };

/** `ORDER BY` with the id as the tie-break, in the same direction so one index serves both. */
export function orderByClause(spec: SortSpec, idColumn: string): string {
  return `ORDER BY ${spec.expression} ${spec.direction}, ${idColumn} ${spec.direction}`;
}

/** The keyset condition "after the item with this key and id" for the sort. */
export function afterClause(spec: SortSpec, idColumn: string, key: string | number, id: string, params: SqlParams): string {
  const op = spec.direction === 'ASC' ? '>' : '<';
  const keyParam = `${params.add(key)}::${SQL_CASTS[spec.keyType]}`;
  return `(${spec.expression}, ${idColumn}) ${op} (${keyParam}, ${params.add(id)}::text)`;
}

/** The cursor key of a row's sort value (timestamps as ISO strings). */
export function cursorKey(value: unknown): string | number {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'number' || typeof value === 'string') return value;
  throw new TypeError(`cannot use ${typeof value} as a cursor key`);
}
