import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import type { Database } from './db/database.js';
import { migrate } from './db/migrate.js';
import { openDatabase } from './db/open-database.js';
import { runBookingSweep } from './bookings/booking-sweep.js';
import { seedDemoAvailability } from './demo/seed-demo-availability.js';
import { seedDemoCheckout } from './demo/seed-demo-checkout.js';
import { seedDemoData } from './demo/seed-demo-data.js';
import { seedDemoReferrals } from './demo/seed-demo-referrals.js';
import { expireOverdueOrders } from './orders/expire-overdue-orders.js';
import { pruneIdempotencyKeys } from './orders/idempotency.js';
import { releasePayableCommissions } from './referrals/payable-commissions.js';
import { createLogNotificationAdapter, type NotificationAdapter } from './notifications/notification-adapter.js';
import { loadSigningSecret } from './secrets/signing-secret.js';
import { mallWidgetsFromEnv, type MallWidgets } from './pages/mall-widgets.js';
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
  /** Seed the demo catalog and channel when the database has no partners (and demo booking calendars). Default true. */
  seedDemo?: boolean;
  /** Public base URL for absolute URLs; the request's origin when absent. */
  publicUrl?: string | undefined;
  /**
   * The mall's widgets on the server's product and service pages (a reader who lands there from a
   * referral link can buy at once). Default: from `CEN_MALL_PUBLISHABLE_KEY` and
   * `CEN_MALL_WIDGETS_URL`; neither set, the pages stay script-free.
   */
  mall?: MallWidgets | undefined;
  /** Folders to serve as they are (e.g. the widgets' CDN bundle at `/cdn`). */
  staticMounts?: StaticMount[];
  onUnexpectedError?: (error: unknown, requestId: string) => void;
  /**
   * Secrets and payment settings: `CEN_SIGNING_SECRET`, `CEN_PAYMENT_PROVIDER`, the provider keys
   * (`TOSS_*`, `PORTONE_*`), `CEN_TEST_WEBHOOK_SECRET`, `CEN_DEMO_SECRET_KEY`. `process.env` by default.
   */
  env?: Record<string, string | undefined>;
  /**
   * How often unpaid orders past their hold are expired — and, with them, lapsed booking holds
   * and quotes, day-before reminders, the delivery of notifications and the release of payable
   * referral commission (ms). Default 30 s; 0 turns it off.
   */
  expiryIntervalMs?: number;
  /** Sends booking notifications (SMS, e-mail…); default: one line per notification in the server log. */
  notificationAdapter?: NotificationAdapter | undefined;
}

export interface RunningServer {
  /** Base URL the server answers on, e.g. `http://127.0.0.1:8787`. */
  url: string;
  port: number;
  db: Database;
  /**
   * The demo channel's secret key (`sk_test_…`) when this start knows it: given by
   * `CEN_DEMO_SECRET_KEY`, or generated now (first start). For the server console only.
   */
  demoSecretKey?: string | undefined;
  /** Stops listening, ends open connections and closes the database. */
  close(): Promise<void>;
}

export const DEFAULT_PORT = 8787;
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_EXPIRY_INTERVAL_MS = 30_000;

function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

/** Opens the database, applies migrations, seeds the demo data (when empty) and booking calendars, and listens. */
export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const env = options.env ?? process.env;
  const db = await openDatabase({ databaseUrl: options.databaseUrl, dataDir: options.dataDir });
  let demoSecretKey: string | undefined;
  let app: ReturnType<typeof createApp>;
  try {
    await migrate(db);
    if (options.seedDemo ?? true) {
      await seedDemoData(db);
      await seedDemoAvailability(db);
      await seedDemoReferrals(db);
      demoSecretKey = (await seedDemoCheckout(db, { secretKey: env.CEN_DEMO_SECRET_KEY?.trim() || undefined })).secretKey;
    }
    // Fail at startup, not at the first order, on a bad secret or payment configuration.
    await loadSigningSecret(db, env.CEN_SIGNING_SECRET);
    app = createApp({
      db,
      publicUrl: options.publicUrl,
      mall: options.mall ?? mallWidgetsFromEnv(env),
      staticMounts: options.staticMounts,
      onUnexpectedError: options.onUnexpectedError,
      checkout: { signingSecret: env.CEN_SIGNING_SECRET, env },
    });
  } catch (error) {
    await db.close();
    throw error;
  }
  const host = options.host ?? DEFAULT_HOST;
  const server = await new Promise<ReturnType<typeof serve>>((resolvePromise, reject) => {
    const s = serve({ fetch: app.fetch, port: options.port ?? DEFAULT_PORT, hostname: host }, () => resolvePromise(s));
    s.once('error', reject);
  }).catch(async (error: unknown) => {
    await db.close();
    throw error;
  });
  const port = (server.address() as AddressInfo).port;
  const stopExpiry = startExpirySweeper(
    db,
    options.expiryIntervalMs ?? DEFAULT_EXPIRY_INTERVAL_MS,
    options.notificationAdapter ?? createLogNotificationAdapter(),
    options.onUnexpectedError,
  );
  let closing: Promise<void> | undefined;
  return {
    url: `http://${urlHost(host)}:${port}`,
    port,
    db,
    demoSecretKey,
    close() {
      closing ??= (async () => {
        await stopExpiry();
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

/**
 * Expires overdue unpaid orders, then lapsed booking holds and quotes, writes day-before
 * reminders, delivers due notifications, makes referral commission payable whose orders are
 * delivered (and the withdrawal period over) or completed (and forgets day-old idempotency keys) every
 * `intervalMs` (one run at a time, the timer never keeps the process alive). Returns a function
 * that stops it and waits for a running sweep.
 */
function startExpirySweeper(
  db: Database,
  intervalMs: number,
  adapter: NotificationAdapter,
  onError?: (error: unknown, requestId: string) => void,
): () => Promise<void> {
  if (intervalMs <= 0) return async () => {};
  let running: Promise<unknown> | undefined;
  const timer = setInterval(() => {
    if (running) return;
    const now = new Date();
    running = expireOverdueOrders(db, now)
      .then(() => runBookingSweep(db, { now, adapter }))
      .then(() => releasePayableCommissions(db, now))
      .then(() => pruneIdempotencyKeys(db, now))
      .catch((error: unknown) => (onError ?? ((e) => console.error('[thecen-server] order expiry failed:', e)))(error, 'expiry'))
      .finally(() => {
        running = undefined;
      });
  }, intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
