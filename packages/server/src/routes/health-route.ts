import type { Hono } from 'hono';
import { countCatalog } from '../catalog/catalog-counts.js';
import type { Database } from '../db/database.js';
import type { AppEnv } from '../http/app-env.js';

/** `GET /health`: the storage engine and how many rows the catalog holds. */
export function registerHealthRoute(app: Hono<AppEnv>, db: Database): void {
  app.get('/health', async (c) => {
    const counts = await countCatalog(db);
    return c.json({ status: 'ok', engine: db.engine, counts }, 200, { 'Cache-Control': 'no-store' });
  });
}
