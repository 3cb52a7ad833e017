import { useEnglishValidationMessages } from '@thecen/schema';
import { Hono } from 'hono';
import { InvalidCursorError } from './catalog/cursor.js';
import type { Database } from './db/database.js';
import type { AppEnv } from './http/app-env.js';
import { ProblemError, problemFromError, problemResponse } from './http/problem.js';
import { requestId } from './http/request-id.js';
import { serveStaticMount, type StaticMount } from './http/static-files.js';
import { registerCatalogApi } from './routes/catalog-api-routes.js';
import { registerHealthRoute } from './routes/health-route.js';
import { registerItemPageRoutes } from './routes/item-page-routes.js';
import { registerMediaRoutes } from './routes/media-routes.js';
import { registerOpenApiRoute } from './routes/openapi-route.js';

export interface CreateAppOptions {
  db: Database;
  /**
   * Public base URL of the server (`https://api.thecen.example`), used for absolute image and
   * page URLs and the OpenAPI server. Without it, the origin each request was sent to is used.
   */
  publicUrl?: string | undefined;
  /** Folders served as they are, e.g. `{ prefix: '/cdn', dir: 'packages/widgets/dist/cdn' }`. */
  staticMounts?: readonly StaticMount[] | undefined;
  /** Called with unexpected errors (answered as 500 problems without details); logs by default. */
  onUnexpectedError?: ((error: unknown, requestId: string) => void) | undefined;
}

function logUnexpectedError(error: unknown, id: string): void {
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  console.error(`[thecen-server] ${id} unexpected error: ${message}`);
}

/** The Hono app of the reference server: catalog API, media, OpenAPI, health and item pages. */
export function createApp(options: CreateAppOptions): Hono<AppEnv> {
  useEnglishValidationMessages();
  const publicUrl = options.publicUrl?.replace(/\/+$/, '') || undefined;
  const onUnexpectedError = options.onUnexpectedError ?? logUnexpectedError;
  const app = new Hono<AppEnv>();

  app.use('*', requestId());
  for (const mount of options.staticMounts ?? []) app.use('*', serveStaticMount(mount));

  registerOpenApiRoute(app, publicUrl);
  registerCatalogApi(app, { db: options.db, publicUrl });
  registerMediaRoutes(app);
  registerHealthRoute(app, options.db);
  registerItemPageRoutes(app, options.db, publicUrl);

  app.notFound((c) => problemResponse(c, 404, 'not_found', `Nothing is at ${c.req.path.slice(0, 200)}.`));
  app.onError((error, c) => {
    if (error instanceof ProblemError) return problemFromError(c, error);
    if (error instanceof InvalidCursorError) {
      return problemResponse(c, 400, 'validation_failed', `query.cursor ${error.message}`, {
        errors: [{ path: 'query.cursor', message: error.message, code: 'invalid_cursor' }],
      });
    }
    onUnexpectedError(error, c.get('requestId'));
    return problemResponse(c, 500, 'internal', 'Something went wrong on our side; the request id helps us find out what.');
  });
  return app;
}
