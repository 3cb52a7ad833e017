import type { Page } from '@thecen/schema';
import { encodeCursor, type CursorPosition } from './cursor.js';
import { compareToPosition, type SortOrder } from './sort-orders.js';

/**
 * One page of `sorted` (already in `order`): the items after the cursor position, at most `limit`
 * of them, and the cursor of the next page.
 */
export function paginate<T extends { id: string }>(
  sorted: readonly T[],
  order: SortOrder<T>,
  after: CursorPosition | null,
  limit: number,
): Page<T> {
  const start = after ? sorted.findIndex((item) => compareToPosition(order, item, after.key, after.id) > 0) : 0;
  if (start < 0) return { object: 'list', data: [], hasMore: false, nextCursor: null };
  const data = sorted.slice(start, start + limit);
  const hasMore = start + limit < sorted.length;
  const last = data[data.length - 1];
  return {
    object: 'list',
    data,
    hasMore,
    nextCursor: hasMore && last ? encodeCursor({ sort: order.name, key: order.key(last), id: last.id }) : null,
  };
}
