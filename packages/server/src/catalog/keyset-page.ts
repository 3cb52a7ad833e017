import { DEFAULT_PAGE_LIMIT, MAX_PAGE_LIMIT, type IdKind } from '@thecen/schema';
import type { Queryable } from '../db/database.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { afterClause, cursorKey, orderByClause, type SortSpec } from './list-sort.js';
import type { SqlParams } from './sql-params.js';

export interface KeysetQuery {
  /** Column list (after `SELECT`). */
  columns: string;
  /** Tables (after `FROM`). */
  from: string;
  /** Conditions joined with `AND`; their values are already in `params`. */
  where: string[];
  params: SqlParams;
  sort: SortSpec;
  /** The id column used as the tie-break, e.g. `p.id`. */
  idColumn: string;
  idKind: IdKind;
  cursor?: string | undefined;
  limit?: number | undefined;
}

export interface KeysetPage<Row> {
  rows: Row[];
  hasMore: boolean;
  nextCursor: string | null;
}

/**
 * One page of a keyset-paginated list: rows after the cursor in the sort order (id as the
 * tie-break), one extra row fetched to know whether more follow. Throws `InvalidCursorError`
 * for a cursor this list did not make.
 */
export async function keysetPage<Row extends { id: string }>(db: Queryable, q: KeysetQuery): Promise<KeysetPage<Row>> {
  const limit = q.limit ?? DEFAULT_PAGE_LIMIT;
  const where = [...q.where];
  if (q.cursor !== undefined) {
    const after = decodeCursor(q.cursor, { sort: q.sort.sort, keyType: q.sort.keyType, idKind: q.idKind });
    where.push(afterClause(q.sort, q.idColumn, after.key, after.id, q.params));
  }
  const sql = `SELECT ${q.columns}, ${q.sort.expression} AS sort_key FROM ${q.from}
    ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
    ${orderByClause(q.sort, q.idColumn)}
    LIMIT ${q.params.add(limit + 1)}`;
  const rows = await db.query<Row & { sort_key: unknown }>(sql, q.params.values);
  const hasMore = rows.length > limit;
  const pageRows = hasMore ? rows.slice(0, limit) : rows;
  const last = pageRows[pageRows.length - 1];
  const nextCursor =
    hasMore && last ? encodeCursor({ sort: q.sort.sort, key: cursorKey(last.sort_key), id: last.id }) : null;
  return { rows: pageRows, hasMore, nextCursor };
}

/** The first items of a keyset-paginated list, and whether more were left out. */
export interface FirstItems<T> {
  items: T[];
  more: boolean;
}

/**
 * Walks a list page by page (at most `MAX_PAGE_LIMIT` rows a page) until `max` items are
 * collected or the list ends.
 */
export async function firstItems<T>(
  loadPage: (cursor: string | undefined, limit: number) => Promise<KeysetPage<T>>,
  max: number,
): Promise<FirstItems<T>> {
  const items: T[] = [];
  let cursor: string | undefined;
  while (items.length < max) {
    const page = await loadPage(cursor, Math.min(MAX_PAGE_LIMIT, max - items.length));
    items.push(...page.rows);
    if (!page.hasMore || page.nextCursor === null) return { items, more: false };
    cursor = page.nextCursor;
  }
  return { items, more: true };
}
