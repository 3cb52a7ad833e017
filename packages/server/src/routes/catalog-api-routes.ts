import { routes } from '@thecen/schema';
import type { Context, Handler } from 'hono';
import type { Database } from '../db/database.js';
import { getPartner, listPartners } from '../catalog/partner-queries.js';
import { getProduct, getProductsByIds, listProducts } from '../catalog/product-queries.js';
import { getService, getServicesByIds, listServices } from '../catalog/service-queries.js';
import type { KeysetPage } from '../catalog/keyset-page.js';
import type { AppEnv } from '../http/app-env.js';
import { cachedJson } from '../http/cached-response.js';
import { ProblemError } from '../http/problem.js';
import { EMPTY_QUERY, parsePathParams, parseQuery } from '../http/validate-input.js';
import { outputContextOf } from './output-context-of.js';

export interface CatalogApiOptions {
  db: Database;
  publicUrl?: string | undefined;
}

function pageBody<T>(page: KeysetPage<T>) {
  return { object: 'list' as const, data: page.rows, hasMore: page.hasMore, nextCursor: page.nextCursor };
}

function batchBody<T>(ids: readonly string[], found: Map<string, T>) {
  const data: T[] = [];
  const missing: string[] = [];
  for (const id of ids) {
    const item = found.get(id);
    if (item === undefined) missing.push(id);
    else data.push(item);
  }
  return { object: 'batch' as const, data, missing };
}

function notFound(what: string, id: string): ProblemError {
  return new ProblemError(404, 'not_found', `No ${what} has the id ${id}.`);
}

/** The catalog's routes of the route table (reads with a publishable key). */
export type CatalogRouteName =
  | 'listProducts'
  | 'batchProducts'
  | 'getProduct'
  | 'listServices'
  | 'batchServices'
  | 'getService'
  | 'listPartners'
  | 'getPartner';

/** One handler per catalog route; `registerApiRoutes` puts them behind the key and CORS check. */
export function catalogHandlers({ db, publicUrl }: CatalogApiOptions): Record<CatalogRouteName, Handler<AppEnv>> {
  const ctx = (c: Context<AppEnv>) => outputContextOf(c, publicUrl);
  return {
    listProducts: async (c) => cachedJson(c, pageBody(await listProducts(db, parseQuery(c, routes.listProducts.query), ctx(c)))),
    batchProducts: async (c) => {
      const { ids } = parseQuery(c, routes.batchProducts.query);
      return cachedJson(c, batchBody(ids, await getProductsByIds(db, ids, ctx(c))));
    },
    getProduct: async (c) => {
      const { id } = parsePathParams(c, routes.getProduct.params);
      parseQuery(c, EMPTY_QUERY);
      const product = await getProduct(db, id, ctx(c));
      if (!product) throw notFound('product', id);
      return cachedJson(c, product);
    },
    listServices: async (c) => cachedJson(c, pageBody(await listServices(db, parseQuery(c, routes.listServices.query), ctx(c)))),
    batchServices: async (c) => {
      const { ids } = parseQuery(c, routes.batchServices.query);
      return cachedJson(c, batchBody(ids, await getServicesByIds(db, ids, ctx(c))));
    },
    getService: async (c) => {
      const { id } = parsePathParams(c, routes.getService.params);
      parseQuery(c, EMPTY_QUERY);
      const service = await getService(db, id, ctx(c));
      if (!service) throw notFound('service', id);
      return cachedJson(c, service);
    },
    listPartners: async (c) => cachedJson(c, pageBody(await listPartners(db, parseQuery(c, routes.listPartners.query), ctx(c)))),
    getPartner: async (c) => {
      const { id } = parsePathParams(c, routes.getPartner.params);
      parseQuery(c, EMPTY_QUERY);
      const partner = await getPartner(db, id, ctx(c));
      if (!partner) throw notFound('partner', id);
      return cachedJson(c, partner);
    },
  };
}
