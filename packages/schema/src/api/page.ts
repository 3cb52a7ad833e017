import * as z from 'zod/mini';

/** Cursor-paginated list envelope. `nextCursor` is opaque: pass it back as `cursor`. */
export function pageOf<T extends z.core.$ZodType>(item: T) {
  return z.object({
    object: z.literal('list'),
    data: z.array(item),
    hasMore: z.boolean(),
    nextCursor: z.nullable(z.string()),
  });
}

/** Answer of a get-many-by-ids call: what was found, in the order asked, and the ids not found. */
export function batchOf<T extends z.core.$ZodType>(item: T) {
  return z.object({
    object: z.literal('batch'),
    data: z.array(item),
    missing: z.array(z.string()),
  });
}

export interface Page<T> {
  object: 'list';
  data: T[];
  hasMore: boolean;
  nextCursor: string | null;
}

export interface Batch<T> {
  object: 'batch';
  data: T[];
  missing: string[];
}

export const DEFAULT_PAGE_LIMIT = 20;
export const MAX_PAGE_LIMIT = 100;
export const MAX_BATCH_IDS = 100;
