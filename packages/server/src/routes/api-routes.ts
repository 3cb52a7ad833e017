import { routes, type RouteName } from '@thecen/schema';
import type { Handler, Hono, MiddlewareHandler } from 'hono';
import type { Database } from '../db/database.js';
import { catalogAccess } from '../http/access.js';
import type { AppEnv } from '../http/app-env.js';
import { ProblemError } from '../http/problem.js';
import { secretKeyAccess } from '../http/secret-key-access.js';

/** `/v1/products/{id}` → `/v1/products/:id`. */
export function honoPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ':$1');
}

interface PathInfo {
  methods: string[];
  auth: 'publishable' | 'secret';
  writes: boolean;
}

/** Per path: the methods answered (the route table's, HEAD for GET, OPTIONS), its key kind, and whether it takes writes. */
function pathsOfRouteTable(): Map<string, PathInfo> {
  const byPath = new Map<string, PathInfo>();
  for (const route of Object.values(routes) as { method: string; path: string; auth?: 'publishable' | 'secret' }[]) {
    const info = byPath.get(route.path) ?? { methods: ['OPTIONS'], auth: route.auth ?? 'publishable', writes: false };
    info.methods.splice(info.methods.length - 1, 0, route.method, ...(route.method === 'GET' ? ['HEAD'] : []));
    if (route.method !== 'GET') info.writes = true;
    byPath.set(route.path, info);
  }
  return byPath;
}

/**
 * Orders paths so that, of two that match one URL (`/v1/bookings/holds` and `/v1/bookings/{id}`),
 * the one with a literal segment where the other has a parameter comes first.
 */
function bySpecificity(a: string, b: string): number {
  const key = (path: string) => path.split('/').map((segment) => (segment.startsWith('{') ? '\uffff' : segment)).join('/');
  const [ka, kb] = [key(a), key(b)];
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/**
 * Only the first access check that matches a request decides (the most specific path's): a
 * request already authenticated by it passes the others.
 */
function once(check: MiddlewareHandler<AppEnv>): MiddlewareHandler<AppEnv> {
  return (c, next) => (c.get('keyKind') ? next() : check(c, next));
}

/**
 * Registers one handler per route of the schema's route table behind its key check —
 * publishable key and CORS for browser routes, secret key (never from a browser) for server
 * routes — and a 405 problem (with `Allow`) for the other methods on the same paths. Where paths
 * of different key kinds overlap, the most specific path's check runs, and every handler still
 * refuses a key of the other kind.
 */
export function registerApiRoutes(app: Hono<AppEnv>, db: Database, handlers: Record<RouteName, Handler<AppEnv>>): void {
  const paths = pathsOfRouteTable();
  for (const path of [...paths.keys()].sort(bySpecificity)) {
    const info = paths.get(path)!;
    app.use(
      honoPath(path),
      once(info.auth === 'secret' ? secretKeyAccess(db) : catalogAccess(db, info.methods, { keylessPreflight: info.writes })),
    );
  }
  for (const [name, route] of Object.entries(routes) as [RouteName, (typeof routes)[RouteName]][]) {
    const auth = (route as { auth?: 'publishable' | 'secret' }).auth ?? 'publishable';
    const handler = handlers[name];
    app.on(route.method, honoPath(route.path), async (c, next) => {
      const kind = c.get('keyKind');
      if (kind === undefined) {
        throw new ProblemError(401, 'unauthorized', auth === 'secret' ? 'This route takes a secret key (sk_…).' : 'This route takes a publishable key (pk_…).');
      }
      // Paths of different key kinds can overlap (`GET /v1/bookings/holds` is also `/v1/bookings/{id}`): a
      // request checked for the other kind belongs to the more specific path, never to this handler —
      // it goes on to that path's handlers, or its 405.
      if (kind !== auth) return next();
      return handler(c, next);
    });
  }
  for (const [path, info] of paths) {
    const allowed = info.methods.join(', ');
    app.all(honoPath(path), (c) => {
      throw new ProblemError(405, 'method_not_allowed', `${c.req.method} is not allowed here; use ${allowed}.`, {
        headers: { Allow: allowed },
      });
    });
  }
}
