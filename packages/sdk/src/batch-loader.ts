import type { Batch } from '@thecen/schema/browser';
import type { RequestOptions } from './client-options.js';
import { CenNotFoundError } from './errors.js';
import { abortError, raceAbort } from './http/abort.js';

interface Pending<T> {
  id: string;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
}

/**
 * Returns `load(id)`: every call made in the same macrotask joins one `fetchMany` call (which
 * splits it into requests of 100 ids), so a page with twenty product cards makes one request.
 * An id the batch reports missing rejects with `CenNotFoundError`. A caller's `signal` rejects
 * only that caller's promise; the shared request goes on for the others.
 */
export function createBatchLoader<T extends { id: string }>(
  fetchMany: (ids: string[]) => Promise<Batch<T>>,
  kind: string,
): (id: string, options?: RequestOptions) => Promise<T> {
  let queue: Pending<T>[] = [];

  function flush(): void {
    const pending = queue;
    queue = [];
    fetchMany([...new Set(pending.map((p) => p.id))]).then(
      (batch) => {
        const found = new Map(batch.data.map((item) => [item.id, item]));
        for (const { id, resolve, reject } of pending) {
          const item = found.get(id);
          if (item) resolve(item);
          else reject(new CenNotFoundError(`No ${kind} ${id}.`, { status: 404, code: 'not_found' }));
        }
      },
      (error: unknown) => {
        for (const p of pending) p.reject(error);
      },
    );
  }

  return (id, options = {}) => {
    const { signal } = options;
    const result = new Promise<T>((resolve, reject) => {
      if (!queue.length) setTimeout(flush, 0);
      queue.push({ id, resolve, reject });
    });
    return signal ? raceAbort(result, signal, () => abortError(signal)) : result;
  };
}
