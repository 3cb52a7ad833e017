import { routes, type RouteName } from '@thecen/schema';
import type { Handler, Hono } from 'hono';
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
 * Registers one handler per route of the schema's route table behind its key check —
 * publishable key and CORS for browser routes, secret key (never from a browser) for server
 * routes — and a 405 problem (with `Allow`) for the other methods on the same paths.
 */
// TEMPORARY (issue 4 in progress): Partial until the booking handlers exist; make it a full Record again.
export function registerApiRoutes(app: Hono<AppEnv>, db: Database, handlers: Partial<Record<RouteName, Handler<AppEnv>>>): void {
  const paths = pathsOfRouteTable();
  for (const [path, info] of paths) {
    app.use(
      honoPath(path),
      info.auth === 'secret' ? secretKeyAccess(db) : catalogAccess(db, info.methods, { keylessPreflight: info.writes }),
    );
  }
  for (const [name, route] of Object.entries(routes) as [RouteName, (typeof routes)[RouteName]][]) {
    const auth = (route as { auth?: 'publishable' | 'secret' }).auth ?? 'publishable';
    const handler = handlers[name];
    if (!handler) continue;
    app.on(route.method, honoPath(route.path), async (c, next) => {
      // Paths of different key kinds can overlap (`/v1/orders/by-token/refunds`): the handler's own kind decides.
      if (c.get('keyKind') !== auth) {
        throw new ProblemError(401, 'unauthorized', auth === 'secret' ? 'This route takes a secret key (sk_…).' : 'This route takes a publishable key (pk_…).');
      }
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
