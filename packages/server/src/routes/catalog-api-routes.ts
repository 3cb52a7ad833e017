import { routes, type RouteName } from '@thecen/schema';
import type { Context, Handler, Hono } from 'hono';
import type { Database } from '../db/database.js';
import { getPartner, listPartners } from '../catalog/partner-queries.js';
import { getProduct, getProductsByIds, listProducts } from '../catalog/product-queries.js';
import { getService, getServicesByIds, listServices } from '../catalog/service-queries.js';
import type { KeysetPage } from '../catalog/keyset-page.js';
import { catalogAccess } from '../http/access.js';
import type { AppEnv } from '../http/app-env.js';
import { cachedJson } from '../http/cached-response.js';
import { ProblemError } from '../http/problem.js';
import { parsePathParams, parseQuery } from '../http/validate-input.js';
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

function catalogHandlers({ db, publicUrl }: CatalogApiOptions): Record<RouteName, Handler<AppEnv>> {
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

/** Routes without a query schema take no query parameters (besides the key). */
const EMPTY_QUERY = {
  safeParse(value: unknown) {
    const keys = Object.keys(value as object);
    return keys.length === 0
      ? { success: true as const, data: {} }
      : { success: false as const, error: { issues: [{ path: [], message: 'is not a known parameter', code: 'unrecognized_keys', keys }] } };
  },
};

/** `/v1/products/{id}` → `/v1/products/:id`. */
export function honoPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ':$1');
}

/** The methods each path answers: the route table's, plus HEAD for GET and OPTIONS (preflight). */
function allowedMethodsByPath(): Map<string, string[]> {
  const byPath = new Map<string, string[]>();
  for (const route of Object.values(routes)) {
    const methods = byPath.get(route.path) ?? ['OPTIONS'];
    methods.splice(methods.length - 1, 0, route.method, ...(route.method === 'GET' ? ['HEAD'] : []));
    byPath.set(route.path, methods);
  }
  return byPath;
}

/**
 * Registers one handler per route of the schema's route table, behind the publishable-key and
 * CORS check, and a 405 problem (with `Allow`) for the other methods on the same paths.
 */
export function registerCatalogApi(app: Hono<AppEnv>, options: CatalogApiOptions): void {
  const handlers = catalogHandlers(options);
  const methodsByPath = allowedMethodsByPath();
  for (const [path, methods] of methodsByPath) app.use(honoPath(path), catalogAccess(options.db, methods));
  for (const [name, route] of Object.entries(routes) as [RouteName, (typeof routes)[RouteName]][]) {
    app.on(route.method, honoPath(route.path), handlers[name]);
  }
  for (const [path, methods] of methodsByPath) {
    const allowed = methods.join(', ');
    app.all(honoPath(path), (c) => {
      throw new ProblemError(405, 'method_not_allowed', `${c.req.method} is not allowed here; use ${allowed}.`, {
        headers: { Allow: allowed },
      });
    });
  }
}
