import { randomBytes } from 'node:crypto';
import { after, before } from 'node:test';
import type { Browser } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { DEMO_PUBLISHABLE_KEY } from '@thecen/mocks/fixtures';
import { startServer } from '@thecen/server';
import { startExampleSites } from '../scripts/example-site-server.js';
import { launchChromium } from './browser.js';
// @ts-expect-error plain ESM helper without types
import { CDN_DIR, ensureBuilt } from '../bench/measure-bundles.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

export interface DemoStackOptions {
  /**
   * A PostgreSQL server URL (e.g. `TEST_DATABASE_URL`): the stack makes a database of its own
   * there and drops it on close. Without it the server runs on PGlite in a fresh folder.
   */
  postgresServerUrl?: string | undefined;
  /** The server's environment (payment provider, secrets); the test provider with its demo webhook secret by default. */
  env?: Record<string, string | undefined>;
}

/** A new, empty database on a PostgreSQL server (UTF8, "C" collation), and how to drop it. */
async function createDatabase(serverUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `thecen_e2e_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.href, drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/** The real server on PGlite in a fresh folder (or a fresh PostgreSQL database) plus the example site. */
export async function startDemoStack(options: DemoStackOptions = {}) {
  ensureBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), 'cen-e2e-'));
  const database = options.postgresServerUrl ? await createDatabase(options.postgresServerUrl) : undefined;
  const api = await startServer({
    port: 0,
    host: '127.0.0.1',
    ...(database ? { databaseUrl: database.url } : { dataDir }),
    seedDemo: true,
    staticMounts: [{ prefix: '/cdn/', dir: CDN_DIR as string }],
    // The server's own product pages sell with the demo key (where referral links land by default).
    mall: { publishableKey: DEMO_PUBLISHABLE_KEY, scriptUrl: '/cdn/cen-widgets.js' },
    // Not the machine's environment: the demo's test provider, whatever the shell has set.
    env: options.env ?? { CEN_PAYMENT_PROVIDER: 'test' },
  }).catch(async (error: unknown) => {
    await database?.drop();
    throw error;
  });
  const apiOrigin = api.url.replace('127.0.0.1', 'localhost').replace(/\/$/, '');
  const sites = await startExampleSites({ examplesDir: join(root, 'examples'), port: 0, apiOrigin });
  return {
    api,
    apiOrigin,
    siteUrl: sites.siteUrl,
    /** The MC's blog post (examples/mc-blog), on its own origin. */
    blogUrl: sites.blogUrl,
    /** The MC studio (examples/mc-studio), on its own origin. */
    studioUrl: sites.studioUrl,
    engine: database ? 'PostgreSQL' : 'PGlite',
    async close() {
      await sites.close();
      await api.close();
      await database?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type DemoStack = Awaited<ReturnType<typeof startDemoStack>>;

/**
 * For one `describe` of an end-to-end suite: the demo stack (on `engine`) and Chromium, started
 * before its tests and closed after them. Read them through the getters once the tests run.
 */
export function withDemoStack(engine: { postgresServerUrl?: string | undefined }) {
  let stack: DemoStack | undefined;
  let browser: Browser | undefined;
  before(async () => {
    stack = await startDemoStack({ postgresServerUrl: engine.postgresServerUrl });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await stack?.close();
  });
  return {
    get stack(): DemoStack {
      if (!stack) throw new Error('the demo stack is not running (outside a test?)');
      return stack;
    },
    get browser(): Browser {
      if (!browser) throw new Error('Chromium is not running (outside a test?)');
      return browser;
    },
  };
}
