import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '@thecen/server';
import { startExampleSite } from '../scripts/example-site-server.js';
// @ts-expect-error plain ESM helper without types
import { CDN_DIR, ensureBuilt } from '../bench/measure-bundles.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The real server on PGlite in a fresh folder (or TEST_DATABASE_URL) plus the example site. */
export async function startDemoStack(options: { postgresUrl?: string } = {}) {
  ensureBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), 'cen-e2e-'));
  const api = await startServer({
    port: 0,
    host: '127.0.0.1',
    ...(options.postgresUrl ? { databaseUrl: options.postgresUrl } : { dataDir }),
    seedDemo: true,
    staticMounts: [{ prefix: '/cdn/', dir: CDN_DIR as string }],
  });
  const apiOrigin = api.url.replace('127.0.0.1', 'localhost').replace(/\/$/, '');
  const site = await startExampleSite({ dir: join(root, 'examples/coop-site'), port: 0, apiOrigin });
  return {
    api,
    apiOrigin,
    siteUrl: site.url,
    async close() {
      site.server.close();
      await api.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
