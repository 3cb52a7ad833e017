import type { Page } from '@thecen/schema/browser';

/**
 * The first page of a list, which can also be iterated item by item across all pages
 * (`for await`), following `nextCursor`, or collected with `toArray()`.
 */
export type ListPromise<T> = Promise<Page<T>> &
  AsyncIterable<T> & {
    /** Collects the items of every page, stopping once `limit` items are gathered. */
    toArray(options?: { limit?: number }): Promise<T[]>;
  };

/** Starts the first page request at once; further pages are fetched while iterating. */
export function listPromise<T>(fetchPage: (cursor?: string) => Promise<Page<T>>): ListPromise<T> {
  const first = fetchPage();
  // Iterating later must not count as leaving the first page's failure unhandled meanwhile.
  first.catch(() => {});
  async function* items(): AsyncGenerator<T> {
    let page = await first;
    for (;;) {
      yield* page.data;
      if (!page.hasMore || !page.nextCursor) return;
      page = await fetchPage(page.nextCursor);
    }
  }
  return Object.assign(first, {
    [Symbol.asyncIterator]: items,
    async toArray({ limit = Infinity }: { limit?: number } = {}) {
      const out: T[] = [];
      if (limit > 0) {
        for await (const item of items()) {
          if (out.push(item) >= limit) break;
        }
      }
      return out;
    },
  });
}
