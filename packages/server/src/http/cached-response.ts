import type { Context } from 'hono';
import type { AppEnv } from './app-env.js';
import { etagOf, ifNoneMatchMatches } from './etag.js';

/** Catalog reads: shared caches may keep them a minute and serve them stale while revalidating. */
export const CATALOG_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=600';

export interface CachedBody {
  body: string;
  contentType: string;
  cacheControl?: string;
  headers?: Record<string, string>;
}

/** Answers with an ETag of the body, or 304 with no body when `If-None-Match` names it. */
export function cachedResponse(c: Context<AppEnv>, answer: CachedBody): Response {
  const etag = etagOf(answer.body);
  const headers = { ETag: etag, 'Cache-Control': answer.cacheControl ?? CATALOG_CACHE_CONTROL, ...answer.headers };
  if (ifNoneMatchMatches(c.req.header('If-None-Match'), etag)) return c.body(null, 304, headers);
  return c.body(answer.body, 200, { 'Content-Type': answer.contentType, ...headers });
}

/** A cacheable JSON answer of the catalog API. */
export function cachedJson(c: Context<AppEnv>, data: unknown, cacheControl?: string): Response {
  return cachedResponse(c, { body: JSON.stringify(data), contentType: 'application/json; charset=utf-8', ...(cacheControl ? { cacheControl } : {}) });
}
