import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import type { Database } from './db/database.js';
import { migrate } from './db/migrate.js';
import { openDatabase } from './db/open-database.js';
import { seedDemoData } from './demo/seed-demo-data.js';
import type { StaticMount } from './http/static-files.js';

export interface StartServerOptions {
  /** TCP port; 0 picks a free one (tests). Default 8787. */
  port?: number;
  /** Interface to listen on. Default `127.0.0.1`. */
  host?: string;
  /** PostgreSQL connection string; PGlite is used without it. */
  databaseUrl?: string | undefined;
  /** PGlite data folder; in memory when absent. */
  dataDir?: string | undefined;
  /** Seed the demo catalog and channel when the database has no partners. Default true. */
  seedDemo?: boolean;
  /** Public base URL for absolute URLs; the request's origin when absent. */
  publicUrl?: string | undefined;
  /** Folders to serve as they are (e.g. the widgets' CDN bundle at `/cdn`). */
  staticMounts?: StaticMount[];
  onUnexpectedError?: (error: unknown, requestId: string) => void;
}

export interface RunningServer {
  /** Base URL the server answers on, e.g. `http://127.0.0.1:8787`. */
  url: string;
  port: number;
  db: Database;
  /** Stops listening, ends open connections and closes the database. */
  close(): Promise<void>;
}

export const DEFAULT_PORT = 8787;
export const DEFAULT_HOST = '127.0.0.1';

function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

/** Opens the database, applies migrations, seeds the demo data (when empty) and listens. */
export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const db = await openDatabase({ databaseUrl: options.databaseUrl, dataDir: options.dataDir });
  try {
    await migrate(db);
    if (options.seedDemo ?? true) await seedDemoData(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  const app = createApp({
    db,
    publicUrl: options.publicUrl,
    staticMounts: options.staticMounts,
    onUnexpectedError: options.onUnexpectedError,
  });
  const host = options.host ?? DEFAULT_HOST;
  const server = await new Promise<ReturnType<typeof serve>>((resolvePromise, reject) => {
    const s = serve({ fetch: app.fetch, port: options.port ?? DEFAULT_PORT, hostname: host }, () => resolvePromise(s));
    s.once('error', reject);
  }).catch(async (error: unknown) => {
    await db.close();
    throw error;
  });
  const port = (server.address() as AddressInfo).port;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${urlHost(host)}:${port}`,
    port,
    db,
    close() {
      closing ??= (async () => {
        await new Promise<void>((resolveClose) => {
          server.close(() => resolveClose());
          if ('closeAllConnections' in server) server.closeAllConnections();
        });
        await db.close();
      })();
      return closing;
    },
  };
}
