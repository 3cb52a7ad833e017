import { buildPath, paths, type Batch, type Page, type RouteName } from '@thecen/schema/browser';
import { createBatchLoader } from '../batch-loader.js';
import type { IdempotentRequestOptions, RequestOptions } from '../client-options.js';
import type { Requester } from '../http/request.js';
import { listPromise, type ListPromise } from '../list-promise.js';

/** Most ids a batch route accepts (`MAX_BATCH_IDS` of the schema, whose module is not zod-free). */
export const BATCH_SIZE = 100;

/** Calls a route with its method and path from the route table: `call(route, pathParams, body, options, auth)`. */
export function routeCaller(request: Requester) {
  return <T>(
    route: RouteName,
    params: Record<string, string>,
    body?: unknown,
    { idempotencyKey, ...options }: IdempotentRequestOptions = {},
    auth?: 'secret',
  ): Promise<T> => {
    const { method, path } = paths[route];
    return request<T>({ route, method, path: buildPath(path, params), body, auth, idempotencyKey: idempotencyKey || undefined }, options);
  };
}

/**
 * A route named for the response check, with its path template read statically from `paths`
 * (`{ route: 'getProduct', path: paths.getProduct.path }`): a bundle then keeps only the paths it
 * uses, where `paths[route]` would keep the whole table.
 */
export interface RoutePath {
  route: RouteName;
  path: string;
}

/** `list(query, options)` of a cursor-paginated route; later pages repeat the query with `cursor`. */
export function listMethod<T, Q extends { cursor?: unknown }>(request: Requester, { route, path }: RoutePath) {
  return (query?: Q, options?: RequestOptions): ListPromise<T> =>
    listPromise<T>((cursor) => request<Page<T>>({ route, path, query: cursor ? { ...query, cursor } : query }, options));
}

/** `retrieve(id, options)` of a `…/{id}` route. */
export function retrieveMethod<T>(request: Requester, { route, path }: RoutePath) {
  return (id: string, options?: RequestOptions): Promise<T> => request<T>({ route, path: buildPath(path, { id }) }, options);
}

/** `list`, `retrieve`, `retrieveMany` and `load` of products and services. */
export function catalogMethods<T extends { id: string }, Q extends { cursor?: unknown }>(
  request: Requester,
  routes: { list: RoutePath; batch: RoutePath; get: RoutePath },
  kind: string,
) {
  async function retrieveMany(ids: string[], options?: RequestOptions): Promise<Batch<T>> {
    const unique = [...new Set(ids)];
    const chunks: string[][] = [];
    for (let start = 0; start < unique.length; start += BATCH_SIZE) chunks.push(unique.slice(start, start + BATCH_SIZE));
    const batches = await Promise.all(
      chunks.map((chunk) =>
        request<Batch<T>>({ route: routes.batch.route, path: routes.batch.path, query: { ids: chunk } }, options),
      ),
    );
    return {
      object: 'batch',
      data: batches.flatMap((batch) => batch.data),
      missing: batches.flatMap((batch) => batch.missing),
    };
  }
  return {
    list: listMethod<T, Q>(request, routes.list),
    retrieve: retrieveMethod<T>(request, routes.get),
    retrieveMany,
    load: createBatchLoader<T>((ids) => retrieveMany(ids), kind),
  };
}
